"""``raquan diff`` from start to end: load both versions, compare, keep what concerns the units
asked for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from raquan.diff.changes import Change
from raquan.diff.compare import compare_versions
from raquan.diff.units import keys_for
from raquan.diff.versions import PlanVersion, load_revision, load_version
from raquan.domain.history import in_force, place_name
from raquan.domain.units import Target, UnitIndex, display_name, resolve_targets
from raquan.errors import UserError
from raquan.models.units import Unit


@dataclass(frozen=True, slots=True)
class Comparison:
    """The two versions, the changes shown, and what ``--unit`` asked for and left out."""

    old: PlanVersion
    new: PlanVersion
    changes: list[Change]
    units: tuple[str, ...] = ()
    hidden: int = 0
    notices: tuple[str, ...] = ()
    """What became of a unit asked for that no longer exists (or did not yet) when the newer
    version was issued: "xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (...)"."""


def _in_its_place(target: Target, indexes: Sequence[UnitIndex], notices: list[str]) -> list[Target]:
    """The units whose changes answer for ``target``: itself and, when it is not in force on
    the newer version's date, the units in its place then (its successors, or, for a unit
    formed later, its predecessors), with a notice saying what happened."""
    new = indexes[-1]
    period = new.period
    if not isinstance(target, Unit) or period is None or in_force(target, period):
        return [target]
    index = next((i for i in indexes if i.units.get(target.id) is target), new)
    absence = index.history.absence(target, period)
    if not absence.instead:
        if absence.later:
            notices.append(f"{absence.sentence}, chưa có khi kế hoạch được ban hành.")
        else:
            notices.append(f"{absence.sentence}, không có đơn vị kế tiếp trong danh mục.")
        return [target]
    others = ", ".join(place_name(u) for u in absence.instead)
    story = f"{absence.sentence}; trước đó là {others}" if absence.later else absence.sentence
    notices.append(f"{story}. Các thay đổi dưới đây gồm cả những thay đổi liên quan đến {others}.")
    return [target, *absence.instead]


def select(
    changes: Sequence[Change], old: PlanVersion, new: PlanVersion, names: Sequence[str]
) -> tuple[list[Change], tuple[str, ...], tuple[str, ...]]:
    """The changes that concern the units (or groups) ``names``, directly or through a group
    they belong to in either version's registry, the registry's names for them, and what
    became of a unit that no longer exists when the newer version was issued (its
    successors' changes are kept too).

    An unknown or ambiguous name raises ``UserError`` with the closest names.
    """
    indexes = [old.index, new.index]
    targets = resolve_targets(indexes, names)
    notices: list[str] = []
    keys: frozenset[str] = frozenset()
    for target in targets:
        for unit in _in_its_place(target, indexes, notices):
            keys |= keys_for(unit, indexes)
    shown = tuple(display_name(target) for target in targets)
    kept = [change for change in changes if change.involves & keys]
    return kept, shown, tuple(notices)


def run(
    first: Path,
    second: Path | None = None,
    *,
    against: str | None = None,
    units: Sequence[str] = (),
) -> Comparison:
    """Compare the plan files ``first`` (old) and ``second`` (new), or, with ``against``, the
    file ``first`` at that git revision (old) with the working copy (new).

    ``UserError`` when the comparison cannot be made; ``InvalidVersionError`` (a
    ``UserError``) when a version has errors, with them located.
    """
    if against is not None:
        if second is not None:
            raise UserError(
                "--against so sánh một tệp với chính nó ở một phiên bản git; không dùng kèm "
                "tệp thứ hai.",
                hint="raquan diff KẾ_HOẠCH --against HEAD, hoặc raquan diff CŨ MỚI.",
            )
        new = load_version(first)
        old = load_revision(first, against)
    else:
        if second is None:
            raise UserError(
                "Cần hai tệp để so sánh (bản cũ, rồi bản mới), hoặc một tệp với --against.",
                hint="raquan diff CŨ MỚI, hoặc raquan diff KẾ_HOẠCH --against HEAD.",
            )
        old = load_version(first)
        new = load_version(second)
    changes = compare_versions(old, new)
    if not units:
        return Comparison(old, new, changes)
    kept, shown, notices = select(changes, old, new, units)
    return Comparison(old, new, kept, shown, len(changes) - len(kept), notices)
