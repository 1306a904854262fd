"""RQ505 — Hai tệp báo cáo cho cùng một nhiệm vụ của cùng một đơn vị.

Mỗi đơn vị gửi một báo cáo cho mỗi nhiệm vụ báo cáo. Khi có hai tệp, raquan dùng tệp gửi sau
cùng để tổng hợp; hãy xoá hoặc đổi tên tệp cũ để khỏi nhầm.

Ví dụ sai (hai tệp cùng ghi)::

    duty: bao-cao-tong-hop-xa-phuong
    unit: xã Đoàn Kết

Ví dụ đúng: mỗi đơn vị một tệp cho mỗi nhiệm vụ báo cáo.
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, ResultFileContext
from raquan.diagnostics import Severity

CODE = "RQ505"
NAME = "duplicate-report"
SEVERITY = Severity.WARNING
SUMMARY = "Hai tệp báo cáo cho cùng một nhiệm vụ của cùng một đơn vị"
APPLIES_TO = ("report",)


def check(ctx: ResultFileContext) -> Iterator[Finding]:
    if ctx.others:
        yield Finding(
            ("duty",),
            "Đã có báo cáo khác cho cùng nhiệm vụ và đơn vị: " + _listed(ctx.others) + ".",
            "Giữ một tệp; khi tổng hợp, raquan dùng tệp có ngày gửi sau cùng.",
        )


SHOWN = 3
"""Other files named in one message; a folder of hundreds of copies gives short messages."""


def _listed(others: list[str]) -> str:
    shown = ", ".join(others[:SHOWN])
    rest = len(others) - SHOWN
    return f"{shown} và {rest} tệp khác" if rest > 0 else shown
