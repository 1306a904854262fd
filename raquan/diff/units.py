"""Unit names of one version of a plan, resolved through that version's registry.

Two versions may write the same unit differently ("xã Đoàn Kết", "UBND xã Đoàn Kết",
``xa-doan-ket``): names are compared by what they resolve to, so rewording a name is not a
change of assignee. Each name becomes a key: ``u:<id>`` for a unit, ``g:<id>`` for a group,
``?<folded name>`` for a name the registry does not know. A change *involves* the keys of the
names it touches, groups expanded into their member units, which is how ``--unit`` finds the
changes that concern a unit, directly or through a group it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from raquan.diff.changes import Change, JsonValue
from raquan.domain.units import Target, UnitIndex, display_name, name_key
from raquan.models.units import Unit


def target_key(target: Target) -> str:
    """The key of a unit or group."""
    return f"u:{target.id}" if isinstance(target, Unit) else f"g:{target.id}"


class UnitNames:
    """Keys and display names of the unit names written in one version of a plan.

    A name the version's registry does not know (``raquan check`` reports it, RQ101) is looked
    up in the other version's registry, ``fallback``: a unit renamed in one registry stays the
    same unit rather than one removed and another added.
    """

    def __init__(self, index: UnitIndex, fallback: UnitIndex | None = None) -> None:
        self.index = index
        self.fallback = fallback
        self._cache: dict[str, tuple[Target, UnitIndex] | None] = {}

    def _resolve(self, ref: str) -> tuple[Target, UnitIndex] | None:
        if ref not in self._cache:
            found = None
            for index in (self.index, self.fallback):
                target = index.find(ref) if index is not None else None
                if index is not None and target is not None:
                    found = (target, index)
                    break
            self._cache[ref] = found
        return self._cache[ref]

    def key(self, ref: str) -> str:
        """The key of a name: its unit or group, or the folded name when it is unknown."""
        found = self._resolve(ref)
        return target_key(found[0]) if found is not None else f"?{name_key(ref)}"

    def name(self, ref: str) -> str:
        """How to show a name: the registry's name for it, or the name as written."""
        found = self._resolve(ref)
        return display_name(found[0]) if found is not None else ref

    def keyed(self, refs: Iterable[str]) -> dict[str, str]:
        """Key -> display name of each name, in order, each unit once."""
        found: dict[str, str] = {}
        for ref in refs:
            found.setdefault(self.key(ref), self.name(ref))
        return found

    def involves(self, refs: Iterable[str]) -> frozenset[str]:
        """The keys of the names and of every unit of the groups among them."""
        keys: set[str] = set()
        for ref in refs:
            keys.add(self.key(ref))
            found = self._resolve(ref)
            if found is not None:
                target, index = found
                keys.update(target_key(unit) for unit in index.members(target))
        return frozenset(keys)


def difference(before: dict[str, str], after: dict[str, str]) -> tuple[list[str], list[str]]:
    """The names added and removed between two keyed lists."""
    added = [name for key, name in after.items() if key not in before]
    removed = [name for key, name in before.items() if key not in after]
    return added, removed


def units_change(
    kind: str,
    item: str,
    subject: str,
    what: str,
    before: dict[str, str],
    after: dict[str, str],
    *,
    field: str,
    involves: frozenset[str],
    details: tuple[str, ...] = (),
) -> Change | None:
    """A change of a list of units (``what``: "đơn vị được giao") of ``subject``, with the
    names added and removed, or None when both lists name the same units."""
    if set(before) == set(after):
        return None
    added, removed = difference(before, after)
    parts = [f"{subject}: {what} thay đổi."]
    if added:
        parts.append(f"Thêm: {names_list(added)}.")
    if removed:
        parts.append(f"Bỏ: {names_list(removed)}.")
    return Change(
        kind,
        item,
        " ".join(parts),
        before=list[JsonValue](before.values()),
        after=list[JsonValue](after.values()),
        field=field,
        added=tuple(added),
        removed=tuple(removed),
        details=details,
        involves=involves,
    )


def keys_for(target: Target, indexes: Sequence[UnitIndex]) -> frozenset[str]:
    """The keys a change must involve to concern ``target``: the target itself and, in each
    version's registry, the units it stands for."""
    keys = {target_key(target)}
    for index in indexes:
        same: Target | None = (
            index.units.get(target.id) if isinstance(target, Unit) else index.groups.get(target.id)
        )
        if same is not None:
            keys.update(target_key(unit) for unit in index.members(same))
    return frozenset(keys)


def names_list(names: Sequence[str]) -> str:
    """Names joined for a sentence, by semicolons since names may hold commas ("UBND các xã,
    phường; Phòng Kinh tế thành phố")."""
    return "; ".join(names)
