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
