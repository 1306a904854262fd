"""The phrases a plan prints for its structured facts: deadlines, event times, citations.

These are derived from the data, never typed, so that "trước 09h00' ngày 31 tháng 01 năm 2023
(thứ Ba)" always names the right weekday. Used by ``render``, ``due`` and the checks' messages.
"""

from __future__ import annotations

import datetime

from raquan.dates.phrases import (
    bracketed_lunar,
    bracketed_weekday,
    long_date,
    short_date,
    time_phrase,
)
from raquan.models.plan import CitedDocument, Deadline, Event

_QUARTERS = ("I", "II", "III", "IV")
_QUARTER_ENDS = {(3, 31): 0, (6, 30): 1, (9, 30): 2, (12, 31): 3}


def date_words(d: datetime.date, *, long: bool) -> str:
    """``ngày 15/01/2023`` or ``ngày 15 tháng 01 năm 2023``."""
    return long_date(d) if long else f"ngày {short_date(d)}"


def _period_end(d: datetime.date, long: bool) -> str:
    quarter = _QUARTER_ENDS.get((d.month, d.day))
    if quarter is not None:
        return f"Quý {_QUARTERS[quarter]} năm {d.year}"
    if (d + datetime.timedelta(days=1)).day == 1:
        return f"tháng {d.month} năm {d.year}"
    return date_words(d, long=long)


def deadline_phrase(deadline: Deadline) -> str:
    """How the plan writes a deadline: "trước ngày 15/01/2023", "đến hết Quý I năm 2023"."""
    long = deadline.format != "dd/mm/yyyy"
    day = date_words(deadline.date, long=long)
    when = f"{time_phrase(deadline.time)} {day}" if deadline.time is not None else day
    if deadline.weekday:
        when = f"{when} {bracketed_weekday(deadline.date)}"
    start = f"từ {date_words(deadline.start, long=long)} " if deadline.start else ""
    if deadline.kind == "đến hết":
        return f"{start}đến hết {_period_end(deadline.date, long)}"
    return f"{start}{deadline.kind} {when}"


def event_when(event: Event) -> str:
    """An event's time as plans write it: "08h30' (thứ Ba), ngày 31 tháng 01 năm 2023 (nhằm
    ngày Mùng 10 tháng Giêng năm Quý Mão)"."""
    day = f"{bracketed_weekday(event.date)}, {long_date(event.date)}"
    if event.time is not None:
        day = f"{time_phrase(event.time)} {day}"
    return f"{day} {bracketed_lunar(event.date)}"


def citation(document: CitedDocument) -> str:
    """A cited document in running text: "Kế hoạch số 36/KH-UBND ngày 06/01/2023 của ... về ..."."""
    about = "về việc" if document.type == "Công văn" else "về"
    return (
        f"{document.type} số {document.number} ngày {short_date(document.date)} của "
        f"{document.issuer} {about} {document.summary}"
    )


def attachment_phrase(title: str) -> str:
    """The line that announces an appendix: "(Có Bảng ... kèm theo)"."""
    return f"(Có {title} kèm theo)"


def theme_phrase(theme: str) -> str:
    """The theme in Vietnamese quotation marks."""
    return f"“{theme}”"
