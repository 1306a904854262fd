"""RQ205: with a ``period``, every deadline, span and event must fall inside it."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq205_outside_period
from support.checks import Diagnose, Lint, assert_documented

PERIOD = """\
period:
  start: 2023-01-01
  end: 2023-03-31
"""
"""Lines 11-13: the plan covers the first quarter of 2023."""

DOC_WRONG = """\
deadline:
  kind: trước
  date: 2023-04-15
"""
DOC_RIGHT = """\
deadline:
  kind: trước
  date: 2023-04-01
"""


def _duty(deadline: str, period: str = PERIOD) -> str:
    """A duty whose ``deadline:`` is on line 22 (so a block deadline's date is on line 24)."""
    return (
        period + "sections:\n"
        "  - title: TỔ CHỨC THỰC HIỆN\n"
        "    assignments:\n"
        "      - to: Phòng Kinh tế\n"
        "        heading: Phòng Kinh tế\n"
        "        duties:\n"
        "          - id: bao-cao-tong-hop\n"
        "            text: Báo cáo tổng hợp kết quả thực hiện {deadline}.\n"
        + textwrap.indent(textwrap.dedent(deadline), "            ")
    )


def _event(date: str) -> str:
    """An event whose date is on line 17."""
    return (
        PERIOD + "events:\n"
        "  - id: tong-ket\n"
        "    title: Hội nghị tổng kết\n"
        f"    date: {date}\n"
        "    place: Hội trường UBND thành phố\n"
        "    host: UBND thành phố\n"
    )


def test_docstring_examples_are_the_ones_tested() -> None:
    doc = assert_documented(rq205_outside_period, DOC_WRONG, DOC_RIGHT)
    assert "kế hoạch từ 01/01/2023 đến 31/03/2023" in doc


def test_deadline_after_the_period_is_flagged(lint: Lint) -> None:
    assert lint(_duty(DOC_WRONG), "RQ205") == [("RQ205", 24)]


def test_deadline_whose_last_day_is_the_periods_last_day_passes(lint: Lint) -> None:
    assert lint(_duty(DOC_RIGHT), "RQ205") == []


def test_message_quotes_the_deadline_and_the_period(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(_duty(DOC_WRONG), "RQ205")
    assert diagnostic.message == (
        "Thời hạn 'trước ngày 15/04/2023' nằm ngoài thời gian của kế hoạch "
        "(từ 01/01/2023 đến 31/03/2023)."
    )
    assert diagnostic.hint == "Sửa thời hạn, hoặc sửa 'period' của kế hoạch."
    assert (diagnostic.position.line, diagnostic.position.column) == (24, 21)


def test_end_of_the_period_is_inclusive(lint: Lint) -> None:
    assert lint(_duty("deadline: {kind: chậm nhất, date: 2023-03-31}"), "RQ205") == []
    assert lint(_duty("deadline: {kind: đến hết, date: 2023-03-31}"), "RQ205") == []
    assert lint(_duty("deadline: {kind: chậm nhất, date: 2023-04-01}"), "RQ205") == [("RQ205", 22)]


def test_deadline_ending_before_the_period_starts_is_flagged(lint: Lint) -> None:
    assert lint(_duty("deadline: {kind: trước, date: 2023-01-01}"), "RQ205") == [("RQ205", 22)]
    assert lint(_duty("deadline: {kind: chậm nhất, date: 2023-01-01}"), "RQ205") == []


def test_span_starting_before_the_period_is_flagged(lint: Lint) -> None:
    early = "deadline: {kind: đến hết, start: 2022-12-30, date: 2023-01-31}"
    inside = "deadline: {kind: đến hết, start: 2023-01-01, date: 2023-01-31}"
    assert lint(_duty(early), "RQ205") == [("RQ205", 22)]
    assert lint(_duty(inside), "RQ205") == []


def test_event_outside_the_period_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    assert lint(_event("2023-04-03"), "RQ205") == [("RQ205", 17)]
    assert lint(_event("2022-12-31"), "RQ205") == [("RQ205", 17)]
    [diagnostic] = diagnose(_event("2023-04-03"), "RQ205")
    assert diagnostic.message == (
        "Sự kiện 'Hội nghị tổng kết' (03/04/2023) nằm ngoài thời gian của kế hoạch "
        "(từ 01/01/2023 đến 31/03/2023)."
    )


def test_event_on_the_periods_first_and_last_days_passes(lint: Lint) -> None:
    assert lint(_event("2023-01-01"), "RQ205") == []
    assert lint(_event("2023-03-31"), "RQ205") == []


def test_plan_without_period_is_not_checked(lint: Lint) -> None:
    assert lint(_duty(DOC_WRONG, period=""), "RQ205") == []


def test_span_starting_before_the_period_points_at_its_start(lint: Lint) -> None:
    span = """\
    deadline:
      kind: đến hết
      start: 2022-12-15
      date: 2023-03-31
    """
    assert lint(_duty(span), "RQ205") == [("RQ205", 24)]
