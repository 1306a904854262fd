"""RQ403: every table promised "kèm theo" must be attached, and every attachment mentioned."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq403_attachment_mismatch
from raquan.diagnostics import Position
from support.checks import Diagnose, Lint, assert_documented

DOC_WRONG = """\
text: |
  (Có Bảng tổng hợp kinh phí kèm theo)
"""
DOC_RIGHT = """\
text: |
  *{attachment:bang-dang-ky}*
"""

REGISTRATION = """\
attachments:
  - id: bang-dang-ky
    title: Bảng đăng ký nội dung, hoạt động ra quân đầu xuân Quý Mão
    kind: đăng ký ra quân
"""


def _section(text_block: str) -> str:
    """A section whose ``text: |`` is line 13, its first line of text line 14."""
    return "sections:\n  - title: NỘI DUNG THỰC HIỆN\n" + textwrap.indent(text_block, "    ")


def _text(*lines: str) -> str:
    return "text: |\n" + "".join(f"  {line}\n" for line in lines)


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq403_attachment_mismatch, DOC_WRONG, DOC_RIGHT)


def test_promised_table_that_is_not_attached_is_flagged(lint: Lint) -> None:
    assert lint(_section(DOC_WRONG), "RQ403") == [("RQ403", 14)]


def test_attachment_mentioned_by_its_placeholder_passes(lint: Lint) -> None:
    assert lint(_section(DOC_RIGHT) + REGISTRATION, "RQ403") == []


def test_missing_table_message_quotes_the_promise(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(_section(DOC_WRONG), "RQ403")
    assert diagnostic.message == (
        "Văn bản nói có 'Bảng tổng hợp kinh phí' kèm theo, nhưng kế hoạch không có phụ lục này."
    )
    assert diagnostic.hint == "Thêm phụ lục vào 'attachments', hoặc sửa câu nhắc."
    assert diagnostic.position == Position(14, 11, 33)


def test_other_kinds_of_promised_tables_are_found(lint: Lint) -> None:
    snippet = _section(
        _text(
            "- Đăng ký theo mẫu (Có Phụ lục I kèm theo).",
            "- Gửi Danh sách đại biểu kèm theo.",
            "- Tổng hợp theo Biểu số 01 kèm theo.",
        )
    )
    assert lint(snippet, "RQ403") == [("RQ403", 14), ("RQ403", 15), ("RQ403", 16)]


def test_attachment_never_mentioned_is_flagged_at_the_attachment(
    diagnose: Diagnose, lint: Lint
) -> None:
    snippet = _section(_text("Nội dung ra quân.")) + REGISTRATION
    assert lint(snippet, "RQ403") == [("RQ403", 16)]
    [diagnostic] = diagnose(snippet, "RQ403")
    assert diagnostic.message == (
        "Phụ lục 'Bảng đăng ký nội dung, hoạt động ra quân đầu xuân Quý Mão' không được nhắc "
        "trong văn bản."
    )
    assert diagnostic.hint == "Thêm câu nhắc: *{attachment:bang-dang-ky}*."


def test_attachment_promised_by_its_title_counts_as_mentioned(lint: Lint) -> None:
    full = _text("(Có Bảng đăng ký nội dung, hoạt động ra quân đầu xuân Quý Mão kèm theo)")
    shortened = _text("(Có bảng đăng ký nội dung, hoạt động ra quân kèm theo)")
    assert lint(_section(full) + REGISTRATION, "RQ403") == []
    assert lint(_section(shortened) + REGISTRATION, "RQ403") == []


def test_mentions_anywhere_in_the_text_count(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: phan-cong
                text: Phân công phụ trách địa bàn.
            note: "*{attachment:bang-phan-cong}*"
    closing: Các đơn vị đăng ký theo {attachment:bang-dang-ky}.
    attachments:
      - id: bang-dang-ky
        title: Bảng đăng ký nội dung ra quân
        kind: đăng ký ra quân
      - id: bang-phan-cong
        title: Bảng phân công phụ trách địa bàn
        kind: phân công phụ trách địa bàn
      - id: bang-kinh-phi
        title: Bảng tổng hợp kinh phí
        kind: đăng ký ra quân
    """
    assert lint(snippet, "RQ403") == [("RQ403", 28)]


def test_delegates_and_speeches_sent_along_are_not_attachments(lint: Lint) -> None:
    # "đại biểu" (delegates) and "phát biểu" (speech) end in "biểu", but neither is a "Biểu"
    # (form) that the plan promises to attach.
    snippet = _section(
        _text(
            "- Phát hành Giấy mời đại biểu kèm theo Chương trình Lễ.",
            "- Gửi bài phát biểu kèm theo báo cáo nhanh.",
        )
    )
    assert lint(snippet, "RQ403") == []


def test_each_repeated_missing_table_is_shown_where_it_is(lint: Lint) -> None:
    snippet = _section(
        _text(
            "1. Kinh phí năm 2023 (Có Bảng tổng hợp kinh phí kèm theo).",
            "2. Kinh phí năm 2024 (Có Bảng tổng hợp kinh phí kèm theo).",
        )
    )
    assert lint(snippet, "RQ403") == [("RQ403", 14), ("RQ403", 15)]
