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

from raquan.check.context import Finding, ResultFileContext
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
    name = ctx.report.unit
    found = index.resolve(name)
    if found.ambiguous:
        names = ", ".join(f"'{display_name(t)}'" for t in found.candidates)
        yield Finding(("unit",), f"Tên '{name}' có thể là nhiều đơn vị: {names}.")
        return
    if found.target is None:
        yield Finding(
            ("unit",),
            f"Không có đơn vị nào tên '{name}' trong danh mục.",
            found.hint,
        )
        return
    unit = found.target
    if not isinstance(unit, Unit):
        yield Finding(("unit",), f"'{name}' là một nhóm; mỗi đơn vị gửi báo cáo riêng.")
        return
    placed = ctx.duty
    if placed is not None and not ctx.assigned(placed, unit):
        yield Finding(
            ("unit",),
            f"{display_name(unit)} không được giao nhiệm vụ '{placed.duty.id}' (giao cho: "
            f"{', '.join(placed.to)}).",
        )
