"""A unit's agenda: what it owes under every plan, to whom, by when, and how it stands.

For one unit (or group) the agenda holds the duties given to it by name, those given to a group
it belongs to (saying which group), those where it is a partner (phối hợp), and the events it
hosts or attends. Each deadline becomes a moment in Vietnam's time (UTC+7), keeping the plan's
own wording for display: "trước ngày 15/01/2023" is on time until the start of 15/01,
"chậm nhất ngày 30/01/2023" until the end of 30/01, "trước 09h00' ngày 31/01/2023" until 09:00.
A preparation without a deadline of its own is due when the event it prepares starts.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import groupby

from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import short_date
from raquan.domain.deadlines import Series
from raquan.domain.phrasing import event_when, moment_phrase, printed
from raquan.domain.progress import Completion, Status, event_status
from raquan.domain.time import VIETNAM, moment
from raquan.domain.units import Target, UnitIndex, display_name
from raquan.models.plan import Duty, Event, PlacedDuty
from raquan.models.units import Group, Unit
from raquan.read.source import id_lines
from raquan.read.workspace import LoadedPlan
from raquan.results.standing import Standing, standings

"""Vietnam's civil time. Deadlines are moments in it; the ICS export names Asia/Ho_Chi_Minh."""

TITLE_LIMIT = 200
"""Characters of a duty's text in a Markdown line or a table cell (cut between words)."""

__all__ = ["AgendaItem", "AgendaOptions", "Completion", "Role", "Status", "Window"]


class Role(StrEnum):
    """How the unit takes part in an item."""

    LEAD = "chu-tri"
    PARTNER = "phoi-hop"
    HOST = "to-chuc"
    ATTEND = "tham-du"

    @property
    def label(self) -> str:
        return {
            Role.LEAD: "chủ trì",
            Role.PARTNER: "phối hợp",
            Role.HOST: "tổ chức",
            Role.ATTEND: "tham dự",
        }[self]

    @property
    def leads(self) -> bool:
        """True for the roles ``--role chu-tri`` selects (lead a duty, host an event)."""
        return self in (Role.LEAD, Role.HOST)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One line of a unit's agenda."""

    plan_id: str
    plan_title: str
    item_id: str
    kind: str  # "duty" or "event"
    unit: Target
    role: Role
    via: Group | None
    title: str
    due: datetime.datetime | None
    """The last moment the item is on time (UTC+7); the start, for an event."""
    due_text: str
    start: datetime.datetime | None
    status: Status
    recipients: tuple[str, ...]
    deliverable: str | None
    source: str
    place: str | None = None
    end: datetime.datetime | None = None
    """When an event ends, if the plan says (``end_date``, ``end_time``)."""
    all_day: bool = False
    """An event without a time of day."""
    lead: tuple[str, ...] = ()
    """Who leads the item when the unit does not: the units a partner (phối hợp) works under
    or with, the hosts of an event the unit attends."""
    day_off: str | None = None
    days_left: int | None = None
    working_days_left: int | None = None
    completed: Completion | None = None
    occurrence: str | None = None
    """For a recurring duty, the period of this occurrence ("tháng 6/2024")."""
    occurrence_key: str = ""
    series: Series | None = None
    """For a recurring duty, the whole series (the iCalendar export writes it as an RRULE)."""
    estimated: bool = False
    """The due moment is estimated: it counts from another duty not yet done."""
    alarm_days: int | None = None
    """How many days before ``due`` a calendar reminds (its lead time in working days for a
    duty, counted back over the plan's calendar); None: no reminder."""

    @property
    def unit_name(self) -> str:
        """The official name of the unit asked for."""
        return self.unit.name

    @property
    def lead_phrase(self) -> str | None:
        """ "chủ trì: Phòng Kinh tế thành phố" for a partner's duty, "tổ chức: ..." for an
        event the unit attends; None when the unit leads, or the plan names no one else."""
        if not self.lead:
            return None
        return ("tổ chức: " if self.kind == "event" else "chủ trì: ") + ", ".join(self.lead)

    def sort_key(self) -> tuple[int, datetime.datetime, str, str]:
        rank = 0 if self.status is Status.OVERDUE else 2 if self.due is None else 1
        moment = self.due or datetime.datetime.max.replace(tzinfo=VIETNAM)
        return (rank, moment, self.plan_id, self.item_id)


@dataclass(frozen=True, slots=True)
class Window:
    """Which items to keep: all, or those due within a date range (overdue ones too)."""

    start: datetime.date | None = None
    end: datetime.date | None = None
    keep_overdue: bool = True

    @property
    def bounded(self) -> bool:
        """Whether the window has a start or an end."""
        return self.start is not None or self.end is not None

    def keeps(self, item: AgendaItem) -> bool:
        if self.start is None and self.end is None:
            return True
        if item.due is None:
            return False
        if item.status is Status.OVERDUE and self.keep_overdue:
            return True
        day = item.due.date()
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class AgendaOptions:
    """What to put in an agenda."""

    now: datetime.datetime
    role: str = "all"
    window: Window = field(default_factory=Window)
    include_finished: bool = False
    completions: Mapping[tuple[str, str, str], Sequence[Completion]] = field(default_factory=dict)
    """(plan id, duty id, unit id) -> the completions recorded (result files, completion
    records), earliest first."""
    remind_duty: int | None = None
    """Working days before a deadline a calendar reminds, unless the duty says (``remind``)."""
    remind_event: int | None = None
    """Days before an event a calendar reminds, unless the event says (``remind``)."""


class _Membership:
    """Whether a name in a plan stands for the asked target, and through which group."""

    def __init__(self, index: UnitIndex, target: Target) -> None:
        self.index = index
        self.target = target
        self._cache: dict[str, tuple[bool, Group | None]] = {}

    def match(self, ref: str) -> tuple[bool, Group | None]:
        cached = self._cache.get(ref)
        if cached is not None:
            return cached
        resolved = self.index.find(ref)
        result: tuple[bool, Group | None] = (False, None)
        if resolved is not None:
            if resolved.id == self.target.id and type(resolved) is type(self.target):
                result = (True, None)
            elif (
                isinstance(resolved, Group)
                and isinstance(self.target, Unit)
                and any(u.id == self.target.id for u in self.index.members(resolved))
            ):
                result = (True, resolved)
        self._cache[ref] = result
        return result

    def best(self, refs: Iterable[str]) -> tuple[bool, Group | None]:
        """A direct mention wins over a mention through a group."""
        found: tuple[bool, Group | None] = (False, None)
        for ref in refs:
            hit, via = self.match(ref)
            if hit and via is None:
                return True, None
            if hit and not found[0]:
                found = (True, via)
        return found


@dataclass(frozen=True, slots=True)
class _PlanItems:
    """What every unit's agenda needs of one plan: the duties that can be on an agenda, and
    the line of each id (worked out once per plan, not once per unit)."""

    loaded: LoadedPlan
    duties: tuple[PlacedDuty, ...]
    lines: dict[str, int]

    @classmethod
    def of(cls, loaded: LoadedPlan) -> _PlanItems:
        duties = tuple(
            placed
            for placed in loaded.plan.duties()
            # A heading for its sub-duties ("..., cụ thể:") is left out: they carry the dates.
            if not (
                placed.duty.items and placed.duty.deadline is None and placed.duty.prepares is None
            )
        )
        return cls(loaded, duties, id_lines(loaded.document.source.text or ""))


def _agenda_for(plan_items: _PlanItems, target: Target, options: AgendaOptions) -> list[AgendaItem]:
    """The items of one plan for one unit or group."""
    loaded = plan_items.loaded
    if loaded.index is None:
        return []
    plan = loaded.plan
    member = _Membership(loaded.index, target)
    context = _Context(loaded, target, options, plan_items.lines)
    items: list[AgendaItem] = []
    for placed in plan_items.duties:
        duty = placed.duty
        assigned, via = member.best(placed.to)
        role: Role | None = None
        lead: Sequence[str] = ()
        partner = duty.role == "phối hợp"
        if assigned:
            # A duty given "phối hợp" is done with its partners, who lead it.
            role, lead = (Role.PARTNER, duty.partners) if partner else (Role.LEAD, ())
        else:
            assigned, via = member.best(duty.partners)
            if assigned:
                # A partner works under the units the duty is given to, unless those are
                # themselves partners ("phối hợp"): then the other partners lead it.
                role, lead = Role.PARTNER, duty.partners if partner else placed.to
        if role is not None:
            leads = context.leads(lead, member)
            items.extend(replace(i, lead=leads) for i in context.duty_items(duty, role, via))
    for event in plan.events:
        hosts, via = member.best(event.host)
        if hosts:
            items.append(context.event_item(event, Role.HOST, via))
            continue
        attends, via = member.best(event.attendees)
        if attends:
            item = context.event_item(event, Role.ATTEND, via)
            items.append(replace(item, lead=context.leads(event.host, member)))
    return [item for item in items if _selected(item, options)]


def _selected(item: AgendaItem, options: AgendaOptions) -> bool:
    if options.role == "chu-tri" and not item.role.leads:
        return False
    if options.role == "phoi-hop" and item.role.leads:
        return False
    if item.status.finished and not options.include_finished:
        return False
    return options.window.keeps(item)


@dataclass(slots=True)
class _Context:
    loaded: LoadedPlan
    target: Target
    options: AgendaOptions
    lines: dict[str, int]

    @property
    def today(self) -> datetime.date:
        return self.options.now.date()

    def source(self, item_id: str) -> str:
        line = self.lines.get(item_id)
        source = self.loaded.document.source
        place_of = getattr(source, "place_of", None)  # a plan read from a Word document
        if line is None and place_of is not None:
            place = place_of(item_id)
            return f"{source.display}:{place}" if place else source.display
        return f"{source.display}:{line}" if line else source.display

    def names(self, refs: Iterable[str]) -> tuple[str, ...]:
        index = self.loaded.index
        assert index is not None
        return tuple(index.shown(ref) for ref in refs)

    def counts(self, day: datetime.date) -> tuple[str | None, int, int]:
        """Why ``day`` is a day off (or None), and the days and working days left until it."""
        calendar = self.loaded.calendar
        reason = calendar.day_off_reason(day)
        return (
            reason,
            (day - self.today).days,
            calendar.working_days_between(self.today, day),
        )

    def alarm_days(self, due: datetime.datetime | None, lead: int | None) -> int | None:
        """The days from the reminder to ``due``: ``lead`` working days back over the plan's
        calendar (the reminder falls on a working day); None without a due moment or a lead."""
        if due is None or lead is None:
            return None
        calendar = self.loaded.calendar
        day, counted = due.date(), 0
        while counted < lead:
            day -= datetime.timedelta(days=1)
            if calendar.is_working_day(day):
                counted += 1
        return (due.date() - day).days

    def leads(self, refs: Iterable[str], member: _Membership) -> tuple[str, ...]:
        """The names of the units ``refs`` name, the unit asked for left out."""
        refs = list(refs)
        names = self.names(refs)
        return tuple(
            name for ref, name in zip(refs, names, strict=True) if not member.match(ref)[0]
        )

    def completions(self, duty_id: str) -> list[Completion]:
        """What the unit recorded for a duty of this plan, earliest first."""
        found = self.options.completions.get((self.loaded.plan.id, duty_id, self.target.id), ())
        return sorted(found, key=lambda completion: completion.at)

    def _done_at(self, duty_id: str) -> datetime.datetime | None:
        found = self.completions(duty_id)
        return found[0].at.replace(tzinfo=None) if found else None

    def duty_items(self, duty: Duty, role: Role, via: Group | None) -> list[AgendaItem]:
        """The items of one duty: one, or one per occurrence of a recurring deadline (only
        the open ones and the next one, unless a window or ``--all`` asks for more)."""
        found = standings(
            self.loaded,
            duty,
            self.completions(duty.id),
            self.options.now,
            done_at=self._done_at,
            source=self.source(duty.id),
        )
        trim = not self.options.window.bounded and not self.options.include_finished
        items: list[AgendaItem] = []
        upcoming = 0
        for standing in found:
            if standing.series is not None and standing.status is Status.UPCOMING:
                upcoming += 1
                if upcoming > 1 and trim:
                    continue
            items.append(self._duty_item(duty, role, via, standing))
        return items

    def _duty_item(
        self, duty: Duty, role: Role, via: Group | None, standing: Standing
    ) -> AgendaItem:
        plan = self.loaded.plan
        due = standing.due
        reason, days, working = self.counts(due.date()) if due is not None else (None, None, None)
        return AgendaItem(
            plan_id=plan.id,
            plan_title=" ".join(plan.title.split()),
            item_id=duty.id,
            kind="duty",
            unit=self.target,
            role=role,
            via=via,
            title=printed(plan, duty.text, duty),
            due=due,
            due_text=standing.due_text,
            start=standing.start,
            status=standing.status,
            recipients=self.names(duty.deliverable.to) if duty.deliverable else (),
            deliverable=duty.deliverable.kind if duty.deliverable else None,
            source=self.source(duty.id),
            day_off=reason,
            days_left=days,
            working_days_left=working,
            completed=standing.completion,
            occurrence=standing.occurrence,
            occurrence_key=standing.occurrence_key,
            series=standing.series,
            estimated=standing.estimated,
            alarm_days=self.alarm_days(
                standing.series.first - datetime.timedelta(seconds=1)
                if standing.series is not None
                else due,
                duty.remind if duty.remind is not None else self.options.remind_duty,
            ),
        )

    def event_item(self, event: Event, role: Role, via: Group | None) -> AgendaItem:
        plan = self.loaded.plan
        start = moment(event.date, event.time)
        status = event_status(start, self.options.now)
        reason, days, working = self.counts(start.date())
        return AgendaItem(
            plan_id=plan.id,
            plan_title=" ".join(plan.title.split()),
            item_id=event.id,
            kind="event",
            unit=self.target,
            role=role,
            via=via,
            title=event.title if not event.content else f"{event.title}: {event.content}",
            due=start,
            due_text=f"vào lúc {event_when(event)}",
            start=start,
            status=status,
            recipients=(),
            deliverable=None,
            source=self.source(event.id),
            place=event.place,
            end=moment(event.end().date(), event.end().time())
            if event.end_date is not None or event.end_time is not None
            else None,
            all_day=event.time is None,
            day_off=reason,
            days_left=days,
            working_days_left=working,
            alarm_days=event.remind if event.remind is not None else self.options.remind_event,
        )


def build_agenda(
    plans: Iterable[LoadedPlan], targets: Iterable[Target], options: AgendaOptions
) -> list[AgendaItem]:
    """Every item of every plan for every target, overdue first, then by due moment."""
    per_plan = [_PlanItems.of(loaded) for loaded in plans]
    items = [
        item
        for target in targets
        for plan_items in per_plan
        for item in _agenda_for(plan_items, target, options)
    ]
    return sorted(items, key=AgendaItem.sort_key)


def units_with_items(plans: Iterable[LoadedPlan]) -> Iterator[Target]:
    """Every unit of the plans' registries in force when a plan was issued, once each (for an
    agenda without ``--unit``)."""
    seen: set[tuple[int, str]] = set()
    for loaded in plans:
        if loaded.index is None:
            continue
        for unit in loaded.index.registry.units:
            key = (id(loaded.index.registry), unit.id)
            if key not in seen and loaded.index.in_force(unit):
                seen.add(key)
                yield unit


def describe_day(day: datetime.date, today: datetime.date) -> str:
    """A heading for a day: "Hôm nay", "Ngày mai", or "thứ Ba, 31/01/2023"."""
    if day == today:
        return f"Hôm nay, {weekday_name(day)}, {short_date(day)}"
    if day == today + datetime.timedelta(days=1):
        return f"Ngày mai, {weekday_name(day)}, {short_date(day)}"
    return f"{weekday_name(day)[0].upper()}{weekday_name(day)[1:]}, {short_date(day)}"


def left(item: AgendaItem) -> str:
    """How much time is left, in days and working days ("còn 4 ngày, 3 ngày làm việc"), or
    when it was done ("đã xong, trễ hạn: gửi 09h40' ngày 31/01/2023")."""
    if item.completed is not None:
        return f"{item.status.label}: gửi {moment_phrase(item.completed.at)}"
    if item.status is Status.OVERDUE and item.days_left is not None:
        return f"quá hạn {-item.days_left} ngày" if item.days_left < 0 else "quá hạn"
    if item.status.finished or item.days_left is None:
        return item.status.label
    if item.days_left == 0:
        return "hôm nay"
    working = item.working_days_left or 0
    return f"còn {item.days_left} ngày, {working} ngày làm việc"


def bucket(item: AgendaItem, today: datetime.date) -> str:
    """The date heading an item goes under."""
    if item.status is Status.OVERDUE:
        return "Quá hạn"
    if item.due is None:
        return "Không ghi thời hạn"
    return describe_day(item.due.date(), today)


def grouped(
    items: Sequence[AgendaItem], group_by: str, today: datetime.date
) -> list[tuple[str, list[AgendaItem]]]:
    """Items under headings: by due date (with "Quá hạn" first), by plan, or by unit."""
    key: Callable[[AgendaItem], str]
    if group_by == "plan":
        key = lambda item: f"{item.plan_title} ({item.plan_id})"  # noqa: E731
        ordered = sorted(items, key=lambda item: (item.plan_id, *item.sort_key()))
    elif group_by == "unit":
        key = lambda item: display_name(item.unit)  # noqa: E731
        ordered = sorted(items, key=lambda item: (item.unit.name, *item.sort_key()))
    else:
        key = lambda item: bucket(item, today)  # noqa: E731
        ordered = list(items)
    return [(heading, list(group)) for heading, group in groupby(ordered, key=key)]
