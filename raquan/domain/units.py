"""Finding units and groups by the names people type, and expanding groups into units.

Clerks write "xã Đoàn Kết", "UBND xã Đoàn Kết", "Ủy ban nhân dân xã Đoàn Kết", "Đoàn Kết" or
"doan ket", in NFC or NFD. Every name is reduced to a key: Unicode-folded (no diacritics,
``đ`` -> ``d``), lower case, punctuation and repeated spaces removed, and a leading "UBND" or
"Ủy ban nhân dân" dropped; a commune's or ward's name also gives a key without its "xã" or
"phường". Names in files must match a key exactly; names typed on the command line may also
be a unique part of a name ("Kinh tế"). Hand-written because the rules are about Vietnamese
administrative names; the fuzzy "did you mean" ranking uses rapidfuzz.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from raquan.domain.folding import fold
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

    @property
    def ambiguous(self) -> bool:
        return self.target is None and len(self.candidates) > 1


def display_name(target: Target) -> str:
    """How a unit or group is named to users."""
    return target.display if isinstance(target, Unit) else target.name


class UnitIndex:
    """A registry made searchable by name, with groups expanded to their units."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
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

    def targets(self) -> Iterator[Target]:
        """Every unit, then every group."""
        yield from self.registry.units
        yield from self.registry.groups

    def find(self, name: str) -> Target | None:
        """The one unit or group ``name`` names exactly, or None: the target of ``resolve``,
        without the suggestions it looks for when the name is unknown."""
        exact = self._by_key.get(name_key(name), [])
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
        exact = self._by_key.get(key, [])
        if len(exact) == 1:
            return Resolution(name, exact[0])
        if len(exact) > 1:
            return Resolution(name, candidates=tuple(exact))
        if partial and key:
            words = set(key.split())
            found: list[Target] = []
            for candidate_key, targets in self._by_key.items():
                if words <= set(candidate_key.split()):
                    found.extend(t for t in targets if not any(t is f for f in found))
            if len(found) == 1:
                return Resolution(name, found[0])
            if found:
                return Resolution(name, candidates=tuple(found))
        return Resolution(name, suggestions=tuple(self.suggest(name)))

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """The names closest to ``name``, best first."""
        from rapidfuzz import fuzz, process  # noqa: PLC0415  (only when a name is unknown)

        keys = list(self._by_key)
        found = process.extract(name_key(name), keys, scorer=fuzz.WRatio, limit=limit * 3)
        names: list[str] = []
        for key, score, _ in found:
            if score < 60:
                continue
            for target in self._by_key[key]:
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
            if unit.kind in group.kinds and (group.level is None or unit.level == group.level):
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


def resolve_targets(indexes: Sequence[UnitIndex], names: Iterable[str]) -> list[Target]:
    """The unit (or group) each name means, in the order given.

    A name is matched without regard to case, diacritics, NFC/NFD or a leading "UBND"; a
    unique part of a name is enough ("Kinh tế"). An unknown name raises ``UserError`` with the
    closest names, an ambiguous one with the candidates.
    """
    targets: list[Target] = []
    for name in names:
        found: Target | None = None
        candidates: dict[str, Target] = {}
        suggestions: list[str] = []
        for index in indexes:
            resolution = index.resolve(name, partial=True)
            if resolution.target is not None and found is None:
                found = resolution.target
            for candidate in resolution.candidates:
                candidates.setdefault(candidate.id, candidate)
            suggestions += [s for s in resolution.suggestions if s not in suggestions]
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
