"""Fuzzing: a mutated plan or result file ends in diagnostics, never a traceback.

Each case takes the bundled plan (or a sample result file) and mutates it a few times the way
files get damaged by hand or in transit: bytes flipped, lines dropped or duplicated,
indentation shifted, a value swapped for a list, a mapping, a huge string or a wrong type.
``raquan check`` must answer with diagnostics it can locate; a plan that still passes must
render, with both appendix tables filled in; a result file that still passes must render as
the unit's report and in the city's summary. Hypothesis runs with a fixed seed and a per-case
deadline. The default run tries a short sample of each; ``pytest -m slow`` runs 1,000 cases
each (``RAQUAN_FUZZ_CASES``), and ``benchmarks/fuzz_long.py`` runs the same cases 100,000 times.
"""

from __future__ import annotations

import datetime
import os
import shutil
import tempfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from raquan.check import run as check
from raquan.diagnostics import Severity
from raquan.errors import CheckFailedError, UserError
from raquan.models.plan import Plan
from raquan.models.report import Report
from raquan.read.resources import bundled
from raquan.render.plan import run as render_plan_file
from raquan.render.report import run as render_report_file
from support.plans import BUNDLED_PLAN, ISSUED, SAMPLE_REPORTS

PLANS = bundled("plans")
ISSUED_TEXT = BUNDLED_PLAN.read_text(encoding="utf-8")
for _draft, _issued in ISSUED:
    ISSUED_TEXT = ISSUED_TEXT.replace(_draft, _issued)
PLAN_TEXT = ISSUED_TEXT.encode().replace(
    b"    assignments: []\n",
    "    assignments:\n"
    "      - {area: xã Đoàn Kết, members: [Phòng Kinh tế thành phố], note: Trưởng nhóm}\n"
    "      - area: phường Quyết Thắng\n"
    "        members: [Phòng Kinh tế thành phố, Văn phòng HĐND và UBND thành phố]\n".encode(),
)
"""The bundled plan, issued (a report cites its number and date), both appendix tables
non-empty."""
assert b"  number: 15\n" in PLAN_TEXT
assert b"    assignments: []\n" not in PLAN_TEXT
REPORT_TEXT = (SAMPLE_REPORTS / "doan-ket-tong-hop.yaml").read_bytes()
# Hypothesis warns when it prints a failing example this large; the example is still shown.
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")

SHORT = 40
"""Cases of each fuzz test in the default run: a quick sample."""

CASES = int(os.environ.get("RAQUAN_FUZZ_CASES", "1000"))
"""Cases of each test marked ``slow`` (``pytest -m slow``)."""
RENDER_EVERY = int(os.environ.get("RAQUAN_FUZZ_RENDER_EVERY", "10"))
"""A valid result file is rendered (unit's report and summary: about 0.5 s) in one case out of
this many, chosen by the file's checksum so that a run is repeatable."""

SWAPS = [
    b"[a, b, c]",
    b"{x: 1, y: [2]}",
    b"'" + b"x" * 200_000 + b"'",
    b"-5",
    b"2023-02-30",
    b"null",
    b"*nope",
    b"&a [*a]",
    b'"\\x01\\u0007"',
    b"!!python/object:os.system x",
    b"99999999999999999999999",
    b"|\n  multi\n  line",
]


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with one to three mutations."""
    lines = original.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["flip", "drop", "duplicate", "indent", "swap"]))
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        if kind == "flip":
            flipped = bytearray(lines[at])
            if flipped:
                where = draw(st.integers(0, len(flipped) - 1))
                flipped[where] ^= draw(st.integers(1, 255))
            lines[at] = bytes(flipped)
        elif kind == "drop":
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, lines[at])
        elif kind == "indent":
            shift = draw(st.sampled_from([b"  ", b" ", b"\t"]))
            if draw(st.booleans()):
                lines[at] = shift + lines[at]
            else:
                lines[at] = lines[at][len(shift) :] if lines[at].startswith(shift) else lines[at]
        else:
            original_line = lines[at]
            if b": " in original_line:
                key = original_line.split(b": ", 1)[0]
                lines[at] = key + b": " + draw(st.sampled_from(SWAPS)) + b"\n"
    return b"".join(lines)


def _run(files: dict[str, bytes], render: bool) -> None:
    """Check the files; every diagnostic must locate; a plan without errors must render, and
    so must a valid result file, as the unit's report and in the city's summary."""
    with tempfile.TemporaryDirectory(prefix="raquan-fuzz-") as scratch:
        folder = Path(scratch)
        shutil.copyfile(PLANS / "units.yaml", folder / "units.yaml")
        for name, data in files.items():
            (folder / name).write_bytes(data)
        result = check.run([folder])
        for diagnostic in result.diagnostics:
            position = diagnostic.position
            assert position.line >= 1
            assert position.column >= 1
            assert diagnostic.message
        errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
        if render and not errors:
            # A file damaged out of recognition (no "raquan:"/"kind:") is skipped in a folder;
            # named directly it must give a clear error, or render.
            try:
                render_plan_file(folder / "plan.yaml", output=folder / "out.docx")
            except (CheckFailedError, UserError):
                assert not any(isinstance(d.model, Plan) for d in result.files), (
                    "check passed a plan that render refused"
                )
        reports = [d.model for d in result.files if isinstance(d.model, Report) and d.ok]
        if not errors and reports and zlib.crc32(files["bao-cao.yaml"]) % RENDER_EVERY == 0:
            _render_reports(folder, reports[0])


def _render_reports(folder: Path, report: Report) -> None:
    """A valid result file renders as its unit's report and in the city's summary (or is
    refused with a clear message, such as a unit that is not given the duty)."""
    kind = "quick" if report.type == "nhanh" else "summary"
    for unit, name in ((report.unit, "unit.docx"), (None, "summary.docx")):
        if unit is None and kind != "summary":
            continue
        try:
            render_report_file(
                folder / "plan.yaml",
                reports=[folder / "bao-cao.yaml"],
                kind=kind,
                unit=unit,
                duty=report.duty,
                output=folder / name,
            )
        except (CheckFailedError, UserError):
            continue
        assert (folder / name).stat().st_size > 0


def fuzz(cases: int) -> settings:
    return settings(
        max_examples=cases,
        derandomize=True,
        deadline=datetime.timedelta(seconds=10),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )


@fuzz(SHORT)
@given(mutated(PLAN_TEXT))
def test_a_damaged_plan_gets_diagnostics_not_a_traceback(data: bytes) -> None:
    _run({"plan.yaml": data}, render=True)


@fuzz(SHORT)
@given(mutated(REPORT_TEXT))
def test_a_damaged_result_file_gets_diagnostics_not_a_traceback(data: bytes) -> None:
    _run({"plan.yaml": PLAN_TEXT, "bao-cao.yaml": data}, render=False)


@pytest.mark.slow
@fuzz(CASES)
@given(mutated(PLAN_TEXT))
def test_many_damaged_plans_get_diagnostics_not_a_traceback(data: bytes) -> None:
    _run({"plan.yaml": data}, render=True)


@pytest.mark.slow
@fuzz(CASES)
@given(mutated(REPORT_TEXT))
def test_many_damaged_result_files_get_diagnostics_not_a_traceback(data: bytes) -> None:
    _run({"plan.yaml": PLAN_TEXT, "bao-cao.yaml": data}, render=False)
