"""Working days of Vietnamese state offices, and deadlines that fall on a day off.

Saturdays and Sundays are days off. Public holidays, the announced Tết days and the swapped
days come from the ``holidays`` package's Vietnamese calendar, through a disk cache
(``raquan.domain.dates.holidays_cache``: importing the package costs about 0.1 s); a weekend day
that ``holidays`` marks as a working day (a swapped day) is a working day. A plan or a unit
registry may declare more days off or more working days, and those declarations win. Years
``holidays`` does not cover (before 1901, after 2100) have weekends only.

The code around ``holidays`` is hand-written because the package knows the days but not the
rule of Bộ luật Dân sự 2015, Điều 148 (a period whose last day is a day off ends at the end of
the next working day), nor the plan's own overrides.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from raquan.domain.dates.names import weekday_name

DECLARED_DAY_OFF = "Ngày nghỉ được khai báo"
"""The reason given for a declared day off that came without one."""

_ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class _Year:
    """One year of a calendar: the reason of each day off, and running working-day counts.

    ``through[n]`` is the number of working days among the year's first ``n`` days.
    """

    reasons: Mapping[datetime.date, str]
    through: tuple[int, ...]


class WorkCalendar:
    """The working days of a state office, with the overrides a plan or a unit declares.

    ``extra_days_off`` is either dates or a mapping of dates to a Vietnamese reason (an empty
    reason becomes :data:`DECLARED_DAY_OFF`); ``extra_working_days`` are dates worked although
    they would be days off. A date declared both ways raises ``ValueError``.
    """

    def __init__(
        self,
        *,
        extra_days_off: Mapping[datetime.date, str] | Iterable[datetime.date] = (),
        extra_working_days: Iterable[datetime.date] = (),
    ) -> None:
        if isinstance(extra_days_off, Mapping):
            days_off = {day: reason or DECLARED_DAY_OFF for day, reason in extra_days_off.items()}
        else:
            days_off = dict.fromkeys(extra_days_off, DECLARED_DAY_OFF)
        working = frozenset(extra_working_days)
        clashes = sorted(working.intersection(days_off))
        if clashes:
            raise ValueError(
                f"Ngày {clashes[0]:%d/%m/%Y} vừa được khai báo là ngày nghỉ "
                "vừa được khai báo là ngày làm việc."
            )
        self._extra_days_off: Mapping[datetime.date, str] = MappingProxyType(days_off)
        self._extra_working_days = working
        self._years: dict[int, _Year] = {}

    @property
    def extra_days_off(self) -> Mapping[datetime.date, str]:
        """The declared days off and their reasons."""
        return self._extra_days_off

    @property
    def extra_working_days(self) -> frozenset[datetime.date]:
        """The declared working days."""
        return self._extra_working_days

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is not None:
            return cached
        from raquan.domain.dates.holidays_cache import days_of, shared  # noqa: PLC0415

        holidays, weekend_workdays = shared().year(year)
        reasons: dict[datetime.date, str] = {}
        through = [0]
        for day in days_of(year):
            reason = self._reason(day, holidays, weekend_workdays)
            if reason is not None:
                reasons[day] = reason
            through.append(through[-1] + (reason is None))
        result = _Year(reasons=MappingProxyType(reasons), through=tuple(through))
        self._years[year] = result
        return result

    def _reason(
        self,
        day: datetime.date,
        holidays: Mapping[datetime.date, str],
        weekend_workdays: frozenset[datetime.date],
    ) -> str | None:
        if day in self._extra_working_days:
            return None
        declared = self._extra_days_off.get(day)
        if declared is not None:
            return declared
        holiday = holidays.get(day)
        if holiday is not None:
            return holiday
        if day.weekday() >= 5 and day not in weekend_workdays:
            return weekday_name(day)
        return None

    def day_off_reason(self, d: datetime.date) -> str | None:
        """Why ``d`` is a day off, in Vietnamese, or None when it is a working day.

        The declared reason, else the holiday's name ("Mùng ba Tết Nguyên Đán"), else the
        weekday ("thứ Bảy", "Chủ nhật").
        """
        return self._year(d.year).reasons.get(d)

    def is_working_day(self, d: datetime.date) -> bool:
        """Whether state offices work on ``d``."""
        return d not in self._year(d.year).reasons

    def next_working_day(self, d: datetime.date) -> datetime.date:
        """``d`` if it is a working day, else the first working day after it.

        This is where a period ends whose last day is ``d`` (Bộ luật Dân sự 2015, Điều 148:
        when the last day is a day off, the period ends at the end of the next working day).
        """
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def previous_working_day(self, d: datetime.date) -> datetime.date:
        """``d`` if it is a working day, else the last working day before it."""
        while not self.is_working_day(d):
            d -= _ONE_DAY
        return d

    def following_working_day(self, d: datetime.date) -> datetime.date:
        """The first working day strictly after ``d``."""
        return self.next_working_day(d + _ONE_DAY)

    def working_days_between(self, start: datetime.date, end: datetime.date) -> int:
        """The working days after ``start`` up to and including ``end``: the interval (start, end].

        So from today to a deadline it counts the working days left, deadline included, today
        excluded ("còn 3 ngày làm việc"). Zero when ``end == start``; when ``end`` is before
        ``start`` the count of (end, start] with a minus sign, so that
        ``working_days_between(a, b) == -working_days_between(b, a)``.
        """
        if end < start:
            return -self.working_days_between(end, start)
        total = sum(self._year(year).through[-1] for year in range(start.year, end.year))
        return (
            total
            + self._year(end.year).through[end.timetuple().tm_yday]
            - self._year(start.year).through[start.timetuple().tm_yday]
        )
