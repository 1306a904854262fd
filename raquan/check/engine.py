"""Checking files in this process: load them, run every selected rule, collect the diagnostics.

The result is a plain list of ``Diagnostic``s; printing them (and resolving their positions)
is the CLI's business. ``raquan.check.run`` decides whether a run is split over several
processes (``raquan.check.parallel``), each of which runs this engine on its part.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from raquan.check.context import (
    CompletionsContext,
    PlanContext,
    RegistryContext,
    ResultFileContext,
)
from raquan.check.rule import Rule
from raquan.check.rules import RULES
from raquan.check.suppress import Selection, apply
from raquan.diagnostics import Diagnostic, Position, Severity
from raquan.domain.units import name_key
from raquan.errors import UserError
from raquan.models.plan import Plan
from raquan.models.units import Registry
from raquan.read.loader import Document, load_file
from raquan.read.resources import default_plans
from raquan.read.source import Source
from raquan.read.workspace import InputFile, Workspace, collect_files, file_kind, is_foreign

DOCX_SUFFIXES = (".docx", ".docm", ".dotx")
"""Word documents: checked for their layout (RQ6xx)."""


def is_docx(path: Path) -> bool:
    return path.suffix.lower() in DOCX_SUFFIXES


@dataclass(slots=True)
class CheckResult:
    """What ``check`` found: the diagnostics (sorted) and the files it read."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[Document] = field(default_factory=list)
    suppressed: int = 0
    """Findings silenced by ``# raquan: ignore[...]`` comments."""
    foreign: int = 0
    """YAML files left out because they are not raquan's (no ``raquan`` and no ``kind``)."""
    unchecked: list[str] = field(default_factory=list)
    """Files whose content could not be checked (names, deadlines, ...) because they could
    not be read into a model: their reading errors are all that is known of them."""

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


if TYPE_CHECKING:
    from raquan.check.layout.context import LayoutContext

    Context = PlanContext | RegistryContext | ResultFileContext | CompletionsContext | LayoutContext


def _run(rule: Rule, context: Context) -> Iterable[Diagnostic]:
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


def _plans_by_id(
    workspace: Workspace, documents: list[Document], wanted: set[str]
) -> dict[str, Document]:
    """Valid plans by id: those checked, then those in ``plans/`` when result files answer a
    plan (``wanted``) that was not checked."""
    found: dict[str, Document] = {}
    for document in documents:
        if document.ok and isinstance(document.model, Plan):
            found.setdefault(document.model.id, document)
    if wanted - set(found):
        for item in collect_files([default_plans()]):
            document = workspace.load(item.path, item.display)
            if document.ok and isinstance(document.model, Plan):
                found.setdefault(document.model.id, document)
    return found


ReportKey = tuple[str, str, str]
"""(plan id, duty id, unit): what makes two result files answer the same thing."""


def _report_key(workspace: Workspace, plans: dict[str, Document], answer: ReportKey) -> ReportKey:
    """``answer`` (plan, duty, unit as written) with the unit resolved in the plan's registry."""
    plan_id, duty, written = answer
    unit = name_key(written)
    plan = plans.get(plan_id)
    if plan is not None:
        index = workspace.plan(plan).index
        target = index.find(written) if index is not None else None
        if target is not None:
            unit = target.id
    return (plan_id, duty, unit)


def _slim(document: Document, shown: Iterable[Diagnostic], *, keep_model: bool) -> Document:
    """What a checked result file leaves behind: its diagnostics and a source that has let go
    of its text, keeping the positions and lines of the diagnostics ``shown`` (and, unless
    ``keep_model``, no data or model)."""
    document.source.release(keep_lines={d.position.line for d in shown})
    if keep_model:
        return document
    return Document(document.source, kind=document.kind, diagnostics=document.diagnostics)


def check_layout(item: InputFile, codes: set[str]) -> Document:
    """A Word document read for its layout, with the findings of every selected RQ6xx rule (or
    RQ600 when it cannot be read)."""
    from raquan.check.layout.context import LayoutContext  # noqa: PLC0415
    from raquan.read.docxlayout import read_layout  # noqa: PLC0415
    from raquan.read.docxlayout.source import DocxSource  # noqa: PLC0415

    try:
        layout = read_layout(item.path, item.display)
    except UserError as error:
        source = Source(item.path, None, display=item.display)
        document = Document(source, kind="docx")
        document.diagnostics.append(
            Diagnostic(
                source, "RQ600", Severity.ERROR, error.message, Position(1, 1), hint=error.hint
            )
        )
        return document
    document = Document(DocxSource(layout), kind="docx")
    context = LayoutContext(document, layout)
    for rule in RULES.rules_for("docx", codes):
        document.diagnostics.extend(_run(rule, context))
    return document


def _load(workspace: Workspace, item: InputFile, codes: set[str]) -> list[Document]:
    """A file of the run: a Word document checked for its layout and, when it is a plan, also
    read as one (``raquan import`` on the fly, problems located by paragraph); any other file
    loaded."""
    if not is_docx(item.path):
        return [workspace.load(item.path, item.display)]
    layout = check_layout(item, codes)
    if any(d.code == "RQ600" for d in layout.diagnostics):
        return [layout]
    plan = workspace.load(item.path, item.display)
    return [layout, plan] if _reads_as_plan(plan) else [layout]


def _reads_as_plan(document: Document) -> bool:
    """Whether a Word document read as a plan is one: its type line says KẾ HOẠCH, or it
    has no type line and assigns duties. A công văn or a quyết định is checked for its layout
    only."""
    from raquan.read.docsource import DocumentSource  # noqa: PLC0415

    source = document.source
    if not isinstance(source, DocumentSource):
        return True  # not read: its diagnostics say why
    extraction = source.extraction
    written = ("header", "type") not in extraction.guesses
    kind = extraction.data.get("header", {}).get("type")
    if written:
        return bool(kind == "Kế hoạch")
    return extraction.counts.duties > 0


def check_inputs(
    inputs: Sequence[InputFile],
    codes: set[str],
    *,
    only_raquan: bool = False,
    progress: Callable[[int, int], None] | None = None,
    workspace: Workspace | None = None,
    selection: Selection | None = None,
    keep_result_files: bool = True,
) -> CheckResult:
    """Check the given files in this process (loading them into ``workspace``, if given);
    report what ``selection`` (default: ``codes`` everywhere) keeps (see ``check.suppress``).

    Plans and registries are loaded first and kept (everything else needs them). Result
    files, which may be thousands, are then checked one at a time and let go: a first pass
    notes what each answers (for RQ505, two files for the same duty and unit), a second checks
    each against its plan. What stays of a result file is its diagnostics (its text is read
    again only if they are shown) and, with ``keep_result_files``, its model, for the callers
    that add them up. The kind of a file comes from parsing it (``file_kind``).

    Suppression comments are applied to each result file while its text is at hand, and to
    the other files at the end.
    """
    workspace = workspace if workspace is not None else Workspace()
    result = CheckResult()
    checked: set[Path] = set()
    kinds = {item.path: None if is_docx(item.path) else file_kind(item.path) for item in inputs}
    results = [item for item in inputs if kinds[item.path] == "report"]
    others = [item for item in inputs if kinds[item.path] != "report"]
    done = 0

    def advance() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(inputs) + len(results))

    for item in others:
        loaded = _load(workspace, item, codes)
        advance()
        for document in loaded:
            if (only_raquan or not item.explicit) and is_foreign(document):
                result.foreign += 1
                continue
            result.files.append(document)
            checked.add(workspace.key(item.path))
    answered: list[tuple[InputFile, ReportKey]] = []  # three names each, never the models
    for item in results:
        answer = _answer(load_file(item.path, display=item.display))
        advance()
        if answer is not None:
            answered.append((item, answer))
    wanted = {answer[0] for _, answer in answered} | _completion_plans(result.files)
    plans = _plans_by_id(workspace, result.files, wanted)
    groups: dict[ReportKey, list[str]] = {}
    keys: dict[Path, ReportKey] = {}
    for item, answer in answered:
        key = _report_key(workspace, plans, answer)
        keys[item.path] = key
        groups.setdefault(key, []).append(item.display)
    selection = selection or Selection.of(codes)
    found: list[Diagnostic] = []
    for document in list(result.files):
        found.extend(_checked(document, codes, workspace, plans, checked, result))
    kept, result.suppressed = apply(found, list(result.files), selection)
    for item in results:
        document = load_file(item.path, display=item.display)
        advance()
        checked.add(item.path.resolve())
        answers = keys.get(item.path)
        same = [d for d in groups.get(answers, []) if d != item.display] if answers else []
        own = _checked(document, codes, workspace, plans, checked, result, same)
        # Its suppression comments now, while its text is at hand; its findings are its own.
        own, silenced = apply(own, [document], selection)
        kept.extend(own)
        result.suppressed += silenced
        result.files.append(_slim(document, own, keep_model=keep_result_files))
    result.diagnostics = sorted(kept, key=Diagnostic.sort_key)
    return result


def _answer(document: Document) -> ReportKey | None:
    """What a result file answers (its plan, duty and unit); None when it did not load."""
    from raquan.models.report import Report  # noqa: PLC0415  (only with result files)

    report = document.model
    if document.ok and isinstance(report, Report):
        return (report.plan, report.duty, report.unit)
    return None


def _completion_plans(files: list[Document]) -> set[str]:
    """The plans that the completion records among ``files`` answer."""
    if not any(d.kind == "completions" for d in files):
        return set()
    from raquan.models.completions import Completions  # noqa: PLC0415

    return {d.model.plan for d in files if isinstance(d.model, Completions)}


def _checked(
    document: Document,
    codes: set[str],
    workspace: Workspace,
    plans: dict[str, Document],
    checked: set[Path],
    result: CheckResult,
    others: list[str] | None = None,
) -> list[Diagnostic]:
    """The diagnostics of one loaded document: its own, then those of every selected rule."""
    found = list(document.diagnostics)
    if not document.ok:
        if document.kind != "docx":  # a Word document has only its layout to check
            result.unchecked.append(document.source.display)
        return found
    if document.kind == "report":
        from raquan.models.report import Report  # noqa: PLC0415

        assert isinstance(document.model, Report)
        plan = plans.get(document.model.plan)
        context: Context = ResultFileContext(
            document,
            document.model,
            workspace.plan(plan) if plan is not None else None,
            plan_problem=None
            if plan is not None
            else f"Không tìm thấy kế hoạch có mã '{document.model.plan}' (trong các tệp "
            "được kiểm tra và trong thư mục plans/).",
            others=others or [],
        )
    elif document.kind == "completions":
        from raquan.models.completions import Completions  # noqa: PLC0415

        assert isinstance(document.model, Completions)
        answered = plans.get(document.model.plan)
        context = CompletionsContext(
            document,
            document.model,
            workspace.plan(answered) if answered is not None else None,
        )
    elif document.kind == "plan":
        loaded = workspace.plan(document)
        registry = loaded.registry_document
        if registry is not None and workspace.key(registry.source.path) not in checked:
            # A registry outside the paths given still matters to the plan: report it too.
            checked.add(workspace.key(registry.source.path))
            result.files.append(registry)
            found.extend(registry.diagnostics)
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
        return found
    for rule in RULES.rules_for(document.kind, codes):
        found.extend(_run(rule, context))
    return found
