"""Deadline phrases in a duty's text, read into the plan's structured deadlines.

A deadline is a date (with its time and weekday, as ``raquan.dates.textdates`` finds them) led
by the words that say what the date means:

========================================  ===========  ========================================
written                                   kind         note
========================================  ===========  ========================================
trước (ngày) …, trước 09h00' ngày …       trước        ends when the day (or the hour) begins
chậm nhất (là|vào) (ngày) …, hạn chót …,  chậm nhất    the whole day counts
muộn nhất …, không quá …, hạn cuối …
vào lúc 08h30' ngày …, lúc …, 08h30' …    vào lúc      needs a time
đến hết (ngày) …, đến (ngày) …            đến hết      with "từ (ngày) …" before it: a span
đến hết Quý I (năm 2023), … tháng 3/2023  đến hết      the end of the quarter or month
========================================  ===========  ========================================

Each phrase found keeps where it is in the text, so that the text can hold ``{deadline}`` in
its place. When raquan would print the phrase differently (a date written "31/5/2024" without
its leading zero, "hạn chót", a span written "từ ngày 05/6 đến ngày 30/6/2024"), the words as
written are kept in the deadline's ``text`` so the document prints them unchanged, and
``raquan check`` compares them with the date (RQ206). A year left out ("từ ngày 05/6") is the
year of the date that follows; a quarter or month without a year takes the plan's year.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from raquan.domain.dates.textdates import DateForm, DateMention, find_dates
from raquan.domain.folding import fold

_QUARTER_ENDS = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Matched against the folded text that ends where the date (or its time) begins.
_LEADS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chậm nhất", re.compile(r"(?:cham|muon) nhat(?: la| vao| den)?(?: ngay)?\s*[:,]?\s*$")),
    ("chậm nhất", re.compile(r"han (?:chot|cuoi)(?: la| vao| nop)?(?: ngay)?\s*[:,]?\s*$")),
    ("chậm nhất", re.compile(r"khong (?:qua|muon hon)(?: ngay)?\s*$")),
    ("trước", re.compile(r"truoc(?: ngay)?\s*$")),
    ("vào lúc", re.compile(r"(?:vao luc|luc)\s*$")),
    ("vào ngày", re.compile(r"(?:vao|trong)(?: ngay)?\s*$")),
    ("đến hết", re.compile(r"den het(?: ngay)?\s*$")),
    ("đến", re.compile(r"den(?: ngay)?\s*$")),
)
_SPAN_START = re.compile(
    r"(?:^|\s)(?P<from>tu)\s+(?:ngay\s+)?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}))?\s*"
    r"(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?$"
)
_WITHIN = re.compile(
    r"(?<!\w)trong\s+(?:(?:thang\s+(?P<month>\d{1,2}))|(?:quy\s+(?P<q>iv|iii|ii|i|[1-4])))"
    r"(?:\s*(?P<sep>nam|/)\s*(?P<year>\d{4}))?(?![\w/])"
)
_DURING = re.compile(r"(?<!\w)trong (?:suot )?thoi gian (?:dien ra |to chuc )?(?=\S)")
_COUNTED = re.compile(
    r"(?<!\w)trong (?:thoi han |vong )?(?P<days>\d{1,3}) ngay(?P<working> lam viec)?"
    r"(?:,)? (?:ke )?tu (?:ngay )?(?=\d)"
)
_REPEAT = re.compile(
    r"(?<!\w)(?P<lead>truoc|cham nhat|vao)(?: ngay)? (?P<day>\d{1,2})(?:/(?P<month>\d{1,2}))?"
    r" (?:hang|hang) (?P<every>thang|quy|nam)(?!\w)"
)
_REPEATS = {"thang": "hằng tháng", "quy": "hằng quý", "nam": "hằng năm"}
_REPEAT_LEADS = {"truoc": "trước", "cham nhat": "chậm nhất", "vao": "vào ngày"}
_PERIOD = re.compile(
    r"(?P<lead>den het|den cuoi|het)\s+(?P<what>quy\s+(?P<q>iv|iii|ii|i|[1-4])|thang\s+"
    r"(?P<month>\d{1,2}))(?:\s*(?:nam|/)\s*(?P<year>\d{4}))?(?![\w/])"
)


@dataclass(slots=True)
class Found:
    """A deadline phrase: where it is, what it means, and the data of the plan's deadline."""

    start: int
    end: int
    written: str
    data: dict[str, Any]
    notes: list[str] = field(default_factory=list)


def _phrase_end(text: str, mention: DateMention) -> int:
    end = mention.end
    for claim in (mention.weekday, mention.lunar):
        if claim is not None and claim.end > end:
            end = claim.end
            rest = text[end:]
            closing = re.match(r"\s*\)", rest)
            if closing and "(" in text[mention.end : claim.start + 1]:
                end += closing.end()
    return end


def _format(mention: DateMention) -> str | None:
    """The plan's date format that prints this date as written, or None."""
    if mention.form is DateForm.WORDS:
        return "ngày dd tháng mm năm yyyy"
    if mention.form is DateForm.SLASH and re.search(r"\d{2}/\d{2}/\d{4}", mention.text):
        return "dd/mm/yyyy"
    return None


def _lead(before: str) -> tuple[str | None, int]:
    """The lead words right before a date (folded text up to it): the kind, where they start."""
    for name, pattern in _LEADS:
        match = pattern.search(before)
        if match:
            return name, match.start()
    return None, len(before)


def _from_mention(text: str, folded: str, mention: DateMention, bare: bool) -> Found | None:
    """The deadline a date of the text is, with the words that lead it; None when it is not
    one (a date of a cited document, of an event)."""
    assert mention.date is not None
    begin = mention.start
    if mention.time is not None and mention.time.start < begin:
        begin = mention.time.start
    kind, lead_start = _lead(folded[:begin])
    data: dict[str, Any] = {}
    notes: list[str] = []
    if kind in ("đến", "đến hết"):
        span = _SPAN_START.search(folded[:begin])
        if span:
            lead_start = span.start("from")
            try:
                data["start"] = datetime.date(
                    int(span.group("y") or mention.date.year),
                    int(span.group("m")),
                    int(span.group("d")),
                )
            except ValueError:
                return None
        kind = "đến hết"
    if kind is None:
        if not bare:
            return None
        kind = "vào lúc" if mention.time is not None else "chậm nhất"
        notes.append(
            "cột thời gian ghi giờ và ngày: được hiểu là thời điểm thực hiện (vào lúc)"
            if mention.time is not None
            else "cột thời gian chỉ ghi ngày: được hiểu là hạn hoàn thành (chậm nhất)"
        )
    if kind == "vào lúc" and mention.time is None:
        return None
    end = _phrase_end(text, mention)
    data = {"kind": kind, "date": mention.date, **data}
    if mention.time is not None:
        data["time"] = mention.time.time
    if _format(mention) == "ngày dd tháng mm năm yyyy":
        data["format"] = "ngày dd tháng mm năm yyyy"
    if mention.weekday is not None:
        data["weekday"] = True
    return Found(lead_start, end, text[lead_start:end], data, notes)


def find_deadlines(text: str, *, bare: bool = False, year: int | None = None) -> list[Found]:
    """Every deadline phrase of ``text``, in order.

    With ``bare`` (a table's deadline column), a date with no lead word is a deadline too:
    "vào lúc" when it has a time, "chậm nhất" otherwise. ``year`` is used for a quarter or a
    month written without one.
    """
    folded = fold(text.casefold())
    found: list[Found] = []
    for mention in find_dates(text):
        if mention.date is not None:
            deadline = _from_mention(text, folded, mention, bare)
            if deadline is not None:
                found.append(deadline)
    for match in _PERIOD.finditer(folded):
        if any(f.start <= match.start() < f.end for f in found):
            continue
        when = _period_end(match, year)
        if when is None:
            continue
        notes = []
        if match.group("year") is None:
            notes.append(f"năm không được ghi; được hiểu là năm {when.year}")
        data = {"kind": "đến hết", "date": when}
        found.append(
            Found(match.start(), match.end(), text[match.start() : match.end()], data, notes)
        )
    found.extend(_other_forms(text, folded, found, year))
    found.sort(key=lambda item: item.start)
    return found


def _free(found: list[Found], start: int) -> bool:
    return not any(f.start <= start < f.end for f in found)


def _other_forms(text: str, folded: str, found: list[Found], year: int | None) -> Iterator[Found]:
    """Deadlines without one written date: within a month or a quarter, during an event, a
    number of (working) days from a date, and recurring ones."""
    for match in _WITHIN.finditer(folded):
        written = match.group("year")
        chosen = int(written) if written else year
        if not _free(found, match.start()) or chosen is None:
            continue
        data: dict[str, Any] = {"kind": "trong", "year": chosen}
        if match.group("month"):
            data["month"] = int(match.group("month"))
            if match.group("sep") == "nam":
                data["format"] = "ngày dd tháng mm năm yyyy"
        else:
            data["quarter"] = _ROMAN_QUARTERS[match.group("q")]
        notes = []
        if written is None:
            data["show_year"] = False
            notes.append(f"năm không được ghi; được hiểu là năm {chosen}")
        yield Found(match.start(), match.end(), text[match.start() : match.end()], data, notes)
    for match in _COUNTED.finditer(folded):
        dates = [m for m in find_dates(text[match.end() :]) if m.date is not None]
        if not dates or dates[0].start != 0 or not _free(found, match.start()):
            continue
        end = match.end() + dates[0].end
        data = {
            "kind": "trong thời hạn",
            "days": int(match.group("days")),
            "counting": "ngày làm việc" if match.group("working") else "ngày",
            "from": {"date": dates[0].date},
        }
        yield Found(match.start(), end, text[match.start() : end], data, [])
    for match in _REPEAT.finditer(folded):
        if not _free(found, match.start()):
            continue
        data = {
            "kind": _REPEAT_LEADS[match.group("lead")],
            "repeat": _REPEATS[match.group("every")],
            "day": int(match.group("day")),
        }
        if match.group("month"):
            data["month"] = int(match.group("month"))
        yield Found(match.start(), match.end(), text[match.start() : match.end()], data, [])
    for match in _DURING.finditer(folded):
        if _free(found, match.start()):
            limit = re.search(r"[,.;]|$", folded[match.end() :])
            stop = match.end() + (limit.start() if limit else 0)
            words = folded[match.end() : stop]
            data = {"kind": "trong thời gian", "_event_words": words}
            yield Found(match.start(), stop, text[match.start() : stop], data, [])


def _period_end(match: re.Match[str], year: int | None) -> datetime.date | None:
    written_year = match.group("year")
    chosen = int(written_year) if written_year else year
    if chosen is None:
        return None
    if match.group("q"):
        month, day = _QUARTER_ENDS[_ROMAN_QUARTERS[match.group("q")]]
        return datetime.date(chosen, month, day)
    month = int(match.group("month"))
    if not 1 <= month <= 12:
        return None
    following = datetime.date(chosen + month // 12, month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


def _normal(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u00a0", " ").split())


def same_words(printed: str, written: str, *, capital: bool = False) -> bool:
    """Whether a phrase raquan prints reads exactly as written (spaces and apostrophes aside;
    with ``capital``, a capital first letter too, as a table cell starts)."""
    a, b = _normal(printed), _normal(written)
    if capital:
        a, b = a[:1].upper() + a[1:], b[:1].upper() + b[1:]
    return a == b
