"""``render plan`` from start to end: check the plan, render it, write it, convert it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.checking import check_paths
from raquan.diagnostics import Diagnostic, Severity
from raquan.errors import RaquanError, UserError
from raquan.models.plan import Plan
from raquan.render.output import check_target, save, to_pdf
from raquan.resources import bundled, default_plans
from raquan.workspace import InputFile, LoadedPlan, Workspace, plans_in


class CheckFailedError(RaquanError):
    """The input has errors that ``check`` reports; nothing was rendered."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("input has errors")
        self.diagnostics = diagnostics


@dataclass(slots=True)
class Rendered:
    """What ``render`` wrote, and the warnings ``check`` had about the input."""

    output: Path
    pdf: Path | None = None
    warnings: list[Diagnostic] = field(default_factory=list)


def default_plan(workspace: Workspace) -> Path:
    """The plan to render when none is named: the only plan in ``plans/``, or the bundled one
    (the folder's files are loaded into ``workspace``)."""
    folder = default_plans()
    files = [InputFile(path, str(path), explicit=False) for path in sorted(folder.glob("*.y*ml"))]
    found = [document.source.path for document in plans_in(workspace, files)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"Thư mục '{folder}' không có kế hoạch nào; hãy chỉ ra tệp kế hoạch.")
    names = ", ".join(p.name for p in found)
    raise UserError(f"Thư mục '{folder}' có nhiều kế hoạch ({names}); hãy chỉ ra một tệp.")


def load_checked_plan(path: Path | None) -> tuple[LoadedPlan, list[Diagnostic]]:
    """The plan at ``path`` (default: ``default_plan()``), checked: its warnings, or
    ``CheckFailedError`` with its errors."""
    workspace = Workspace()
    plan_path = path if path is not None else default_plan(workspace)
    if plan_path.is_dir():
        raise UserError(f"'{plan_path}' là một thư mục; hãy chỉ ra một tệp kế hoạch.")
    result = check_paths([plan_path], workspace=workspace)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise CheckFailedError(errors)
    document = workspace.load(plan_path)
    if not isinstance(document.model, Plan):
        raise UserError(f"'{plan_path}' không phải một kế hoạch (kind: plan).")
    return workspace.plan(document), list(result.diagnostics)


def check_output(
    target: Path,
    loaded: LoadedPlan,
    *,
    templates: Path | None,
    reference_docx: Path | None,
    force: bool,
    more_inputs: Sequence[Path] = (),
) -> None:
    """Refuse to write ``target`` over a render's input (the plan, its registry, the templates,
    the reference .docx, ``more_inputs``) or over a file raquan did not make."""
    inputs = [loaded.document.source.path, *more_inputs]
    if loaded.registry_document is not None:
        inputs.append(loaded.registry_document.source.path)
    for folder in (templates, bundled("templates")):
        if folder is not None and folder.is_dir():
            inputs.extend(folder.rglob("*"))
    if reference_docx is not None:
        inputs.append(reference_docx)
    check_target(target, inputs, force=force)


def write_rendered(target: Path, data: bytes, warnings: list[Diagnostic], *, pdf: bool) -> Rendered:
    """Write the document (and its PDF, with ``pdf``); what was written."""
    save(target, data)
    rendered = Rendered(target, warnings=warnings)
    if pdf:
        rendered.pdf = to_pdf(target)
    return rendered


def render_plan_file(
    path: Path | None,
    *,
    output: Path | None = None,
    templates: Path | None = None,
    reference_docx: Path | None = None,
    pdf: bool = False,
    force: bool = False,
) -> Rendered:
    """Check the plan at ``path``, render it to ``output`` (default: ``<id>.docx``)."""
    from raquan.render.plan_document import render_plan  # noqa: PLC0415

    loaded, warnings = load_checked_plan(path)
    target = output if output is not None else Path(f"{loaded.plan.id}.docx")
    check_output(target, loaded, templates=templates, reference_docx=reference_docx, force=force)
    data = render_plan(loaded, templates=templates, reference_docx=reference_docx)
    return write_rendered(target, data, warnings, pdf=pdf)
