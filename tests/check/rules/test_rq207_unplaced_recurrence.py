"""RQ207: a recurring deadline must know the days it runs between, and fall at least once."""

from __future__ import annotations

from raquan.check.rules import rq207_unplaced_recurrence
from support.checks import Diagnose, Lint, assert_documented
from support.plans import duty_section

DOC_WRONG = """\
deadline:
  kind: trước
  repeat: hằng tháng
  day: 25
"""
DOC_RIGHT = """\
deadline:
  kind: trước
  repeat: hằng tháng
  day: 25
  start: 2024-01-01
  until: 2024-12-31
"""


def _duty(deadline: str, period: str = "") -> str:
    """A duty whose ``deadline:`` is on line 19 (after an optional three-line period)."""
    return period + duty_section(
        "- id: bao-cao-dinh-ky\n  text: Báo cáo định kỳ {deadline}.\n"
        + "".join(f"  {line}\n" for line in deadline.splitlines())
    )


PERIOD = "period:\n  start: 2024-01-01\n  end: 2024-06-30\n"


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq207_unplaced_recurrence, DOC_WRONG, DOC_RIGHT)


def test_recurrence_without_period_or_bounds_is_an_error(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(_duty(DOC_WRONG), "RQ207")
    assert diagnostic.message == (
        "Thời hạn 'trước ngày 25 hằng tháng' lặp lại nhưng kế hoạch không có 'period' và thời "
        "hạn không ghi 'start', 'until'."
    )
    assert diagnostic.position.line == 21  # the 'repeat:' line


def test_bounds_of_its_own_or_the_plans_period_are_enough(lint: Lint) -> None:
    assert lint(_duty(DOC_RIGHT), "RQ207") == []
    assert lint(_duty(DOC_WRONG, PERIOD), "RQ207") == []


def test_bounds_without_any_occurrence_are_an_error(diagnose: Diagnose) -> None:
    empty = DOC_WRONG + "  start: 2024-02-26\n  until: 2024-03-20\n"
    [diagnostic] = diagnose(_duty(empty), "RQ207")
    assert diagnostic.message == (
        "Thời hạn 'trước ngày 25 hằng tháng' không có kỳ nào từ 26/02/2024 đến 20/03/2024."
    )
