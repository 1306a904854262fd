"""Dates that clerks write in free Vietnamese text, with the claims written next to them.

``find_dates(text)`` returns every solar date written in the text, in order, as a
:class:`DateMention`: where it is, the date (or None and a Vietnamese reason when the written
date does not exist, such as 30/02/2023), the time written with it, and the claims attached to
it: a weekday ("thứ Ba, ngày 31/01/2023", "ngày 31/01/2023 (thứ Ba)") and a lunar date
("(nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)"). Each mention says whether its claims agree
with its date, so a check only has to compare.

Forms recognised: ``15/01/2023``, ``15-01-2023``, ``15.01.2023`` (day and month on one or two
digits, year on four), ``ngày 15 tháng 01 năm 2023``; times ``08h30'`` (straight or curly
apostrophe), ``9h``, ``08 giờ 30 phút``, ``08:30``. A date needs its year: "ngày 15/01",
a month alone ("tháng 01 năm 2023") and a blank draft day ("ngày    tháng 01 năm 2023") are
not reported. Document numbers ("36/KH-UBND", "1766-CV/TU", "30/2020/NĐ-CP"), ranges of years
("2020 - 2025") and fractions are not dates.

Offsets: ``start`` and ``end`` index the string exactly as given (``text[start:end]`` is the
mention), also when it is in NFD; the parsing itself works on its NFC form. The span of a date
includes the word "ngày" written right before it, and the span of a lunar claim its lead word
("nhằm", "tức") and a trailing "âm lịch".

Attachment: a time, a weekday or a lunar date belongs to a date when only filler separates
them (spaces, commas, brackets, dashes, "vào", "lúc", "hồi", "ngày", "nhằm", "tức"), in either
order; a blank line or a new list item ends the run. Between two dates, a claim in brackets
goes to the earlier date and any other to the later one. A date keeps at most one claim of each
kind, the nearest. A lunar date is recognised by "Mùng"/"mồng", a month name ("Giêng"), a leap
month ("nhuận"), a can chi year or "âm lịch"; a lunar date not next to a solar date is ignored.

Hand-written: no library parses Vietnamese date phrases, and the matching has to know the
documents' habits (the typo "Mừng 10", "thứ tự" that is not "thứ tư", "kỳ họp thứ năm" that is
not a Thursday).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from raquan.domain.dates.lunar import MAX_DATE, MIN_DATE, SUPPORTED_RANGE, solar_to_lunar
from raquan.domain.dates.names import (
    parse_lunar_day,
    parse_lunar_month,
    parse_weekday,
    parse_year_name,
    year_name_indices,
)
from raquan.domain.folding import fold


class DateForm(StrEnum):
    """How a solar date is written."""

    SLASH = "slash"
    """``06/01/2023``"""
    DASH = "dash"
    """``06-01-2023``"""
    DOT = "dot"
    """``06.01.2023``"""
    WORDS = "words"
    """``ngày 06 tháng 01 năm 2023``"""


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time of day written with a date ("08h30'", "08 giờ 30 phút")."""

    start: int
    end: int
    text: str
    time: datetime.time


@dataclass(frozen=True, slots=True)
class WeekdayClaim:
    """A weekday written next to a date; ``weekday`` is Python's number (Monday = 0)."""

    start: int
    end: int
    text: str
    weekday: int

    def agrees_with(self, d: datetime.date) -> bool:
        """Whether ``d`` falls on the claimed weekday."""
        return d.weekday() == self.weekday


@dataclass(frozen=True, slots=True)
class LunarClaim:
    """A lunar date written next to a solar date.

    ``can_chi`` holds the (can, chi) indices of a written year name ("năm Quý Mão"), ``year``
    a lunar year written in digits; either may be None.
    """

    start: int
    end: int
    text: str
    day: int
    month: int
    leap: bool
    can_chi: tuple[int, int] | None
    year: int | None

    def agrees_with(self, d: datetime.date) -> bool | None:
        """Whether ``d`` is this lunar date; None when ``d`` is outside the lunar calendar."""
        try:
            lunar = solar_to_lunar(d)
        except ValueError:
            return None
        return (
            (lunar.day, lunar.month, lunar.leap) == (self.day, self.month, self.leap)
            and (self.can_chi is None or self.can_chi == year_name_indices(lunar.year))
            and (self.year is None or self.year == lunar.year)
        )


@dataclass(frozen=True, slots=True)
class DateMention:
    """A solar date written in a text, with what is written around it.

    ``day``, ``month`` and ``year`` are the numbers as written; ``date`` is None when they do
    not make a date, and then ``problem`` says why, in Vietnamese.
    """

    start: int
    end: int
    text: str
    form: DateForm
    day: int
    month: int
    year: int
    date: datetime.date | None
    problem: str | None = None
    time: TimeMention | None = None
    weekday: WeekdayClaim | None = None
    lunar: LunarClaim | None = None

    @property
    def weekday_agrees(self) -> bool | None:
        """Whether the weekday claim is right; None without a claim or a date."""
        if self.weekday is None or self.date is None:
            return None
        return self.weekday.agrees_with(self.date)

    @property
    def lunar_agrees(self) -> bool | None:
        """Whether the lunar claim is right; None without a claim, a date, or a lunar date."""
        if self.lunar is None or self.date is None:
            return None
        return self.lunar.agrees_with(self.date)

    @property
    def claims_agree(self) -> bool:
        """False when a claim is known to contradict the date."""
        return self.weekday_agrees is not False and self.lunar_agrees is not False


_CAN = r"(?:giap|at|binh|dinh|mau|ky|ki|canh|tan|nham|quy|qui)"
_CHI = r"(?:ty|ti|suu|dan|mao|meo|thin|ngo|mui|than|dau|tuat|hoi)"
_MONTH_WORD = (
    r"(?:gieng|muoi\s+mot|muoi\s+hai|muoi|hai|ba|tu|bon|nam(?!\s*\d)|sau|bay|tam|chin|chap)"
)

# Matched against the folded text (no diacritics, lower case, ASCII punctuation).
_EXPRESSION = re.compile(
    rf"""
    (?<![\w/.])
    (?P<marker>(?:nham|tuc(?:\s+la)?)\s+(?:vao\s+)?)?
    (?P<lead>ngay\s+)?
    (?P<dayword>m[ou]ng\s*)?
    (?P<day>\d{{1,2}})
    (?:
        (?P<sep>[/.\-])(?P<nmonth>\d{{1,2}})
        (?:(?P=sep)(?P<nyear>\d{{4}})(?!\d|(?P=sep)\d)|(?!\d|[/.\-]\d))
      | \s+thang\s+(?P<wmonth>\d{{1,2}}(?!\d)|{_MONTH_WORD}(?!\w))
        (?P<leap>\s+nhuan(?!\w))?
        (?:\s*,?\s+nam\s+(?:(?P<wyear>\d{{4}})(?!\d)|(?P<canchi>{_CAN}\s+{_CHI})(?!\w)))?
    )
    (?P<lunar>\s*\(\s*(?:am\s+lich|al)\s*\)|\s*,?\s*(?:am\s+lich|al)(?!\w))?
    """,
    re.VERBOSE,
)
_TIME = re.compile(
    r"""
    (?<![\w:/.])
    (?P<hour>\d{1,2})\s?(?:h|gio|g(?=\d)|:(?=\d{2}))
    (?:\s?(?P<minute>\d{2})(?!\d)(?:\s?(?:phut|'))?)?
    (?!\w)
    """,
    re.VERBOSE,
)
_WEEKDAY = re.compile(r"(?<!\w)(?:thu\s+(?:hai|ba|tu|bon|nam|sau|bay|[2-7])|chu\s+nhat|cn)(?!\w)")
# Words after which "thứ hai", "thứ năm"… are ordinals ("lần thứ hai", "kỳ họp thứ năm").
_ORDINAL_NOUNS = frozenset(
    {"lan", "ky", "khoa", "dot", "phan", "buoc", "hop", "nghi", "vong", "hang", "giai", "muc"}
    | {"lop", "tang", "chuong", "dieu", "khoan", "so", "nguoi", "cap", "phien", "nam", "tuan"}
    | {"con"}
)
_PREVIOUS_WORD = re.compile(r"(\w+)\W*$")
# What may separate a date from its time and claims.
_FILLER = re.compile(r"(?:[\s,()*\-]|(?<!\w)(?:vao|luc|hoi|ngay|nham|tuc|la)(?!\w))*")
_BREAK = re.compile(r"\n\s*[\n\-+*]")
_ASCII_LED = re.compile(r"[\x00-\x7f][^\x00-\x7f]*|[^\x00-\x7f]+")


class _Source:
    """The text as given, its NFC form, the folded NFC form, and NFC -> given offsets."""

    def __init__(self, text: str) -> None:
        self.given = text
        self._offsets: list[int] | None = None
        if unicodedata.is_normalized("NFC", text):
            self.nfc = text
        else:
            # NFC never composes across an ASCII character, so each ASCII-led chunk can be
            # normalised on its own and its offsets kept.
            pieces: list[str] = []
            offsets: list[int] = []
            for chunk in _ASCII_LED.finditer(text):
                piece = unicodedata.normalize("NFC", chunk.group())
                pieces.append(piece)
                if len(piece) == len(chunk.group()):
                    offsets.extend(range(chunk.start(), chunk.end()))
                else:
                    offsets.extend([chunk.start()] * len(piece))
            offsets.append(len(text))
            self.nfc = "".join(pieces)
            self._offsets = offsets
        self.folded = fold(self.nfc)

    def given_span(self, start: int, end: int) -> tuple[int, int, str]:
        """The given-text offsets and text of an NFC span."""
        if self._offsets is not None:
            start, end = self._offsets[start], self._offsets[end]
        return start, end, self.given[start:end]


@dataclass(frozen=True, slots=True)
class _Solar:
    """A solar date as written, before its claims are attached."""

    form: DateForm
    day: int
    month: int
    year: int


_Value = _Solar | TimeMention | WeekdayClaim | LunarClaim


@dataclass(frozen=True, slots=True)
class _Found:
    """Something found in the NFC text; ``start`` and ``end`` index the NFC text."""

    start: int
    end: int
    value: _Value


@dataclass(slots=True)
class _Attached:
    """The claims chosen so far for one date, each with its distance to the date."""

    time: tuple[int, TimeMention] | None = None
    weekday: tuple[int, WeekdayClaim] | None = None
    lunar: tuple[int, LunarClaim] | None = None

    def offer(self, distance: int, value: _Value) -> None:
        """Keep ``value`` if it is the nearest claim of its kind so far."""
        if isinstance(value, TimeMention):
            if self.time is None or distance < self.time[0]:
                self.time = (distance, value)
        elif isinstance(value, WeekdayClaim):
            if self.weekday is None or distance < self.weekday[0]:
                self.weekday = (distance, value)
        elif isinstance(value, LunarClaim) and (self.lunar is None or distance < self.lunar[0]):
            self.lunar = (distance, value)


def _problem(day: int, month: int, year: int) -> str | None:
    """Why day/month/year is not a date, in Vietnamese; None when it is one."""
    written = f"Không có ngày {day:02d}/{month:02d}/{year:04d}"
    if not MIN_DATE.year <= year <= MAX_DATE.year:
        return f"{written}: năm {year} nằm ngoài khoảng raquan làm việc được ({SUPPORTED_RANGE})."
    if not 1 <= month <= 12:
        return f"{written}: tháng chỉ từ 1 đến 12."
    last = 31 if month == 12 else (datetime.date(year, month + 1, 1) - datetime.timedelta(1)).day
    if not 1 <= day <= last:
        return f"{written}: tháng {month} năm {year} chỉ có {last} ngày."
    return None


def _lunar_claim(source: _Source, match: re.Match[str]) -> LunarClaim | None:
    nfc = source.nfc
    day_start = match.start("dayword") if match.group("dayword") else match.start("day")
    day = parse_lunar_day(nfc[day_start : match.end("day")])
    if match.group("nmonth"):
        month: int | None = int(match.group("nmonth"))
    else:
        month = parse_lunar_month(nfc[match.start("wmonth") : match.end("wmonth")])
    if day is None or month is None or not 1 <= month <= 12:
        return None
    can_chi = None
    if match.group("canchi"):
        can_chi = parse_year_name(nfc[match.start("canchi") : match.end("canchi")])
        if can_chi is None:
            return None
    year_digits = match.group("nyear") or match.group("wyear")
    start, end, text = source.given_span(match.start(), match.end())
    return LunarClaim(
        start=start,
        end=end,
        text=text,
        day=day,
        month=month,
        leap=bool(match.group("leap")),
        can_chi=can_chi,
        year=int(year_digits) if year_digits else None,
    )


def _expressions(source: _Source) -> list[_Found]:
    """Solar dates and lunar claims, in order."""
    found: list[_Found] = []
    for match in _EXPRESSION.finditer(source.folded):
        wmonth = match.group("wmonth")
        is_lunar = bool(
            match.group("dayword")
            or (wmonth and not wmonth.isdigit())
            or match.group("leap")
            or match.group("canchi")
            or match.group("lunar")
        )
        if is_lunar:
            claim = _lunar_claim(source, match)
            if claim is not None:
                found.append(_Found(match.start(), match.end(), claim))
            continue
        year = match.group("nyear") or match.group("wyear")
        if not year:
            continue
        sep = match.group("sep")
        form = {"/": DateForm.SLASH, "-": DateForm.DASH, ".": DateForm.DOT}.get(sep, DateForm.WORDS)
        solar = _Solar(
            form=form,
            day=int(match.group("day")),
            month=int(match.group("nmonth") or wmonth),
            year=int(year),
        )
        begin = match.start("lead") if match.group("lead") else match.start("day")
        found.append(_Found(begin, match.end("nyear") if sep else match.end("wyear"), solar))
    return found


def _times(source: _Source) -> list[_Found]:
    found: list[_Found] = []
    for match in _TIME.finditer(source.folded):
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or 0)
        if hour > 23 or minute > 59:
            continue
        start, end, text = source.given_span(match.start(), match.end())
        time = TimeMention(start, end, text, datetime.time(hour, minute))
        found.append(_Found(match.start(), match.end(), time))
    return found


def _weekdays(source: _Source) -> list[_Found]:
    found: list[_Found] = []
    for match in _WEEKDAY.finditer(source.folded):
        written = source.nfc[match.start() : match.end()]
        weekday = parse_weekday(written)
        if weekday is None or (written.casefold() == "cn" and written != "CN"):
            continue
        previous = _PREVIOUS_WORD.search(source.folded[max(0, match.start() - 30) : match.start()])
        if previous is not None and previous.group(1) in _ORDINAL_NOUNS:
            continue
        start, end, text = source.given_span(match.start(), match.end())
        found.append(_Found(match.start(), match.end(), WeekdayClaim(start, end, text, weekday)))
    return found


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """What was found, by position; a find overlapping an earlier kept one is dropped."""
    kept: list[_Found] = []
    for item in sorted(found, key=lambda it: (it.start, -it.end)):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def _clusters(folded: str, found: list[_Found]) -> list[list[_Found]]:
    """Runs of finds separated only by filler (spaces, commas, brackets, "lúc", "ngày"…)."""
    clusters: list[list[_Found]] = []
    for item in found:
        if clusters:
            gap = folded[clusters[-1][-1].end : item.start]
            if _FILLER.fullmatch(gap) and not _BREAK.search(gap):
                clusters[-1].append(item)
                continue
        clusters.append([item])
    return clusters


def _attach(folded: str, cluster: list[_Found]) -> dict[int, _Attached]:
    """For each date of a cluster (by index), its nearest claim of each kind.

    A claim between two dates goes to the earlier one when it is in brackets ("(thứ Ba)"),
    otherwise to the later one ("thứ Ba, ngày …", "09h00' ngày …").
    """
    dates = [i for i, item in enumerate(cluster) if isinstance(item.value, _Solar)]
    attached = {i: _Attached() for i in dates}
    for i, item in enumerate(cluster):
        if isinstance(item.value, _Solar):
            continue
        before = [d for d in dates if d < i]
        after = [d for d in dates if d > i]
        bracketed = i > 0 and "(" in folded[cluster[i - 1].end : item.start]
        if before and (bracketed or not after):
            attached[before[-1]].offer(item.start - cluster[before[-1]].end, item.value)
        elif after:
            attached[after[0]].offer(cluster[after[0]].start - item.end, item.value)
    return attached


def _mention(source: _Source, found: _Found, solar: _Solar, claims: _Attached) -> DateMention:
    start, end, text = source.given_span(found.start, found.end)
    problem = _problem(solar.day, solar.month, solar.year)
    return DateMention(
        start=start,
        end=end,
        text=text,
        form=solar.form,
        day=solar.day,
        month=solar.month,
        year=solar.year,
        date=None if problem else datetime.date(solar.year, solar.month, solar.day),
        problem=problem,
        time=claims.time[1] if claims.time else None,
        weekday=claims.weekday[1] if claims.weekday else None,
        lunar=claims.lunar[1] if claims.lunar else None,
    )


def find_dates(text: str) -> list[DateMention]:
    """Every solar date written in ``text``, in order, with its time and claims.

    Offsets index ``text`` as given (NFC or NFD). See the module docstring for the forms.
    """
    source = _Source(text)
    found = _without_overlaps(_expressions(source) + _times(source) + _weekdays(source))
    mentions: list[DateMention] = []
    for cluster in _clusters(source.folded, found):
        attached = _attach(source.folded, cluster)
        for index, item in enumerate(cluster):
            if isinstance(item.value, _Solar):
                mentions.append(_mention(source, item, item.value, attached[index]))
    return mentions
