"""Vietnamese dates: the lunar calendar, names and phrases, working days, dates in free text.

- ``lunar``: the Vietnamese lunisolar calendar (UTC+7), 1900-01-01 .. 2199-12-31;
- ``names``: weekday, can chi, lunar month and lunar day names, with tolerant parsers;
- ``phrases``: dates and times as documents write them ("ngày 06 tháng 01 năm 2023");
- ``workdays``: working days of state offices and the next working day of a deadline;
- ``textdates``: the dates written in a text, with their weekday and lunar claims.

Nothing here prints or exits; impossible input raises ``ValueError`` with a Vietnamese message.
The ``holidays`` package is imported only when working days are first needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from raquan.domain.dates.lunar import (
        MAX_DATE,
        MIN_DATE,
        LunarDate,
        leap_month,
        lunar_new_year,
        lunar_to_solar,
        month_length,
        solar_to_lunar,
    )
    from raquan.domain.dates.names import (
        is_year_named,
        lunar_day_phrase,
        lunar_month_name,
        parse_lunar_day,
        parse_lunar_month,
        parse_weekday,
        parse_year_name,
        weekday_name,
        year_name,
        year_name_indices,
    )
    from raquan.domain.dates.phrases import (
        bracketed_lunar,
        bracketed_weekday,
        day_number,
        long_date,
        lunar_phrase,
        month_number,
        short_date,
        time_phrase,
        weekday_long_date,
    )
    from raquan.domain.dates.textdates import (
        DateForm,
        DateMention,
        LunarClaim,
        TimeMention,
        WeekdayClaim,
        find_dates,
    )
    from raquan.domain.dates.workdays import DECLARED_DAY_OFF, WorkCalendar

_HOMES = {
    "DECLARED_DAY_OFF": "workdays",
    "DateForm": "textdates",
    "DateMention": "textdates",
    "LunarClaim": "textdates",
    "LunarDate": "lunar",
    "MAX_DATE": "lunar",
    "MIN_DATE": "lunar",
    "TimeMention": "textdates",
    "WeekdayClaim": "textdates",
    "WorkCalendar": "workdays",
    "bracketed_lunar": "phrases",
    "bracketed_weekday": "phrases",
    "day_number": "phrases",
    "find_dates": "textdates",
    "is_year_named": "names",
    "leap_month": "lunar",
    "long_date": "phrases",
    "lunar_day_phrase": "names",
    "lunar_month_name": "names",
    "lunar_new_year": "lunar",
    "lunar_phrase": "phrases",
    "lunar_to_solar": "lunar",
    "month_length": "lunar",
    "month_number": "phrases",
    "parse_lunar_day": "names",
    "parse_lunar_month": "names",
    "parse_weekday": "names",
    "parse_year_name": "names",
    "short_date": "phrases",
    "solar_to_lunar": "lunar",
    "time_phrase": "phrases",
    "weekday_long_date": "phrases",
    "weekday_name": "names",
    "year_name": "names",
    "year_name_indices": "names",
}
"""The submodule that defines each name above: a name is imported when first used, so that
loading one submodule (``lunar`` for a date's weekday) does not load them all (``textdates``
and its patterns are only needed to read dates in free text)."""


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "DECLARED_DAY_OFF",
    "MAX_DATE",
    "MIN_DATE",
    "DateForm",
    "DateMention",
    "LunarClaim",
    "LunarDate",
    "TimeMention",
    "WeekdayClaim",
    "WorkCalendar",
    "bracketed_lunar",
    "bracketed_weekday",
    "day_number",
    "find_dates",
    "is_year_named",
    "leap_month",
    "long_date",
    "lunar_day_phrase",
    "lunar_month_name",
    "lunar_new_year",
    "lunar_phrase",
    "lunar_to_solar",
    "month_length",
    "month_number",
    "parse_lunar_day",
    "parse_lunar_month",
    "parse_weekday",
    "parse_year_name",
    "short_date",
    "solar_to_lunar",
    "time_phrase",
    "weekday_long_date",
    "weekday_name",
    "year_name",
    "year_name_indices",
]
