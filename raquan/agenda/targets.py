"""Turning the unit names typed after ``--unit`` into units of the plans' registries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from raquan.errors import UserError
from raquan.messages import did_you_mean
from raquan.registry import Target, UnitIndex, display_name


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
