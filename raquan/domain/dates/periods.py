"""Months, quarters and recurring days: the spans and repetitions plans write in words.

- ``month_span(2024, 6)``: the first and last day of June 2024;
- ``quarter_span(2024, 2)``: the first and last day of the second quarter;
- ``roman(2)``: "II", as "Quý II" writes it;
- ``Recurrence``: "ngày 25 hằng tháng", "ngày 15 của tháng cuối quý", "ngày 15/12 hằng năm":
  the days it falls on between two dates, a label for each ("tháng 6/2024", "Quý II/2024",
  "năm 2024"), and the RFC 5545 recurrence rule an iCalendar export needs.

Hand-written because ``dateutil.rrule`` knows neither the Vietnamese labels nor the rule that a
day beyond a month's end (31 in April) means that month's last day, and it is a few lines.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass
from typing import Literal

Every = Literal["hằng tháng", "hằng quý", "hằng năm"]

_ROMAN = ("I", "II", "III", "IV")
_MONTH_OF_QUARTER = {1: "tháng đầu quý", 2: "tháng thứ hai của quý", 3: "tháng cuối quý"}


def roman(quarter: int) -> str:
    """A quarter in Roman numerals: 1 -> "I" ... 4 -> "IV"."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"Quý phải từ 1 đến 4, không có quý {quarter}.")
    return _ROMAN[quarter - 1]


def last_day_of_month(year: int, month: int) -> datetime.date:
    """The last day of a month."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """The first and the last day of a month."""
    return datetime.date(year, month, 1), last_day_of_month(year, month)


def quarter_span(year: int, quarter: int) -> tuple[datetime.date, datetime.date]:
    """The first and the last day of a quarter."""
    roman(quarter)
    first = 3 * quarter - 2
    return datetime.date(year, first, 1), last_day_of_month(year, first + 2)


def quarter_of(day: datetime.date) -> int:
    """The quarter a day is in (1-4)."""
    return (day.month - 1) // 3 + 1


def _clamped(year: int, month: int, day: int) -> datetime.date:
    """``day`` of a month, or its last day when the month is shorter."""
    return datetime.date(year, month, min(day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One day a recurring deadline falls on, the period it belongs to, and its key."""

    day: datetime.date
    label: str
    """The period in words: "tháng 6/2024", "Quý II/2024", "năm 2024"."""
    key: str
    """A stable short name of the period: "2024-06", "2024-Q2", "2024"."""


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A day that comes back every month, quarter or year.

    ``month`` is the month of the quarter (1-3) for ``hằng quý`` and the month of the year
    (1-12) for ``hằng năm``; it is not used for ``hằng tháng``.
    """

    every: Every
    day: int
    month: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.day <= 31:
            raise ValueError(f"Ngày trong tháng phải từ 1 đến 31, không có ngày {self.day}.")
        if self.every == "hằng quý" and self.month is not None and not 1 <= self.month <= 3:
            raise ValueError("Với 'hằng quý', tháng ('month') là tháng thứ mấy của quý: 1, 2, 3.")
        if self.every == "hằng năm" and (self.month is None or not 1 <= self.month <= 12):
            raise ValueError("Với 'hằng năm', phải ghi tháng ('month') từ 1 đến 12.")

    @property
    def month_in_quarter(self) -> int:
        """The month of the quarter a quarterly day falls in (the last one by default)."""
        return self.month or 3

    def occurrences(self, start: datetime.date, end: datetime.date) -> list[Occurrence]:
        """Every day of the recurrence from ``start`` to ``end`` (both included), in order."""
        found: list[Occurrence] = []
        for year in range(start.year, end.year + 1):
            for occurrence in self._in_year(year):
                if start <= occurrence.day <= end:
                    found.append(occurrence)
        return found

    def _in_year(self, year: int) -> list[Occurrence]:
        if self.every == "hằng tháng":
            return [
                Occurrence(_clamped(year, m, self.day), f"tháng {m}/{year}", f"{year}-{m:02d}")
                for m in range(1, 13)
            ]
        if self.every == "hằng quý":
            return [
                Occurrence(
                    _clamped(year, 3 * q - 3 + self.month_in_quarter, self.day),
                    f"Quý {roman(q)}/{year}",
                    f"{year}-Q{q}",
                )
                for q in range(1, 5)
            ]
        assert self.month is not None
        return [Occurrence(_clamped(year, self.month, self.day), f"năm {year}", str(year))]

    def phrase(self) -> str:
        """The day in words, as plans write it: "ngày 25 hằng tháng", "ngày 15 của tháng cuối
        quý", "ngày 15/12 hằng năm"."""
        if self.every == "hằng tháng":
            return f"ngày {self.day:02d} hằng tháng"
        if self.every == "hằng quý":
            return f"ngày {self.day:02d} của {_MONTH_OF_QUARTER[self.month_in_quarter]}"
        assert self.month is not None
        return f"ngày {self.day:02d}/{self.month:02d} hằng năm"

    def rrule(self) -> dict[str, list[int | str]]:
        """The RFC 5545 RRULE parts (without UNTIL): FREQ, INTERVAL, BYMONTH, BYMONTHDAY.

        A day that some months lack (29-31) is written as the last day of the month
        (``BYMONTHDAY=-1``) only when it is 31; 29 and 30 keep their number and calendar apps
        skip the months without them, so raquan only uses this for the days all months have
        or for 31 (see ``exact_in_rrule``).
        """
        day: int = -1 if self.day == 31 else self.day
        if self.every == "hằng tháng":
            return {"FREQ": ["MONTHLY"], "BYMONTHDAY": [day]}
        if self.every == "hằng quý":
            return {"FREQ": ["MONTHLY"], "INTERVAL": [3], "BYMONTHDAY": [day]}
        assert self.month is not None
        return {"FREQ": ["YEARLY"], "BYMONTH": [self.month], "BYMONTHDAY": [day]}

    @property
    def exact_in_rrule(self) -> bool:
        """Whether ``rrule()`` gives exactly the days of ``occurrences`` (days 29 and 30 of
        monthly or quarterly recurrences, and 29/02, do not: some months lack them)."""
        if self.every == "hằng năm":
            return not (self.month == 2 and self.day == 29)
        return self.day <= 28 or self.day == 31
