"""``raquan check`` from start to end: choose the rules, list the files, check them here or on
several cores, return the result (diagnostics and files read)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from raquan.check import parallel
from raquan.check.engine import CheckResult, check_inputs, select_rules
from raquan.check.rules import RULES
from raquan.check.suppress import Selection
from raquan.read.config import ConfigError, active
from raquan.read.workspace import Workspace, collect_files


def run(
    paths: Sequence[Path],
    *,
    select: Collection[str] = (),
    ignore: Collection[str] = (),
    only_raquan: bool = False,
    progress: Callable[[int, int], None] | None = None,
    jobs: int | None = None,
    workspace: Workspace | None = None,
    units: Sequence[Path] = (),
    unreadable: list[tuple[str, str]] | None = None,
    keep_result_files: bool = True,
) -> CheckResult:
    """Check every raquan file under ``paths``; ``UserError`` when a path does not exist.

    YAML files that are plainly not raquan's (no ``raquan`` and no ``kind`` key) are skipped
    in folders, and also when named, with ``only_raquan`` (a pre-commit hook passes every YAML
    file of a repository). ``progress(done, total)`` is called as files are read. Large runs
    of plans and registries are checked on several cores (``jobs``: None chooses, 1 never),
    unless the caller passes the ``workspace`` to load them into, to use them afterwards; a
    ``workspace`` that holds every file already is shared with the workers (``raquan due``
    checks the plans it has loaded).
    ``units`` are registries that plans may name outside their own folder (``--units``).
    A folder that cannot be read is a ``UserError``, unless ``unreadable`` is given: it is
    then listed there (see ``collect_files``). Without ``keep_result_files``, the models of
    result files are let go once checked (``raquan check`` needs only their diagnostics).

    The active configuration (``raquan.read.config``) gives ``select`` and ``ignore`` when the
    caller does not, and its ``per-file-ignores``; ``# raquan: ignore[...]`` comments silence
    findings on their lines (``raquan.check.suppress``).
    """
    config = active()
    problems = config.code_diagnostics(list(RULES))
    if problems and config.path is not None:
        raise ConfigError(config.path, problems)
    codes = select_rules(select or config.select, ignore or config.ignore)
    selection = Selection.of(codes, config)
    inputs = collect_files(paths, unreadable=unreadable)
    loaded = workspace is not None and all(workspace.holds(item.path) for item in inputs)
    workers = parallel.workers(inputs, jobs) if workspace is None or loaded else 1
    if workers > 1:
        shared = workspace if loaded else None
        return parallel.check(inputs, workers, selection, only_raquan, progress, units, shared)
    return check_inputs(
        inputs,
        codes,
        only_raquan=only_raquan,
        progress=progress,
        workspace=workspace if workspace is not None else Workspace(units),
        selection=selection,
        keep_result_files=keep_result_files,
    )
