"""RQ201: no deadline may end, and no event take place, before the plan is issued."""

from __future__ import annotations

from raquan.check.rules import rq201_deadline_before_issue
from support.checks import Diagnose, Lint, assert_documented
from support.plans import DRAFT_HEAD, PLAN_HEAD

DUTY = """\
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: UBND các xã, phường
        heading: UBND các xã, phường
        duties:
          - id: ke-hoach
            text: Xây dựng kế hoạch, hoàn thành {{deadline}}.
            deadline:
              kind: {kind}
              date: {date}
"""
"""A duty whose deadline date is on line 21 (the plan is issued on 10/01/2023)."""

EVENT = """\
events:
  - id: le-ra-quan
    title: Lễ ra quân
    date: {date}
    time: "08:30"
    place: Thôn 8, xã Đoàn Kết
    host: xã Đoàn Kết
"""
"""An event whose date is on line 14."""


def test_docstring_examples_are_the_ones_tested() -> None:
    doc = assert_documented(
        rq201_deadline_before_issue,
        "deadline:\n  kind: trước\n  date: 2023-01-09\n",
        "deadline:\n  kind: trước\n  date: 2023-01-15\n",
    )
    assert "ban hành ngày 10/01/2023" in doc
    assert "  date: 2023-01-10\n" in PLAN_HEAD


def test_deadline_before_the_issue_date_is_flagged(lint: Lint) -> None:
    assert lint(DUTY.format(kind="trước", date="2023-01-09"), "RQ201") == [("RQ201", 21)]


def test_deadline_after_the_issue_date_passes(lint: Lint) -> None:
    assert lint(DUTY.format(kind="trước", date="2023-01-15"), "RQ201") == []


def test_message_quotes_the_deadline_and_the_issue_date(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(DUTY.format(kind="trước", date="2023-01-09"), "RQ201")
    assert diagnostic.message == (
        "Thời hạn 'trước ngày 09/01/2023' sớm hơn ngày ban hành 10/01/2023."
    )
    assert diagnostic.hint == "Kiểm tra lại năm, tháng của thời hạn."
    assert (diagnostic.position.line, diagnostic.position.column) == (21, 21)


def test_before_the_issue_day_itself_is_flagged_but_by_its_end_passes(lint: Lint) -> None:
    # "trước ngày 10/01/2023" ends when the plan is issued; "chậm nhất" gives the whole day.
    assert lint(DUTY.format(kind="trước", date="2023-01-10"), "RQ201") == [("RQ201", 21)]
    assert lint(DUTY.format(kind="chậm nhất", date="2023-01-10"), "RQ201") == []
    assert lint(DUTY.format(kind="chậm nhất", date="2023-01-09"), "RQ201") == [("RQ201", 21)]


def test_typo_in_the_year_is_caught(lint: Lint) -> None:
    assert lint(DUTY.format(kind="trước", date="2022-01-15"), "RQ201") == [("RQ201", 21)]


def test_event_before_the_issue_date_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    assert lint(EVENT.format(date="2023-01-09"), "RQ201") == [("RQ201", 14)]
    [diagnostic] = diagnose(EVENT.format(date="2023-01-09"), "RQ201")
    assert diagnostic.message == (
        "Sự kiện 'Lễ ra quân' (09/01/2023) diễn ra trước ngày ban hành 10/01/2023."
    )


def test_event_on_or_after_the_issue_date_passes(lint: Lint) -> None:
    assert lint(EVENT.format(date="2023-01-10"), "RQ201") == []
    assert lint(EVENT.format(date="2023-01-31"), "RQ201") == []


def test_draft_is_compared_with_the_first_day_of_its_month(diagnose: Diagnose, lint: Lint) -> None:
    # Issued "2023-01": a deadline on 02/01/2023 may be fine, one in December 2022 is not.
    assert lint(DUTY.format(kind="trước", date="2023-01-02"), "RQ201", head=DRAFT_HEAD) == []
    late_2022 = DUTY.format(kind="chậm nhất", date="2022-12-31")
    assert lint(late_2022, "RQ201", head=DRAFT_HEAD) == [("RQ201", 21)]
    [diagnostic] = diagnose(late_2022, "RQ201", head=DRAFT_HEAD)
    assert diagnostic.message == (
        "Thời hạn 'chậm nhất ngày 31/12/2022' sớm hơn ngày đầu tháng 1/2023 "
        "(dự thảo chưa ghi ngày)."
    )


def test_draft_event_in_the_previous_month_is_flagged(lint: Lint) -> None:
    assert lint(EVENT.format(date="2022-12-30"), "RQ201", head=DRAFT_HEAD) == [("RQ201", 14)]
    assert lint(EVENT.format(date="2023-01-01"), "RQ201", head=DRAFT_HEAD) == []


def test_every_duty_and_event_is_checked(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: bao-cao
                text: Báo cáo, cụ thể
                items:
                  - id: bao-cao-nhanh
                    text: Báo cáo nhanh {deadline}.
                    deadline:
                      date: 2023-01-05
                  - id: bao-cao-tong-hop
                    text: Báo cáo tổng hợp {deadline}.
                    deadline:
                      date: 2023-04-01
    events:
      - id: hop-trien-khai
        title: Họp triển khai
        date: 2023-01-06
        place: Hội trường UBND thành phố
        host: UBND thành phố
    """
    assert lint(snippet, "RQ201") == [("RQ201", 23), ("RQ201", 31)]
