"""The phrases a plan prints for its structured facts: deadlines, event times, citations.

These are derived from the data, never typed, so that "trước 09h00' ngày 31 tháng 01 năm 2023
(thứ Ba)" always names the right weekday. Used by ``render``, ``due`` and the checks' messages.
"""

from __future__ import annotations

import datetime
import math
import re
from decimal import ROUND_HALF_UP, Decimal

from raquan.domain.dates.phrases import (
    bracketed_lunar,
    bracketed_weekday,
    day_number,
    long_date,
    month_number,
    short_date,
    time_phrase,
)
from raquan.domain.richtext import expand, placeholders, plain
from raquan.models.plan import CitedDocument, Deadline, Duty, Event, Header, Plan

DRAFT_BLANK = "\u00a0" * 6
"""What a draft prints where the records office will write the number or the day."""

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


def number_line(header: Header) -> str:
    """``Số: 05/KH-UBND``, or a draft's blank ``Số:      /KH-UBND`` (numbers below 10 get a 0)."""
    number = f"{header.number:02d}" if header.number is not None else DRAFT_BLANK
    return f"Số: {number}/{header.symbol}"


def issue_date_words(header: Header) -> str:
    """``ngày 10 tháng 01 năm 2023``, or a draft's ``ngày      tháng 01 năm 2023``."""
    date = header.date
    day = day_number(date.day) if date.day is not None else DRAFT_BLANK
    return f"ngày {day} tháng {month_number(date.month)} năm {date.year}"


def place_date(header: Header) -> str:
    """The place-and-date line: ``Kon Tum, ngày 10 tháng 01 năm 2023``."""
    return f"{header.place}, {issue_date_words(header)}"


def document_reference(header: Header, issuer: str) -> str:
    """How an appendix names its document: ``Kế hoạch số 05/KH-UBND ngày ... của ...``."""
    number = number_line(header).removeprefix("Số: ")
    return f"{header.type} số {number} {issue_date_words(header)} của {issuer}"


def attachment_phrase(title: str) -> str:
    """The line that announces an appendix: "(Có Bảng ... kèm theo)"."""
    return f"(Có {title} kèm theo)"


def theme_phrase(theme: str) -> str:
    """The theme in Vietnamese quotation marks."""
    return f"“{theme}”"


def placeholder_text(plan: Plan, name: str, argument: str | None, duty: Duty | None = None) -> str:
    """What a placeholder of a plan's text prints (``check`` reports those that cannot print).

    ``{deadline}`` needs the duty whose text holds it; an unusable placeholder gives ''.
    """
    if name == "deadline":
        return deadline_phrase(duty.deadline) if duty is not None and duty.deadline else ""
    if name == "theme":
        return theme_phrase(plan.theme) if plan.theme else ""
    if name == "legal_bases":
        return "; ".join(citation(document) for document in plan.legal_bases)
    if name == "attachment":
        found = next((a for a in plan.attachments if a.id == argument), None)
        return attachment_phrase(found.title) if found is not None else ""
    event = plan.event(argument or "")
    if event is None:
        return ""
    if name == "when":
        return event_when(event)
    if name == "place":
        return event.place
    if name == "content":
        return event.content or ""
    return ""


def moment_phrase(moment: datetime.datetime) -> str:
    """A moment as documents write it: ``09h40' ngày 31/01/2023``, or ``ngày 28/03/2023`` for a
    day whose time is not known (kept as 23:59:59)."""
    day = f"ngày {short_date(moment.date())}"
    if moment.time() == datetime.time(23, 59, 59):
        return day
    return f"{time_phrase(moment.time())} {day}"


DECIMALS = 2
"""Digits kept after the decimal mark when a document prints a decimal number."""


def format_number(value: int | float) -> str:
    """A number as Vietnamese documents write it: ``1.250.000``, ``4,5``, ``2,75``.

    Dots group the thousands and a comma is the decimal mark. A decimal is rounded to
    ``DECIMALS`` digits, halves away from zero (2,345 -> 2,35; 2,999 -> 3), and trailing zeros
    are dropped, so a comma is never left dangling (1e-9 -> 0; 99999999,99999999 ->
    100.000.000).
    """
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("không phải một số hữu hạn")
        rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-DECIMALS), ROUND_HALF_UP)
        whole, _, fraction = f"{abs(rounded):f}".partition(".")
        fraction = fraction.rstrip("0")
        sign = "-" if rounded < 0 and (int(whole) or fraction) else ""
        grouped = f"{int(whole):,}".replace(",", ".")
        return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"
    return f"{int(value):,}".replace(",", ".")


def amount_in_words(amount: int) -> str:
    """An amount of money in words, as official documents write it after the figure:
    ``Một triệu hai trăm năm mươi nghìn đồng``."""
    from num2words import num2words  # noqa: PLC0415  (only documents need it)

    words = "không" if amount == 0 else str(num2words(amount, lang="vi"))
    return f"{words[0].upper()}{words[1:]} đồng"


_FOOTNOTE_MARK = re.compile(r"\[\^[^\]]+\]")


def printed(plan: Plan, text: str, duty: Duty | None = None) -> str:
    """A rich text as the document prints it, on one line: placeholders filled, no emphasis
    or footnote marks."""
    fill = {
        holder.text: placeholder_text(plan, holder.name, holder.argument, duty)
        for holder in placeholders(text)
    }
    return " ".join(_FOOTNOTE_MARK.sub("", plain(expand(text, fill))).split())
