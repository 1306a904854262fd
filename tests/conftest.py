"""Shared test helpers: small registries and plans written to a temporary folder."""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

# Tests keep raquan's caches (the holidays table) out of the user's home.
os.environ.setdefault("RAQUAN_CACHE_DIR", tempfile.mkdtemp(prefix="raquan-test-cache-"))

from raquan.check import run as check
from raquan.check.engine import CheckResult
from raquan.diagnostics import Diagnostic
from raquan.read.resources import bundled

FIXTURES = Path(__file__).parent / "fixtures"
BUNDLED_PLAN = bundled("plans") / "ke-hoach-ra-quan-2023.yaml"
PLAN_NAME = BUNDLED_PLAN.name
SAMPLE_REPORTS = Path(__file__).parents[1] / "examples" / "bao-cao"
"""The sample result files of the bundled plan's units."""

UNITS = """\
raquan: 1
kind: units
area: thành phố Kon Tum
units:
  - id: ubnd-thanh-pho
    name: Ủy ban nhân dân thành phố Kon Tum
    short: UBND thành phố
    kind: ủy ban nhân dân
  - id: phong-kinh-te
    name: Phòng Kinh tế thành phố
    aliases: [Phòng Kinh tế]
    kind: phòng
  - id: van-phong-thanh-pho
    name: Văn phòng HĐND và UBND thành phố
    aliases: [Văn phòng]
    kind: văn phòng
  - id: van-phong-tinh
    name: Văn phòng UBND tỉnh
    aliases: [Văn phòng]
    kind: văn phòng
    level: tỉnh
  - id: xa-doan-ket
    name: Ủy ban nhân dân xã Đoàn Kết
    short: UBND xã Đoàn Kết
    kind: xã
    level: xã
  - id: xa-hoa-binh
    name: Ủy ban nhân dân xã Hòa Bình
    short: UBND xã Hòa Bình
    kind: xã
    level: xã
  - id: phuong-quyet-thang
    name: Ủy ban nhân dân phường Quyết Thắng
    short: UBND phường Quyết Thắng
    kind: phường
    level: xã
groups:
  - id: ubnd-cac-xa-phuong
    name: UBND các xã, phường
    kinds: [xã, phường]
"""
"""A small registry: a city, two departments, two offices both called "Văn phòng", communes."""

PLAN_HEAD = """\
raquan: 1
kind: plan
id: thu
header:
  issuer: UBND thành phố
  issuing_body: [ỦY BAN NHÂN DÂN, THÀNH PHỐ KON TUM]
  symbol: KH-UBND
  place: Kon Tum
  date: 2023-01-10
title: Thử
"""
"""The first ten lines of a small valid plan; snippets are appended after it (line 11 on)."""

DRAFT_HEAD = PLAN_HEAD.replace("  date: 2023-01-10\n", "  date: 2023-01\n")
"""``PLAN_HEAD`` of a draft dated January 2023, its day left blank."""

WriteFiles = Callable[..., Path]
Diagnose = Callable[..., list[Diagnostic]]
Lint = Callable[..., list[tuple[str, int]]]
CheckRegistry = Callable[..., CheckResult]


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


DUTY_SECTION = """\
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: Phòng Kinh tế
        heading: Phòng Kinh tế
        duties:
"""


def duty_section(duties: str) -> str:
    """Phòng Kinh tế's assignment, as lines 11-16 after ``PLAN_HEAD``, with ``duties`` (a YAML
    list, dedented) under its ``duties:`` from line 17."""
    return DUTY_SECTION + textwrap.indent(textwrap.dedent(duties), "          ")


def legal_basis(kind: str, number: str) -> str:
    """A ``legal_bases`` list of one document of type ``kind``, its number on line 14."""
    return (
        "legal_bases:\n"
        "  - id: can-cu\n"
        f"    type: {kind}\n"
        f"    number: {number}\n"
        "    date: 2023-01-06\n"
        "    issuer: Ủy ban nhân dân tỉnh Kon Tum\n"
        "    summary: triển khai các hoạt động Lễ ra quân đầu năm 2023\n"
    )


def strings_for_dates(value: Any) -> Any:
    """YAML data with its dates as the text they were written as (JSON schemas type them as
    strings), for ``jsonschema.validate``."""
    if isinstance(value, dict):
        return {str(k): strings_for_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strings_for_dates(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def assert_documented(module: ModuleType, *examples: str) -> str:
    """Assert that each example (YAML written flush left) is in ``module``'s docstring as an
    example block, indented by four spaces; return the docstring for further checks."""
    doc = module.__doc__ or ""
    for example in examples:
        assert textwrap.indent(example, "    ") in doc, example
    return doc


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


def located(result: CheckResult) -> list[tuple[str, int, int]]:
    """The (code, line, column) of each diagnostic of ``result``."""
    return [(d.code, d.position.line, d.position.column) for d in result.diagnostics]


@pytest.fixture(scope="session")
def rendered_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled plan as a .docx, rendered once per test session."""
    from raquan.render.plan import run as render_plan_file

    target = tmp_path_factory.mktemp("render") / "ke-hoach.docx"
    render_plan_file(BUNDLED_PLAN, output=target)
    return target


REPORT_HEAD = """\
raquan: 1
kind: report
plan: ke-hoach-ra-quan-2023
"""
"""The first three lines of a result file for the bundled plan; snippets follow on line 4."""

LintReport = Callable[..., list[tuple[str, int]]]


@pytest.fixture
def lint_report(tmp_path: Path) -> LintReport:
    """The (code, line) pairs found in a result file (``REPORT_HEAD`` + snippet) checked with
    a copy of the bundled plans; ``extra`` adds more result files next to it."""
    plans = tmp_path / "plans"
    shutil.copytree(bundled("plans"), plans)

    def run(snippet: str, *codes: str, extra: Sequence[str] = ()) -> list[tuple[str, int]]:
        folder = tmp_path / "reports"
        folder.mkdir(exist_ok=True)
        (folder / "bao-cao.yaml").write_text(REPORT_HEAD + dedent(snippet), encoding="utf-8")
        for number, other in enumerate(extra):
            (folder / f"khac-{number}.yaml").write_text(
                REPORT_HEAD + dedent(other), encoding="utf-8"
            )
        result = check.run([plans, folder], select=codes)
        return [
            (d.code, d.position.line) for d in result.diagnostics if d.path.endswith("bao-cao.yaml")
        ]

    return run


Edit = tuple[str, str]
"""(text, replacement): the text must occur, so that a change of the bundled plan breaks the
test instead of leaving it testing nothing."""

DEADLINE_15 = "              kind: trước\n              date: 2023-01-15\n"
DEADLINE_13 = "              kind: trước\n              date: 2023-01-13\n"
"""The bundled plan's deadline "trước ngày 15/01/2023" (a Sunday), and the same moved to 13/01."""


def edit_file(path: Path, *edits: Edit) -> None:
    """Apply ``edits`` to the file at ``path``, in place."""
    text = path.read_text(encoding="utf-8")
    for before, after in edits:
        assert before in text, before
        text = text.replace(before, after)
    path.write_text(text, encoding="utf-8")


def edited_plan(folder: Path, *edits: Edit) -> tuple[Path, Path]:
    """The bundled plan (old) and a copy with ``edits`` applied (new, ``moi.yaml``), both in
    ``folder`` beside a copy of the bundled registry."""
    shutil.copytree(bundled("plans"), folder, dirs_exist_ok=True)
    old = folder / PLAN_NAME
    new = folder / "moi.yaml"
    shutil.copyfile(old, new)
    edit_file(new, *edits)
    return old, new
