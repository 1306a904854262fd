"""RQ502 — Đơn vị báo cáo không có trong danh mục, hoặc không được giao nhiệm vụ này.

Đơn vị ghi ở ``unit`` phải là một đơn vị trong danh mục đơn vị của kế hoạch, và phải được giao
nhiệm vụ báo cáo mà tệp trả lời (trực tiếp hoặc qua một nhóm, như "UBND các xã, phường").

Ví dụ sai (Sở Nông nghiệp và PTNT không phải báo cáo theo nhiệm vụ này)::

    duty: bao-cao-tong-hop-xa-phuong
    unit: Sở Nông nghiệp và PTNT

Ví dụ đúng::

    duty: bao-cao-tong-hop-xa-phuong
    unit: xã Đoàn Kết
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, ResultFileContext, unit_findings
from raquan.diagnostics import Severity
from raquan.domain.units import display_name
from raquan.models.units import Unit

CODE = "RQ502"
NAME = "report-unit"
SEVERITY = Severity.ERROR
SUMMARY = "Đơn vị báo cáo không có trong danh mục, hoặc không được giao nhiệm vụ này"
APPLIES_TO = ("report",)


def check(ctx: ResultFileContext) -> Iterator[Finding]:
    index = ctx.index
    if index is None:
        return
    problems = list(unit_findings(index, ctx.report.unit, group="mỗi đơn vị gửi báo cáo riêng."))
    yield from problems
    unit = index.find(ctx.report.unit)
    if problems or not isinstance(unit, Unit):
        return
    placed = ctx.duty
    if placed is not None and not ctx.assigned(placed, unit):
        yield Finding(
            ("unit",),
            f"{display_name(unit)} không được giao nhiệm vụ '{placed.duty.id}' (giao cho: "
            f"{', '.join(placed.to)}).",
        )
