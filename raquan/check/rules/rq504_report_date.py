"""RQ504 — Báo cáo có ngày gửi trước sự kiện nó báo cáo, hoặc trước ngày ban hành kế hoạch.

Một báo cáo về Lễ ra quân không thể được gửi trước khi Lễ bắt đầu, và không báo cáo nào có
thể được gửi trước khi kế hoạch được ban hành.

Ví dụ sai (Lễ ra quân lúc 08h30' ngày 31/01/2023)::

    duty: bao-cao-nhanh-xa-phuong
    submitted: "2023-01-31 08:00"

Ví dụ đúng::

    duty: bao-cao-nhanh-xa-phuong
    submitted: "2023-01-31 08:45"
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, ResultFileContext
from raquan.diagnostics import Severity
from raquan.domain.dates.phrases import short_date, time_phrase

CODE = "RQ504"
NAME = "report-date"
SEVERITY = Severity.ERROR
SUMMARY = "Ngày gửi báo cáo trước sự kiện được báo cáo hoặc trước ngày ban hành kế hoạch"
APPLIES_TO = ("report",)


def check(ctx: ResultFileContext) -> Iterator[Finding]:
    if ctx.plan is None:
        return
    submitted = ctx.report.submitted
    issued = ctx.plan.plan.header.date.earliest
    if submitted.date < issued:
        yield Finding(
            ("submitted",),
            f"Ngày gửi {short_date(submitted.date)} trước ngày ban hành kế hoạch "
            f"({short_date(issued)}).",
        )
        return
    placed = ctx.duty
    event_id = placed.duty.reports_on if placed is not None else None
    event = ctx.plan.plan.event(event_id) if event_id else None
    if event is None:
        return
    if submitted.moment() < event.start():
        when = f"{time_phrase(event.time)} " if event.time else ""
        yield Finding(
            ("submitted",),
            f"Báo cáo gửi lúc {submitted} trước khi {event.title} bắt đầu "
            f"({when}ngày {short_date(event.date)}).",
            "Kiểm tra lại ngày, giờ gửi.",
        )
