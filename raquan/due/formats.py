"""An agenda as tables (``raquan.due.table``), JSON (for scripts), iCalendar (for calendar
apps) and Markdown (for messages): ``FORMATS``, the table of ``raquan due --format``.

iCalendar files are made with the ``icalendar`` package: one VEVENT per deadline (at its time,
or all day on its last day: event calendars such as Google Calendar, Outlook and khal import
events only) or, asked for, one VTODO per duty; one VEVENT per event. UIDs stay stable across
runs (plan, item and unit), so that a re-import updates instead of duplicating; times are in
Asia/Ho_Chi_Minh with the time zone definition included; summaries are Vietnamese. Each item
not yet done carries a VALARM: ``alarm_days`` before (working days counted back for a
deadline, ``remind-duty``/``remind-event`` of the configuration, ``remind`` of the duty),
at 08:00 for an all-day item.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import short_date
from raquan.domain.deadlines import Series
from raquan.domain.markdown import escape
from raquan.domain.phrasing import moment_phrase, shorten, squash
from raquan.domain.time import TIME_ZONE
from raquan.domain.units import display_name
from raquan.due.items import TITLE_LIMIT, AgendaItem, grouped, left
from raquan.owned import PLACEHOLDER, TextMark

if TYPE_CHECKING:
    from raquan.due.run import Agenda

_ONE_SECOND = datetime.timedelta(seconds=1)

EVENT_DURATION = datetime.timedelta(hours=2)
"""How long a calendar shows an event that has a start time but no end in the plan; an event
without a time of day (and no end) is a whole-day event."""


def _iso(moment: datetime.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def as_dicts(items: Iterable[AgendaItem]) -> list[dict[str, Any]]:
    """The agenda as plain data (the JSON export)."""
    return [
        {
            "plan": item.plan_id,
            "duty": item.item_id,
            "kind": item.kind,
            "unit": item.unit_name,
            "unit_id": item.unit.id,
            "role": item.role.value,
            "role_label": item.role.label,
            "via": item.via.name if item.via is not None else None,
            "title": item.title,
            "due": _iso(item.due),
            "due_text": item.due_text,
            "start": _iso(item.start) if item.kind == "duty" else None,
            "status": item.status.value,
            "status_label": item.status.label,
            "to": list(item.recipients),
            "deliverable": item.deliverable,
            "place": item.place,
            "lead": list(item.lead),
            "day_off": item.day_off,
            "days_left": item.days_left,
            "working_days_left": item.working_days_left,
            "completed": item.completed.at.isoformat() if item.completed else None,
            "completed_by": item.completed.document if item.completed else None,
            "completed_source": item.completed.source if item.completed else None,
            "occurrence": item.occurrence,
            "estimated": item.estimated,
            "source": item.source,
        }
        for item in items
    ]


def to_json(items: Iterable[AgendaItem]) -> str:
    """The agenda as a JSON list."""
    return json.dumps(as_dicts(items), ensure_ascii=False, indent=2)


def uid(item: AgendaItem) -> str:
    """A UID that stays the same across exports: plan, item and unit."""
    return f"{item.plan_id}.{item.item_id}.{item.unit.id}@raquan"


def _description(item: AgendaItem) -> str:
    lines = [f"Thời hạn: {item.due_text}" if item.kind == "duty" else item.due_text]
    lines.append(f"Vai trò: {item.role.label}")
    if item.lead_phrase is not None:
        lines.append(item.lead_phrase[0].upper() + item.lead_phrase[1:])
    if item.place:
        lines.append(f"Địa điểm: {item.place}")
    if item.via is not None:
        lines.append(f"Giao cho: {item.via.name}")
    if item.recipients:
        lines.append("Gửi về: " + ", ".join(item.recipients))
    lines.append(f"Kế hoạch: {item.plan_title}")
    lines.append(f"Nội dung: {item.title}")
    lines.append(f"Nguồn: {item.source}")
    return "\n".join(lines)


def _rule_days(
    rule: dict[str, list[int | str]], first: datetime.datetime, until: datetime.datetime
) -> list[datetime.datetime]:
    """The starts an RRULE of raquan's kind (MONTHLY with INTERVAL, or YEARLY with BYMONTH;
    one BYMONTHDAY, -1 for the last day) gives from ``first`` to ``until``, as RFC 5545 says:
    a month without the day is skipped."""
    import calendar as months  # noqa: PLC0415

    step = 12 if rule["FREQ"] == ["YEARLY"] else int(rule.get("INTERVAL", [1])[0])
    day = int(rule["BYMONTHDAY"][0])
    found = []
    year, month = first.year, first.month
    while (year, month) <= (until.year, until.month):
        length = months.monthrange(year, month)[1]
        wanted = length if day == -1 else day
        if wanted <= length:
            found.append(first.replace(year=year, month=month, day=wanted))
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return [moment for moment in found if first <= moment <= until]


def _recurrence(series: Series, zone: datetime.tzinfo) -> tuple[str, Any]:
    """How a recurring deadline's starts are written: ("rrule", parts) when an RRULE gives
    exactly its days, else ("rdate", moments). Each occurrence's DTSTART is its last second
    on time, so that DUE (one second later) is the moment the plan names."""
    starts = [(end - _ONE_SECOND).replace(tzinfo=zone) for end in series.ends]
    if series.exact:
        rule = dict(series.rule)
        if rule["BYMONTHDAY"] != [-1]:
            rule["BYMONTHDAY"] = [starts[0].day]
        if _rule_days(rule, starts[0], starts[-1]) == starts:
            return "rrule", {**rule, "UNTIL": [starts[-1].astimezone(datetime.UTC)]}
    return "rdate", starts[1:]


MORNING = datetime.timedelta(hours=8)
"""When the reminder of an all-day item rings, on its day."""


def _alarm(item: AgendaItem, *, all_day: bool, related_end: bool = False) -> Any | None:
    """The VALARM of an item not yet done: ``alarm_days`` before it (at 08:00 for an
    all-day item); None without a lead time, or once the item is done."""
    from icalendar import Alarm  # noqa: PLC0415

    if item.alarm_days is None or item.completed is not None:
        return None
    before = datetime.timedelta(days=item.alarm_days)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    trigger = MORNING - before if all_day else -before
    if related_end:
        alarm.add("trigger", trigger, parameters={"RELATED": "END"})
    else:
        alarm.add("trigger", trigger)
    when = "hôm nay" if item.alarm_days == 0 else f"còn {item.alarm_days} ngày"
    what = "Sự kiện" if item.kind == "event" else "Hạn"
    alarm.add("description", f"{what} ({when}): {squash(item.title)}")
    return alarm


def _timed(item: AgendaItem) -> bool:
    """Whether a deadline names a time of day ("trước 09h00'"); else it ends with its day."""
    return item.due is not None and (item.due + _ONE_SECOND).time() != datetime.time()


def _deadline_event(item: AgendaItem, zone: datetime.tzinfo) -> Any:
    """A deadline as an event: at its time (from the duty's start when it has one that day),
    or all day on its last day."""
    from icalendar import Event  # noqa: PLC0415

    component = Event()
    prefix = "Đã xong — " if item.completed is not None else "Hạn: "
    component.add("summary", prefix + squash(item.title))
    assert item.due is not None
    end = (item.due + _ONE_SECOND).astimezone(zone)
    if _timed(item):
        start = item.start if item.start is not None and item.start < item.due else None
        if start is not None and start.date() == item.due.date():
            component.add("dtstart", start.astimezone(zone))
            component.add("dtend", end)
        else:
            component.add("dtstart", end)
    else:
        component.add("dtstart", item.due.date())
        component.add("dtend", item.due.date() + datetime.timedelta(days=1))
    component.add("transp", "TRANSPARENT")
    alarm = _alarm(item, all_day=not _timed(item))
    if alarm is not None:
        component.add_component(alarm)
    return component


def _series_event(item: AgendaItem, zone: datetime.tzinfo) -> Any:
    """The master VEVENT of a recurring deadline: its first occurrence with an RRULE (or
    RDATEs), all day on each last day, or at the time each names."""
    from icalendar import Event  # noqa: PLC0415

    series = item.series
    assert series is not None
    master = Event()
    master.add("summary", "Hạn: " + squash(item.title))
    how, value = _recurrence(series, zone)
    first = (series.first - _ONE_SECOND).replace(tzinfo=zone)
    timed = series.first.time() != datetime.time()
    if timed:
        master.add("dtstart", first + _ONE_SECOND)
    else:
        master.add("dtstart", first.date())
        master.add("dtend", first.date() + datetime.timedelta(days=1))
    if how == "rrule":
        last = series.last.replace(tzinfo=zone)
        until = last.astimezone(datetime.UTC) if timed else (last - _ONE_SECOND).date()
        master.add("rrule", {**value, "UNTIL": [until]})
    elif value:
        moments = [moment + _ONE_SECOND if timed else moment.date() for moment in value]
        master.add("rdate", moments)
    master.add("transp", "TRANSPARENT")
    alarm = _alarm(replace(item, completed=None), all_day=not timed)
    if alarm is not None:
        master.add_component(alarm)
    return master


def _todo(item: AgendaItem, zone: datetime.tzinfo) -> Any:
    from icalendar import Todo  # noqa: PLC0415

    component = Todo()
    component.add("summary", squash(item.title))
    if item.due is not None:
        component.add("due", (item.due + _ONE_SECOND).astimezone(zone))
    if item.start is not None and item.series is None:
        component.add("dtstart", item.start.astimezone(zone))
    if item.completed is not None:
        component.add("status", "COMPLETED")
        component.add("completed", item.completed.at.astimezone(datetime.UTC))
    else:
        component.add("status", "NEEDS-ACTION")
    alarm = _alarm(item, all_day=False, related_end=True) if item.due is not None else None
    if alarm is not None:
        component.add_component(alarm)
    return component


def _series_todos(item: AgendaItem, zone: datetime.tzinfo) -> Iterator[Any]:
    """The master VTODO of a recurring duty (DTSTART, DUE, RRULE or RDATE)."""
    from icalendar import Todo  # noqa: PLC0415

    series = item.series
    assert series is not None
    master = Todo()
    master.add("summary", squash(item.title))
    first = (series.first - _ONE_SECOND).replace(tzinfo=zone)
    master.add("dtstart", first)
    master.add("due", first + _ONE_SECOND)
    how, value = _recurrence(series, zone)
    if how == "rrule":
        master.add("rrule", value)
    elif value:
        master.add("rdate", value)
    master.add("status", "NEEDS-ACTION")
    alarm = _alarm(replace(item, completed=None), all_day=False, related_end=True)
    if alarm is not None:
        master.add_component(alarm)
    yield master


def _duty_components(
    item: AgendaItem, zone: datetime.tzinfo, *, tasks: bool, series_done: set[str]
) -> list[Any]:
    """The components of a duty's item: an event (or a VTODO with ``tasks``); for a recurring
    duty, the master once per series, and an override (RECURRENCE-ID) per occurrence done."""
    if item.series is None:
        if tasks:
            return [_todo(item, zone)]
        return [_deadline_event(item, zone)] if item.due is not None else []
    components = []
    if uid(item) not in series_done:
        series_done.add(uid(item))
        components += list(_series_todos(item, zone)) if tasks else [_series_event(item, zone)]
    if item.completed is not None and item.due is not None:
        if tasks:
            override = _todo(item, zone)
            override.add("recurrence-id", item.due.astimezone(zone))
        else:
            override = _deadline_event(item, zone)
            timed = _timed(item)
            start = (item.due + _ONE_SECOND).astimezone(zone) if timed else item.due.date()
            override.add("recurrence-id", start)
        components.append(override)
    return components


ICS_MARK = TextMark("X-RAQUAN-FINGERPRINT:")
"""The line of a calendar raquan wrote that holds its fingerprint (``raquan.owned``)."""


def to_ics(
    items: Sequence[AgendaItem],
    *,
    stamp: datetime.datetime,
    name: str,
    tasks: bool = False,
    fingerprint: bool = False,
) -> bytes:
    """The agenda as an iCalendar file: a VEVENT per deadline (or, with ``tasks``, a VTODO
    per duty) and a VEVENT per event, each not yet done with its VALARM.

    A recurring duty is one component with an RRULE (or RDATEs when no rule says its days
    exactly); each occurrence already done is an override of it (RECURRENCE-ID), a VTODO
    marked COMPLETED or an event titled "Đã xong". A duty without a deadline has no place
    in an event calendar: only ``tasks`` lists it. With ``fingerprint`` the calendar carries
    ``ICS_MARK`` (for a file raquan may replace later)."""
    from zoneinfo import ZoneInfo  # noqa: PLC0415

    from icalendar import Calendar, Event  # noqa: PLC0415

    zone = ZoneInfo(TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", "-//raquan//Lịch việc//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIME_ZONE)
    if fingerprint:
        calendar.add("x-raquan-fingerprint", PLACEHOLDER)
    stamp_utc = stamp.astimezone(datetime.UTC)
    series_done: set[str] = set()
    for item in items:
        components: list[Any]
        if item.kind == "event":
            component = Event()
            assert item.start is not None
            if item.end is not None:
                component.add("dtstart", item.start.astimezone(zone))
                component.add("dtend", item.end.astimezone(zone))
            elif item.all_day:
                component.add("dtstart", item.start.date())
                component.add("dtend", item.start.date() + datetime.timedelta(days=1))
            else:
                component.add("dtstart", item.start.astimezone(zone))
                component.add("duration", EVENT_DURATION)
            if item.place:
                component.add("location", item.place)
            component.add("summary", f"{item.role.label.capitalize()}: {squash(item.title)}")
            alarm = _alarm(item, all_day=item.all_day and item.end is None)
            if alarm is not None:
                component.add_component(alarm)
            components = [component]
        else:
            components = _duty_components(item, zone, tasks=tasks, series_done=series_done)
        for component in components:
            component.add("uid", uid(item))
            component.add("dtstamp", stamp_utc)
            component.add("description", _description(item))
            component.add("categories", [item.role.label])
            calendar.add_component(component)
    calendar.add_missing_timezones()
    for zone_component in calendar.walk("VTIMEZONE"):
        # icalendar notes in English that the zone it wrote holds from 1970 to 2038; Việt
        # Nam's offset has not changed since 1975, and the note is for nobody who reads this.
        zone_component.pop("COMMENT", None)
    data = bytes(calendar.to_ical())
    return ICS_MARK.stamp(data.decode("utf-8")) if fingerprint else data


def _line(item: AgendaItem, *, with_unit: bool) -> str:
    due = item.due_text
    if item.kind == "duty" and item.start is not None:
        due = f"từ {moment_phrase(item.start)} {due}"
    parts = [f"**{escape(due)}**" if due else "*không ghi thời hạn*"]
    parts.append(escape(shorten(item.title, TITLE_LIMIT)))
    extra = [item.role.label]
    if item.lead_phrase is not None:
        extra.append(escape(item.lead_phrase))
    if item.place:
        extra.append(f"tại {escape(item.place)}")
    if item.via is not None:
        extra.append(f"giao cho {escape(item.via.name)}")
    if item.recipients:
        extra.append("gửi về " + escape(", ".join(item.recipients)))
    if with_unit:
        extra.insert(0, escape(display_name(item.unit)))
    line = f"- {parts[0]}: {parts[1]} ({'; '.join(extra)}) — {left(item)}"
    if item.day_off and item.completed is None:
        line += f" — ⚠ hạn rơi vào ngày nghỉ ({escape(item.day_off)})"
    return line


def to_markdown(
    items: Sequence[AgendaItem],
    *,
    title: str,
    today: datetime.date,
    group_by: str,
    notices: Sequence[str] = (),
) -> str:
    """The agenda as Markdown, to paste into a message."""
    with_unit = group_by != "unit" and len({item.unit.id for item in items}) > 1
    lines = [f"# {escape(title)}", ""]
    lines += [f"> {escape(notice)}\n" for notice in notices]
    lines.append(f"*Tính đến {weekday_name(today)}, {short_date(today)}.*")
    if not items:
        lines += ["", "Không có việc nào."]
    for heading, group in grouped(items, group_by, today):
        lines += ["", f"## {escape(heading)}", ""]
        lines += [_line(item, with_unit=with_unit) for item in group]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Output:
    """Where a formatted agenda goes: the terminal (its width, colours when ``color``), or a
    file (``terminal`` false: plain text, 120 columns)."""

    terminal: bool = False
    color: bool = False
    tasks: bool = False
    """iCalendar: duties as VTODO (task lists) instead of events."""
    within: int | None = None
    """The digest: the working days ahead it looks (``raquan.due.digest.WITHIN`` if None)."""
    every_unit: bool = False
    """The digest: a message for each unit, even one with nothing to say."""


def _table(agenda: Agenda, output: Output) -> str:
    from raquan.due.table import render_table  # noqa: PLC0415  (Rich: only for tables)

    return render_table(
        agenda.items,
        title=agenda.title,
        today=agenda.today,
        group_by=agenda.group_by,
        color=output.color,
        width=None if output.terminal else 120,
        notices=agenda.notices,
    )


def _json(agenda: Agenda, output: Output) -> str:
    return to_json(agenda.items) + "\n"


def _ics(agenda: Agenda, output: Output) -> bytes:
    return to_ics(
        agenda.items,
        stamp=agenda.now,
        name=agenda.title,
        tasks=output.tasks,
        fingerprint=not output.terminal,
    )


def _markdown(agenda: Agenda, output: Output) -> str:
    return to_markdown(
        agenda.items,
        title=agenda.title,
        today=agenda.today,
        group_by=agenda.group_by,
        notices=agenda.notices,
    )


def _digest(agenda: Agenda, output: Output) -> str:
    from raquan.due.digest import WITHIN, to_digest  # noqa: PLC0415

    return to_digest(
        agenda.items,
        today=agenda.today,
        within=WITHIN if output.within is None else output.within,
        every_unit=output.every_unit,
        units=agenda.targets,
        notices=agenda.notices,
    )


FORMATS: dict[str, Callable[[Agenda, Output], str | bytes]] = {
    "table": _table,
    "json": _json,
    "ics": _ics,
    "md": _markdown,
    "digest": _digest,
}
"""``--format`` name -> formatter, in the order the help lists them."""
