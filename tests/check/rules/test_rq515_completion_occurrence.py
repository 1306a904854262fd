"""RQ515: ``occurrence`` names one period of a recurring duty, and only of one."""

from __future__ import annotations

from raquan.check.rules import rq515_completion_occurrence
from support.checks import LintResultFile, assert_documented

DOC_WRONG = """\
entries:
  - duty: bao-cao-dinh-ky
    date: 2024-06-20
    occurrence: 2025-06
"""
DOC_RIGHT = """\
entries:
  - duty: bao-cao-dinh-ky
    date: 2024-06-20
    occurrence: 2024-06
"""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq515_completion_occurrence, DOC_WRONG, DOC_RIGHT)


def test_an_occurrence_for_a_duty_that_does_not_recur_is_flagged(
    lint_completions: LintResultFile,
) -> None:
    snippet = (
        "unit: xã Đoàn Kết\nentries:\n  - duty: ke-hoach-chi-tiet\n    date: 2023-01-13\n"
        "    occurrence: 2023-01\n"
    )
    assert lint_completions(snippet, "RQ515") == [("RQ515", 8)]
