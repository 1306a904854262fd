"""``raquan units show`` and ``raquan units list``: a registry's units, their names, groups and
history, as of a date.

The registry is the one given (``--units``), else ``plans/units.yaml`` in the current folder,
else the bundled one. ``show`` finds a unit (or a group) by any of its names or its code, at
any time: a name that two units carried at different times (the old and the new xã Ia Chim)
shows both. ``list`` gives the units in force on a date (today by default).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.domain.history import Change, Origin, Period, in_force
from raquan.domain.units import Target, UnitIndex
from raquan.errors import UserError
from raquan.models.units import Group, Registry, Unit
from raquan.read.loader import load_file
from raquan.read.resources import default_plans


def registry_path(units: Path | None) -> Path:
    """The registry to read: ``units``, else ``plans/units.yaml`` here, else the bundled one."""
    return units if units is not None else default_plans() / "units.yaml"


def load_registry(path: Path) -> UnitIndex:
    """The index of the registry at ``path``; ``UserError`` when it is missing or has errors."""
    if not path.is_file():
        raise UserError(
            f"Không tìm thấy danh mục đơn vị '{path}'.",
            hint="Chỉ ra danh mục bằng --units TỆP.",
        )
    document = load_file(path, expect="units")
    if document.errors or not isinstance(document.model, Registry):
        raise UserError(
            f"Danh mục đơn vị '{path}' có lỗi.",
            hint=f"Xem và sửa các lỗi bằng lệnh: raquan check {path}",
        )
    return UnitIndex(document.model)


@dataclass(frozen=True, slots=True)
class UnitStory:
    """One unit as ``units show`` tells it: its names, dates, groups and history."""

    unit: Unit
    in_force: bool
    """Whether it is in force on the day asked."""
    groups: tuple[Group, ...]
    """The groups it belongs to while it is in force (on the day asked, or its last day)."""
    origin: Origin | None
    changes: tuple[Change, ...]
    """What became of it, step by step to the units in force today."""
    now: tuple[Unit, ...]
    """The units in force on the day asked that took its place."""


@dataclass(frozen=True, slots=True)
class GroupStory:
    """A group as ``units show`` tells it: how it is defined, and its units on the day."""

    group: Group
    members: tuple[Unit, ...]


@dataclass(slots=True)
class Shown:
    """What ``raquan units show`` found."""

    registry: Path
    day: datetime.date
    asked: str
    stories: list[UnitStory | GroupStory] = field(default_factory=list)


def _unit_story(index: UnitIndex, unit: Unit, day: Period) -> UnitStory:
    history = index.history
    current = in_force(unit, day)
    last = day
    if not current and unit.until is not None and unit.until <= day.first:
        last = Period.day(unit.until - datetime.timedelta(days=1))
    elif not current and unit.since is not None:
        last = Period.day(unit.since)
    dated = index.as_of(last)
    groups = tuple(g for g in index.registry.groups if unit in dated.members(g))
    fate = history.fate(unit, day) if not current else None
    return UnitStory(
        unit,
        current,
        groups,
        history.origin(unit),
        tuple(history.lineage(unit)),
        fate.current if fate is not None else (),
    )


def _matching(index: UnitIndex, name: str, day: Period) -> list[Target]:
    """The targets ``name`` names on ``day`` (in force) or at any other time."""
    dated = index.as_of(day).resolve(name)
    if dated.target is not None:
        found: list[Target] = [dated.target]
    else:
        found = [*dated.candidates, *dated.historic]
    anytime = index.as_of(None).resolve(name)
    others = [anytime.target] if anytime.target is not None else list(anytime.candidates)
    for target in others:
        if all(t is not target for t in found):
            found.append(target)
    return found


def show(name: str, *, units: Path | None = None, day: datetime.date) -> Shown:
    """Every unit or group of the registry that ``name`` names, at any time, with its story as
    of ``day``. ``UserError`` with the nearest names when there is none."""
    path = registry_path(units)
    index = load_registry(path)
    period = Period.day(day)
    found = _matching(index, name, period)
    if not found:
        hint = index.as_of(period).resolve(name).hint
        raise UserError(
            f"Không có đơn vị hoặc nhóm nào tên '{name}' trong danh mục '{path}'.",
            hint=hint or "Xem các đơn vị bằng lệnh: raquan units list --all",
        )
    shown = Shown(path, day, name)
    for target in found:
        if isinstance(target, Unit):
            shown.stories.append(_unit_story(index, target, period))
        else:
            members = index.as_of(period).members(target)
            shown.stories.append(GroupStory(target, members))
    return shown


@dataclass(slots=True)
class Listing:
    """What ``raquan units list`` found: the units, and on which day (None: every unit)."""

    registry: Path
    day: datetime.date | None
    units: list[Unit]
    kinds: tuple[str, ...] = ()


def listing(
    *,
    units: Path | None = None,
    day: datetime.date | None,
    kinds: Sequence[str] = (),
) -> Listing:
    """The registry's units in force on ``day`` (every unit, for None), of ``kinds`` if any."""
    path = registry_path(units)
    index = load_registry(path)
    period = Period.day(day) if day is not None else None
    chosen = [
        unit
        for unit in index.registry.units
        if in_force(unit, period) and (not kinds or unit.kind in kinds)
    ]
    return Listing(path, day, chosen, tuple(kinds))
