"""The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.

Written here from Hồ Ngọc Đức's published astronomical method, not copied from any code:

* new moons after Jean Meeus, "Astronomical Algorithms" (the series with the k-th lunation
  after the new moon of 1900-01-01); a lunar month starts on the civil day, in UTC+7, of its
  new moon;
* the sun's apparent longitude after Meeus, taken at local midnight; the twelve major solar
  terms (trung khí) are the multiples of 30°;
* month 11 is the month that contains the winter solstice (270°);
* when two consecutive months 11 are 13 months apart, the first month after month 11 that
  contains no major solar term is the leap month and takes the number of the month before it.

Why not a library: the Chinese calendar is computed for UTC+8 and gives the wrong Tết for
Vietnam in some years (1968, 1985, 2007), and the Python packages that exist either use the
Chinese calendar or are unmaintained copies of old code. The method is valid for every solar
date from 1900-01-01 to 2199-12-31; other dates raise ``ValueError``.

Per-year tables are cached, so converting thousands of dates costs little.
"""

from __future__ import annotations

import bisect
import datetime
import math
from dataclasses import dataclass
from functools import lru_cache

from raquan.domain.dates.names import lunar_month_name, year_name
from raquan.domain.time import VIETNAM

MIN_DATE = datetime.date(1900, 1, 1)
"""The first solar date the calendar supports."""
MAX_DATE = datetime.date(2199, 12, 31)
"""The last solar date the calendar supports."""

TIME_ZONE_HOURS = VIETNAM.utcoffset(None) / datetime.timedelta(hours=1)
"""Vietnam's civil time, UTC+7, in which lunar months start."""

_ORDINAL_TO_JULIAN_DAY = 1_721_425  # date.toordinal() + this = Julian day number
_SYNODIC_MONTH = 29.530588853  # mean length of a lunation, in days
_FIRST_LUNAR_YEAR = MIN_DATE.year - 1  # 1900-01-01 still lies in lunar year 1899
_LAST_LUNAR_YEAR = MAX_DATE.year


@dataclass(frozen=True, slots=True)
class LunarDate:
    """A date of the Vietnamese lunar calendar; ``year`` is the lunar year (2023 = Quý Mão)."""

    day: int
    month: int
    year: int
    leap: bool = False


@dataclass(frozen=True, slots=True)
class _Month:
    """One lunar month: its first day (a date ordinal), number, leap flag, year and length."""

    start: int
    number: int
    leap: bool
    year: int
    length: int


@dataclass(frozen=True, slots=True)
class _Span:
    """The months from month 11 of one lunar year to just before month 11 of the next."""

    months: tuple[_Month, ...]
    starts: tuple[int, ...]
    end: int


SUPPORTED_RANGE = f"từ {MIN_DATE:%d/%m/%Y} đến {MAX_DATE:%d/%m/%Y}"
"""The dates raquan works with, in words: every date in a file must lie in this range."""


def _range_error() -> ValueError:
    return ValueError(f"Lịch âm chỉ tính được cho các ngày {SUPPORTED_RANGE} (dương lịch).")


def _check_range(d: datetime.date) -> None:
    if not MIN_DATE <= d <= MAX_DATE:
        raise _range_error()


def _check_lunar_year(lunar_year: int) -> None:
    if not _FIRST_LUNAR_YEAR <= lunar_year <= _LAST_LUNAR_YEAR:
        raise _range_error()


def _new_moon(k: int) -> float:
    """The Julian day (UT) of the k-th new moon after the one of 1900-01-01, after Meeus."""
    t = k / 1236.85
    t2 = t * t
    t3 = t2 * t
    rad = math.pi / 180
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * rad)
    sun_anomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * rad
    moon_anomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * rad
    latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * rad
    correction = (
        (0.1734 - 0.000393 * t) * math.sin(sun_anomaly)
        + 0.0021 * math.sin(2 * sun_anomaly)
        - 0.4068 * math.sin(moon_anomaly)
        + 0.0161 * math.sin(2 * moon_anomaly)
        - 0.0004 * math.sin(3 * moon_anomaly)
        + 0.0104 * math.sin(2 * latitude)
        - 0.0051 * math.sin(sun_anomaly + moon_anomaly)
        - 0.0074 * math.sin(sun_anomaly - moon_anomaly)
        + 0.0004 * math.sin(2 * latitude + sun_anomaly)
        - 0.0004 * math.sin(2 * latitude - sun_anomaly)
        - 0.0006 * math.sin(2 * latitude + moon_anomaly)
        + 0.0010 * math.sin(2 * latitude - moon_anomaly)
        + 0.0005 * math.sin(sun_anomaly + 2 * moon_anomaly)
    )
    # Dynamical time minus universal time (ΔT), in days.
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd + correction - delta_t


@lru_cache(maxsize=8192)
def _new_moon_day(k: int) -> int:
    """The date ordinal of the civil day (UTC+7) on which the k-th new moon falls."""
    julian_day = math.floor(_new_moon(k) + 0.5 + TIME_ZONE_HOURS / 24)
    return julian_day - _ORDINAL_TO_JULIAN_DAY


def _sun_longitude(julian_day: float) -> float:
    """The sun's apparent longitude in degrees, 0 <= L < 360, after Meeus."""
    t = (julian_day - 2451545.0) / 36525
    t2 = t * t
    rad = math.pi / 180
    mean_anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t2 * t) * rad
    mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    centre = (
        (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(mean_anomaly)
        + (0.019993 - 0.000101 * t) * math.sin(2 * mean_anomaly)
        + 0.000290 * math.sin(3 * mean_anomaly)
    )
    return (mean_longitude + centre) % 360


def _solar_term_sector(ordinal: int) -> int:
    """Which 30° sector (0..11) the sun is in at the local midnight that starts a day."""
    midnight = ordinal + _ORDINAL_TO_JULIAN_DAY - 0.5 - TIME_ZONE_HOURS / 24
    return int(_sun_longitude(midnight) // 30)


@lru_cache(maxsize=1024)
def _month11_lunation(year: int) -> int:
    """The lunation k of month 11 near the end of solar ``year`` (it holds the solstice)."""
    december_31 = datetime.date(year, 12, 31).toordinal() + _ORDINAL_TO_JULIAN_DAY
    k = math.floor((december_31 - 2415021) / _SYNODIC_MONTH)
    # A month that starts with the sun already past 270° began after the solstice.
    if _solar_term_sector(_new_moon_day(k)) >= 9:
        k -= 1
    return k


@lru_cache(maxsize=1024)
def _span(year: int) -> _Span:
    """The months from month 11 of lunar year ``year - 1`` up to month 11 of ``year``."""
    first = _month11_lunation(year - 1)
    count = _month11_lunation(year) - first
    starts = [_new_moon_day(first + i) for i in range(count + 1)]
    leap_index = -1
    if count == 13:
        sectors = [_solar_term_sector(start) for start in starts]
        # A month without a major term starts and ends in the same sector. Month 11 holds the
        # solstice, so the search starts after it; 13 months and 12 terms make one certain.
        leap_index = next(i for i in range(1, count) if sectors[i] == sectors[i + 1])
    months: list[_Month] = []
    number = 11
    for i in range(count):
        leap = i == leap_index
        if i > 0 and not leap:
            number = number % 12 + 1
        months.append(
            _Month(
                start=starts[i],
                number=number,
                leap=leap,
                year=year - 1 if number >= 11 else year,
                length=starts[i + 1] - starts[i],
            )
        )
    return _Span(months=tuple(months), starts=tuple(starts[:-1]), end=starts[-1])


@lru_cache(maxsize=1024)
def _year_months(lunar_year: int) -> tuple[_Month, ...]:
    """The months of one lunar year, from tháng Giêng to tháng Chạp, leap month included."""
    months = _span(lunar_year).months + _span(lunar_year + 1).months
    return tuple(month for month in months if month.year == lunar_year)


def solar_to_lunar(d: datetime.date) -> LunarDate:
    """The Vietnamese lunar date of a solar date (31/01/2023 -> 10 tháng Giêng năm Quý Mão)."""
    _check_range(d)
    ordinal = d.toordinal()
    span = _span(d.year)
    if ordinal >= span.end:
        span = _span(d.year + 1)
    month = span.months[bisect.bisect_right(span.starts, ordinal) - 1]
    return LunarDate(
        day=ordinal - month.start + 1, month=month.number, year=month.year, leap=month.leap
    )


def _find_month(lunar_year: int, month: int, leap: bool) -> _Month:
    if not 1 <= month <= 12:
        raise ValueError(f"Tháng âm lịch phải từ 1 đến 12, không có tháng {month}.")
    _check_lunar_year(lunar_year)
    for candidate in _year_months(lunar_year):
        if candidate.number == month and candidate.leap == leap:
            return candidate
    leap_number = leap_month(lunar_year)
    which = (
        "năm đó không có tháng nhuận"
        if leap_number is None
        else f"tháng nhuận năm đó là tháng {lunar_month_name(leap_number)}"
    )
    raise ValueError(
        f"Năm âm lịch {lunar_year} ({year_name(lunar_year)}) không có tháng "
        f"{lunar_month_name(month)} nhuận: {which}."
    )


def lunar_to_solar(ld: LunarDate) -> datetime.date:
    """The solar date of a Vietnamese lunar date; ``ValueError`` if that lunar date does not exist.

    A lunar date does not exist when its month is not 1..12, when it is marked leap in a year
    whose leap month is another one (or that has none), or when its day is past the end of a
    29-day month.
    """
    month = _find_month(ld.year, ld.month, ld.leap)
    if not 1 <= ld.day <= month.length:
        leap = " nhuận" if month.leap else ""
        raise ValueError(
            f"Tháng {lunar_month_name(month.number)}{leap} năm {year_name(ld.year)} ({ld.year}) "
            f"chỉ có {month.length} ngày, không có ngày {ld.day}."
        )
    result = datetime.date.fromordinal(month.start + ld.day - 1)
    _check_range(result)
    return result


def lunar_new_year(year: int) -> datetime.date:
    """The first day of lunar year ``year`` (Tết Nguyên Đán): 2023 -> 22/01/2023."""
    return lunar_to_solar(LunarDate(day=1, month=1, year=year))


def leap_month(lunar_year: int) -> int | None:
    """The number of the leap month of a lunar year (2023 -> 2), or None when it has none."""
    _check_lunar_year(lunar_year)
    for month in _year_months(lunar_year):
        if month.leap:
            return month.number
    return None


def month_length(lunar_year: int, month: int, leap: bool = False) -> int:
    """The number of days (29 or 30) of a lunar month; ``ValueError`` if it does not exist."""
    return _find_month(lunar_year, month, leap).length
