"""RQ203: a duty that prepares an event must be due before the event starts."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq203_preparation_after_event
from support.checks import Diagnose, Lint, assert_documented

DOC_WRONG = """\
prepares: le-ra-quan
deadline:
  kind: chậm nhất
  date: 2023-01-31
"""
DOC_RIGHT = """\
prepares: le-ra-quan
deadline:
  kind: chậm nhất
  date: 2023-01-30
"""


def _plan(duty_keys: str, event_time: str | None = '"08:30"') -> str:
    """A preparation duty (its extra keys from line 19, so a deadline date on line 22) and the
    launch ceremony on 31/01/2023 at 08:30."""
    time = f"    time: {event_time}\n" if event_time else ""
    return (
        "sections:\n"
        "  - title: TỔ CHỨC THỰC HIỆN\n"
        "    assignments:\n"
        "      - to: Phòng Kinh tế\n"
        "        heading: Phòng Kinh tế\n"
        "        duties:\n"
        "          - id: kiem-tra\n"
        "            text: Kiểm tra công tác chuẩn bị, hoàn thành {deadline}.\n"
        + textwrap.indent(textwrap.dedent(duty_keys), "            ")
        + "events:\n"
        "  - id: le-ra-quan\n"
        "    title: Lễ ra quân điểm của thành phố\n"
        "    date: 2023-01-31\n" + time + "    place: Thôn 8, xã Đoàn Kết\n"
        "    host: xã Đoàn Kết\n"
    )


def _prepares(deadline: str) -> str:
    return f"prepares: le-ra-quan\ndeadline: {deadline}\n"


def test_docstring_examples_are_the_ones_tested() -> None:
    doc = assert_documented(rq203_preparation_after_event, DOC_WRONG, DOC_RIGHT)
    assert "Lễ ra quân lúc 08h30' ngày 31/01/2023" in doc


def test_preparation_due_by_the_end_of_the_event_day_is_flagged(lint: Lint) -> None:
    assert lint(_plan(DOC_WRONG), "RQ203") == [("RQ203", 22)]


def test_preparation_due_the_day_before_passes(lint: Lint) -> None:
    assert lint(_plan(DOC_RIGHT), "RQ203") == []


def test_message_names_the_duty_the_event_and_its_time(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(_plan(DOC_WRONG), "RQ203")
    assert diagnostic.message == (
        "Nhiệm vụ 'kiem-tra' chuẩn bị cho 'Lễ ra quân điểm của thành phố' (lúc 08h30' (thứ Ba), "
        "ngày 31 tháng 01 năm 2023 (nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)) nhưng có hạn "
        "'chậm nhất ngày 31/01/2023', muộn hơn lúc sự kiện bắt đầu."
    )
    assert diagnostic.hint == "Đặt thời hạn trước khi sự kiện bắt đầu."
    assert (diagnostic.position.line, diagnostic.position.column) == (22, 21)


def test_deadline_up_to_the_start_time_passes(lint: Lint) -> None:
    before = _prepares('{kind: trước, date: 2023-01-31, time: "08:30"}')
    at = _prepares('{kind: vào lúc, date: 2023-01-31, time: "08:00"}')
    assert lint(_plan(before), "RQ203") == []
    assert lint(_plan(at), "RQ203") == []


def test_deadline_past_the_start_time_is_flagged(lint: Lint) -> None:
    # "chậm nhất 08h30'" still allows 08:30 itself, when the ceremony has begun.
    at_start = _prepares('{kind: chậm nhất, date: 2023-01-31, time: "08:30"}')
    after = _prepares('{kind: vào lúc, date: 2023-01-31, time: "09:00"}')
    next_day = _prepares("{kind: trước, date: 2023-02-01}")
    assert lint(_plan(at_start), "RQ203") == [("RQ203", 20)]
    assert lint(_plan(after), "RQ203") == [("RQ203", 20)]
    assert lint(_plan(next_day), "RQ203") == [("RQ203", 20)]


def test_event_without_time_starts_at_the_beginning_of_its_day(lint: Lint) -> None:
    before = _prepares("{kind: trước, date: 2023-01-31}")
    same_day = _prepares("{kind: chậm nhất, date: 2023-01-31}")
    assert lint(_plan(before, event_time=None), "RQ203") == []
    assert lint(_plan(same_day, event_time=None), "RQ203") == [("RQ203", 20)]


def test_duties_that_prepare_nothing_or_have_no_deadline_pass(lint: Lint) -> None:
    not_preparing = "deadline: {kind: chậm nhất, date: 2023-02-15}\n"
    no_deadline = "prepares: le-ra-quan\n"
    unknown_event = "prepares: le-ra-quan-tp\ndeadline: {kind: chậm nhất, date: 2023-02-15}\n"
    assert lint(_plan(not_preparing), "RQ203") == []
    assert lint(_plan(no_deadline), "RQ203") == []
    assert lint(_plan(unknown_event), "RQ203") == []  # RQ105's business
