"""``raquan due`` from start to end: load the plans (and the result files among the paths),
find the units asked for, and build their agenda."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.check import run as check
from raquan.diagnostics import Diagnostic, Severity
from raquan.domain.history import Period, in_force, place_name
from raquan.domain.time import moment, now
from raquan.domain.units import Target, UnitIndex, display_name, resolve_targets
from raquan.due.items import (
    AgendaItem,
    AgendaOptions,
    Status,
    Window,
    build_agenda,
    units_with_items,
)
from raquan.models.units import Unit
from raquan.read import config
from raquan.read.planset import PlanSet, default_paths, load_plans
from raquan.read.resources import bundled
from raquan.results.collect import completions

ROLES = ("all", "chu-tri", "phoi-hop")
"""The values of ``--role``: every item, what the unit leads, what it cooperates on."""

GROUPINGS = ("date", "plan", "unit")
"""The values of ``--group-by``."""


@dataclass(slots=True)
class Agenda:
    """What ``raquan due`` found: the items, how to show them, and the files it could not use.

    ``problems`` are the errors of the plans (or their unit registries) that were left out;
    when no plan could be used at all, ``usable`` is false and there are no items.
    """

    items: list[AgendaItem]
    title: str
    now: datetime.datetime
    group_by: str
    problems: list[Diagnostic] = field(default_factory=list)
    usable: bool = True
    targets: list[Target] = field(default_factory=list)
    """The units the agenda is of, in order (every unit with something to do, if none was
    named)."""
    notices: list[str] = field(default_factory=list)
    """What became of a unit asked for that is not in force today (merged, split, renamed,
    wound up, or not yet formed), and whose agenda is shown instead, in Vietnamese."""
    check_errors: list[Diagnostic] = field(default_factory=list)
    """The errors ``raquan check`` finds in the plans used (and their registries): an
    unknown unit name, an unfilled ``<điền: ...>``; the agenda may miss or misplace items."""
    sample: bool = False
    """The agenda comes from the sample plan bundled with raquan (no plans folder here)."""

    @property
    def today(self) -> datetime.date:
        return self.now.date()

    @property
    def overdue(self) -> bool:
        """Whether an item is overdue (``--fail-on-overdue``)."""
        return any(item.status is Status.OVERDUE for item in self.items)


def window(
    today: datetime.date,
    *,
    within: int | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> Window:
    """The items to keep: due within ``within`` days of ``today`` (overdue ones too), or due
    from ``since`` to ``until``; everything when none is given."""
    if within is not None:
        return Window(today, today + datetime.timedelta(days=within))
    if since is not None or until is not None:
        return Window(since, until, keep_overdue=False)
    return Window()


def _title(asked: Sequence[str], targets: Sequence[Target]) -> str:
    if not asked:
        return "Lịch việc của các đơn vị"
    return f"Lịch việc của {', '.join(display_name(t) for t in targets)}"


def run(
    paths: Sequence[Path] = (),
    *,
    units: Sequence[str] = (),
    today: datetime.date | None = None,
    within: int | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    role: str = "all",
    show_all: bool = False,
    group_by: str | None = None,
) -> Agenda:
    """The agenda of the units named ``units`` (every unit with something to do, if none)
    under the plans in ``paths`` (default: ``default_paths()``), as of ``today`` (default:
    today in Vietnam).

    ``UserError`` when a path does not exist, or a unit name is unknown or ambiguous. A result
    file among the paths marks its duty done for its unit. Items are grouped by date when one
    unit is asked for, by unit otherwise, unless ``group_by`` says.
    """
    settings = config.active()
    current = now() if today is None else moment(today)
    chosen = list(paths) or default_paths()
    found = load_plans(chosen)
    sample = not paths and chosen[0] == bundled("plans")
    grouping = group_by or ("date" if len(units) == 1 else "unit")
    if not found.plans and found.problems:
        return Agenda([], "", current, grouping, found.problems, usable=False)
    day = Period.day(current.date())
    notices: list[str] = []
    if units:
        targets: list[Target] = []
        for target in resolve_targets(found.indexes, units, as_of=day):
            for unit in _in_its_place(found.indexes, target, day, notices):
                if all(t.id != unit.id for t in targets):
                    targets.append(unit)
    else:
        targets = list(units_with_items(found.plans))
    options = AgendaOptions(
        now=current,
        role=role,
        window=window(current.date(), within=within, since=since, until=until),
        include_finished=show_all,
        completions=completions(found.workspace, found.plans, found.files),
        remind_duty=settings.remind_duty,
        remind_event=settings.remind_event,
    )
    items = build_agenda(found.plans, targets, options)
    return Agenda(
        items,
        _title(units, targets),
        current,
        grouping,
        found.problems,
        targets=targets,
        notices=notices,
        check_errors=_check_errors(found),
        sample=sample,
    )


def _check_errors(found: PlanSet) -> list[Diagnostic]:
    """The errors ``raquan check`` finds in the plans an agenda is built from."""
    paths = [loaded.document.source.path for loaded in found.plans]
    if not paths:
        return []
    result = check.run(paths, workspace=found.workspace)
    return [d for d in result.diagnostics if d.severity is Severity.ERROR]


def _in_its_place(
    indexes: Sequence[UnitIndex], target: Target, day: Period, notices: list[str]
) -> list[Target]:
    """The units whose agenda answers for ``target`` on ``day``: itself when it is in force;
    else its successors in force then (their duties under the plans issued since), and itself
    (its duties under the plans issued before), with a notice saying what happened."""
    if not isinstance(target, Unit) or in_force(target, day):
        return [target]
    index = next(i for i in indexes if i.units.get(target.id) is target)
    absence = index.history.absence(target, day)
    name = place_name(target)
    if absence.later:
        before = ", ".join(place_name(u) for u in absence.instead)
        then = f"; trước đó là {before}" if before else ""
        notices.append(
            f"{absence.sentence}{then}. Lịch việc dưới đây là của {name} theo các kế hoạch "
            "ban hành từ ngày đó."
        )
        return [target]
    if not absence.instead:
        notices.append(
            f"{absence.sentence}, không có đơn vị kế tiếp trong danh mục. Lịch việc dưới đây "
            f"là việc của {name} theo các kế hoạch ban hành trước ngày đó."
        )
        return [target]
    now = ", ".join(place_name(u) for u in absence.instead)
    notices.append(
        f"{absence.sentence}. Lịch việc dưới đây là của {now} theo các kế hoạch ban hành từ "
        f"đó, và việc của {name} theo các kế hoạch ban hành trước đó."
    )
    return [*absence.instead, target]
