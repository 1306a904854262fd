"""What a render starts from: the plan, checked as ``raquan check`` checks it.

A plan with errors is never rendered: ``CheckFailedError`` carries the errors, located.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from raquan.diagnostics import Diagnostic, Severity
from raquan.errors import CheckFailedError, UserError
from raquan.models.plan import Plan
from raquan.read.resources import default_plans
from raquan.read.workspace import InputFile, LoadedPlan, Workspace, plans_in


def default_plan(workspace: Workspace) -> Path:
    """The plan to render when none is named: the only plan in ``plans/``, or the bundled one
    (the folder's files are loaded into ``workspace``)."""
    folder = default_plans()
    files = [InputFile(path, str(path), explicit=False) for path in sorted(folder.glob("*.y*ml"))]
    found = [document.source.path for document in plans_in(workspace, files)]
    if len(found) == 1:
        return found[0]
    hint = (
        "Chỉ ra tệp kế hoạch: raquan render plan KẾ_HOẠCH, hoặc raquan render report --plan "
        "KẾ_HOẠCH ...; hay đặt 'plans' trong tệp cấu hình (raquan.toml)."
    )
    if not found:
        raise UserError(f"Thư mục '{folder}' không có kế hoạch nào.", hint=hint)
    names = ", ".join(p.name for p in found)
    raise UserError(
        f"Thư mục '{folder}' có nhiều kế hoạch ({names}); raquan không tự chọn một.", hint=hint
    )


def load_checked_plan(
    path: Path | None, *, ahead: Callable[[LoadedPlan], None] | None = None
) -> tuple[LoadedPlan, list[Diagnostic]]:
    """The plan at ``path`` (default: ``default_plan()``), checked: its warnings, or
    ``CheckFailedError`` with its errors.

    ``ahead``, when given, is called with the plan as soon as it has loaded as a valid model,
    before the rules run (work that a helper process can take on meanwhile: ``builder``); the
    plan it gets is the one returned.
    """
    workspace = Workspace()
    plan_path = path if path is not None else default_plan(workspace)
    if plan_path.is_dir():
        raise UserError(f"'{plan_path}' là một thư mục; hãy chỉ ra một tệp kế hoạch.")
    if ahead is not None:
        early = _loaded(workspace, plan_path)
        if early is not None:
            ahead(early)
    # The rules are loaded only now: a helper has its work sooner.
    from raquan.check import run as check  # noqa: PLC0415

    result = check.run([plan_path], workspace=workspace)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise CheckFailedError(errors)
    document = workspace.load(plan_path)
    if not isinstance(document.model, Plan):
        raise UserError(f"'{plan_path}' không phải một kế hoạch (kind: plan).")
    return workspace.plan(document), list(result.diagnostics)


def _loaded(workspace: Workspace, path: Path) -> LoadedPlan | None:
    """The plan at ``path`` if it loads as a valid model; None otherwise (the check that
    follows reports why)."""
    try:
        document = workspace.load(path)
        return workspace.plan(document) if isinstance(document.model, Plan) else None
    except Exception:
        return None
