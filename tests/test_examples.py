"""The sample files of ``examples/`` are valid, as the README shows them."""

from __future__ import annotations

from raquan.check import run as check
from raquan.diagnostics import Severity
from support.plans import EXAMPLE_PLAN, EXAMPLE_REPORTS


def test_the_issued_sample_plan_and_its_reports_check_clean() -> None:
    result = check.run([EXAMPLE_PLAN.parent, EXAMPLE_REPORTS])
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    assert errors == []
    assert {d.code for d in result.diagnostics} <= {"RQ202"}  # the real plan's Sunday deadline
    assert len(list(EXAMPLE_REPORTS.glob("*.yaml"))) == 20
