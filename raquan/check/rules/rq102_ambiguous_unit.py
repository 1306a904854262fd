"""RQ102 — Tên đơn vị chỉ chung nhiều đơn vị.

Một tên trong kế hoạch phải chỉ đúng một đơn vị hoặc một nhóm. Khi nhiều đơn vị trong danh mục
có cùng tên gọi (ví dụ "Văn phòng" có thể là Văn phòng HĐND và UBND thành phố hoặc Văn phòng
UBND tỉnh), hãy viết tên đầy đủ hơn hoặc dùng mã định danh của đơn vị.

Ví dụ sai (danh mục có hai đơn vị cùng được gọi là "Văn phòng")::

    to: Văn phòng

Ví dụ đúng::

    to: Văn phòng HĐND và UBND thành phố
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.units import display_name

CODE = "RQ102"
NAME = "ambiguous-unit"
SEVERITY = Severity.ERROR
SUMMARY = "Tên đơn vị chỉ chung nhiều đơn vị trong danh mục"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    if ctx.index is None:
        return
    for path, name in ctx.refs:
        found = ctx.index.resolve(name)
        if found.ambiguous:
            names = ", ".join(f"'{display_name(t)}' ({t.id})" for t in found.candidates)
            yield Finding(
                path,
                f"Tên '{name}' có thể là nhiều đơn vị: {names}.",
                "Viết tên đầy đủ hơn, hoặc dùng mã định danh của đơn vị.",
            )
