"""RQ401: every unit given a duty or hosting an event must receive the plan ("Nơi nhận")."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq401_recipient_coverage
from support.checks import Diagnose, Lint, assert_documented

DOC_WRONG = """\
recipients:
  - unit: UBND các xã, phường
"""
DOC_RIGHT = """\
recipients:
  - unit: UBND các xã, phường
  - unit: Phòng Kinh tế thành phố
"""

ASSIGNED = """\
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: UBND các xã, phường
        heading: UBND các xã, phường
        duties:
          - id: ke-hoach
            text: Xây dựng kế hoạch chi tiết.
      - to: Phòng Kinh tế
        heading: Phòng Kinh tế
        duties:
          - id: huong-dan
            partners: [xã Đoàn Kết]
            text: Hướng dẫn UBND xã Đoàn Kết.
"""
"""Communes (line 14) and the economic department (line 19), with a commune as partner."""

HINT = "Thêm đơn vị (hoặc một nhóm chứa nó) vào 'recipients'."


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq401_recipient_coverage, DOC_WRONG, DOC_RIGHT)


def test_unit_given_a_duty_but_not_a_recipient_is_flagged(lint: Lint) -> None:
    assert lint(ASSIGNED + DOC_WRONG, "RQ401") == [("RQ401", 19)]


def test_unit_listed_as_a_recipient_passes(lint: Lint) -> None:
    assert lint(ASSIGNED + DOC_RIGHT, "RQ401") == []


def test_message_names_the_missing_unit(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(ASSIGNED + DOC_WRONG, "RQ401")
    assert diagnostic.message == (
        "'Phòng Kinh tế' được giao việc nhưng không nhận được kế hoạch: Phòng Kinh tế thành phố "
        "không có trong Nơi nhận."
    )
    assert diagnostic.hint == HINT
    assert (diagnostic.position.line, diagnostic.position.column) == (19, 13)


def test_unit_covered_through_a_group_passes(lint: Lint) -> None:
    # xã Đoàn Kết is a partner; "UBND các xã, phường" (every commune and ward) receives it.
    snippet = ASSIGNED + DOC_RIGHT
    assert "partners: [xã Đoàn Kết]" in snippet
    assert lint(snippet, "RQ401") == []


def test_group_partly_covered_is_flagged_with_the_missing_members(
    diagnose: Diagnose, lint: Lint
) -> None:
    recipients = """\
    recipients:
      - unit: xã Đoàn Kết
      - unit: Phòng Kinh tế thành phố
    """
    snippet = ASSIGNED + textwrap.dedent(recipients)
    assert lint(snippet, "RQ401") == [("RQ401", 14)]
    [diagnostic] = diagnose(snippet, "RQ401")
    assert diagnostic.message == (
        "'UBND các xã, phường' được giao việc nhưng không nhận được kế hoạch: UBND xã Hòa Bình, "
        "UBND phường Quyết Thắng không có trong Nơi nhận."
    )


def test_group_covered_unit_by_unit_passes(lint: Lint) -> None:
    recipients = """\
    recipients:
      - unit: xã Đoàn Kết
      - unit: xã Hòa Bình
      - unit: phường Quyết Thắng
      - unit: phong-kinh-te
    """
    assert lint(ASSIGNED + textwrap.dedent(recipients), "RQ401") == []


def test_free_text_recipient_covers_the_units_it_names(lint: Lint) -> None:
    recipients = """\
    recipients:
      - unit: UBND các xã, phường
      - text: Lãnh đạo và chuyên viên Phòng Kinh tế
        covers: [Phòng Kinh tế thành phố]
    """
    assert lint(ASSIGNED + textwrap.dedent(recipients), "RQ401") == []
    text_only = """\
    recipients:
      - unit: UBND các xã, phường
      - Phòng Kinh tế thành phố
    """
    # A line without 'unit' or 'covers' is printed text only: it covers no one.
    assert lint(ASSIGNED + textwrap.dedent(text_only), "RQ401") == [("RQ401", 19)]


def test_partners_duty_units_and_event_hosts_are_checked(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: bai-phat-bieu
                partners: [Văn phòng HĐND và UBND thành phố]
                text: Tham mưu Bài phát biểu.
              - id: kiem-tra
                to: xã Hòa Bình
                text: Kiểm tra công tác chuẩn bị.
    events:
      - id: le-ra-quan
        title: Lễ ra quân điểm
        date: 2023-01-31
        place: Thôn 8, xã Đoàn Kết
        host: xã Đoàn Kết
        attendees: [Văn phòng UBND tỉnh]
    recipients:
      - unit: Phòng Kinh tế thành phố
    """
    # Attendees are invited, not given work: Văn phòng UBND tỉnh need not be a recipient.
    assert lint(snippet, "RQ401") == [("RQ401", 18), ("RQ401", 21), ("RQ401", 28)]


def test_issuer_need_not_be_a_recipient(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: UBND thành phố
            heading: UBND thành phố
            duties:
              - id: chi-dao
                text: Chỉ đạo chung.
    """
    assert lint(snippet, "RQ401") == []


def test_unit_missing_in_several_places_is_reported_once(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: huong-dan
                text: Hướng dẫn các xã.
              - id: bao-cao
                to: Phòng Kinh tế thành phố
                text: Báo cáo UBND thành phố.
    """
    assert lint(snippet, "RQ401") == [("RQ401", 14)]


def test_a_unit_missing_through_a_group_is_not_reported_again_by_name(lint: Lint) -> None:
    only_kinh_te = """\
recipients:
  - unit: Phòng Kinh tế thành phố
"""
    # The communes (line 14) are all missing; xã Đoàn Kết, named again as a partner on
    # line 23, was already reported with them.
    assert lint(ASSIGNED + only_kinh_te, "RQ401") == [("RQ401", 14)]
