"""Checking files in this process: load them, run every selected rule, collect the diagnostics.

The result is a plain list of ``Diagnostic``s; printing them (and resolving their positions)
is the CLI's business. ``raquan.check.run`` decides whether a run is split over several
processes (``raquan.check.parallel``), each of which runs this engine on its part.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.check.context import (
    CompletionsContext,
    PlanContext,
    RegistryContext,
    ResultFileContext,
)
from raquan.check.rule import Rule
from raquan.check.rules import RULES
from raquan.check.suppress import Selection, apply
from raquan.diagnostics import Diagnostic, Severity
from raquan.domain.units import name_key
from raquan.errors import UserError
from raquan.models.completions import Completions
from raquan.models.plan import Plan
from raquan.models.report import Report
from raquan.models.units import Registry
from raquan.read.loader import Document
from raquan.read.resources import default_plans
from raquan.read.workspace import InputFile, Workspace, collect_files, is_foreign


@dataclass(slots=True)
class CheckResult:
    """What ``check`` found: the diagnostics (sorted) and the files it read."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[Document] = field(default_factory=list)
    suppressed: int = 0
    """Findings silenced by ``# raquan: ignore[...]`` comments."""

    @property
    def errors(self) -> int:
        return sum(d.severity is Severity.ERROR for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity is Severity.WARNING for d in self.diagnostics)

    def exit_code(self, *, strict: bool = False) -> int:
        """0 when clean, 1 when there are errors (or warnings, when ``strict``)."""
        return 1 if self.errors or (strict and self.warnings) else 0


def select_rules(select: Collection[str] = (), ignore: Collection[str] = ()) -> set[str]:
    """The codes to report. Codes may be prefixes (``RQ2`` selects RQ200-RQ299)."""

    def expand(codes: Iterable[str], option: str) -> set[str]:
        chosen: set[str] = set()
        for raw in codes:
            code = raw.strip().upper()
            matched = {c for c in RULES if c.startswith(code)} if code else set()
            if not matched:
                raise UserError(
                    f"Không có mã kiểm tra '{raw}' (trong {option}).",
                    hint="Xem danh sách bằng: raquan check --list",
                )
            chosen |= matched
        return chosen

    chosen = expand(select, "--select") if select else set(RULES)
    return chosen - expand(ignore, "--ignore")


def _run(
    rule: Rule, context: PlanContext | RegistryContext | ResultFileContext | CompletionsContext
) -> Iterable[Diagnostic]:
    assert rule.run is not None
    source = context.document.source
    for finding in rule.run(context):
        yield Diagnostic(
            source,
            rule.code,
            rule.severity,
            finding.message,
            finding.target,
            hint=finding.hint,
            key=finding.key,
            needle=finding.needle,
            occurrence=finding.occurrence,
        )


Context = PlanContext | RegistryContext | ResultFileContext | CompletionsContext


def _plans_by_id(workspace: Workspace, documents: list[Document]) -> dict[str, Document]:
    """Valid plans by id: those checked, then those in ``plans/`` (for result files)."""
    found: dict[str, Document] = {}
    for document in documents:
        if document.ok and isinstance(document.model, Plan):
            found.setdefault(document.model.id, document)
    wanted = {
        d.model.plan
        for d in documents
        if isinstance(d.model, Report | Completions) and d.model.plan not in found
    }
    if wanted:
        for item in collect_files([default_plans()]):
            document = workspace.load(item.path, item.display)
            if document.ok and isinstance(document.model, Plan):
                found.setdefault(document.model.id, document)
    return found


def _duplicate_reports(
    workspace: Workspace, plans: dict[str, Document], documents: list[Document]
) -> dict[int, list[str]]:
    """For each result file, the other files that answer the same duty for the same unit."""
    groups: dict[tuple[str, str, str], list[Document]] = {}
    for document in documents:
        report = document.model
        if not document.ok or not isinstance(report, Report):
            continue
        unit = name_key(report.unit)
        plan = plans.get(report.plan)
        if plan is not None:
            index = workspace.plan(plan).index
            target = index.find(report.unit) if index is not None else None
            if target is not None:
                unit = target.id
        groups.setdefault((report.plan, report.duty, unit), []).append(document)
    others: dict[int, list[str]] = {}
    for group in groups.values():
        for document in group:
            others[id(document)] = [d.source.display for d in group if d is not document]
    return others


def check_inputs(
    inputs: Sequence[InputFile],
    codes: set[str],
    *,
    only_raquan: bool = False,
    progress: Callable[[int, int], None] | None = None,
    workspace: Workspace | None = None,
    selection: Selection | None = None,
) -> CheckResult:
    """Check the given files in this process (loading them into ``workspace``, if given);
    report what ``selection`` (default: ``codes`` everywhere) keeps (see ``check.suppress``)."""
    workspace = workspace if workspace is not None else Workspace()
    result = CheckResult()
    checked: set[Path] = set()
    for number, item in enumerate(inputs, start=1):
        document = workspace.load(item.path, item.display)
        if progress is not None:
            progress(number, len(inputs))
        if (only_raquan or not item.explicit) and is_foreign(document):
            continue
        result.files.append(document)
        checked.add(item.path.resolve())
    plans = _plans_by_id(workspace, result.files)
    duplicates = _duplicate_reports(workspace, plans, result.files)
    for document in list(result.files):
        result.diagnostics.extend(document.diagnostics)
        if not document.ok:
            continue
        if document.kind == "report":
            assert isinstance(document.model, Report)
            found = plans.get(document.model.plan)
            context: Context = ResultFileContext(
                document,
                document.model,
                workspace.plan(found) if found is not None else None,
                plan_problem=None
                if found is not None
                else f"Không tìm thấy kế hoạch có mã '{document.model.plan}' (trong các tệp "
                "được kiểm tra và trong thư mục plans/).",
                others=duplicates.get(id(document), []),
            )
        elif document.kind == "completions":
            assert isinstance(document.model, Completions)
            found = plans.get(document.model.plan)
            context = CompletionsContext(
                document,
                document.model,
                workspace.plan(found) if found is not None else None,
            )
        elif document.kind == "plan":
            loaded = workspace.plan(document)
            registry = loaded.registry_document
            if registry is not None and registry.source.path.resolve() not in checked:
                # A registry outside the paths given still matters to the plan: report it too.
                checked.add(registry.source.path.resolve())
                result.files.append(registry)
                result.diagnostics.extend(registry.diagnostics)
            context = PlanContext(
                document,
                loaded.plan,
                loaded.index,
                loaded.calendar,
                registry_problem=loaded.registry_problem,
            )
        elif document.kind == "units":
            assert isinstance(document.model, Registry)
            context = RegistryContext(document, document.model, workspace.index(document))
        else:
            continue
        kind = document.kind
        for code in sorted(codes):
            rule = RULES[code]
            if rule.run is not None and kind in rule.applies_to:
                result.diagnostics.extend(_run(rule, context))
    result.diagnostics, result.suppressed = apply(
        result.diagnostics, result.files, selection or Selection.of(codes)
    )
    return result
