"""Changes of the events: added, removed, moved in time or place, other hosts or attendees."""

from __future__ import annotations

from collections.abc import Sequence

from raquan.diff.changes import Change, JsonValue
from raquan.diff.units import UnitNames, names_list, units_change
from raquan.diff.versions import VersionPair
from raquan.diff.words import quoted, sentence_start, text_change, value_change
from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import short_date, time_phrase
from raquan.models.plan import Event


def event_time(event: Event) -> str:
    """When an event is, with its weekday: "08h30' thứ Ba, ngày 31/01/2023"."""
    day = f"{weekday_name(event.date)}, ngày {short_date(event.date)}"
    return f"{time_phrase(event.time)} {day}" if event.time is not None else day


def _time_data(event: Event) -> JsonValue:
    return {
        "date": event.date.isoformat(),
        "time": event.time.strftime("%H:%M") if event.time is not None else None,
    }


def _refs(event: Event) -> list[str]:
    return [*event.host, *event.attendees]


def _description(event: Event, names: UnitNames) -> tuple[str, dict[str, JsonValue]]:
    hosts = list(names.keyed(event.host).values())
    attendees = list(names.keyed(event.attendees).values())
    parts = [f"{event_time(event)}, tại {event.place}", f"tổ chức: {names_list(hosts)}"]
    if attendees:
        parts.append(f"tham dự: {names_list(attendees)}")
    data: dict[str, JsonValue] = {
        "id": event.id,
        "title": event.title,
        "when": _time_data(event),
        "place": event.place,
        "host": list[JsonValue](hosts),
        "attendees": list[JsonValue](attendees),
    }
    return f"{quoted(event.title, 100)} — {'; '.join(parts)}", data


def _kept(pair: VersionPair, old: Event, new: Event) -> list[Change]:
    involves = pair.involves(_refs(old), _refs(new))
    subject = f"sự kiện {new.id} {quoted(new.title, 60)}"
    found = [
        value_change(
            "event-changed",
            new.id,
            f"thời gian của {subject}",
            (event_time(old), event_time(new)),
            (_time_data(old), _time_data(new)),
            field="when",
            involves=involves,
        ),
        value_change(
            "event-changed",
            new.id,
            f"địa điểm của {subject}",
            (quoted(old.place), quoted(new.place)),
            (old.place, new.place),
            field="place",
            involves=involves,
        ),
        units_change(
            "event-changed",
            new.id,
            sentence_start(subject),
            "đơn vị tổ chức",
            pair.old_names.keyed(old.host),
            pair.new_names.keyed(new.host),
            field="host",
            involves=involves,
        ),
        units_change(
            "event-changed",
            new.id,
            sentence_start(subject),
            "đơn vị tham dự",
            pair.old_names.keyed(old.attendees),
            pair.new_names.keyed(new.attendees),
            field="attendees",
            involves=involves,
        ),
        text_change(
            new.id,
            f"tên sự kiện {new.id}",
            old.title,
            new.title,
            kind="event-changed",
            field="title",
            involves=involves,
        ),
        text_change(
            new.id,
            f"nội dung sự kiện {new.id}",
            old.content,
            new.content,
            kind="event-changed",
            field="content",
            involves=involves,
        ),
    ]
    return [change for change in found if change is not None]


def event_changes(pair: VersionPair) -> list[Change]:
    """Events matched by id: removed, added, then what changed in each."""
    old: Sequence[Event] = pair.old.plan.events
    new: Sequence[Event] = pair.new.plan.events
    old_ids = {event.id: event for event in old}
    new_ids = {event.id: event for event in new}
    found: list[Change] = []
    for event in old:
        if event.id not in new_ids:
            shown, data = _description(event, pair.old_names)
            found.append(
                Change(
                    "event-removed",
                    event.id,
                    f"Bỏ sự kiện {event.id}: {shown}.",
                    before=data,
                    involves=pair.old_names.involves(_refs(event)),
                )
            )
    for event in new:
        if event.id not in old_ids:
            shown, data = _description(event, pair.new_names)
            found.append(
                Change(
                    "event-added",
                    event.id,
                    f"Thêm sự kiện {event.id}: {shown}.",
                    after=data,
                    involves=pair.new_names.involves(_refs(event)),
                )
            )
        else:
            found += _kept(pair, old_ids[event.id], event)
    return found
