"""The phrases a plan prints for its structured facts: deadlines, event times, citations.

These are derived from the data, never typed, so that "trước 09h00' ngày 31 tháng 01 năm 2023
(thứ Ba)" always names the right weekday. Used by ``render``, ``due`` and the checks' messages.
"""

from __future__ import annotations

import datetime
import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from raquan.domain.dates.periods import Recurrence, roman
from raquan.domain.dates.phrases import (
    bracketed_lunar,
    bracketed_weekday,
    day_number,
    long_date,
    month_number,
    short_date,
    time_phrase,
)
from raquan.domain.doctypes import TYPES_BY_ABBREVIATION, parse_number
from raquan.domain.richtext import expand, placeholders, plain
from raquan.models.plan import CitedDocument, DateFormat, Deadline, Duty, Event, Header, Plan

if TYPE_CHECKING:
    from raquan.models.completions import DoneDocument

DRAFT_BLANK = "\u00a0" * 6
"""What a draft prints where the records office will write the number or the day."""

_QUARTERS = ("I", "II", "III", "IV")
_QUARTER_ENDS = {(3, 31): 0, (6, 30): 1, (9, 30): 2, (12, 31): 3}


SHORT: DateFormat = "dd/mm/yyyy"
LONG: DateFormat = "ngày dd tháng mm năm yyyy"


def date_words(d: datetime.date, *, long: bool) -> str:
    """``ngày 15/01/2023`` or ``ngày 15 tháng 01 năm 2023``."""
    return long_date(d) if long else f"ngày {short_date(d)}"


def day_phrase(d: datetime.date, style: DateFormat = SHORT, *, bare: bool = False) -> str:
    """A day in a document's date style: ``ngày 05/04/2023`` or ``ngày 05 tháng 4 năm 2023``;
    ``bare`` drops the word "ngày", for a cell under a heading that says it ("Ngày gửi")."""
    words = date_words(d, long=style != SHORT)
    return words.removeprefix("ngày ") if bare else words


def _period_end(d: datetime.date, long: bool) -> str:
    quarter = _QUARTER_ENDS.get((d.month, d.day))
    if quarter is not None:
        return f"Quý {_QUARTERS[quarter]} năm {d.year}"
    if (d + datetime.timedelta(days=1)).day == 1:
        return f"tháng {d.month} năm {d.year}"
    return date_words(d, long=long)


def deadline_phrase(
    deadline: Deadline, plan: Plan | None = None, style: DateFormat | None = None
) -> str:
    """How the plan writes a deadline: "trước ngày 15/01/2023", "đến hết Quý I năm 2023",
    "vào ngày 21/02/2024", "trong tháng 6/2024", "trong Quý II năm 2024", "trong thời gian diễn
    ra Lễ ra quân", "trong thời hạn 05 ngày làm việc kể từ ngày 05/02/2024", "trước ngày 25 hằng
    tháng". ``plan`` names the events and duties a deadline refers to (their ids otherwise).
    Dates are written in the document's ``style``, else in the plan's ``date_style``, else as
    the deadline's own ``format`` says. A plan imported from a document keeps the words it
    wrote in ``text``: they are printed."""
    if deadline.text is not None:
        return deadline.text
    chosen = style or (plan.date_style if plan is not None else None) or deadline.format
    long = chosen != SHORT
    kind = deadline.kind
    if kind == "trong":
        return f"trong {_month_or_quarter(deadline, long)}"
    if kind == "trong thời gian":
        return f"trong thời gian diễn ra {_event_name(plan, deadline.event or '')}"
    if kind == "trong thời hạn":
        return _counted(deadline, plan, long)
    word = "vào" if kind == "vào ngày" else kind
    time = f"{time_phrase(deadline.time)} " if deadline.time is not None else ""
    if deadline.repeat is not None:
        return f"{word} {time}{_recurring_day(deadline)}"
    assert deadline.date is not None
    day = date_words(deadline.date, long=long)
    when = f"{time}{day}"
    if deadline.weekday:
        when = f"{when} {bracketed_weekday(deadline.date)}"
    start = f"từ {date_words(deadline.start, long=long)} " if deadline.start else ""
    if kind == "đến hết":
        return f"{start}đến hết {_period_end(deadline.date, long)}"
    return f"{start}{word} {when}"


def _month_or_quarter(deadline: Deadline, long: bool) -> str:
    """ "tháng 6/2024", "tháng 6 năm 2024", "Quý II năm 2024", or without the year."""
    year = deadline.year
    if deadline.month is not None:
        if not deadline.show_year:
            return f"tháng {deadline.month}"
        return f"tháng {deadline.month} năm {year}" if long else f"tháng {deadline.month}/{year}"
    quarter = f"Quý {roman(deadline.quarter or 1)}"
    return f"{quarter} năm {year}" if deadline.show_year else quarter


def _recurring_day(deadline: Deadline) -> str:
    """ "ngày 25 hằng tháng", "ngày 15 của tháng cuối quý", "ngày 15/12 hằng năm"."""
    assert deadline.repeat is not None
    return Recurrence(deadline.repeat, deadline.day or 1, deadline.month).phrase()


def _event_name(plan: Plan | None, event_id: str) -> str:
    event = plan.event(event_id) if plan is not None else None
    return event.title if event is not None else event_id


def _duty_name(plan: Plan | None, duty_id: str) -> str:
    """What another duty produced or did, for "kể từ ngày hoàn thành ..."."""
    if plan is not None:
        for placed in plan.duties():
            if placed.duty.id == duty_id:
                deliverable = placed.duty.deliverable
                if deliverable is not None:
                    return deliverable.kind
                break
    return f"nhiệm vụ {duty_id}"


def _counted(deadline: Deadline, plan: Plan | None, long: bool) -> str:
    """ "trong thời hạn 05 ngày làm việc kể từ ngày 05/02/2024"."""
    count = f"{deadline.days or 0:02d} {deadline.counting}"
    origin = deadline.from_
    since = ""
    if origin is not None and origin.date is not None:
        since = date_words(origin.date, long=long)
        if deadline.weekday:
            since = f"{since} {bracketed_weekday(origin.date)}"
    elif origin is not None and origin.event is not None:
        event = plan.event(origin.event) if plan is not None else None
        several = event is not None and event.end_date not in (None, event.date)
        verb = "kết thúc" if several else "diễn ra"
        since = f"ngày {verb} {_event_name(plan, origin.event)}"
    elif origin is not None and origin.duty is not None:
        since = f"ngày hoàn thành {_duty_name(plan, origin.duty)}"
    return f"trong thời hạn {count} kể từ {since}"


def event_when(event: Event, style: DateFormat = LONG) -> str:
    """An event's time as plans write it: "08h30' (thứ Ba), ngày 31 tháng 01 năm 2023 (nhằm
    ngày Mùng 10 tháng Giêng năm Quý Mão)", or with "ngày 31/01/2023" in the short style."""
    day = f"{bracketed_weekday(event.date)}, {day_phrase(event.date, style)}"
    if event.time is not None:
        day = f"{time_phrase(event.time)} {day}"
    return f"{day} {bracketed_lunar(event.date)}"


def citation(document: CitedDocument, style: DateFormat | None = None) -> str:
    """A cited document in running text: "Kế hoạch số 36/KH-UBND ngày 06/01/2023 của ... về ..."
    (the day in the document's date ``style``; dd/mm/yyyy without one)."""
    about = "về việc" if document.type == "Công văn" else "về"
    return (
        f"{document.type} số {document.number} {day_phrase(document.date, style or SHORT)} "
        f"của {document.issuer} {about} {document.summary}"
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


def document_reference(header: Header, issuer: str, style: DateFormat | None = None) -> str:
    """How an appendix names its document: ``Kế hoạch số 05/KH-UBND ngày ... của ...``, its
    date in words as the forms of Nghị định 30 write it (a draft's blanks kept); with a
    ``style``, how running text cites it ("ngày 12/01/2023"): an issued document only."""
    number = number_line(header).removeprefix("Số: ")
    day = header.date.day
    if style is None or day is None:
        issued = issue_date_words(header)
    else:
        issued = day_phrase(datetime.date(header.date.year, header.date.month, day), style)
    return f"{header.type} số {number} {issued} của {issuer}"


def is_draft(header: Header) -> bool:
    """Whether a document is still a draft: no number yet, or no day in its date."""
    return header.number is None or header.date.day is None


def mid_sentence(text: str) -> str:
    """A title as it reads inside a sentence: its first letter in lower case ("Tổ chức ra
    quân" -> "tổ chức ra quân"), unless it starts with a name ("Kon Tum ...", "Quý Mão ...":
    the second word is capitalised too) or an abbreviation ("UBND ...")."""
    words = text.split(maxsplit=2)
    if not words or not words[0][:1].isupper():
        return text
    first = words[0]
    if first.isupper() and len(first) > 1:
        return text
    if len(words) > 1 and words[1][:1].isupper():
        return text
    return text[:1].lower() + text[1:]


def attachment_phrase(title: str) -> str:
    """The line that announces an appendix: "(Có Bảng ... kèm theo)"."""
    return f"(Có {title} kèm theo)"


def theme_phrase(theme: str) -> str:
    """The theme in Vietnamese quotation marks."""
    return f"“{theme}”"


def placeholder_text(plan: Plan, name: str, argument: str | None, duty: Duty | None = None) -> str:
    """What a placeholder of a plan's text prints (``check`` reports those that cannot print).

    ``{deadline}`` needs the duty whose text holds it; an unusable placeholder gives ''. Dates
    follow the plan's ``date_style`` when it has one.
    """
    style = plan.date_style
    if name == "deadline":
        return deadline_phrase(duty.deadline, plan) if duty is not None and duty.deadline else ""
    if name == "theme":
        return theme_phrase(plan.theme) if plan.theme else ""
    if name == "legal_bases":
        return "; ".join(citation(document, style) for document in plan.legal_bases)
    if name == "attachment":
        found = next((a for a in plan.attachments if a.id == argument), None)
        return attachment_phrase(found.title) if found is not None else ""
    event = plan.event(argument or "")
    if event is None:
        return ""
    if name == "when":
        return event_when(event, style or LONG)
    if name == "place":
        return event.place
    if name == "content":
        return event.content or ""
    return ""


def moment_phrase(
    moment: datetime.datetime, style: DateFormat = SHORT, *, bare: bool = False
) -> str:
    """A moment as documents write it: ``09h40' ngày 31/01/2023``, or ``ngày 28/03/2023`` for a
    day whose time is not known (kept as 23:59:59); in the document's date ``style``, without
    the word "ngày" when ``bare``."""
    day = day_phrase(moment.date(), style, bare=bare)
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


def done_document(document: DoneDocument, done_on: datetime.date) -> str:
    """The document that did a duty, as offices cite it: "Kế hoạch số 05/KH-UBND ngày
    13/01/2023"; the type comes from the symbol when the record does not give it ("Văn bản"
    when the symbol does not say, as a State công văn's does not)."""
    kind = document.type
    if kind is None:
        parsed = parse_number(document.number)
        abbreviation = parsed.type_abbreviation if parsed is not None else None
        kind = TYPES_BY_ABBREVIATION.get(abbreviation or "", "Văn bản")
    return f"{kind} số {document.number} ngày {short_date(document.date or done_on)}"


def squash(text: str) -> str:
    """The text on one line, runs of spaces and line breaks made single spaces."""
    return " ".join(text.split())


def shorten(text: str, limit: int = 100) -> str:
    """The text on one line, cut at a word boundary with "…" when longer than ``limit``; a
    word is never cut, unless it is alone longer than ``limit``."""
    flat = squash(text)
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if flat[limit - 1] != " ":
        space = cut.rfind(" ")
        if space > 0:
            cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + "…"
