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

from raquan.check.context import CompletionsContext, Finding, unit_findings
from raquan.diagnostics import Severity

CODE = "RQ511"
NAME = "completion-unit"
SEVERITY = Severity.ERROR
SUMMARY = "Đơn vị ghi nhận hoàn thành không có trong danh mục, hoặc là một nhóm"
APPLIES_TO = ("completions",)


def check(ctx: CompletionsContext) -> Iterator[Finding]:
    if ctx.index is not None:
        yield from unit_findings(
            ctx.index, ctx.records.unit, group="mỗi đơn vị ghi nhận hoàn thành trong tệp riêng."
        )
