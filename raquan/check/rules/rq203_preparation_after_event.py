"""RQ203 — Việc chuẩn bị có hạn sau sự kiện mà nó chuẩn bị.

Một nhiệm vụ chuẩn bị cho một sự kiện (``prepares``) phải xong trước khi sự kiện bắt đầu.

Ví dụ sai (Lễ ra quân lúc 08h30' ngày 31/01/2023)::

    prepares: le-ra-quan
    deadline:
      kind: chậm nhất
      date: 2023-01-31

Ví dụ đúng::

    prepares: le-ra-quan
    deadline:
      kind: chậm nhất
      date: 2023-01-30
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.deadlines import anchor_field, occurrence_phrase
from raquan.domain.phrasing import event_when

CODE = "RQ203"
NAME = "preparation-after-event"
SEVERITY = Severity.ERROR
SUMMARY = "Nhiệm vụ chuẩn bị có hạn muộn hơn lúc sự kiện bắt đầu"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    for placed, deadline, found in ctx.deadlines:
        duty = placed.duty
        event = ctx.plan.event(duty.prepares) if duty.prepares else None
        if event is None:
            continue
        for occurrence in found:
            if occurrence.end > event.start():
                said = occurrence_phrase(deadline, ctx.plan, occurrence)
                yield Finding(
                    (*placed.path, "deadline", anchor_field(deadline)),
                    f"Nhiệm vụ '{duty.id}' chuẩn bị cho '{event.title}' (lúc {event_when(event)}) "
                    f"nhưng có hạn '{said}', muộn hơn lúc sự kiện bắt đầu.",
                    "Đặt thời hạn trước khi sự kiện bắt đầu.",
                )
