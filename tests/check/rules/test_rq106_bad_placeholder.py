"""RQ106: placeholders must exist, point at real things and have data; footnotes must match."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq106_bad_placeholder
from raquan.diagnostics import Position
from support.checks import Diagnose, Lint, assert_documented
from support.plans import duty_section

NAMES = "{deadline}, {when}, {place}, {content}, {theme}, {legal_bases}, {attachment}"

DOC_WRONG = """\
- id: dua-tin
  text: Đưa tin các hoạt động, hoàn thành {deadline}.
"""
DOC_RIGHT = """\
- id: dua-tin
  text: Đưa tin các hoạt động, hoàn thành {deadline}.
  deadline:
    date: 2023-01-31
"""

EVENT = """\
events:
  - id: le-ra-quan-thanh-pho
    title: Lễ ra quân điểm của thành phố
    date: 2023-01-31
    time: "08:30"
    place: Thôn 8, xã Đoàn Kết
    host: xã Đoàn Kết
"""
"""An event without ``content``, as lines 11-17."""


def _text(text: str) -> str:
    """A section whose one-line text, single-quoted, is on line 13."""
    return f"sections:\n  - title: NỘI DUNG\n    text: '{text}'\n"


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq106_bad_placeholder, DOC_WRONG, DOC_RIGHT)


def test_deadline_in_a_duty_without_deadline_is_flagged(lint: Lint) -> None:
    assert lint(duty_section(DOC_WRONG), "RQ106") == [("RQ106", 18)]


def test_deadline_in_a_duty_with_a_deadline_passes(lint: Lint) -> None:
    assert lint(duty_section(DOC_RIGHT), "RQ106") == []


def test_deadline_message_points_at_the_placeholder(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(duty_section(DOC_WRONG), "RQ106")
    assert diagnostic.message == "Nhiệm vụ 'dua-tin' không có thời hạn để điền vào {deadline}."
    assert diagnostic.hint == "Thêm 'deadline' cho nhiệm vụ, hoặc bỏ {deadline} khỏi nội dung."
    assert diagnostic.position == Position(18, 53, 63)


def test_deadline_in_a_sub_item_needs_the_sub_items_own_deadline(lint: Lint) -> None:
    duties = """\
    - id: bao-cao
      text: Báo cáo kết quả {deadline}, cụ thể
      deadline:
        date: 2023-03-31
      items:
        - id: bao-cao-nhanh
          text: Báo cáo nhanh {deadline}.
    """
    assert lint(duty_section(duties), "RQ106") == [("RQ106", 23)]


def test_deadline_outside_a_duty_is_flagged(lint: Lint) -> None:
    assert lint(_text("Hoàn thành {deadline}."), "RQ106") == [("RQ106", 13)]


def test_unknown_placeholder_name_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    assert lint(_text("Hoàn thành {dealine}."), "RQ106") == [("RQ106", 13)]
    [diagnostic] = diagnose(_text("Hoàn thành {dealine}."), "RQ106")
    assert diagnostic.message == "Không có chỗ điền tên 'dealine'."
    assert diagnostic.hint == f"Các chỗ điền có: {NAMES}."
    assert diagnostic.position.column == 23


def test_unknown_event_id_is_flagged(lint: Lint) -> None:
    text = "Lễ ra quân vào lúc {when:le-ra-quan-tp} tại {place:le-ra-quan-thanh-pho}."
    assert lint(_text(text) + EVENT, "RQ106") == [("RQ106", 13)]


def test_known_event_ids_pass(lint: Lint) -> None:
    text = "Lễ ra quân vào lúc {when:le-ra-quan-thanh-pho} tại {place:le-ra-quan-thanh-pho}."
    assert lint(_text(text) + EVENT, "RQ106") == []


def test_unknown_event_message_names_the_id(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(_text("Địa điểm: {place:le-ra-quan}.") + EVENT, "RQ106")
    assert diagnostic.message == "Không có sự kiện nào mã 'le-ra-quan'."


def test_content_of_an_event_without_content_is_flagged(lint: Lint) -> None:
    text = "Nội dung: {content:le-ra-quan-thanh-pho}."
    assert lint(_text(text) + EVENT, "RQ106") == [("RQ106", 13)]
    with_content = EVENT + "    content: Bê tông hóa đường đi khu sản xuất thôn 8\n"
    assert lint(_text(text) + with_content, "RQ106") == []


def test_missing_and_unexpected_arguments_are_flagged(diagnose: Diagnose) -> None:
    snippet = """\
    sections:
      - title: NỘI DUNG
        text: |
          Thời gian: {when}.
          Chủ đề: {theme:ra-quan}.
    theme: Ra quân xây dựng nông thôn mới
    """
    assert [(d.position.line, d.message) for d in diagnose(snippet, "RQ106")] == [
        (
            14,
            "Chỗ điền 'when' cần một mã: giờ, thứ, ngày và ngày âm lịch của một sự kiện: "
            "{when:mã-sự-kiện}.",
        ),
        (15, "Chỗ điền 'theme' không nhận mã ('ra-quan')."),
    ]


def test_theme_and_legal_bases_need_their_data(lint: Lint) -> None:
    text = "Thực hiện {legal_bases}, với chủ đề {theme}."
    assert lint(_text(text), "RQ106") == [("RQ106", 13), ("RQ106", 13)]
    data = """\
    theme: Ra quân xây dựng nông thôn mới
    legal_bases:
      - id: kh-36
        type: Kế hoạch
        number: 36/KH-UBND
        date: 2023-01-06
        issuer: Ủy ban nhân dân tỉnh Kon Tum
        summary: triển khai các hoạt động Lễ ra quân đầu năm 2023
    """
    assert lint(_text(text) + textwrap.dedent(data), "RQ106") == []


def test_unknown_attachment_is_flagged(lint: Lint) -> None:
    attachments = """\
    attachments:
      - id: bang-dang-ky
        title: Bảng đăng ký nội dung ra quân
        kind: đăng ký ra quân
    """
    assert lint(_text("*{attachment:bang-dk}*") + textwrap.dedent(attachments), "RQ106") == [
        ("RQ106", 13)
    ]
    assert lint(_text("*{attachment:bang-dang-ky}*") + textwrap.dedent(attachments), "RQ106") == []


def test_escaped_braces_are_not_placeholders(lint: Lint) -> None:
    assert lint(_text("Viết {{deadline}} để in thời hạn."), "RQ106") == []


def test_footnote_mark_without_footnote_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    snippet = """
    preamble: Xét nội dung tham mưu của Phòng Kinh tế thành phố[^1] và Văn phòng[^2].
    footnotes:
      "1": Tại Báo cáo 918/BC-PKT ngày 28/12/2022.
    """
    assert lint(snippet, "RQ106") == [("RQ106", 11)]
    [diagnostic] = diagnose(snippet, "RQ106")
    assert diagnostic.message == "Chú thích [^2] không có nội dung trong 'footnotes'."
    assert diagnostic.position.column == 77


def test_unused_footnote_is_flagged_at_its_label(diagnose: Diagnose, lint: Lint) -> None:
    snippet = """
    preamble: Xét nội dung tham mưu của Phòng Kinh tế thành phố[^1].
    footnotes:
      "1": Tại Báo cáo 918/BC-PKT ngày 28/12/2022.
      "2": Tại Tờ trình 12/TTr-PKT ngày 05/01/2023.
    """
    assert lint(snippet, "RQ106") == [("RQ106", 14)]
    [diagnostic] = diagnose(snippet, "RQ106")
    assert diagnostic.message == "Chú thích '2' không được dùng ở đâu trong văn bản."
    assert diagnostic.hint == "Thêm [^2] vào chỗ cần chú thích, hoặc xoá chú thích này."
    assert diagnostic.position.column == 3


def test_footnotes_used_anywhere_in_the_text_pass(lint: Lint) -> None:
    snippet = """
    preamble: Xét nội dung tham mưu của Phòng Kinh tế thành phố[^1].
    footnotes:
      "1": Tại Báo cáo 918/BC-PKT ngày 28/12/2022.
      ghi-chu: Theo danh sách đăng ký.
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: tong-hop
                text: Tổng hợp danh sách[^ghi-chu].
    """
    assert lint(snippet, "RQ106") == []


def test_each_repeated_bad_placeholder_is_shown_where_it_is(lint: Lint) -> None:
    # The same wrong placeholder on two lines of one text: each finding points at its own
    # line, as RQ206 and RQ301 do for repeated dates and numbers.
    snippet = """
    sections:
      - title: NỘI DUNG
        text: |
          Thời gian: {thoi_gian}.
          Hoàn thành: {thoi_gian}.
    """
    assert lint(snippet, "RQ106") == [("RQ106", 14), ("RQ106", 15)]


def test_each_repeated_missing_footnote_is_shown_where_it_is(lint: Lint) -> None:
    snippet = """
    sections:
      - title: NỘI DUNG
        text: |
          Phòng Kinh tế[^3] tham mưu.
          Văn phòng[^3] phối hợp.
    """
    assert lint(snippet, "RQ106") == [("RQ106", 14), ("RQ106", 15)]
