"""Units in time: when a unit is in force, what it came from, and what became of it.

A registry entry may say when its unit began (``began``: the date, the units it was formed
from, the act) and when it ended (``ended``: the date the change took effect, what happened,
the units that took over, the act). A unit is in force from the day it began until the day
before it ended. Names are resolved as of a ``Period``: the day a plan was issued, or the whole
month of a draft, since a draft may be issued on any day of it.

The links between units may be written on either side (the old unit's ``successors``, the new
unit's ``predecessors``); the name index (``raquan.domain.units``) resolves them and hands
``History`` the joined links. ``History`` follows chains (a rename, then a merge) to the units
in force on a date, says what happened in one Vietnamese sentence ("xã Đoàn Kết đã nhập vào xã
Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)"), and finds what is inconsistent: a
successor not in force when its predecessor ended, a unit that ends before it begins, a cycle.

Hand-written: the packages of Vietnamese administrative divisions give today's communes and a
one-step table from the old ones, not a dated history of the bodies a plan names (departments,
committees, mass organisations) nor the resolution of a name as of a date.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from raquan.domain.dates.phrases import short_date
from raquan.models.units import Group, Unit

if TYPE_CHECKING:
    from raquan.diagnostics import DataPath
    from raquan.models.base import IssueDate

ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Period:
    """The days something is looked at: one day, or every day of a month (a draft)."""

    first: datetime.date
    last: datetime.date

    @classmethod
    def day(cls, day: datetime.date) -> Period:
        return cls(day, day)

    @classmethod
    def of_issue(cls, issued: IssueDate) -> Period:
        """A plan's issue date, or every day of its month for a draft (``2023-01``)."""
        if issued.day is not None:
            return cls.day(datetime.date(issued.year, issued.month, issued.day))
        first = datetime.date(issued.year, issued.month, 1)
        following = datetime.date(issued.year + issued.month // 12, issued.month % 12 + 1, 1)
        return cls(first, following - ONE_DAY)

    def describe(self) -> str:
        """ "ngày 15/01/2023", or "tháng 01/2023" for a month."""
        if self.first == self.last:
            return f"ngày {short_date(self.first)}"
        return f"tháng {self.first.month:02d}/{self.first.year}"


def in_force(unit: Unit, period: Period | None) -> bool:
    """Whether the unit exists on some day of ``period`` (always, without a period)."""
    if period is None:
        return True
    since, until = unit.since, unit.until
    return (since is None or since <= period.last) and (until is None or until > period.first)


def overlap(first: Unit | Group, second: Unit | Group) -> bool:
    """Whether two units are in force on a common day (groups have no dates: always)."""
    if not isinstance(first, Unit) or not isinstance(second, Unit):
        return True
    return (first.since is None or second.until is None or first.since < second.until) and (
        second.since is None or first.until is None or second.since < first.until
    )


def place_name(unit: Unit) -> str:
    """How a sentence names a unit: "xã Đoàn Kết" for a commune-level unit (its People's
    Committee and its territory go together), the full official name for any other body."""
    if unit.kind in ("xã", "phường", "thị trấn", "đặc khu"):
        for prefix in ("Ủy ban nhân dân ", "Uỷ ban nhân dân ", "UBND "):
            if unit.name.startswith(prefix):
                return unit.name[len(prefix) :]
    return unit.name


def _dated(unit: Unit) -> str:
    """A unit's name with its dates, for when another unit of the story has the same name."""
    name = place_name(unit)
    if unit.since is not None and unit.until is not None:
        return f"{name} ({short_date(unit.since)} - {short_date(unit.until - ONE_DAY)})"
    if unit.since is not None:
        return f"{name} (từ {short_date(unit.since)})"
    if unit.until is not None:
        return f"{name} (đến {short_date(unit.until - ONE_DAY)})"
    return name


class _Names:
    """Names for one story: plain, or with dates where two of its units share a name."""

    def __init__(self, units: Iterable[Unit]) -> None:
        by_name: dict[str, set[str]] = {}
        for unit in units:
            by_name.setdefault(place_name(unit), set()).add(unit.id)
        self._shared = {i for ids in by_name.values() if len(ids) > 1 for i in ids}

    def of(self, unit: Unit) -> str:
        return _dated(unit) if unit.id in self._shared else place_name(unit)

    def listed(self, units: Sequence[Unit]) -> str:
        return ", ".join(self.of(unit) for unit in units)


_VERBS = {
    "nhập": "đã nhập vào",
    "chia": "đã được chia thành",
    "đổi tên": "đã đổi tên thành",
    "giải thể": "đã giải thể",
    "kết thúc hoạt động": "đã kết thúc hoạt động",
}


@dataclass(frozen=True, slots=True)
class Change:
    """What became of one unit on the day it ended."""

    unit: Unit
    date: datetime.date
    kind: str | None
    successors: tuple[Unit, ...]
    act: str | None

    def explain(self) -> str:
        """The change alone as a sentence, units of the same name told apart by their dates."""
        return self.sentence(_Names([self.unit, *self.successors]))

    def sentence(self, names: _Names) -> str:
        """ "xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)"."""
        subject = names.of(self.unit)
        when = f"từ {short_date(self.date)}"
        act = f" ({self.act})" if self.act else ""
        if self.successors:
            kind = self.kind if self.kind in ("nhập", "chia", "đổi tên") else None
            kind = kind or ("nhập" if len(self.successors) == 1 else "chia")
            return f"{subject} {_VERBS[kind]} {names.listed(self.successors)} {when}{act}"
        verb = _VERBS.get(self.kind or "", "không còn hoạt động")
        if self.kind in ("nhập", "chia", "đổi tên"):
            verb = "không còn hoạt động"
        return f"{subject} {verb} {when}{act}"


@dataclass(frozen=True, slots=True)
class Fate:
    """What became of a unit by some period: the changes on the way, and where they lead."""

    unit: Unit
    changes: tuple[Change, ...]
    current: tuple[Unit, ...]
    """The units in force in the period at the end of the chain (none: the unit is gone)."""

    def _names(self) -> _Names:
        units = [self.unit, *(c.unit for c in self.changes)]
        return _Names(units + [s for c in self.changes for s in c.successors])

    def subject(self) -> str:
        """How ``explain`` names the unit it starts from."""
        return self._names().of(self.unit)

    def explain(self) -> str:
        """The changes in one Vietnamese sentence, without its full stop."""
        names = self._names()
        return "; ".join(change.sentence(names) for change in self.changes)

    def successors_named(self) -> str:
        """The units in force at the end, named for a hint ("xã Ia Chim")."""
        units = [self.unit, *(c.unit for c in self.changes), *self.current]
        return _Names(units).listed(self.current)


@dataclass(frozen=True, slots=True)
class Origin:
    """How a unit came to be."""

    unit: Unit
    date: datetime.date
    predecessors: tuple[Unit, ...]
    act: str | None

    def explain(self) -> str:
        """ "phường Kon Tum được hình thành từ ngày 01/07/2025 trên cơ sở phường Quyết Thắng,
        ... (Nghị quyết 1677/NQ-UBTVQH15)", without its full stop."""
        names = _Names([self.unit, *self.predecessors])
        act = f" ({self.act})" if self.act else ""
        when = short_date(self.date)
        if not self.predecessors:
            return f"{names.of(self.unit)} bắt đầu hoạt động từ {when}{act}"
        listed = names.listed(self.predecessors)
        return f"{names.of(self.unit)} được hình thành từ ngày {when} trên cơ sở {listed}{act}"


@dataclass(frozen=True, slots=True)
class Absence:
    """Why a unit is not in force in a period, and which units are in its place."""

    unit: Unit
    subject: str
    """How the sentence names the unit: "xã Đoàn Kết"."""
    sentence: str
    """ "xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)", or
    "phường Kon Tum chỉ có từ 01/07/2025 (...)", without a full stop."""
    instead: tuple[Unit, ...]
    """The successors in force in the period, or (for a unit not yet begun) its predecessors
    in force then."""
    later: bool
    """True when the unit began after the period, False when it ended before it."""


def together(absences: Iterable[Absence]) -> str:
    """Absences told together, units with the same story in one clause: "Phòng Kinh tế thành
    phố, Phòng Quản lý đô thị thành phố đã kết thúc hoạt động từ 01/07/2025 (...)"."""
    stories: dict[str, list[str]] = {}
    for absence in absences:
        tail = absence.sentence.removeprefix(absence.subject)
        subjects = stories.setdefault(tail, [])
        if absence.subject not in subjects:
            subjects.append(absence.subject)
    return "; ".join(", ".join(subjects) + tail for tail, subjects in stories.items())


@dataclass(frozen=True, slots=True)
class LinkProblem:
    """Something wrong in a registry's history, at a data path of the registry file."""

    path: DataPath
    message: str
    hint: str | None = None


class History:
    """The links between the units of one registry, joined from both sides.

    ``links`` holds (old unit, new unit, where the link is written) for every link the name
    index could resolve; ``problems`` what it could not (an unknown or ambiguous name).
    """

    def __init__(
        self,
        units: Sequence[Unit],
        links: Iterable[tuple[Unit, Unit, DataPath]],
        problems: Iterable[LinkProblem] = (),
    ) -> None:
        self.units = tuple(units)
        self.position = {unit.id: i for i, unit in enumerate(self.units)}
        self.link_paths: dict[tuple[str, str], list[DataPath]] = {}
        self.successors: dict[str, list[Unit]] = {}
        self.predecessors: dict[str, list[Unit]] = {}
        self.problems = list(problems)
        for old, new, path in links:
            self.link_paths.setdefault((old.id, new.id), []).append(path)
            after = self.successors.setdefault(old.id, [])
            if all(u.id != new.id for u in after):
                after.append(new)
            before = self.predecessors.setdefault(new.id, [])
            if all(u.id != old.id for u in before):
                before.append(old)
        # Each list in the order its unit writes it (the old unit's successors, the new unit's
        # predecessors); links written only on the other side come after.
        for old_id, after in self.successors.items():
            after.sort(key=lambda new: self._written_at(old_id, new.id, "ended"))
        for new_id, before in self.predecessors.items():
            before.sort(key=lambda old: self._written_at(old.id, new_id, "began"))

    def _written_at(self, old: str, new: str, side: str) -> float:
        """Where a link is written on ``side`` of it (its position in that list), or last."""
        for path in self.link_paths.get((old, new), ()):
            if path[2] == side and isinstance(path[-1], int):
                return path[-1]
        return float("inf")

    def change(self, unit: Unit) -> Change | None:
        """What became of the unit when it ended; None while it is in force."""
        if unit.ended is None:
            return None
        act = unit.ended.act
        successors = tuple(self.successors.get(unit.id, ()))
        if act is None:
            act = next((s.began.act for s in successors if s.began and s.began.act), None)
        return Change(unit, unit.ended.date, unit.ended.kind, successors, act)

    def origin(self, unit: Unit) -> Origin | None:
        """How the unit came to be; None when the registry does not say."""
        if unit.began is None:
            return None
        predecessors = tuple(self.predecessors.get(unit.id, ()))
        act = unit.began.act
        if act is None:
            act = next((p.ended.act for p in predecessors if p.ended and p.ended.act), None)
        return Origin(unit, unit.began.date, predecessors, act)

    def fate(self, unit: Unit, period: Period) -> Fate:
        """What became of a unit by ``period``: its changes, followed (each unit once) to the
        units in force in the period, or until they stop."""
        changes: list[Change] = []
        current: list[Unit] = []
        seen: set[str] = set()
        pending = [unit]
        while pending:
            item = pending.pop(0)
            if item.id in seen:
                continue
            seen.add(item.id)
            change = self.change(item)
            if change is None or change.date > period.first:
                if item is not unit and in_force(item, period):
                    current.append(item)
                continue
            changes.append(change)
            pending.extend(change.successors)
        return Fate(unit, tuple(changes), tuple(current))

    def absence(self, unit: Unit, period: Period) -> Absence:
        """Why ``unit`` (not in force in ``period``) is not, and who is in its place."""
        if unit.since is not None and unit.since > period.last:
            origin = self.origin(unit)
            act = f" ({origin.act})" if origin is not None and origin.act else ""
            subject = place_name(unit)
            sentence = f"{subject} chỉ có từ {short_date(unit.since)}{act}"
            before = origin.predecessors if origin is not None else ()
            instead = tuple(p for p in before if in_force(p, period))
            return Absence(unit, subject, sentence, instead, later=True)
        fate = self.fate(unit, period)
        return Absence(unit, fate.subject(), fate.explain(), fate.current, later=False)

    def lineage(self, unit: Unit) -> Iterator[Change]:
        """Every change from ``unit`` onwards, in the order they happened."""
        far = Period.day(datetime.date.max)
        yield from sorted(self.fate(unit, far).changes, key=lambda c: c.date)

    def cycles(self) -> list[list[Unit]]:
        """Each set of units whose successors lead back to themselves, as one path that
        returns to its start (Tarjan's strongly connected components, without recursion)."""
        found: list[list[Unit]] = []
        for component in _components(self.units, self.successors):
            if len(component) > 1 or any(
                s.id == component[0].id for s in self.successors.get(component[0].id, ())
            ):
                found.append(_cycle_through(component, self.successors))
        return found


def _components(units: Sequence[Unit], edges: Mapping[str, list[Unit]]) -> list[list[Unit]]:
    """The strongly connected components of the successor graph (iterative Tarjan)."""
    by_id = {unit.id: unit for unit in units}
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[Unit]] = []
    for root in units:
        if root.id in order:
            continue
        work: list[tuple[str, Iterator[Unit]]] = [(root.id, iter(edges.get(root.id, ())))]
        order[root.id] = low[root.id] = len(order)
        stack.append(root.id)
        on_stack.add(root.id)
        while work:
            node, successors = work[-1]
            step = next(successors, None)
            if step is not None:
                if step.id not in order:
                    order[step.id] = low[step.id] = len(order)
                    stack.append(step.id)
                    on_stack.add(step.id)
                    work.append((step.id, iter(edges.get(step.id, ()))))
                elif step.id in on_stack:
                    low[node] = min(low[node], order[step.id])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == order[node]:
                component: list[Unit] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(by_id[member])
                    if member == node:
                        break
                found.append(component[::-1])
    return found


def _cycle_through(component: list[Unit], edges: Mapping[str, list[Unit]]) -> list[Unit]:
    """A path inside one strongly connected component from its first unit back to it."""
    inside = {unit.id for unit in component}
    start = component[0]
    parents: dict[str, Unit | None] = {start.id: None}
    queue = [start]
    while queue:
        unit = queue.pop(0)
        for successor in edges.get(unit.id, ()):
            if successor.id == start.id:
                path = [unit]
                while (parent := parents[path[-1].id]) is not None:
                    path.append(parent)
                return [*path[::-1], start]
            if successor.id in inside and successor.id not in parents:
                parents[successor.id] = unit
                queue.append(successor)
    return [start, start]
