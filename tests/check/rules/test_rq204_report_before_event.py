"""RQ204: a report on an event must be due after the event starts."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq204_report_before_event
from support.checks import Diagnose, Lint, assert_documented

DOC_WRONG = """\
reports_on: le-ra-quan
deadline:
  kind: trước
  date: 2023-01-31
  time: "08:00"
"""
DOC_RIGHT = """\
reports_on: le-ra-quan
deadline:
  kind: trước
  date: 2023-01-31
  time: "09:00"
"""


def _plan(duty_keys: str, event_time: str | None = '"08:30"') -> str:
    """A report duty (its extra keys from line 19, so a deadline date on line 22) and the
    launch ceremony on 31/01/2023 at 08:30."""
    time = f"    time: {event_time}\n" if event_time else ""
    return (
        "sections:\n"
        "  - title: TỔ CHỨC THỰC HIỆN\n"
        "    assignments:\n"
        "      - to: UBND các xã, phường\n"
        "        heading: UBND các xã, phường\n"
        "        duties:\n"
        "          - id: bao-cao-nhanh\n"
        "            text: Báo cáo nhanh kết quả tổ chức Lễ ra quân {deadline}.\n"
        + textwrap.indent(textwrap.dedent(duty_keys), "            ")
        + "events:\n"
        "  - id: le-ra-quan\n"
        "    title: Lễ ra quân tại các xã, phường\n"
        "    date: 2023-01-31\n" + time + "    place: Các xã, phường\n"
        "    host: UBND các xã, phường\n"
    )


def _reports(deadline: str) -> str:
    return f"reports_on: le-ra-quan\ndeadline: {deadline}\n"


def test_docstring_examples_are_the_ones_tested() -> None:
    doc = assert_documented(rq204_report_before_event, DOC_WRONG, DOC_RIGHT)
    assert "Lễ ra quân lúc 08h30' ngày 31/01/2023" in doc


def test_report_due_before_the_event_starts_is_flagged(lint: Lint) -> None:
    assert lint(_plan(DOC_WRONG), "RQ204") == [("RQ204", 22)]


def test_report_due_after_the_event_starts_passes(lint: Lint) -> None:
    assert lint(_plan(DOC_RIGHT), "RQ204") == []


def test_message_names_the_duty_the_event_and_the_deadline(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(_plan(DOC_WRONG), "RQ204")
    assert diagnostic.message == (
        "Nhiệm vụ 'bao-cao-nhanh' báo cáo về 'Lễ ra quân tại các xã, phường' (lúc 08h30' "
        "(thứ Ba), ngày 31 tháng 01 năm 2023 (nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)) nhưng "
        "có hạn 'trước 08h00' ngày 31/01/2023', trước khi sự kiện bắt đầu."
    )
    assert diagnostic.hint == "Đặt thời hạn sau lúc sự kiện bắt đầu."
    assert (diagnostic.position.line, diagnostic.position.column) == (22, 21)


def test_report_due_exactly_when_the_event_starts_is_flagged(lint: Lint) -> None:
    at_start = _reports('{kind: trước, date: 2023-01-31, time: "08:30"}')
    also_at_start = _reports('{kind: vào lúc, date: 2023-01-31, time: "08:30"}')
    assert lint(_plan(at_start), "RQ204") == [("RQ204", 20)]
    assert lint(_plan(also_at_start), "RQ204") == [("RQ204", 20)]


def test_report_due_later_that_day_or_afterwards_passes(lint: Lint) -> None:
    # "chậm nhất 08h30'" allows 08:30 itself, so it ends a minute after the start.
    same_time = _reports('{kind: chậm nhất, date: 2023-01-31, time: "08:30"}')
    end_of_day = _reports("{kind: chậm nhất, date: 2023-01-31}")
    next_day = _reports("{kind: trước, date: 2023-02-01}")
    assert lint(_plan(same_time), "RQ204") == []
    assert lint(_plan(end_of_day), "RQ204") == []
    assert lint(_plan(next_day), "RQ204") == []


def test_report_due_days_before_the_event_is_flagged(lint: Lint) -> None:
    assert lint(_plan(_reports("{kind: chậm nhất, date: 2023-01-20}")), "RQ204") == [("RQ204", 20)]


def test_event_without_time_starts_at_the_beginning_of_its_day(lint: Lint) -> None:
    before = _reports("{kind: trước, date: 2023-01-31}")
    same_day = _reports("{kind: chậm nhất, date: 2023-01-31}")
    assert lint(_plan(before, event_time=None), "RQ204") == [("RQ204", 20)]
    assert lint(_plan(same_day, event_time=None), "RQ204") == []


def test_duties_that_report_on_nothing_or_have_no_deadline_pass(lint: Lint) -> None:
    not_reporting = "deadline: {kind: chậm nhất, date: 2023-01-20}\n"
    no_deadline = "reports_on: le-ra-quan\n"
    unknown_event = "reports_on: le-ra-quan-xa\ndeadline: {kind: chậm nhất, date: 2023-01-20}\n"
    assert lint(_plan(not_reporting), "RQ204") == []
    assert lint(_plan(no_deadline), "RQ204") == []
    assert lint(_plan(unknown_event), "RQ204") == []  # RQ105's business
