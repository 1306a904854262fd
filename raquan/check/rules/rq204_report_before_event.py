"""RQ204 — Báo cáo có hạn trước sự kiện mà nó báo cáo.

Một nhiệm vụ báo cáo về một sự kiện (``reports_on``) chỉ làm được sau khi sự kiện bắt đầu:
thời hạn của nó phải muộn hơn lúc sự kiện bắt đầu.

Ví dụ sai (Lễ ra quân lúc 08h30' ngày 31/01/2023)::

    reports_on: le-ra-quan
    deadline:
      kind: trước
      date: 2023-01-31
      time: "08:00"

Ví dụ đúng::

    reports_on: le-ra-quan
    deadline:
      kind: trước
      date: 2023-01-31
      time: "09:00"
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.deadlines import anchor_field, occurrence_phrase
from raquan.domain.phrasing import event_when

CODE = "RQ204"
NAME = "report-before-event"
SEVERITY = Severity.ERROR
SUMMARY = "Báo cáo có hạn sớm hơn hoặc đúng lúc sự kiện được báo cáo bắt đầu"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    for placed, deadline, found in ctx.deadlines:
        duty = placed.duty
        event = ctx.plan.event(duty.reports_on) if duty.reports_on else None
        if event is None:
            continue
        for occurrence in found:
            if occurrence.end <= event.start():
                said = occurrence_phrase(deadline, ctx.plan, occurrence)
                yield Finding(
                    (*placed.path, "deadline", anchor_field(deadline)),
                    f"Nhiệm vụ '{duty.id}' báo cáo về '{event.title}' (lúc {event_when(event)}) "
                    f"nhưng có hạn '{said}', trước khi sự kiện bắt đầu.",
                    "Đặt thời hạn sau lúc sự kiện bắt đầu.",
                )
