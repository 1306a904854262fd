"""RQ510: a completion file names a plan that exists and duties of that plan."""

from __future__ import annotations

from raquan.check.rules import rq510_completion_plan_duty
from support.checks import LintResultFile, assert_documented

DOC_WRONG = """\
entries:
  - duty: ke-hoach-chi-tit
    date: 2023-01-13
"""
DOC_RIGHT = """\
entries:
  - duty: ke-hoach-chi-tiet
    date: 2023-01-13
"""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq510_completion_plan_duty, DOC_WRONG, DOC_RIGHT)


def test_unknown_duty_is_flagged_on_its_line(lint_completions: LintResultFile) -> None:
    assert lint_completions("unit: xã Đoàn Kết\n" + DOC_WRONG, "RQ510") == [("RQ510", 6)]
    assert lint_completions("unit: xã Đoàn Kết\n" + DOC_RIGHT, "RQ510") == []


def test_unknown_plan_is_flagged(lint_completions: LintResultFile) -> None:
    head = "raquan: 1\nkind: completions\nplan: ke-hoach-khong-co\n"
    found = lint_completions("unit: xã Đoàn Kết\n" + DOC_RIGHT, "RQ510", head=head)
    assert found == [("RQ510", 3)]
