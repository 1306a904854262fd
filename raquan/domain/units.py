"""Finding units and groups by the names people type, and expanding groups into units.

Clerks write "xã Đoàn Kết", "UBND xã Đoàn Kết", "Ủy ban nhân dân xã Đoàn Kết", "Đoàn Kết" or
"doan ket", in NFC or NFD. What a name must match, word by word:

- case, spacing, punctuation, Unicode form and a leading "UBND" or "Ủy ban nhân dân" never
  matter, nor does a commune's or ward's "xã", "phường", "thị trấn" before its name;
- a word typed without diacritics matches the word without them ("doan ket");
- a word typed with diacritics must carry the same ones; only where the tone mark sits is
  free ("hoà" is "hòa"), so "Hòa Bính" is not "Hòa Bình" and "Kinh tê" is not "Kinh tế".

At the scale of a province, names differ by one tone mark, so anything looser (a part of a name,
a wrong mark, an abbreviation such as "Phòng KT" or "Trung tâm VH,TT,DL&TT") is never a
silent match: ``resolve`` answers with suggestions ("có phải ý bạn là ...?"), nearest first.
Hand-written because the rules are about Vietnamese administrative names; the fuzzy part of
the ranking uses rapidfuzz.

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
from raquan.domain.folding import fold, tone_key
from raquan.domain.history import History, LinkProblem, Period, in_force
from raquan.domain.suggest import did_you_mean
from raquan.errors import UserError
from raquan.models.units import Group, Registry, Unit

Target = Unit | Group

_WORD = re.compile(r"[\w-]+")
_PREFIXES = (("uy", "ban", "nhan", "dan"), ("ubnd",))
_PLACE_KINDS = {
    "xã": ("xa",),
    "phường": ("phuong",),
    "thị trấn": ("thi", "tran"),
    "đặc khu": ("dac", "khu"),
}
SUGGESTIONS = 5
"""How many names a suggestion offers at most."""


@dataclass(frozen=True, slots=True)
class _Words:
    """A name cut into words: each word folded (no diacritics) and with its marks
    (``tone_key``), and whether it was written without any diacritics."""

    folded: tuple[str, ...]
    marked: tuple[str, ...]
    plain: tuple[bool, ...]

    @property
    def key(self) -> str:
        return " ".join(self.folded)

    def without(self, count: int) -> _Words:
        return _Words(self.folded[count:], self.marked[count:], self.plain[count:])

    def starts_with(self, words: tuple[str, ...]) -> bool:
        return len(self.folded) > len(words) and self.folded[: len(words)] == words


@lru_cache(maxsize=65536)
def _words(text: str) -> _Words:
    """The words of a name, without a leading "UBND" or "Ủy ban nhân dân"."""
    nfc = unicodedata.normalize("NFC", text).casefold()
    folded = fold(nfc)  # one character for one: spans found in it are spans of ``nfc``
    spans = [match.span() for match in _WORD.finditer(folded)]
    words = _Words(
        tuple(folded[a:b] for a, b in spans),
        tuple(tone_key(nfc[a:b]) for a, b in spans),
        tuple(folded[a:b] == nfc[a:b] for a, b in spans),
    )
    for prefix in _PREFIXES:
        if words.starts_with(prefix):
            return words.without(len(prefix))
    return words


def name_key(text: str) -> str:
    """The comparison key of a name: folded, lower case, without a leading "UBND"."""
    return _words(text).key


def _agrees(typed: _Words, spelling: _Words) -> bool:
    """Whether ``typed`` spells ``spelling`` (same folded words): a word with diacritics
    must carry the same ones as the other, unless the other is written without any."""
    return all(
        plain or loose or marked == wanted
        for plain, marked, loose, wanted in zip(
            typed.plain, typed.marked, spelling.plain, spelling.marked, strict=True
        )
    )


def _spellings(target: Target) -> list[_Words]:
    names = [target.id, target.name, *target.aliases]
    if isinstance(target, Unit) and target.short:
        names.append(target.short)
    if isinstance(target, Unit) and target.code:
        names.append(target.code)
    spellings = [_words(name) for name in names]
    if isinstance(target, Unit) and target.kind in _PLACE_KINDS:
        word = _PLACE_KINDS[target.kind]
        spellings += [s.without(len(word)) for s in spellings if s.starts_with(word)]
    return [s for s in spellings if s.folded]


def spelling_words(target: Target) -> list[tuple[str, ...]]:
    """Every way the names of ``target`` are matched, as folded words (no diacritics, lower
    case, "UBND" and a commune's "xã" left out too): for completions that match loosely."""
    return [spelling.folded for spelling in _spellings(target)]


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer to "who is this name?": one target, several, or none (with suggestions).

    ``marks_differ`` says that some name is spelt with these letters but other diacritics
    (the first suggestions are those names).
    """

    query: str
    target: Target | None = None
    candidates: tuple[Target, ...] = ()
    suggestions: tuple[str, ...] = ()
    marks_differ: bool = False
    historic: tuple[Unit, ...] = ()
    """Units the name matches that are not in force in the index's period (ended or not yet
    begun), when no unit in force matches."""

    @property
    def ambiguous(self) -> bool:
        return self.target is None and len(self.candidates) > 1

    @property
    def hint(self) -> str | None:
        """ "Có phải ý bạn là ...?" for an unknown name, or None when nothing is near."""
        asked = did_you_mean(self.suggestions)
        if asked is not None and self.marks_differ:
            asked += " (tên gõ có dấu phải đúng dấu; không chắc thì gõ không dấu)"
        return asked


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
        self._by_key: dict[str, list[tuple[Target, _Words]]] = {}
        everything: list[Target] = [*registry.units, *registry.groups]
        for target in everything:
            for spelling in _spellings(target):
                bucket = self._by_key.setdefault(spelling.key, [])
                if not any(t is target and s == spelling for t, s in bucket):
                    bucket.append((target, spelling))
        self._members: dict[str, tuple[Unit, ...]] = {}
        self._named: dict[str, tuple[tuple[Target, ...], tuple[Target, ...]]] = {}
        self._spelled_as: dict[str, tuple[tuple[Target, ...], tuple[Target, ...]]] = {}
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
            view._named = {}
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
                            resolution.hint
                            or "Thêm đơn vị đó vào danh mục, hoặc sửa tên cho đúng.",
                        )
                    )
        return target

    def targets(self) -> Iterator[Target]:
        """Every unit, then every group."""
        yield from self.registry.units
        yield from self.registry.groups

    def _matches(self, name: str) -> tuple[tuple[Target, ...], tuple[Target, ...]]:
        """The targets ``name`` names (see the module's rules), in force or not, and those in
        force it would name but for its diacritics. Both are kept, as plans name the same
        units many times: the spellings once for the registry, the second list per period."""
        known = self._named.get(name)
        if known is None:
            matched, near = self._spelled(name)
            near = tuple(t for t in near if self.in_force(t) and not any(t is m for m in matched))
            known = self._named[name] = (matched, near)
        return known

    def _spelled(self, name: str) -> tuple[tuple[Target, ...], tuple[Target, ...]]:
        """The targets whose spellings ``name`` agrees with, and those it would agree with
        but for its diacritics (any period)."""
        spelled = self._base._spelled_as
        known = spelled.get(name)
        if known is not None:
            return known
        typed = _words(name)
        matched: list[Target] = []
        near: list[Target] = []
        for target, spelling in self._by_key.get(typed.key, ()):
            found = matched if _agrees(typed, spelling) else near
            if not any(t is target for t in found):
                found.append(target)
        known = spelled[name] = (tuple(matched), tuple(near))
        return known

    def _current(self, targets: Iterable[Target]) -> list[Target]:
        return [t for t in targets if self.in_force(t)]

    def find(self, name: str) -> Target | None:
        """The one unit or group in force that ``name`` names, or None: the target of
        ``resolve``, without the suggestions it looks for when the name is unknown."""
        matched = self._current(self._matches(name)[0])
        return matched[0] if len(matched) == 1 else None

    def shown(self, name: str) -> str:
        """How the unit or group ``name`` is named to users, or ``name`` when it is unknown."""
        target = self.find(name)
        return display_name(target) if target is not None else name

    def official(self, name: str) -> str:
        """The official name of the unit or group ``name`` ("Ủy ban nhân dân xã Đoàn Kết"),
        or ``name`` when it is unknown."""
        target = self.find(name)
        return target.name if target is not None else name

    def resolve(self, name: str) -> Resolution:
        """Find the unit or group a name means: one in force, several (ambiguous), units no
        longer (or not yet) in force (``historic``), or none, with the nearest names in force
        as suggestions."""
        matched, near = self._matches(name)
        current = self._current(matched)
        if len(current) == 1:
            return Resolution(name, current[0])
        if current:
            return Resolution(name, candidates=tuple(current))
        historic = self._historic(matched)
        if historic:
            return Resolution(name, historic=historic)
        return Resolution(
            name, suggestions=tuple(self.suggest(name, near=near)), marks_differ=bool(near)
        )

    def _historic(self, targets: Iterable[Target]) -> tuple[Unit, ...]:
        """The units among ``targets`` that are not in force in the period."""
        return tuple(t for t in targets if isinstance(t, Unit) and not self.in_force(t))

    def suggest(
        self, name: str, limit: int = SUGGESTIONS, *, near: Sequence[Target] = ()
    ) -> list[str]:
        """The names nearest to ``name``, best first: the same letters with other diacritics
        (``near``), then names that ``name`` abbreviates or is a part of; failing those, names
        spelt alike. Names of units in force come before those of units gone (or not yet
        begun)."""
        names: list[str] = []
        later: list[str] = []

        def add(targets: Iterable[Target]) -> None:
            for target in targets:
                shown = display_name(target)
                # Units in force first; units gone since still help ("xã Đoàn Kết" typed
                # in 2026 is a unit whose history raquan can then tell).
                chosen = names if self.in_force(target) else later
                if shown not in names and shown not in later:
                    chosen.append(shown)

        add(near)
        add(self._abbreviated(name))
        if not names:
            add(self._alike(name, limit))
        return (names + later)[:limit]

    def _abbreviated(self, name: str) -> list[Target]:
        """Targets whose name ``name`` abbreviates or is a part of, nearest first."""
        typed = _pieces(_words(name).folded)
        if not typed:
            return []
        costs: dict[int, tuple[float, Target]] = {}
        for key, bucket in self._by_key.items():
            cost = _alignment(typed, _pieces(tuple(key.split())))
            if cost is None:
                continue
            for target, _ in bucket:
                known = costs.get(id(target))
                if known is None or cost < known[0]:
                    costs[id(target)] = (cost, target)
        ranked = sorted(costs.values(), key=lambda found: (found[0], display_name(found[1])))
        return [target for _, target in ranked]

    def _alike(self, name: str, limit: int) -> list[Target]:
        """Targets whose names are spelt like ``name`` (rapidfuzz), best first."""
        from rapidfuzz import fuzz, process  # noqa: PLC0415  (only when a name is unknown)

        found = process.extract(
            name_key(name), list(self._by_key), scorer=fuzz.ratio, limit=limit * 3
        )
        return [target for key, score, _ in found if score >= 75 for target, _ in self._by_key[key]]

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


_CONNECTORS = frozenset({"va", "cac", "cua", "voi", "tren", "dia", "ban"})
"""Words an abbreviation usually leaves out ("Văn hóa, Thể thao, Du lịch và Truyền thông")."""


def _pieces(words: Sequence[str]) -> tuple[str, ...]:
    """Words cut at hyphens ("HĐND-UBND" is two words for an abbreviation)."""
    return tuple(piece for word in words for piece in word.split("-") if piece)


def _initials(words: Sequence[str]) -> str:
    return "".join(word[0] for word in words)


def _alignment(typed: Sequence[str], words: Sequence[str]) -> float | None:
    """How far ``typed`` (folded words) is from naming ``words``, or None when it cannot.

    Every typed word must stand, in order, for a word of the name (the same word, or its
    beginning), for the initials of several words ("KT" for "Kinh tế", "HĐND" for "Hội đồng
    nhân dân"), or several typed words for a word of the name that is their initials. Words
    of the name left out cost 1 each, less at the end ("thành phố") and for the small words
    abbreviations drop ("và", "các").
    """
    rows, columns = len(typed), len(words)
    best: list[list[float | None]] = [[None] * (columns + 1) for _ in range(rows + 1)]
    best[0][0] = 0.0

    def offer(i: int, j: int, cost: float) -> None:
        known = best[i][j]
        if known is None or cost < known:
            best[i][j] = cost

    for i in range(rows + 1):
        for j in range(columns + 1):
            cost = best[i][j]
            if cost is None or j == columns:
                continue
            word = words[j]
            skip = 0.25 if word in _CONNECTORS else 0.5 if i == rows else 1.0
            offer(i, j + 1, cost + skip)
            if i == rows:
                continue
            piece = typed[i]
            if piece == word:
                offer(i + 1, j + 1, cost)
            elif (len(piece) >= 2 or rows > 1) and word.startswith(piece):
                offer(i + 1, j + 1, cost + 0.5)
            span = len(piece)
            if span >= 2 and j + span <= columns and _initials(words[j : j + span]) == piece:
                offer(i + 1, j + span, cost)
            span = len(word)
            if span >= 2 and i + span <= rows and _initials(typed[i : i + span]) == word:
                offer(i + span, j + 1, cost)
    return best[rows][columns]


def resolve_targets(
    indexes: Sequence[UnitIndex], names: Iterable[str], *, as_of: Period | None = None
) -> list[Target]:
    """The unit (or group) each name means, in the order given, as of ``as_of`` (default:
    each index's own period).

    A name matches as ``UnitIndex.resolve`` says (case, spacing, Unicode form and the
    official prefixes aside; diacritics as typed). A unit in force in ``as_of`` wins; a name
    that only matches a unit no longer (or not yet) in force gives that unit, whose history
    the caller can tell. An unknown name raises ``UserError`` with the nearest names ("có
    phải ý bạn là ...?"), an ambiguous one with the candidates.
    """
    targets: list[Target] = []
    for name in names:
        found: Target | None = None
        candidates: dict[str, Target] = {}
        historic: dict[str, Unit] = {}
        suggestions: list[str] = []
        marks_differ = False
        for index in indexes:
            dated = index if as_of is None else index.as_of(as_of)
            resolution = dated.resolve(name)
            if resolution.target is not None and found is None:
                found = resolution.target
            for candidate in resolution.candidates:
                candidates.setdefault(candidate.id, candidate)
            for unit in resolution.historic:
                historic.setdefault(unit.id, unit)
            suggestions += [s for s in resolution.suggestions if s not in suggestions]
            marks_differ = marks_differ or resolution.marks_differ
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
        hint = Resolution(
            name, suggestions=tuple(suggestions[:SUGGESTIONS]), marks_differ=marks_differ
        ).hint
        raise UserError(
            f"Không có đơn vị nào tên '{name}' trong danh mục đơn vị.",
            hint=hint or "Xem các tên trong tệp danh mục đơn vị (units.yaml).",
        )
    return targets


def takes_part(index: UnitIndex, refs: Iterable[str], unit: Unit) -> bool:
    """Whether one of ``refs`` (unit or group names of a plan) stands for ``unit``: by name,
    or through a group it belongs to."""
    for ref in refs:
        target = index.find(ref)
        if target is not None and any(u.id == unit.id for u in index.members(target)):
            return True
    return False


_OFFICIAL_PREFIX = re.compile(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+", re.IGNORECASE)
_LOCATIVES = ("tại", "ở", "trên địa bàn", "của")


def place_name(target: Target) -> str:
    """A unit's or group's name without its leading "UBND" / "Ủy ban nhân dân": "xã Đoàn Kết",
    "các xã, phường"."""
    name = target.short if isinstance(target, Unit) and target.short else target.name
    return _OFFICIAL_PREFIX.sub("", unicodedata.normalize("NFC", name))


def as_member_writes(text: str, group: Group, unit: Unit) -> str:
    """``text`` written for a whole group, as one of its members writes it about itself.

    "Lễ ra quân ... tại các xã, phường" (the group "UBND các xã, phường") becomes, in xã Đoàn
    Kết's report, "Lễ ra quân ... tại xã Đoàn Kết": a mention of the group after "tại", "ở",
    "trên địa bàn" or "của" names the unit instead. Other text is left as it is.
    """
    names = {
        _OFFICIAL_PREFIX.sub("", unicodedata.normalize("NFC", name))
        for name in (group.name, *group.aliases)
    }
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    locatives = "|".join(re.escape(word) for word in _LOCATIVES)
    pattern = re.compile(
        rf"\b({locatives})\s+(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:{alternatives})(?=$|[\s.,;:)])",
        re.IGNORECASE,
    )
    own = place_name(unit)
    return pattern.sub(lambda found: f"{found.group(1)} {own}", unicodedata.normalize("NFC", text))
