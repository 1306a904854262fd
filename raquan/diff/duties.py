"""Changes of the duties: added or removed, deadlines, assignees and partners, texts, and the
rest of what a duty says (role, deliverable, the event it prepares or reports on, done).

Duties are matched by id wherever they are in the plan. A duty's assignees are the units it
is given to, its own ``to`` or, when it has none, its parent's or its block's: a block whose
``to`` changed is reported once, with the duties that follow it, rather than once per duty.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from raquan.diff.changes import Change, JsonValue
from raquan.diff.document import roman
from raquan.diff.units import UnitNames, names_list, units_change
from raquan.diff.versions import VersionPair
from raquan.diff.words import (
    quoted,
    sentence_start,
    text_change,
    value_change,
)
from raquan.domain.dates.phrases import bracketed_weekday, long_date, short_date
from raquan.domain.phrasing import deadline_phrase, printed
from raquan.domain.units import name_key
from raquan.models.plan import Assignment, Deadline, Deliverable, Duty, PlacedDuty, Plan


def deadline_words(deadline: Deadline, plan: Plan, *, event_ids: bool = False) -> str:
    """A deadline as the plan writes it, always with its weekday when it ends on a day:
    "trước ngày 15/01/2023 (Chủ nhật)"; a period that starts after an event names the event
    (by its id with ``event_ids``)."""
    phrase = deadline_phrase(deadline, plan)
    if deadline.date is not None:
        weekday = bracketed_weekday(deadline.date)
        ends_on_day = phrase.endswith((short_date(deadline.date), long_date(deadline.date)))
        if weekday not in phrase and ends_on_day:
            phrase = f"{phrase} {weekday}"
    if deadline.after is not None:
        event = plan.event(deadline.after)
        shown = quoted(event.title, 60) if event is not None and not event_ids else deadline.after
        phrase = f"{phrase}, tính từ sau sự kiện {shown}"
    return phrase


_WHEN = (
    "kind",
    "date",
    "time",
    "start",
    "after",
    "month",
    "quarter",
    "year",
    "event",
    "days",
    "counting",
    "from",
    "repeat",
    "day",
    "until",
)
"""The fields of a deadline that say when it is; the others say how it is written."""

_WRITING = {
    "format": "cách viết ngày",
    "weekday": "ghi thứ trong tuần",
    "show_year": "ghi năm",
}


def _as_data(deadline: Deadline | None) -> dict[str, JsonValue] | None:
    """A deadline as data: what it says, without the defaults of keys it does not use."""
    if deadline is None:
        return None
    unused = {"show_year", "counting"} - deadline.model_fields_set
    data: dict[str, JsonValue] = deadline.model_dump(
        mode="json", exclude_none=True, exclude=unused, by_alias=True
    )
    return data


def _written(value: JsonValue) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    return f"“{value}”"


@dataclass(slots=True)
class _Block:
    path: str
    where: str
    assignment: Assignment
    ids: set[str] = field(default_factory=set)


class _Side:
    """One version's duties by id and its assignment blocks."""

    def __init__(self, plan: Plan, names: UnitNames) -> None:
        self.plan = plan
        self.names = names
        self.duties: dict[str, PlacedDuty] = {}
        self.blocks: list[_Block] = []
        self.block_of: dict[str, int] = {}
        where: dict[tuple[int, int], int] = {}
        for s, section in enumerate(plan.sections):
            for a, block in enumerate(section.assignments):
                where[(s, a)] = len(self.blocks)
                self.blocks.append(
                    _Block(
                        f"sections[{s}].assignments[{a}]", f"mục {a + 1} phần {roman(s + 1)}", block
                    )
                )
        for placed in plan.duties():
            duty_id = placed.duty.id
            if duty_id in self.duties:
                continue  # a duplicate id: ``check`` reports it (RQ103)
            self.duties[duty_id] = placed
            number = where[(int(placed.path[1]), int(placed.path[3]))]
            self.block_of[duty_id] = number
            self.blocks[number].ids.add(duty_id)

    def origin(self, duty_id: str) -> tuple[str, str | int]:
        """Where a duty's assignees come from: its own ``to``, an ancestor's, or its block."""
        placed = self.duties[duty_id]
        while placed.duty.to is None and placed.parent is not None:
            parent = self.duties.get(placed.parent.id)
            if parent is None:
                break
            placed = parent
        if placed.duty.to is not None:
            return ("duty", placed.duty.id)
        return ("block", self.block_of[duty_id])

    def text(self, duty: Duty) -> str:
        return printed(self.plan, duty.text, duty)

    def label(self, duty: Duty) -> str:
        return f"{duty.id} {quoted(self.text(duty), 60)}"

    def refs(self, duty_id: str) -> list[str]:
        placed = self.duties[duty_id]
        return [*placed.to, *placed.duty.partners]


def _pair_blocks(old: _Side, new: _Side) -> dict[int, int]:
    """Old block -> new block: the one sharing most duties, else the same heading."""
    paired: dict[int, int] = {}
    taken: set[int] = set()
    for j, block in enumerate(new.blocks):
        best, score = None, 0
        for i, candidate in enumerate(old.blocks):
            shared = len(candidate.ids & block.ids)
            if i not in taken and shared > score:
                best, score = i, shared
        if best is not None:
            paired[best] = j
            taken.add(best)
    for j, block in enumerate(new.blocks):
        if j in paired.values():
            continue
        key = name_key(block.assignment.heading)
        for i, candidate in enumerate(old.blocks):
            if i not in taken and name_key(candidate.assignment.heading) == key:
                paired[i] = j
                taken.add(i)
                break
    return paired


@dataclass(frozen=True, slots=True)
class _Product:
    """A deliverable as shown, as JSON, and as compared (its kind and its recipients' keys)."""

    shown: str
    data: JsonValue
    key: tuple[str, frozenset[str]] | None


def _product(deliverable: Deliverable | None, names: UnitNames) -> _Product:
    if deliverable is None:
        return _Product("(không có)", None, None)
    recipients = names.keyed(deliverable.to)
    shown: str = deliverable.kind
    if recipients:
        shown += ", gửi về " + names_list(list(recipients.values()))
    data: JsonValue = {"kind": deliverable.kind, "to": list[JsonValue](recipients.values())}
    return _Product(quoted(shown, 200), data, (deliverable.kind, frozenset(recipients)))


def _event(plan: Plan, event_id: str | None) -> str:
    if event_id is None:
        return "(không có)"
    event = plan.event(event_id)
    return quoted(event.title, 80) if event is not None else event_id


class DutyComparison:
    """Compares the duties of two versions."""

    def __init__(self, pair: VersionPair) -> None:
        self.pair = pair
        self.old = _Side(pair.old.plan, pair.old_names)
        self.new = _Side(pair.new.plan, pair.new_names)
        self.paired = _pair_blocks(self.old, self.new)

    def _old_origin(self, duty_id: str) -> tuple[str, str | int]:
        """Where a duty's assignees came from in the old version, an old block named by the
        new block paired with it when there is one."""
        kind, where = self.old.origin(duty_id)
        if kind == "block":
            assert isinstance(where, int)
            mapped = self.paired.get(where)
            return ("block", mapped) if mapped is not None else ("old-block", where)
        return kind, where

    def involves(self, duty_id: str) -> frozenset[str]:
        """The units a duty present in both versions concerns, before or after."""
        return self.pair.involves(self.old.refs(duty_id), self.new.refs(duty_id))

    def changes(self) -> list[Change]:
        """Every change of the duties and their blocks, in document order."""
        found: list[Change] = []
        found += self._removed()
        found += self._added()
        covered: set[tuple[str, str | int]] = set()
        for i, j in self.paired.items():
            found += self._block(i, j, covered)
        for duty_id in self.new.duties:
            if duty_id in self.old.duties:
                found += self._kept(duty_id, covered)
        return found

    def _description(self, side: _Side, duty_id: str) -> tuple[str, dict[str, JsonValue]]:
        placed = side.duties[duty_id]
        duty = placed.duty
        to = list(side.names.keyed(placed.to).values())
        partners = list(side.names.keyed(duty.partners).values())
        text = side.text(duty)
        deadline = deadline_words(duty.deadline, side.plan) if duty.deadline else None
        parts = [f"giao cho {names_list(to)}"]
        if partners:
            parts.append(f"phối hợp: {names_list(partners)}")
        if deadline is not None:
            parts.append(f"thời hạn: {deadline}")
        if placed.parent is not None:
            parts.append(f"là việc cụ thể của nhiệm vụ {placed.parent.id}")
        data: dict[str, JsonValue] = {
            "id": duty_id,
            "text": text,
            "to": list[JsonValue](to),
            "partners": list[JsonValue](partners),
            "deadline": deadline,
        }
        return f"{quoted(text, 120)} — {'; '.join(parts)}", data

    def _removed(self) -> Iterator[Change]:
        for duty_id in self.old.duties:
            if duty_id in self.new.duties:
                continue
            shown, data = self._description(self.old, duty_id)
            yield Change(
                "duty-removed",
                duty_id,
                f"Bỏ nhiệm vụ {duty_id}: {shown}.",
                before=data,
                involves=self.pair.old_names.involves(self.old.refs(duty_id)),
            )

    def _added(self) -> Iterator[Change]:
        for duty_id in self.new.duties:
            if duty_id in self.old.duties:
                continue
            shown, data = self._description(self.new, duty_id)
            yield Change(
                "duty-added",
                duty_id,
                f"Thêm nhiệm vụ {duty_id}: {shown}.",
                after=data,
                involves=self.pair.new_names.involves(self.new.refs(duty_id)),
            )

    def _block(self, i: int, j: int, covered: set[tuple[str, str | int]]) -> list[Change]:
        old, new = self.old.blocks[i], self.new.blocks[j]
        before, after = old.assignment, new.assignment
        involves = self.pair.involves(list(before.to), list(after.to))
        following = [
            duty_id
            for duty_id in self.new.duties
            if duty_id in new.ids and self.new.origin(duty_id) == ("block", j)
        ]
        units = units_change(
            "units-changed",
            f"{new.path}.to",
            f"{sentence_start(new.where)} {quoted(after.heading, 80)}",
            "đơn vị được giao",
            self.old.names.keyed(before.to),
            self.new.names.keyed(after.to),
            field="to",
            involves=involves,
            details=(f"Áp dụng cho các nhiệm vụ: {', '.join(following)}.",) if following else (),
        )
        if units is not None:
            covered.add(("block", j))
        found: list[Change] = []
        for change in (
            units,
            text_change(
                f"{new.path}.heading",
                f"tiêu đề {new.where}",
                before.heading,
                after.heading,
                field="heading",
                involves=involves,
            ),
            text_change(
                f"{new.path}.note",
                f"ghi chú cuối {new.where}",
                before.note,
                after.note,
                field="note",
                involves=involves,
            ),
            value_change(
                "text-changed",
                f"{new.path}.layout",
                f"cách trình bày {new.where}",
                (quoted(before.layout), quoted(after.layout)),
                (before.layout, after.layout),
                field="layout",
                involves=involves,
            ),
        ):
            if change is not None:
                found.append(change)
        return found

    def _kept(self, duty_id: str, covered: set[tuple[str, str | int]]) -> list[Change]:
        old = self.old.duties[duty_id]
        new = self.new.duties[duty_id]
        involves = self.involves(duty_id)
        label = self.new.label(new.duty)
        found: list[Change] = []
        deadline = self._deadline(old.duty, new.duty, label, involves)
        if deadline is not None:
            found.append(deadline)
        assignees = self._assignees(duty_id, label, involves, covered)
        if assignees is not None:
            found.append(assignees)
        partners = units_change(
            "units-changed",
            duty_id,
            f"Nhiệm vụ {label}",
            "đơn vị phối hợp",
            self.old.names.keyed(old.duty.partners),
            self.new.names.keyed(new.duty.partners),
            field="partners",
            involves=involves,
        )
        if partners is not None:
            found.append(partners)
        text = text_change(
            duty_id,
            f"nội dung nhiệm vụ {duty_id}",
            old.duty.text,
            new.duty.text,
            field="text",
            involves=involves,
        )
        if text is not None:
            found.append(text)
        found += self._details(old.duty, new.duty, involves)
        return found

    def _deadline(
        self, old: Duty, new: Duty, label: str, involves: frozenset[str]
    ) -> Change | None:
        before = _as_data(old.deadline)
        after = _as_data(new.deadline)
        if before == after:
            return None
        if old.deadline is None:
            assert new.deadline is not None
            kind = "deadline-added"
            message = (
                f"Nhiệm vụ {label} có thêm thời hạn: {deadline_words(new.deadline, self.new.plan)}."
            )
        elif new.deadline is None:
            kind = "deadline-removed"
            message = (
                f"Nhiệm vụ {label} không còn thời hạn (trước đây: "
                f"{deadline_words(old.deadline, self.old.plan)})."
            )
        else:
            assert before is not None
            assert after is not None
            kind, message = self._moved(old.deadline, new.deadline, before, after, label)
        return Change(
            kind, new.id, message, before=before, after=after, field="deadline", involves=involves
        )

    def _moved(
        self,
        old: Deadline,
        new: Deadline,
        before: dict[str, JsonValue],
        after: dict[str, JsonValue],
        label: str,
    ) -> tuple[str, str]:
        """A deadline moved, or only written differently (a ``text-changed``); ``before`` and
        ``after`` are the two deadlines as data."""
        old_words = deadline_words(old, self.old.plan)
        new_words = deadline_words(new, self.new.plan)
        if any(before.get(key) != after.get(key) for key in _WHEN):
            if old_words == new_words:  # another event of the same title
                old_words = deadline_words(old, self.old.plan, event_ids=True)
                new_words = deadline_words(new, self.new.plan, event_ids=True)
            return "deadline-moved", (
                f"Nhiệm vụ {label}: thời hạn đổi từ {old_words} sang {new_words}."
            )
        how = "; ".join(
            f"{_WRITING[key]}: {_written(before.get(key))} → {_written(after.get(key))}"
            for key in _WRITING
            if before.get(key) != after.get(key)
        )
        return "text-changed", (
            f"Nhiệm vụ {label}: thời hạn vẫn là {new_words}, chỉ đổi cách ghi ({how})."
        )

    def _assignees(
        self,
        duty_id: str,
        label: str,
        involves: frozenset[str],
        covered: set[tuple[str, str | int]],
    ) -> Change | None:
        change = units_change(
            "units-changed",
            duty_id,
            f"Nhiệm vụ {label}",
            "đơn vị được giao",
            self.old.names.keyed(self.old.duties[duty_id].to),
            self.new.names.keyed(self.new.duties[duty_id].to),
            field="to",
            involves=involves,
        )
        if change is None:
            return None
        before, after = self._old_origin(duty_id), self.new.origin(duty_id)
        if before == after and after in covered:
            return None  # reported with the block or the duty it follows
        if before == after:
            covered.add(after)
        return change

    def _details(self, old: Duty, new: Duty, involves: frozenset[str]) -> list[Change]:
        old_product = _product(old.deliverable, self.old.names)
        new_product = _product(new.deliverable, self.new.names)
        changes = [
            value_change(
                "duty-changed",
                new.id,
                f"vai trò của nhiệm vụ {new.id}",
                (old.role, new.role),
                (old.role, new.role),
                field="role",
                involves=involves,
            ),
            None
            if old_product.key == new_product.key
            else value_change(
                "duty-changed",
                new.id,
                f"sản phẩm phải nộp của nhiệm vụ {new.id}",
                (old_product.shown, new_product.shown),
                (old_product.data, new_product.data),
                field="deliverable",
                involves=involves,
            ),
            value_change(
                "duty-changed",
                new.id,
                f"sự kiện mà nhiệm vụ {new.id} chuẩn bị cho",
                (_event(self.old.plan, old.prepares), _event(self.new.plan, new.prepares)),
                (old.prepares, new.prepares),
                field="prepares",
                involves=involves,
            ),
            value_change(
                "duty-changed",
                new.id,
                f"sự kiện mà nhiệm vụ {new.id} báo cáo",
                (_event(self.old.plan, old.reports_on), _event(self.new.plan, new.reports_on)),
                (old.reports_on, new.reports_on),
                field="reports_on",
                involves=involves,
            ),
            value_change(
                "duty-changed",
                new.id,
                f"tình trạng của nhiệm vụ {new.id}",
                (_done(old), _done(new)),
                (
                    old.done.isoformat() if old.done else None,
                    new.done.isoformat() if new.done else None,
                ),
                field="done",
                involves=involves,
            ),
        ]
        return [change for change in changes if change is not None]


def _done(duty: Duty) -> str:
    if duty.done is None:
        return "chưa xong"
    return f"đã xong ngày {short_date(duty.done)}"


def duty_changes(pair: VersionPair) -> list[Change]:
    """Every change of the duties between two versions."""
    return DutyComparison(pair).changes()
