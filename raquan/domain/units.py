"""Finding units and groups by the names people type, and expanding groups into units.

Clerks write "xã Đoàn Kết", "UBND xã Đoàn Kết", "Ủy ban nhân dân xã Đoàn Kết", "Đoàn Kết" or
"doan ket", in NFC or NFD. Every name is reduced to a key: Unicode-folded (no diacritics,
``đ`` -> ``d``), lower case, punctuation and repeated spaces removed, and a leading "UBND" or
"Ủy ban nhân dân" dropped; a commune's or ward's name also gives a key without its "xã" or
"phường". Names in files must match a key exactly; names typed on the command line may also
be a unique part of a name ("Kinh tế"). Hand-written because the rules are about Vietnamese
administrative names; the fuzzy "did you mean" ranking uses rapidfuzz.

Units change (``raquan.domain.history``): an index looked at ``as_of`` a period matches only
the units in force then, and tells which units a name meant before (``Resolution.historic``),
so that the caller can say what became of them.
"""

from __future__ import annotations

import copy
import datetime
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from raquan.diagnostics import DataPath
from raquan.domain.folding import fold
from raquan.domain.history import History, LinkProblem, Period, in_force
from raquan.domain.suggest import did_you_mean
from raquan.errors import UserError
from raquan.models.units import Group, Registry, Unit

Target = Unit | Group

_PUNCTUATION = re.compile(r"[^\w\s-]+")
_SPACES = re.compile(r"\s+")
_PREFIXES = ("uy ban nhan dan ", "ubnd ")
_PLACE_KINDS = {"xã": "xa ", "phường": "phuong ", "thị trấn": "thi tran "}


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The comparison key of a name: folded, lower case, without a leading "UBND"."""
    folded = fold(unicodedata.normalize("NFC", text).casefold())
    key = _SPACES.sub(" ", _PUNCTUATION.sub(" ", folded)).strip()
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


def _keys(target: Target) -> set[str]:
    names = [target.id, target.name, *target.aliases]
    if isinstance(target, Unit) and target.short:
        names.append(target.short)
    if isinstance(target, Unit) and target.code:
        names.append(target.code)
    keys = {name_key(name) for name in names}
    if isinstance(target, Unit) and target.kind in _PLACE_KINDS:
        word = _PLACE_KINDS[target.kind]
        keys |= {key[len(word) :] for key in keys if key.startswith(word)}
    keys.discard("")
    return keys


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer to "who is this name?": one target, several, or none (with suggestions)."""

    query: str
    target: Target | None = None
    candidates: tuple[Target, ...] = ()
    suggestions: tuple[str, ...] = ()
    historic: tuple[Unit, ...] = ()
    """Units the name matches that are not in force in the index's period (ended or not yet
    begun), when no unit in force matches."""

    @property
    def ambiguous(self) -> bool:
        return self.target is None and len(self.candidates) > 1


def display_name(target: Target) -> str:
    """How a unit or group is named to users."""
    return target.display if isinstance(target, Unit) else target.name


class UnitIndex:
    """A registry made searchable by name, with groups expanded to their units."""

    def __init__(self, registry: Registry, *, as_of: Period | None = None) -> None:
        self.registry = registry
        self.period = as_of
        """Only units in force in this period match (every unit, when None)."""
        self._base = self
        self.units: dict[str, Unit] = {unit.id: unit for unit in registry.units}
        self.groups: dict[str, Group] = {group.id: group for group in registry.groups}
        self._by_key: dict[str, list[Target]] = {}
        everything: list[Target] = [*registry.units, *registry.groups]
        for target in everything:
            for key in _keys(target):
                bucket = self._by_key.setdefault(key, [])
                if not any(existing is target for existing in bucket):
                    bucket.append(target)
        self._members: dict[str, tuple[Unit, ...]] = {}
        self._views: dict[Period | None, UnitIndex] = {as_of: self}

    def as_of(self, period: Period | None) -> UnitIndex:
        """This registry as of ``period``: names match the units in force then (every unit,
        for None). Views share the name table; each is made once."""
        views = self._base._views
        view = views.get(period)
        if view is None:
            view = copy.copy(self)
            view.period = period
            view._members = {}
            views[period] = view
        return view

    def in_force(self, target: Target) -> bool:
        """Whether a unit is in force in the index's period; groups always are."""
        return not isinstance(target, Unit) or in_force(target, self.period)

    @cached_property
    def history(self) -> History:
        """The links between the registry's units, both sides joined (one per registry)."""
        base = self._base
        if base is not self:
            return base.history
        links: list[tuple[Unit, Unit, DataPath]] = []
        problems: list[LinkProblem] = []
        for u, unit in enumerate(self.registry.units):
            if unit.ended is not None:
                day = Period.day(unit.ended.date)
                for i, ref in enumerate(unit.ended.successors):
                    path: DataPath = ("units", u, "ended", "successors", i)
                    other = self._linked(ref, day, path, problems)
                    if other is not None:
                        links.append((unit, other, path))
            if unit.began is not None:
                day = Period.day(unit.began.date - datetime.timedelta(days=1))
                for i, ref in enumerate(unit.began.predecessors):
                    path = ("units", u, "began", "predecessors", i)
                    other = self._linked(ref, day, path, problems)
                    if other is not None:
                        links.append((other, unit, path))
        return History(self.registry.units, links, problems)

    def _linked(
        self, ref: str, day: Period, path: DataPath, problems: list[LinkProblem]
    ) -> Unit | None:
        """The unit a link names: by id, or by a name as of the day of the change."""
        target = self.units.get(ref)
        if target is None:
            resolution = self.as_of(day).resolve(ref)
            found = resolution.target
            if found is None and len(resolution.historic) == 1:
                found = resolution.historic[0]
            if isinstance(found, Group):
                problems.append(
                    LinkProblem(
                        path,
                        f"'{ref}' là một nhóm; chỉ một đơn vị mới có thể kế tiếp "
                        "hoặc đi trước một đơn vị.",
                    )
                )
                return None
            target = found
            if target is None:
                candidates = resolution.candidates or resolution.historic
                if candidates:
                    listed = ", ".join(f"'{display_name(t)}' ({t.id})" for t in candidates)
                    problems.append(
                        LinkProblem(
                            path,
                            f"Tên '{ref}' có thể là nhiều đơn vị: {listed}.",
                            "Dùng mã định danh của đơn vị.",
                        )
                    )
                else:
                    problems.append(
                        LinkProblem(
                            path,
                            f"Không có đơn vị nào tên '{ref}' trong danh mục.",
                            did_you_mean(resolution.suggestions)
                            or "Thêm đơn vị đó vào danh mục, hoặc sửa tên cho đúng.",
                        )
                    )
        return target

    def targets(self) -> Iterator[Target]:
        """Every unit, then every group."""
        yield from self.registry.units
        yield from self.registry.groups

    def _matches(self, key: str) -> list[Target]:
        """The targets in force whose key is ``key``."""
        bucket = self._by_key.get(key, [])
        if self.period is None:
            return bucket
        return [t for t in bucket if self.in_force(t)]

    def find(self, name: str) -> Target | None:
        """The one unit or group ``name`` names exactly, or None: the target of ``resolve``,
        without the suggestions it looks for when the name is unknown."""
        exact = self._matches(name_key(name))
        return exact[0] if len(exact) == 1 else None

    def shown(self, name: str) -> str:
        """How the unit or group ``name`` is named to users, or ``name`` when it is unknown."""
        target = self.find(name)
        return display_name(target) if target is not None else name

    def official(self, name: str) -> str:
        """The official name of the unit or group ``name`` ("Ủy ban nhân dân xã Đoàn Kết"),
        or ``name`` when it is unknown."""
        target = self.find(name)
        return target.name if target is not None else name

    def resolve(self, name: str, *, partial: bool = False) -> Resolution:
        """Find the unit or group a name means.

        An exact key match wins. With ``partial`` (names typed on the command line), a name
        whose words all occur in exactly one target's name also matches; several such targets
        make the name ambiguous. Otherwise the answer carries the closest names.
        """
        key = name_key(name)
        exact = self._matches(key)
        if len(exact) == 1:
            return Resolution(name, exact[0])
        if len(exact) > 1:
            return Resolution(name, candidates=tuple(exact))
        historic = self._historic(self._by_key.get(key, []))
        if partial and key and not historic:
            words = set(key.split())
            found: list[Target] = []
            for candidate_key, targets in self._by_key.items():
                if words <= set(candidate_key.split()):
                    found.extend(t for t in targets if not any(t is f for f in found))
            current = [t for t in found if self.in_force(t)]
            if len(current) == 1:
                return Resolution(name, current[0])
            if current:
                return Resolution(name, candidates=tuple(current))
            historic = self._historic(found)
        if historic:
            return Resolution(name, historic=historic)
        return Resolution(name, suggestions=tuple(self.suggest(name)))

    def _historic(self, targets: Iterable[Target]) -> tuple[Unit, ...]:
        """The units among ``targets`` that are not in force in the period."""
        return tuple(t for t in targets if isinstance(t, Unit) and not self.in_force(t))

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The names closest to ``name``, best first."""
        from rapidfuzz import fuzz, process  # noqa: PLC0415  (only when a name is unknown)

        keys = list(self._by_key)
        found = process.extract(name_key(name), keys, scorer=fuzz.WRatio, limit=limit * 3)
        names: list[str] = []
        for key, score, _ in found:
            if score < 60:
                continue
            for target in self._matches(key):
                shown = display_name(target)
                if shown not in names:
                    names.append(shown)
        return names[:limit]

    def members(self, target: Target) -> tuple[Unit, ...]:
        """The units a target stands for: itself for a unit, its members for a group."""
        if isinstance(target, Unit):
            return (target,)
        cached = self._members.get(target.id)
        if cached is None:
            cached = tuple(self._expand(target, set()))
            self._members[target.id] = cached
        return cached

    def _expand(self, group: Group, seen: set[str]) -> Iterator[Unit]:
        if group.id in seen:
            return
        seen.add(group.id)
        produced: set[str] = set()
        for unit in self.registry.units:
            if (
                unit.kind in group.kinds
                and (group.level is None or unit.level == group.level)
                and self.in_force(unit)
            ):
                produced.add(unit.id)
                yield unit
        for ref in group.members:
            target = self.find(ref)
            if target is None:
                continue
            if isinstance(target, Unit):
                units: Iterable[Unit] = (target,)
            else:
                units = self._expand(target, seen)
            for unit in units:
                if unit.id not in produced:
                    produced.add(unit.id)
                    yield unit


def resolve_targets(
    indexes: Sequence[UnitIndex], names: Iterable[str], *, as_of: Period | None = None
) -> list[Target]:
    """The unit (or group) each name means, in the order given, as of ``as_of``.

    A name is matched without regard to case, diacritics, NFC/NFD or a leading "UBND"; a
    unique part of a name is enough ("Kinh tế"). A unit in force in ``as_of`` wins; a name
    that only matches a unit no longer (or not yet) in force gives that unit, whose history
    the caller can tell. An unknown name raises ``UserError`` with the closest names, an
    ambiguous one with the candidates.
    """
    targets: list[Target] = []
    for name in names:
        found: Target | None = None
        candidates: dict[str, Target] = {}
        historic: dict[str, Unit] = {}
        suggestions: list[str] = []
        for index in indexes:
            resolution = index.as_of(as_of).resolve(name, partial=True)
            if resolution.target is not None and found is None:
                found = resolution.target
            for candidate in resolution.candidates:
                candidates.setdefault(candidate.id, candidate)
            for unit in resolution.historic:
                historic.setdefault(unit.id, unit)
            suggestions += [s for s in resolution.suggestions if s not in suggestions]
        if found is None and not candidates and len(historic) == 1:
            [found] = historic.values()
        elif found is None and not candidates:
            candidates.update(historic)
        if found is not None:
            if all(t.id != found.id for t in targets):
                targets.append(found)
            continue
        if candidates:
            listed = "; ".join(f"{display_name(t)} ({t.id})" for t in candidates.values())
            raise UserError(
                f"Tên '{name}' chỉ chung nhiều đơn vị: {listed}.",
                hint="Gõ tên đầy đủ hơn, hoặc mã định danh của đơn vị.",
            )
        if not indexes:
            raise UserError("Không có danh mục đơn vị nào để tìm tên đơn vị.")
        raise UserError(
            f"Không có đơn vị nào tên '{name}' trong danh mục đơn vị.",
            hint=did_you_mean(suggestions[:5])
            or "Xem các tên trong tệp danh mục đơn vị (units.yaml).",
        )
    return targets
