"""What the result-file checks share: the unit a report is from, and whether it was given the
duty (the duty itself is ``ReportContext.duty``)."""

from __future__ import annotations

from raquan.checks.base import ReportContext
from raquan.models.plan import PlacedDuty
from raquan.models.units import Unit


def report_unit(ctx: ReportContext) -> Unit | None:
    """The unit the report is from, when its name means exactly one unit."""
    index = ctx.index
    if index is None:
        return None
    target = index.find(ctx.report.unit)
    return target if isinstance(target, Unit) else None


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
