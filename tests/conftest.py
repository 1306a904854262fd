"""The fixtures every test module may use, and raquan's cache kept out of the user's home.

Plain helpers (texts, paths, readers of .docx files) are in ``tests/support/``.
"""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from raquan.check import run as check
from raquan.check.engine import CheckResult
from raquan.diagnostics import Diagnostic
from raquan.read.resources import bundled
from support.checks import CheckRegistry, Diagnose, Lint, LintResultFile, WriteFiles
from support.plans import (
    BUNDLED_PLAN,
    EXAMPLE_PLAN,
    EXAMPLE_REPORTS,
    PLAN_HEAD,
    RESULT_FILE_HEAD,
    UNITS,
    dedent,
    issued_copy,
)

_CACHE = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """Send raquan's caches (the holidays table) to a temporary folder for the whole run,
    unless RAQUAN_CACHE_DIR is set; the xdist workers inherit it."""
    if "RAQUAN_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="raquan-test-cache-")
        os.environ["RAQUAN_CACHE_DIR"] = folder
        config.stash[_CACHE] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_CACHE, None)
    if folder is not None:
        os.environ.pop("RAQUAN_CACHE_DIR", None)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def write_files(tmp_path: Path) -> WriteFiles:
    """Write a plan (and its registry) into a temporary folder; return the plan's path."""

    def write(plan: str, units: str | None = UNITS, name: str = "plan.yaml") -> Path:
        if units is not None:
            (tmp_path / "units.yaml").write_text(units, encoding="utf-8")
        path = tmp_path / name
        path.write_text(plan, encoding="utf-8")
        return path

    return write


@pytest.fixture
def run_check(write_files: WriteFiles) -> Callable[..., CheckResult]:
    """Check a plan text (with the small registry unless told otherwise)."""

    def run(plan: str, units: str | None = UNITS, **options: object) -> CheckResult:
        path = write_files(plan, units)
        return check.run([path], **options)  # type: ignore[arg-type]

    return run


@pytest.fixture
def diagnose(run_check: Callable[..., CheckResult]) -> Diagnose:
    """The diagnostics found in ``PLAN_HEAD`` + a snippet, for the codes selected (all if none).

    ``diagnose(snippet, "RQ202")`` appends the dedented snippet after the ten-line head, so the
    snippet's first line is line 11 of the file; ``head`` replaces the head, ``units`` the
    registry written next to the plan (``None``: no registry).
    """

    def run(
        snippet: str, *codes: str, head: str = PLAN_HEAD, units: str | None = UNITS
    ) -> list[Diagnostic]:
        return run_check(head + dedent(snippet), units, select=codes).diagnostics

    return run


@pytest.fixture
def lint(diagnose: Diagnose) -> Lint:
    """The (code, line) pairs ``diagnose`` finds: ``lint(snippet, "RQ202")``."""

    def run(
        snippet: str, *codes: str, head: str = PLAN_HEAD, units: str = UNITS
    ) -> list[tuple[str, int]]:
        return [
            (d.code, d.position.line) for d in diagnose(snippet, *codes, head=head, units=units)
        ]

    return run


@pytest.fixture
def check_registry(tmp_path: Path) -> CheckRegistry:
    """Check a unit registry on its own: ``check_registry(units_text, "RQ108")`` writes it as
    ``units.yaml`` and checks that file for the codes selected (all if none)."""

    def run(units: str, *codes: str) -> CheckResult:
        path = tmp_path / "units.yaml"
        path.write_text(units, encoding="utf-8")
        return check.run([path], select=codes)

    return run


@pytest.fixture(scope="session")
def rendered_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled plan as a .docx, rendered once per test session."""
    from raquan.render.plan import run as render_plan_file

    target = tmp_path_factory.mktemp("render") / "ke-hoach.docx"
    render_plan_file(BUNDLED_PLAN, output=target)
    return target


@pytest.fixture(scope="session")
def issued_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled plan as issued (number 15, 12/01/2023), beside its registry: the plan the
    sample result files answer when a report is rendered. Do not change it: copy it."""
    return issued_copy(tmp_path_factory.mktemp("issued") / "plans")


@pytest.fixture(scope="session")
def example_plan_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The issued sample plan of ``examples/da-ban-hanh`` (both appendices filled), rendered
    once per session."""
    from raquan.render.plan import run as render_plan_file

    target = tmp_path_factory.mktemp("example") / "ke-hoach.docx"
    render_plan_file(EXAMPLE_PLAN, output=target)
    return target


@pytest.fixture(scope="session")
def example_summary_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The summary of the 21 communes' sample reports of ``examples/da-ban-hanh``, rendered
    once per session."""
    from raquan.render.report import run as render_report_file

    target = tmp_path_factory.mktemp("example") / "tong-hop.docx"
    render_report_file(
        EXAMPLE_PLAN,
        reports=[EXAMPLE_REPORTS],
        kind="summary",
        output=target,
        date=datetime.date(2023, 4, 7),
        recipients=["UBND tỉnh Kon Tum"],
    )
    return target


@pytest.fixture
def lint_result_file(tmp_path: Path) -> LintResultFile:
    """The (code, line) pairs found in a result file (``RESULT_FILE_HEAD`` + snippet) checked with
    a copy of the bundled plans; ``extra`` adds more result files next to it."""
    plans = tmp_path / "plans"
    shutil.copytree(bundled("plans"), plans)

    def run(snippet: str, *codes: str, extra: Sequence[str] = ()) -> list[tuple[str, int]]:
        folder = tmp_path / "reports"
        folder.mkdir(exist_ok=True)
        (folder / "bao-cao.yaml").write_text(RESULT_FILE_HEAD + dedent(snippet), encoding="utf-8")
        for number, other in enumerate(extra):
            (folder / f"khac-{number}.yaml").write_text(
                RESULT_FILE_HEAD + dedent(other), encoding="utf-8"
            )
        result = check.run([plans, folder], select=codes)
        return [
            (d.code, d.position.line) for d in result.diagnostics if d.path.endswith("bao-cao.yaml")
        ]

    return run


COMPLETIONS_HEAD = """\
raquan: 1
kind: completions
plan: ke-hoach-ra-quan-2023
"""
"""The first three lines of a completion file for the bundled plan; snippets follow on line 4."""


@pytest.fixture
def lint_completions(tmp_path: Path) -> LintResultFile:
    """The (code, line) pairs found in a completion file (``COMPLETIONS_HEAD`` + snippet)
    checked with a copy of the bundled plans."""
    plans = tmp_path / "plans"
    shutil.copytree(bundled("plans"), plans)

    def run(snippet: str, *codes: str, head: str = COMPLETIONS_HEAD) -> list[tuple[str, int]]:
        folder = tmp_path / "hoan-thanh"
        folder.mkdir(exist_ok=True)
        (folder / "xa.yaml").write_text(head + dedent(snippet), encoding="utf-8")
        result = check.run([plans, folder], select=codes)
        return [(d.code, d.position.line) for d in result.diagnostics if d.path.endswith("xa.yaml")]

    return run
