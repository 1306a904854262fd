"""RQ501 — Báo cáo trỏ tới một kế hoạch hoặc nhiệm vụ báo cáo không có.

Tệp báo cáo kết quả của đơn vị nêu kế hoạch nó trả lời (``plan``: mã kế hoạch) và nhiệm vụ báo
cáo (``duty``: mã nhiệm vụ). Kế hoạch phải tìm được (trong các tệp được kiểm tra cùng, hoặc
trong thư mục ``plans/``), nhiệm vụ phải có trong kế hoạch và phải là một nhiệm vụ báo cáo
(sản phẩm là báo cáo nhanh hoặc báo cáo tổng hợp).

Ví dụ sai::

    plan: ke-hoach-ra-quan-2023
    duty: bao-cao-tong-hop

Ví dụ đúng::

    plan: ke-hoach-ra-quan-2023
    duty: bao-cao-tong-hop-xa-phuong
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, ResultFileContext
from raquan.diagnostics import Severity
from raquan.domain.suggest import closest
from raquan.models.plan import Plan

CODE = "RQ501"
NAME = "report-plan"
SEVERITY = Severity.ERROR
SUMMARY = "Báo cáo trỏ tới kế hoạch hoặc nhiệm vụ báo cáo không có"
APPLIES_TO = ("report",)


def check(ctx: ResultFileContext) -> Iterator[Finding]:
    from raquan.models.report import REPORT_TYPES  # noqa: PLC0415  (not built to check a plan)

    if ctx.plan is None:
        yield Finding(
            ("plan",),
            ctx.plan_problem or f"Không tìm thấy kế hoạch có mã '{ctx.report.plan}'.",
            "Kiểm tra cùng với tệp kế hoạch: raquan check plans/ <thư mục báo cáo>.",
        )
        return
    placed = ctx.duty
    if placed is None:
        reports = _report_duties(ctx.plan.plan)
        near = closest(ctx.report.duty, reports)
        yield Finding(
            ("duty",),
            f"Kế hoạch '{ctx.report.plan}' không có nhiệm vụ mã '{ctx.report.duty}'.",
            f"Có phải ý bạn là '{near}'?"
            if near
            else "Các nhiệm vụ báo cáo: " + ", ".join(reports),
        )
        return
    deliverable = placed.duty.deliverable
    if deliverable is None or deliverable.kind not in REPORT_TYPES.values():
        yield Finding(
            ("duty",),
            f"Nhiệm vụ '{ctx.report.duty}' không phải nhiệm vụ báo cáo (sản phẩm không phải báo "
            "cáo nhanh hay báo cáo tổng hợp).",
            "Các nhiệm vụ báo cáo: " + ", ".join(_report_duties(ctx.plan.plan)),
        )


def _report_duties(plan: Plan) -> list[str]:
    """The ids of the plan's report duties (for the hints; only built when one is shown)."""
    from raquan.models.report import REPORT_TYPES  # noqa: PLC0415

    return [
        p.duty.id
        for p in plan.duties()
        if p.duty.deliverable is not None and p.duty.deliverable.kind in REPORT_TYPES.values()
    ]
