"""RQ512 — Đơn vị ghi nhận hoàn thành một nhiệm vụ không giao cho mình.

Một đơn vị chỉ ghi nhận hoàn thành những nhiệm vụ được giao cho nó: trực tiếp, qua một nhóm
(như "UBND các xã, phường"), hoặc với vai trò phối hợp.

Ví dụ sai (kế hoạch chi tiết giao cho UBND các xã, phường, không giao cho Phòng Kinh tế)::

    unit: Phòng Kinh tế thành phố
    entries:
      - duty: ke-hoach-chi-tiet
        date: 2023-01-13

Ví dụ đúng::

    unit: xã Đoàn Kết
    entries:
      - duty: ke-hoach-chi-tiet
        date: 2023-01-13
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import CompletionsContext, Finding
from raquan.diagnostics import Severity
from raquan.domain.units import display_name

CODE = "RQ512"
NAME = "completion-not-assigned"
SEVERITY = Severity.ERROR
SUMMARY = "Đơn vị ghi nhận hoàn thành một nhiệm vụ không giao cho mình"
APPLIES_TO = ("completions",)


def check(ctx: CompletionsContext) -> Iterator[Finding]:
    unit = ctx.unit
    if unit is None:
        return
    for n, entry in enumerate(ctx.records.entries):
        placed = ctx.duties.get(entry.duty)
        if placed is not None and not ctx.assigned(placed, unit):
            yield Finding(
                ("entries", n, "duty"),
                f"{display_name(unit)} không được giao nhiệm vụ '{entry.duty}' (giao cho: "
                f"{', '.join(placed.to)}).",
            )
