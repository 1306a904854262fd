"""Dates and times written the way Vietnamese official documents write them.

Hand-written because ``strftime`` knows neither the documents' leading-zero rule (a day below
10 and the months 1 and 2 take a leading zero, months 3-12 do not: "ngày 05 tháng 02",
"ngày 29 tháng 6") nor the Vietnamese lunar and weekday names.

- ``short_date``: "06/01/2023"
- ``long_date``: "ngày 06 tháng 01 năm 2023"
- ``day_number``, ``month_number``: the pieces of ``long_date``, for drafts whose day is blank
- ``time_phrase``: "08h30'"
- ``lunar_phrase``: "ngày Mùng 10 tháng Giêng năm Quý Mão"
- ``bracketed_weekday``: "(thứ Ba)"; ``weekday_long_date``: "thứ Ba, ngày 31 tháng 01 năm 2023"
- ``bracketed_lunar``: "(nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)"
"""

from __future__ import annotations

import datetime

from raquan.domain.dates.lunar import solar_to_lunar
from raquan.domain.dates.names import lunar_day_phrase, lunar_month_name, weekday_name, year_name


def short_date(d: datetime.date) -> str:
    """A date in digits, day and month always on two digits: "06/01/2023"."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def day_number(day: int) -> str:
    """A day of the month as ``long_date`` writes it: "05", "29"."""
    if not 1 <= day <= 31:
        raise ValueError(f"Ngày trong tháng phải từ 1 đến 31, không có ngày {day}.")
    return f"{day:02d}"


def month_number(month: int) -> str:
    """A month as ``long_date`` writes it: "01", "02", then "3" … "12" without a zero."""
    if not 1 <= month <= 12:
        raise ValueError(f"Tháng phải từ 1 đến 12, không có tháng {month}.")
    return f"{month:02d}" if month <= 2 else str(month)


def long_date(d: datetime.date) -> str:
    """A date in words as in a document's header: "ngày 06 tháng 01 năm 2023"."""
    return f"ngày {day_number(d.day)} tháng {month_number(d.month)} năm {d.year}"


def time_phrase(t: datetime.time) -> str:
    """A time of day as documents write it, with an ASCII apostrophe: "08h30'", "09h00'"."""
    return f"{t.hour:02d}h{t.minute:02d}'"


def lunar_phrase(d: datetime.date) -> str:
    """The lunar date of ``d`` in words: "ngày Mùng 10 tháng Giêng năm Quý Mão".

    A leap month is written "tháng Hai nhuận"; days after the 10th are plain numbers.
    """
    lunar = solar_to_lunar(d)
    leap = " nhuận" if lunar.leap else ""
    return (
        f"ngày {lunar_day_phrase(lunar.day)} tháng {lunar_month_name(lunar.month)}{leap} "
        f"năm {year_name(lunar.year)}"
    )


def bracketed_weekday(d: datetime.date) -> str:
    """The weekday of ``d`` in brackets, to follow a date: "(thứ Ba)"."""
    return f"({weekday_name(d)})"


def weekday_long_date(d: datetime.date) -> str:
    """A date in words led by its weekday: "thứ Ba, ngày 31 tháng 01 năm 2023"."""
    return f"{weekday_name(d)}, {long_date(d)}"


def bracketed_lunar(d: datetime.date) -> str:
    """The lunar date of ``d`` in brackets: "(nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)"."""
    return f"(nhằm {lunar_phrase(d)})"
