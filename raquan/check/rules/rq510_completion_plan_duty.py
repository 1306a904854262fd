"""RQ510 — Ghi nhận hoàn thành trỏ tới kế hoạch hoặc nhiệm vụ không có.

Tệp ghi nhận hoàn thành (``kind: completions``) ghi mã kế hoạch ở ``plan`` và mã nhiệm vụ ở
``duty`` của từng mục. Kế hoạch phải có trong các tệp được kiểm tra (hoặc trong thư mục
``plans/``), và nhiệm vụ phải có trong kế hoạch đó.

Ví dụ sai::

    entries:
      - duty: ke-hoach-chi-tit
        date: 2023-01-13

Ví dụ đúng::

    entries:
      - duty: ke-hoach-chi-tiet
        date: 2023-01-13
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import CompletionsContext, Finding
from raquan.diagnostics import Severity
from raquan.domain.suggest import closest

CODE = "RQ510"
NAME = "completion-plan-duty"
SEVERITY = Severity.ERROR
SUMMARY = "Ghi nhận hoàn thành trỏ tới kế hoạch hoặc nhiệm vụ không có"
APPLIES_TO = ("completions",)


def check(ctx: CompletionsContext) -> Iterator[Finding]:
    if ctx.plan is None:
        yield Finding(
            ("plan",),
            f"Không tìm thấy kế hoạch có mã '{ctx.records.plan}' (trong các tệp được kiểm tra và "
            "trong thư mục plans/).",
            "Kiểm tra thêm tệp kế hoạch cùng lúc: raquan check plans/ hoan-thanh/.",
        )
        return
    known = list(ctx.duties)
    for n, entry in enumerate(ctx.records.entries):
        if entry.duty not in ctx.duties:
            near = closest(entry.duty, known)
            yield Finding(
                ("entries", n, "duty"),
                f"Kế hoạch '{ctx.records.plan}' không có nhiệm vụ nào mã '{entry.duty}'.",
                f"Có phải ý bạn là '{near}'?" if near else None,
            )
