"""What the result-file checks share: whether a unit was given the duty a report answers (the
duty itself is ``ReportContext.duty``)."""

from __future__ import annotations

from raquan.check.context import ReportContext
from raquan.models.plan import PlacedDuty
from raquan.models.units import Unit


def assigned(ctx: ReportContext, placed: PlacedDuty, unit: Unit) -> bool:
    """Whether the duty is given to the unit, by name or through a group."""
    index = ctx.index
    if index is None:
        return False
    for ref in placed.to:
        target = index.find(ref)
        if target is not None and any(u.id == unit.id for u in index.members(target)):
            return True
    return False
