"""When each deadline of a plan falls: the one function every command asks.

A deadline written "trước ngày 15/01/2023" has one date; "trong thời gian diễn ra Lễ ra quân"
takes it from an event; "trong thời hạn 05 ngày làm việc kể từ ngày 05/02/2024" counts working
days on the working calendar; "trước ngày 25 hằng tháng" falls once a month inside the plan's
period; "trong 05 ngày kể từ ngày hoàn thành kế hoạch chi tiết" depends on when each unit did
the other duty. ``occurrences`` turns any of them into a list of ``Occurrence``: where the span
starts (if it is one), the first moment at which the duty is no longer on time, and for a
recurring deadline the period each occurrence belongs to. Checks (each RQ2xx rule applies to
every occurrence), the agenda, the statuses and the exports all go through it.

Times are naive local times (Vietnam, UTC+7), as the models keep them.

Counting days follows Bộ luật Dân sự 2015: a period counted in days starts on the day after the
day it is counted from (Điều 147) and ends at the end of its last day (Điều 148). "N ngày làm
việc" ends at the end of the N-th working day after that day; "N ngày" at the end of the N-th
day (when that day is a day off, RQ202 says so, as for any deadline).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from raquan.domain.dates.periods import Recurrence, month_span, quarter_span
from raquan.domain.dates.phrases import short_date
from raquan.domain.dates.workdays import WorkCalendar
from raquan.domain.phrasing import deadline_phrase
from raquan.models.plan import Deadline, Duty, Plan

_DAY = datetime.timedelta(days=1)
_MIDNIGHT = datetime.time()

DoneAt = Callable[[str], datetime.datetime | None]
"""When the unit in question did a duty of the plan (by id), or None when it has not."""


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One time a duty falls due."""

    end: datetime.datetime
    """The first moment (local time) at which the duty is no longer on time."""
    start: datetime.datetime | None = None
    """Where the span starts, when the deadline is a span (a month, an event, "từ ... đến")."""
    label: str | None = None
    """The period of a recurring deadline: "tháng 6/2024", "Quý II/2024", "năm 2024"."""
    key: str = ""
    """A stable name of that period ("2024-06"); empty for a deadline that does not recur."""
    estimated: bool = False
    """Counted from another duty's deadline because the unit has not done that duty yet."""

    @property
    def last_day(self) -> datetime.date:
        """The last calendar day on which the duty is on time."""
        return (self.end - datetime.timedelta(microseconds=1)).date()


def add_working_days(calendar: WorkCalendar, day: datetime.date, count: int) -> datetime.date:
    """The ``count``-th working day after ``day`` (``day`` itself not counted)."""
    for _ in range(count):
        day = calendar.following_working_day(day)
    return day


def _at(day: datetime.date, time: datetime.time | None = None) -> datetime.datetime:
    return datetime.datetime.combine(day, time or _MIDNIGHT)


def _day_end(day: datetime.date, time: datetime.time | None = None) -> datetime.datetime:
    """The first moment after ``day`` (or after ``time`` on it: 17:00 itself is on time)."""
    if time is not None:
        return _at(day, time) + datetime.timedelta(minutes=1)
    return _at(day + _DAY)


def _on(
    deadline: Deadline, day: datetime.date
) -> tuple[datetime.datetime | None, datetime.datetime]:
    """Start and end of a date-based deadline of ``deadline.kind`` falling on ``day``."""
    kind = deadline.kind
    if kind in ("trước", "vào lúc"):
        return None, _at(day, deadline.time)
    if kind == "vào ngày":
        return _at(day), _day_end(day, deadline.time)
    return None, _day_end(day, deadline.time)  # chậm nhất, đến hết


def recurrence(deadline: Deadline) -> Recurrence | None:
    """The recurrence of a recurring deadline ("ngày 25 hằng tháng"), or None."""
    if deadline.repeat is None or deadline.day is None:
        return None
    return Recurrence(deadline.repeat, deadline.day, deadline.month)


def bounds(plan: Plan, deadline: Deadline) -> tuple[datetime.date, datetime.date] | None:
    """The days a recurring deadline runs between: its own ``start``/``until``, else the
    plan's period; None when neither says (RQ207)."""
    period = plan.period
    first = deadline.start or (period.start if period is not None else None)
    last = deadline.until or (period.end if period is not None else None)
    if first is None or last is None:
        return None
    return first, last


class _Resolver:
    """Works out occurrences, following "kể từ ngày hoàn thành ..." links without looping."""

    def __init__(self, plan: Plan, calendar: WorkCalendar, done_at: DoneAt | None) -> None:
        self.plan = plan
        self.calendar = calendar
        self.done_at = done_at
        self._duties: dict[str, Duty] | None = None
        self._visiting: set[str] = set()

    def duty(self, duty_id: str) -> Duty | None:
        if self._duties is None:
            self._duties = {}
            for placed in self.plan.duties():
                self._duties.setdefault(placed.duty.id, placed.duty)
        return self._duties.get(duty_id)

    def of(self, deadline: Deadline) -> list[Occurrence]:
        kind = deadline.kind
        if deadline.repeat is not None:
            return self._recurring(deadline)
        if kind == "trong":
            return self._within_period(deadline)
        if kind == "trong thời gian":
            event = self.plan.event(deadline.event or "")
            if event is None:
                return []
            return [Occurrence(event.end(), start=event.start())]
        if kind == "trong thời hạn":
            return self._counted(deadline)
        if deadline.date is None:
            return []
        start, end = _on(deadline, deadline.date)
        if deadline.start is not None:
            start = _at(deadline.start)
        elif deadline.after is not None:
            event = self.plan.event(deadline.after)
            start = event.start() if event is not None else None
        return [Occurrence(end, start=start)]

    def _within_period(self, deadline: Deadline) -> list[Occurrence]:
        if deadline.year is None:
            return []
        if deadline.month is not None:
            first, last = month_span(deadline.year, deadline.month)
        elif deadline.quarter is not None:
            first, last = quarter_span(deadline.year, deadline.quarter)
        else:
            return []
        return [Occurrence(_day_end(last), start=_at(first))]

    def _recurring(self, deadline: Deadline) -> list[Occurrence]:
        rule = recurrence(deadline)
        span = bounds(self.plan, deadline)
        if rule is None or span is None:
            return []
        found = []
        for occurrence in rule.occurrences(*span):
            start, end = _on(deadline, occurrence.day)
            found.append(Occurrence(end, start=start, label=occurrence.label, key=occurrence.key))
        return found

    def _counted(self, deadline: Deadline) -> list[Occurrence]:
        origin = deadline.from_
        if origin is None or deadline.days is None:
            return []
        estimated = False
        if origin.date is not None:
            day = origin.date
        elif origin.event is not None:
            event = self.plan.event(origin.event)
            if event is None:
                return []
            day = (event.end() - datetime.timedelta(microseconds=1)).date()
        elif origin.duty is not None:
            found = self._from_duty(origin.duty)
            if found is None:
                return []
            day, estimated = found
        else:
            return []
        if deadline.counting == "ngày làm việc":
            last = add_working_days(self.calendar, day, deadline.days)
        else:
            last = day + datetime.timedelta(days=deadline.days)
        return [Occurrence(_day_end(last), start=_at(day + _DAY), estimated=estimated)]

    def _from_duty(self, duty_id: str) -> tuple[datetime.date, bool] | None:
        """The day the other duty was done (by the unit asked about), or else the last day of
        its own deadline (an estimate); None when neither is known."""
        if self.done_at is not None:
            moment = self.done_at(duty_id)
            if moment is not None:
                return moment.date(), False
        other = self.duty(duty_id)
        if other is None or other.deadline is None or duty_id in self._visiting:
            return None
        self._visiting.add(duty_id)
        try:
            found = self.of(other.deadline)
        finally:
            self._visiting.discard(duty_id)
        if not found:
            return None
        return found[-1].last_day, True


def occurrences(
    plan: Plan,
    deadline: Deadline,
    calendar: WorkCalendar,
    *,
    done_at: DoneAt | None = None,
) -> list[Occurrence]:
    """Every time a deadline of ``plan`` falls due, in order.

    Empty when the deadline cannot be placed: an unknown event or duty, a recurring deadline
    without bounds, a cycle of "kể từ ngày hoàn thành" (the checks report each of those).
    ``done_at`` tells when the unit in question did another duty, for deadlines counted from
    it; without it (or before it is done) they are estimated from that duty's own deadline.
    """
    return _Resolver(plan, calendar, done_at).of(deadline)


def is_span(deadline: Deadline) -> bool:
    """Whether the deadline is a time during which something is done (it ends, and ending is
    not being late): a day ("vào ngày"), a month or quarter, an event, "từ ... đến hết"."""
    if deadline.kind in ("vào ngày", "trong", "trong thời gian", "đến hết"):
        return True
    return deadline.start is not None or deadline.after is not None


def depends_on(deadline: Deadline) -> str | None:
    """The duty a deadline is counted from ("kể từ ngày hoàn thành ..."), if any."""
    origin = deadline.from_
    return origin.duty if origin is not None else None


def anchor_field(deadline: Deadline) -> str:
    """The key of a deadline that a finding about its date points at."""
    if deadline.date is not None:
        return "date"
    if deadline.repeat is not None:
        return "day"
    if deadline.kind == "trong":
        return "month" if deadline.month is not None else "quarter"
    return {"trong thời gian": "event", "trong thời hạn": "days"}.get(deadline.kind, "kind")


def occurrence_phrase(deadline: Deadline, plan: Plan, occurrence: Occurrence) -> str:
    """The deadline as the plan writes it, with the day it comes to when the words do not say
    it: "trước ngày 25 hằng tháng (kỳ tháng 2/2024: hạn cuối 24/02/2024)", "trong thời hạn 05
    ngày làm việc kể từ ngày 05/02/2024 (hạn cuối 19/02/2024)"."""
    phrase = deadline_phrase(deadline, plan)
    if deadline.fixed or deadline.kind in ("trong", "trong thời gian"):
        return phrase
    last = short_date(occurrence.last_day)
    if occurrence.label is not None:
        return f"{phrase} (kỳ {occurrence.label}: hạn cuối {last})"
    guess = ", dự kiến" if occurrence.estimated else ""
    return f"{phrase} (hạn cuối {last}{guess})"


@dataclass(frozen=True, slots=True)
class Series:
    """A recurring deadline as a whole, for calendar exports: the RFC 5545 rule (FREQ,
    INTERVAL, BYMONTH, BYMONTHDAY), the first and last due moments (naive local), every due
    moment (for an RDATE list when the rule cannot say it exactly), and whether it can."""

    rule: dict[str, list[int | str]]
    first: datetime.datetime
    last: datetime.datetime
    ends: tuple[datetime.datetime, ...]
    exact: bool

    @classmethod
    def of(cls, deadline: Deadline, found: list[Occurrence]) -> Series:
        rule = recurrence(deadline)
        assert rule is not None
        assert found
        ends = tuple(occurrence.end for occurrence in found)
        return cls(rule.rrule(), ends[0], ends[-1], ends, rule.exact_in_rrule)
