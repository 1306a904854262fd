"""RQ107: a duty with a deadline must print it through ``{deadline}`` in its text."""

from __future__ import annotations

from raquan.check.rules import rq107_deadline_not_printed
from support.checks import Diagnose, Lint, assert_documented
from support.plans import duty_section

DOC_WRONG = """\
- id: kiem-tra
  text: Kiểm tra công tác chuẩn bị các điều kiện cần thiết phục vụ buổi Lễ.
  deadline:
    kind: chậm nhất
    date: 2023-01-30
"""
DOC_RIGHT = """\
- id: kiem-tra
  text: Kiểm tra công tác chuẩn bị phục vụ buổi Lễ, hoàn thành {deadline}.
  deadline:
    kind: chậm nhất
    date: 2023-01-30
"""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq107_deadline_not_printed, DOC_WRONG, DOC_RIGHT)


def test_deadline_missing_from_the_text_is_flagged_at_the_text(lint: Lint) -> None:
    assert lint(duty_section(DOC_WRONG), "RQ107") == [("RQ107", 18)]


def test_deadline_printed_in_the_text_passes(lint: Lint) -> None:
    assert lint(duty_section(DOC_RIGHT), "RQ107") == []


def test_message_names_the_duty_and_hint_shows_the_placeholder(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(duty_section(DOC_WRONG), "RQ107")
    assert diagnostic.message == (
        "Nhiệm vụ 'kiem-tra' có thời hạn nhưng nội dung không có chỗ điền {deadline}."
    )
    assert diagnostic.hint == (
        "Thêm {deadline} vào chỗ văn bản nêu thời hạn, ví dụ: hoàn thành {deadline}."
    )
    assert diagnostic.position.column == 19


def test_deadline_typed_by_hand_or_escaped_is_still_flagged(lint: Lint) -> None:
    duties = """\
    - id: bao-cao
      text: Báo cáo kết quả trước ngày 15/01/2023.
      deadline:
        date: 2023-01-15
    - id: huong-dan
      text: Hướng dẫn cách viết {{deadline}}.
      deadline:
        date: 2023-01-20
    """
    assert lint(duty_section(duties), "RQ107") == [("RQ107", 18), ("RQ107", 22)]


def test_duty_without_deadline_passes(lint: Lint) -> None:
    duties = """\
    - id: dua-tin
      text: Kịp thời đưa tin các hoạt động Lễ ra quân.
    """
    assert lint(duty_section(duties), "RQ107") == []


def test_sub_items_are_checked_on_their_own(lint: Lint) -> None:
    duties = """\
    - id: bao-cao
      text: Tổng hợp, báo cáo kết quả, cụ thể
      items:
        - id: bao-cao-nhanh
          text: Báo cáo nhanh {deadline}.
          deadline:
            date: 2023-02-01
        - id: bao-cao-tong-hop
          text: Báo cáo tổng hợp kết quả thực hiện.
          deadline:
            date: 2023-04-01
    """
    assert lint(duty_section(duties), "RQ107") == [("RQ107", 25)]


def test_a_row_of_an_assignment_table_prints_its_deadline_in_its_column(lint: Lint) -> None:
    table = """\
sections:
  - title: NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN
    table:
      columns: [{field: nội dung}, {field: chủ trì}, {field: thời hạn}]
    assignments:
      - to: Phòng Kinh tế
        heading: Phòng Kinh tế
        duties:
          - id: kiem-tra
            text: Kiểm tra công tác chuẩn bị
            deadline: {kind: chậm nhất, date: 2023-01-30}
"""
    assert lint(table, "RQ107") == []
    without_column = table.replace(", {field: thời hạn}", "")
    assert lint(without_column, "RQ107") == [("RQ107", 20)]
