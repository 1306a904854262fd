"""The plans a command works from: every plan under some paths that loads with its unit
registry, and the problems of those that cannot be used (``due``, ``status``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.diagnostics import Diagnostic, Severity
from raquan.domain.units import UnitIndex
from raquan.read.resources import default_plans
from raquan.read.workspace import InputFile, LoadedPlan, Workspace, collect_files, plans_in


@dataclass(slots=True)
class PlanSet:
    """The usable plans under some paths, and the problems of the others."""

    workspace: Workspace = field(default_factory=Workspace)
    files: list[InputFile] = field(default_factory=list)
    """Every YAML file under the paths (result files among them)."""
    plans: list[LoadedPlan] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)

    @property
    def indexes(self) -> list[UnitIndex]:
        """The distinct unit indexes the plans use."""
        seen: dict[int, UnitIndex] = {}
        for loaded in self.plans:
            if loaded.index is not None:
                seen.setdefault(id(loaded.index), loaded.index)
        return list(seen.values())


def default_paths() -> list[Path]:
    """``plans/`` (or the bundled plans), and ``reports/`` when there is one."""
    found = [default_plans()]
    if Path("reports").is_dir():
        found.append(Path("reports"))
    return found


def load_plans(paths: Sequence[Path]) -> PlanSet:
    """Every plan under ``paths`` that loads with its registry; the errors of the rest.

    Raises ``UserError`` when a path does not exist.
    """
    result = PlanSet()
    workspace = result.workspace
    result.files = collect_files(paths)
    for document in plans_in(workspace, result.files):
        errors = document.errors
        if errors or document.model is None:
            result.problems.extend(errors)
            continue
        loaded = workspace.plan(document)
        if loaded.index is None:
            registry = loaded.registry_document
            if registry is not None:
                result.problems.extend(registry.errors)
            result.problems.append(
                Diagnostic(
                    document.source,
                    "RQ104",
                    Severity.ERROR,
                    loaded.registry_problem or "Không đọc được danh mục đơn vị.",
                    ("units",),
                )
            )
            continue
        result.plans.append(loaded)
    return result
