"""RQ513: nothing is done before the plan that asks for it is issued."""

from __future__ import annotations

from raquan.check.rules import rq513_completion_before_plan
from support.checks import LintResultFile, assert_documented

DOC_WRONG = """\
entries:
  - duty: ke-hoach-chi-tiet
    date: 2022-01-13
"""
DOC_RIGHT = """\
entries:
  - duty: ke-hoach-chi-tiet
    date: 2023-01-13
"""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq513_completion_before_plan, DOC_WRONG, DOC_RIGHT)


def test_a_date_before_the_plans_month_is_flagged(lint_completions: LintResultFile) -> None:
    assert lint_completions("unit: xã Đoàn Kết\n" + DOC_WRONG, "RQ513") == [("RQ513", 7)]
    assert lint_completions("unit: xã Đoàn Kết\n" + DOC_RIGHT, "RQ513") == []
