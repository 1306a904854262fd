"""RQ511 — Đơn vị ghi nhận hoàn thành không có trong danh mục.

``unit`` của tệp ghi nhận hoàn thành phải là một đơn vị (không phải một nhóm) trong danh mục
đơn vị của kế hoạch; tên gõ thế nào cũng được ("xã Đoàn Kết", "UBND xã Đoàn Kết", "doan ket").

Ví dụ sai::

    unit: xã Đoàn Kết Mới

Ví dụ đúng::

    unit: xã Đoàn Kết
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import CompletionsContext, Finding
from raquan.diagnostics import Severity
from raquan.domain.units import display_name
from raquan.models.units import Unit

CODE = "RQ511"
NAME = "completion-unit"
SEVERITY = Severity.ERROR
SUMMARY = "Đơn vị ghi nhận hoàn thành không có trong danh mục, hoặc là một nhóm"
APPLIES_TO = ("completions",)


def check(ctx: CompletionsContext) -> Iterator[Finding]:
    index = ctx.index
    if index is None:
        return
    name = ctx.records.unit
    found = index.resolve(name)
    if found.ambiguous:
        names = ", ".join(f"'{display_name(t)}'" for t in found.candidates)
        yield Finding(("unit",), f"Tên '{name}' có thể là nhiều đơn vị: {names}.")
    elif found.target is None:
        yield Finding(("unit",), f"Không có đơn vị nào tên '{name}' trong danh mục.", found.hint)
    elif not isinstance(found.target, Unit):
        yield Finding(
            ("unit",), f"'{name}' là một nhóm; mỗi đơn vị ghi nhận hoàn thành trong tệp riêng."
        )
