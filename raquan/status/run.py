"""``raquan status`` from start to end: load the plans and the units' files (result files,
completion records), build each plan's follow-up matrix, and, for the workbook, the figures
the units reported."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.diagnostics import Diagnostic
from raquan.domain.history import Period
from raquan.domain.time import moment, now
from raquan.domain.units import resolve_targets
from raquan.errors import UserError
from raquan.models.report import REPORT_TYPES
from raquan.models.units import Unit
from raquan.read.planset import default_paths, load_plans
from raquan.read.workspace import Workspace
from raquan.results.collect import Returns, answers, completions, errors_by_file
from raquan.status.matrix import Matrix, build

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called as the work advances (a progress bar on a terminal)."""


@dataclass(slots=True)
class Dashboard:
    """What ``raquan status`` found: a matrix per plan, the figures reported for each report
    duty (when asked for), and the files that could not be used."""

    matrices: list[Matrix]
    now: datetime.datetime
    problems: list[Diagnostic] = field(default_factory=list)
    figures: dict[str, list[Returns]] = field(default_factory=dict)
    """Plan id -> what came back for each of its report duties (``figures=True`` only)."""
    broken: list[Diagnostic] = field(default_factory=list)
    """The errors of the result files left out of the figures."""
    usable: bool = True

    @property
    def today(self) -> datetime.date:
        return self.now.date()


def run(
    paths: Sequence[Path] = (),
    *,
    units: Sequence[str] = (),
    duties: Sequence[str] = (),
    plans: Sequence[str] = (),
    today: datetime.date | None = None,
    figures: bool = False,
    progress: Progress | None = None,
) -> Dashboard:
    """The follow-up of the plans under ``paths`` (default: ``default_paths()``) as of
    ``today`` (default: today in Vietnam): for each plan (or those whose id is in ``plans``)
    its tracked duties (or those of ``duties``) by the units given them (or those named in
    ``units``). With ``figures``, the result files are checked as ``raquan check`` does and
    the valid ones give each report duty's figures, as the city's summary report counts them.

    ``UserError`` when a path does not exist, a unit name is unknown, or a plan or duty id
    named matches nothing.
    """
    current = now() if today is None else moment(today)
    paths = list(paths) or default_paths()
    found = load_plans(paths)
    if not found.plans and found.problems:
        return Dashboard([], current, found.problems, usable=False)
    chosen = [loaded for loaded in found.plans if not plans or loaded.plan.id in plans]
    _require(plans, {loaded.plan.id for loaded in found.plans}, "kế hoạch")
    _require(duties, {p.duty.id for loaded in chosen for p in loaded.plan.duties()}, "nhiệm vụ")
    wanted: list[Unit] | None = None
    if units:
        targets = resolve_targets(found.indexes, units, as_of=Period.day(current.date()))
        wanted = []
        for loaded in chosen:
            index = loaded.index
            assert index is not None
            for target in targets:
                wanted.extend(index.members(target))
    done = completions(found.workspace, found.plans, found.files)
    matrices = []
    for number, loaded in enumerate(chosen, start=1):
        matrix = build(loaded, done, current, units=wanted, duties=duties)
        if matrix.columns:
            matrices.append(matrix)
        if progress is not None:
            progress(number, len(chosen))
    dashboard = Dashboard(matrices, current, found.problems)
    if figures:
        _add_figures(dashboard, paths, found.workspace, progress)
    return dashboard


def _require(asked: Sequence[str], known: set[str], what: str) -> None:
    """``UserError`` for an id asked for that none of the plans has."""
    from raquan.domain.suggest import closest  # noqa: PLC0415

    for name in asked:
        if name not in known:
            near = closest(name, sorted(known))
            raise UserError(
                f"Không có {what} nào mã '{name}' trong các kế hoạch đã đọc.",
                hint=f"Có phải ý bạn là '{near}'?" if near else None,
            )


def _add_figures(
    dashboard: Dashboard, paths: Sequence[Path], workspace: Workspace, progress: Progress | None
) -> None:
    """Check the files as ``raquan check`` does (each loaded once, into the same workspace),
    then gather what answers each report duty of each plan."""
    from raquan.check import run as check  # noqa: PLC0415

    checked = check.run(paths, workspace=workspace, progress=progress)
    errors = errors_by_file(checked)
    reported = set(REPORT_TYPES.values())
    broken: dict[int, Diagnostic] = {}
    for matrix in dashboard.matrices:
        loaded = matrix.loaded
        returns = [
            answers(checked, loaded, placed, errors=errors)
            for placed in loaded.plan.duties()
            if placed.duty.deliverable is not None and placed.duty.deliverable.kind in reported
        ]
        dashboard.figures[matrix.plan_id] = returns
        for item in returns:
            for _, wrong in item.broken:
                broken.update((id(diagnostic), diagnostic) for diagnostic in wrong)
    dashboard.broken = sorted(broken.values(), key=Diagnostic.sort_key)
