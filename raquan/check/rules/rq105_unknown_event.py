"""RQ105 — Nhiệm vụ trỏ tới một sự kiện không có.

Các khoá ``prepares`` (nhiệm vụ chuẩn bị cho sự kiện), ``reports_on`` (nhiệm vụ báo cáo về sự
kiện), và trong thời hạn: ``after`` (khoảng thời gian bắt đầu sau sự kiện), ``event`` (làm
trong thời gian diễn ra sự kiện), ``from: {event: ...}`` (tính ngày kể từ sự kiện) phải là mã
của một sự kiện trong phần ``events`` của kế hoạch.

Ví dụ sai::

    prepares: le-ra-quan-tp      # sự kiện có mã le-ra-quan-thanh-pho

Ví dụ đúng::

    prepares: le-ra-quan-thanh-pho
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.suggest import closest

CODE = "RQ105"
NAME = "unknown-event"
SEVERITY = Severity.ERROR
SUMMARY = "Nhiệm vụ trỏ tới một mã sự kiện không có trong kế hoạch"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    known = [event.id for event in ctx.plan.events]
    for placed in ctx.duties:
        duty = placed.duty
        pointers: list[tuple[str, ...]] = [("prepares",), ("reports_on",)]
        values = [duty.prepares, duty.reports_on]
        deadline = duty.deadline
        if deadline is not None:
            pointers += [
                ("deadline", "after"),
                ("deadline", "event"),
                ("deadline", "from", "event"),
            ]
            origin = deadline.from_.event if deadline.from_ is not None else None
            values += [deadline.after, deadline.event, origin]
        for where, value in zip(pointers, values, strict=True):
            if value is None or value in known:
                continue
            near = closest(value, known)
            yield Finding(
                (*placed.path, *where),
                f"Không có sự kiện nào mã '{value}' trong phần 'events'.",
                f"Có phải ý bạn là '{near}'?" if near else None,
            )
