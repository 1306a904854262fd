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
from raquan.domain.units import display_name, resolve_targets
from raquan.errors import UserError


@dataclass(frozen=True, slots=True)
class Comparison:
    """The two versions, the changes shown, and what ``--unit`` asked for and left out."""

    old: PlanVersion
    new: PlanVersion
    changes: list[Change]
    units: tuple[str, ...] = ()
    hidden: int = 0


def select(
    changes: Sequence[Change], old: PlanVersion, new: PlanVersion, names: Sequence[str]
) -> tuple[list[Change], tuple[str, ...]]:
    """The changes that concern the units (or groups) ``names``, directly or through a group
    they belong to in either version's registry, and the registry's names for them.

    An unknown or ambiguous name raises ``UserError`` with the closest names.
    """
    indexes = [old.index, new.index]
    targets = resolve_targets(indexes, names)
    keys: frozenset[str] = frozenset()
    for target in targets:
        keys |= keys_for(target, indexes)
    shown = tuple(display_name(target) for target in targets)
    return [change for change in changes if change.involves & keys], shown


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
    kept, shown = select(changes, old, new, units)
    return Comparison(old, new, kept, shown, len(changes) - len(kept))
