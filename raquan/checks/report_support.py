"""What the result-file checks share: the duty a report answers and the unit it is from."""

from __future__ import annotations

from raquan.checks.base import ReportContext
from raquan.models.plan import PlacedDuty
from raquan.models.units import Unit


def report_duty(ctx: ReportContext) -> PlacedDuty | None:
    """The duty of the plan that the report names, if the plan and the duty exist."""
    if ctx.plan is None:
        return None
    return next((p for p in ctx.plan.plan.duties() if p.duty.id == ctx.report.duty), None)


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
