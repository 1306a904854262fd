"""RQ503 — Loại báo cáo không khớp với nhiệm vụ.

Báo cáo nhanh (``type: nhanh``) trả lời nhiệm vụ có sản phẩm "báo cáo nhanh"; báo cáo tổng hợp
(``type: tổng hợp``) trả lời nhiệm vụ có sản phẩm "báo cáo tổng hợp".

Ví dụ sai::

    duty: bao-cao-nhanh-xa-phuong
    type: tổng hợp

Ví dụ đúng::

    duty: bao-cao-nhanh-xa-phuong
    type: nhanh
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, ResultFileContext
from raquan.diagnostics import Severity

CODE = "RQ503"
NAME = "report-type"
SEVERITY = Severity.ERROR
SUMMARY = "Loại báo cáo (nhanh, tổng hợp) không khớp với nhiệm vụ báo cáo"
APPLIES_TO = ("report",)


def check(ctx: ResultFileContext) -> Iterator[Finding]:
    from raquan.models.report import REPORT_TYPES  # noqa: PLC0415  (not built to check a plan)

    placed = ctx.duty
    if placed is None or placed.duty.deliverable is None:
        return
    wanted = placed.duty.deliverable.kind
    if wanted in REPORT_TYPES.values() and wanted != ctx.report.deliverable:
        right = next(kind for kind, name in REPORT_TYPES.items() if name == wanted)
        yield Finding(
            ("type",),
            f"Nhiệm vụ '{placed.duty.id}' yêu cầu {wanted}, nhưng tệp ghi "
            f"'type: {ctx.report.type}'.",
            f"Sửa thành 'type: {right}', hoặc sửa 'duty'.",
        )
