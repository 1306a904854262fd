"""RQ201 — Thời hạn sớm hơn ngày ban hành kế hoạch.

Một nhiệm vụ không thể hết hạn, một sự kiện không thể diễn ra, trước khi kế hoạch được ban
hành. Với dự thảo còn để trống ngày (``date: 2023-01``), ngày được so là ngày đầu tháng.

Ví dụ sai (kế hoạch ban hành ngày 10/01/2023)::

    deadline:
      kind: trước
      date: 2023-01-09

Ví dụ đúng::

    deadline:
      kind: trước
      date: 2023-01-15
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.dates.phrases import short_date
from raquan.domain.deadlines import anchor_field, occurrence_phrase

CODE = "RQ201"
NAME = "deadline-before-issue"
SEVERITY = Severity.ERROR
SUMMARY = "Thời hạn hoặc sự kiện sớm hơn ngày ban hành kế hoạch"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    issued = ctx.plan.header.date
    start = datetime.datetime.combine(issued.earliest, datetime.time())
    said = (
        f"ngày đầu tháng {issued.month}/{issued.year} (dự thảo chưa ghi ngày)"
        if issued.is_draft
        else f"ngày ban hành {short_date(issued.earliest)}"
    )
    for placed, deadline, found in ctx.deadlines:
        for occurrence in found:
            if occurrence.end <= start:
                yield Finding(
                    (*placed.path, "deadline", anchor_field(deadline)),
                    f"Thời hạn '{occurrence_phrase(deadline, ctx.plan, occurrence)}' sớm hơn "
                    f"{said}.",
                    "Kiểm tra lại năm, tháng của thời hạn.",
                )
    for e, event in enumerate(ctx.plan.events):
        if event.date < issued.earliest:
            yield Finding(
                ("events", e, "date"),
                f"Sự kiện '{event.title}' ({short_date(event.date)}) diễn ra trước {said}.",
            )
