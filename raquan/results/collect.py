"""Finding the result files that answer a plan's report duty, and who has (not) reported.

Result files are checked like everything else (``raquan check``); a broken one is never
silently dropped: it is either a reason to stop, or listed as "not received" with its errors.
When a unit sent two files for the same duty, the one sent last counts.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.check import run as check
from raquan.check.engine import CheckResult
from raquan.diagnostics import Diagnostic, Severity
from raquan.domain.deadlines import occurrences
from raquan.domain.progress import Completion
from raquan.domain.time import VIETNAM
from raquan.domain.units import Target, UnitIndex, display_name
from raquan.errors import UserError
from raquan.models.plan import PlacedDuty
from raquan.models.report import REPORT_TYPES, Report
from raquan.models.units import Unit
from raquan.read.loader import Document
from raquan.read.workspace import InputFile, LoadedPlan, Workspace
from raquan.results.records import record_completions


@dataclass(frozen=True, slots=True)
class Received:
    """A valid result file from one unit, and whether it came in time."""

    unit: Unit
    report: Report
    source: str
    late: bool


@dataclass(slots=True)
class Returns:
    """What came back for one report duty of one plan."""

    plan: LoadedPlan
    duty: PlacedDuty
    expected: list[Unit]
    received: dict[str, Received] = field(default_factory=dict)
    broken: list[tuple[str, list[Diagnostic]]] = field(default_factory=list)
    broken_units: dict[str, Unit] = field(default_factory=dict)
    """The unit a broken result file says it is from (file as shown -> unit), when it says."""
    unreadable: list[str] = field(default_factory=list)
    """Why folders were skipped (only with ``skip_unreadable``)."""
    deadline: datetime.datetime | None = None

    @property
    def missing(self) -> list[Unit]:
        """The expected units with no report at all (neither valid nor broken), in registry
        order."""
        broken = {unit.id for unit in self.broken_units.values()}
        return [u for u in self.expected if u.id not in self.received and u.id not in broken]

    @property
    def unreadable_units(self) -> list[Unit]:
        """The expected units whose only report is a broken file, in registry order."""
        broken = {unit.id for unit in self.broken_units.values()}
        return [u for u in self.expected if u.id in broken and u.id not in self.received]

    @property
    def unknown_broken(self) -> int:
        """Broken files (and unreadable folders) that say of no expected unit whose they are."""
        expected = {unit.id for unit in self.expected}
        return sum(
            1
            for name, _ in self.broken
            if name not in self.broken_units or self.broken_units[name].id not in expected
        )

    @property
    def late(self) -> list[Received]:
        return [item for item in self.ordered if item.late]

    @property
    def ordered(self) -> list[Received]:
        """The reports received, in the order of the expected units."""
        return [self.received[u.id] for u in self.expected if u.id in self.received]


def report_duties(loaded: LoadedPlan, kind: str) -> list[PlacedDuty]:
    """The plan's duties whose deliverable is a report of this kind (``nhanh``/``tổng hợp``)."""
    wanted = REPORT_TYPES[kind]
    return [
        p for p in loaded.plan.duties() if p.duty.deliverable and p.duty.deliverable.kind == wanted
    ]


def members(loaded: LoadedPlan, placed: PlacedDuty) -> list[Unit]:
    """The units a duty is given to, groups expanded, without repeats."""
    index = loaded.index
    assert index is not None
    found: dict[str, Unit] = {}
    for ref in placed.to:
        target = index.find(ref)
        if target is not None:
            for unit in index.members(target):
                found.setdefault(unit.id, unit)
    return list(found.values())


def choose_duty(
    loaded: LoadedPlan, kind: str, duty_id: str | None, unit: Target | None
) -> PlacedDuty:
    """The report duty to work on: named, or the one of this kind given to the unit (or to
    the most units, for the city's summary)."""
    candidates = report_duties(loaded, kind)
    if duty_id is not None:
        chosen = next((p for p in candidates if p.duty.id == duty_id), None)
        if chosen is None:
            names = ", ".join(p.duty.id for p in candidates) or "không có"
            raise UserError(
                f"Kế hoạch không có nhiệm vụ báo cáo {kind} mã '{duty_id}'; có: {names}."
            )
        return chosen
    if unit is not None:
        candidates = [p for p in candidates if any(u.id == unit.id for u in members(loaded, p))]
        if not candidates:
            raise UserError(
                f"{display_name(unit)} không có nhiệm vụ báo cáo {kind} nào trong kế hoạch."
            )
        return candidates[0]
    if not candidates:
        raise UserError(f"Kế hoạch không có nhiệm vụ báo cáo {kind} nào.")
    return max(candidates, key=lambda p: len(members(loaded, p)))


def gather(
    loaded: LoadedPlan,
    placed: PlacedDuty,
    paths: Sequence[Path],
    *,
    skip_unreadable: bool = False,
) -> Returns:
    """The result files under ``paths`` that answer ``placed``: valid ones by unit, broken
    ones with their errors. ``UserError`` when a path does not exist or a folder cannot be
    read; with ``skip_unreadable`` such a folder is listed among the broken ones instead."""
    unreadable: list[tuple[str, str]] | None = [] if skip_unreadable else None
    checked = check.run(paths, unreadable=unreadable)
    return answers(checked, loaded, placed, unreadable or ())


def answers(
    checked: CheckResult,
    loaded: LoadedPlan,
    placed: PlacedDuty,
    unreadable: Sequence[tuple[str, str]] = (),
    *,
    errors: Mapping[str, list[Diagnostic]] | None = None,
) -> Returns:
    """What the checked files say of ``placed``: the valid result files that answer it, by
    unit (the one sent last counts), and the broken ones (a file with errors that answers it,
    or says it is a result file); ``unreadable`` are (folder, reason) that could not be read.
    One check of the files serves every duty (``raquan status`` asks for each, passing the
    check's ``errors_by_file`` once worked out)."""
    returns = Returns(loaded, placed, members(loaded, placed))
    deadline = placed.duty.deadline
    found = occurrences(loaded.plan, deadline, loaded.calendar) if deadline is not None else []
    returns.deadline = found[0].end if found else None
    for folder, reason in unreadable:
        returns.broken.append((folder, []))
        returns.unreadable.append(f"Không đọc được thư mục '{folder}': {reason}.")
    by_file = errors if errors is not None else errors_by_file(checked)
    index = loaded.index
    assert index is not None
    for document in checked.files:
        report = document.model
        answering = (
            isinstance(report, Report)
            and report.plan == loaded.plan.id
            and report.duty == placed.duty.id
        )
        wrong = by_file.get(document.source.display, [])
        if wrong and (answering or _looks_like_a_result_file(document)):
            returns.broken.append((document.source.display, wrong))
            claimed = _claimed_unit(document, index)
            if claimed is not None:
                returns.broken_units[document.source.display] = claimed
            continue
        if not answering or not isinstance(report, Report):
            continue
        target = index.find(report.unit)
        if not isinstance(target, Unit):
            continue
        late = returns.deadline is not None and report.submitted.moment() >= returns.deadline
        item = Received(target, report, document.source.display, late)
        previous = returns.received.get(target.id)
        if previous is None or previous.report.submitted.moment() < report.submitted.moment():
            returns.received[target.id] = item
    return returns


def _claimed_unit(document: Document, index: UnitIndex) -> Unit | None:
    """The unit a (broken) result file names in its ``unit``, if it names one that is known."""
    data = document.data
    name = data.get("unit") if isinstance(data, dict) else None
    target = index.find(name) if isinstance(name, str) else None
    return target if isinstance(target, Unit) else None


def errors_by_file(checked: CheckResult) -> dict[str, list[Diagnostic]]:
    """The errors of a check, by file as shown."""
    by_file: dict[str, list[Diagnostic]] = {}
    for diagnostic in checked.diagnostics:
        if diagnostic.severity is Severity.ERROR:
            by_file.setdefault(diagnostic.path, []).append(diagnostic)
    return by_file


def _looks_like_a_result_file(document: Document) -> bool:
    """A file that failed to load but says it is a result file (or cannot say anything)."""
    data = document.data
    if isinstance(data, dict):
        return data.get("kind") == "report"
    return document.model is None


def completions(
    workspace: Workspace, plans: Sequence[LoadedPlan], files: Sequence[InputFile]
) -> dict[tuple[str, str, str], list[Completion]]:
    """(plan id, duty id, unit id) -> the completions among ``files``, earliest first: the
    latest valid result file of each unit for each duty, and every entry of the completion
    records (``results.records``)."""
    by_id = {loaded.plan.id: loaded for loaded in plans}
    latest: dict[tuple[str, str, str], Completion] = {}
    for item in files:
        document = workspace.load(item.path, item.display)
        report = document.model
        if not document.ok or not isinstance(report, Report):
            continue
        loaded = by_id.get(report.plan)
        if loaded is None or loaded.index is None:
            continue
        target = loaded.index.find(report.unit)
        if target is None:
            continue
        key = (report.plan, report.duty, target.id)
        sent = Completion(
            report.submitted.moment().replace(tzinfo=VIETNAM), document.source.display
        )
        if key not in latest or latest[key].at < sent.at:
            latest[key] = sent
    found = record_completions(workspace, plans, files)
    for key, sent in latest.items():
        found.setdefault(key, []).append(sent)
        found[key].sort(key=lambda completion: completion.at)
    return found
