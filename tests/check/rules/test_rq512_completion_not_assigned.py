"""RQ512: a unit records only the duties given to it (directly, through a group, as partner)."""

from __future__ import annotations

from raquan.check.rules import rq512_completion_not_assigned
from support.checks import LintResultFile, assert_documented

DOC_WRONG = """\
unit: Phòng Kinh tế thành phố
entries:
  - duty: ke-hoach-chi-tiet
    date: 2023-01-13
"""
DOC_RIGHT = """\
unit: xã Đoàn Kết
entries:
  - duty: ke-hoach-chi-tiet
    date: 2023-01-13
"""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq512_completion_not_assigned, DOC_WRONG, DOC_RIGHT)


def test_a_duty_of_another_unit_is_flagged(lint_completions: LintResultFile) -> None:
    assert lint_completions(DOC_WRONG, "RQ512") == [("RQ512", 6)]
    assert lint_completions(DOC_RIGHT, "RQ512") == []


def test_a_partner_may_record_the_duty(lint_completions: LintResultFile) -> None:
    partner = "unit: xã Đoàn Kết\nentries:\n  - duty: pkt-giay-moi\n    date: 2023-01-20\n"
    assert lint_completions(partner, "RQ512") == []
