"""RQ205 — Thời hạn hoặc sự kiện nằm ngoài thời gian của kế hoạch.

Khi kế hoạch khai báo ``period`` (ngày bắt đầu, ngày kết thúc), mọi thời hạn, khoảng thời gian
và sự kiện phải nằm trong đó.

Ví dụ sai (kế hoạch từ 01/01/2023 đến 31/03/2023)::

    deadline:
      kind: trước
      date: 2023-04-15

Ví dụ đúng::

    deadline:
      kind: trước
      date: 2023-04-01
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.dates.phrases import short_date
from raquan.domain.deadlines import anchor_field, occurrence_phrase

CODE = "RQ205"
NAME = "outside-period"
SEVERITY = Severity.ERROR
SUMMARY = "Thời hạn hoặc sự kiện nằm ngoài thời gian của kế hoạch (period)"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    period = ctx.plan.period
    if period is None:
        return
    span = f"từ {short_date(period.start)} đến {short_date(period.end)}"
    start = datetime.datetime.combine(period.start, datetime.time())
    for placed, deadline, found in ctx.deadlines:
        for occurrence in found:
            begins = occurrence.start if deadline.after is None else None
            starts_early = begins is not None and begins < start
            late = occurrence.last_day > period.end
            if occurrence.end <= start or starts_early or late:
                field = (
                    "start" if deadline.start is not None and starts_early and not late else None
                )
                yield Finding(
                    (*placed.path, "deadline", field or anchor_field(deadline)),
                    f"Thời hạn '{occurrence_phrase(deadline, ctx.plan, occurrence)}' nằm ngoài "
                    f"thời gian của kế hoạch ({span}).",
                    "Sửa thời hạn, hoặc sửa 'period' của kế hoạch.",
                )
    for e, event in enumerate(ctx.plan.events):
        if not period.start <= event.date <= period.end:
            yield Finding(
                ("events", e, "date"),
                f"Sự kiện '{event.title}' ({short_date(event.date)}) nằm ngoài thời gian của kế "
                f"hoạch ({span}).",
            )
