"""RQ206: dates typed in the text must exist, match their weekday, lunar date and deadline."""

from __future__ import annotations

from raquan.check.rules import rq206_text_date
from raquan.diagnostics import Position
from support.checks import Diagnose, Lint, assert_documented

DOC_WRONG = "text: Tổ chức Lễ ra quân vào thứ Hai, ngày 31/01/2023."
DOC_RIGHT = "text: Tổ chức Lễ ra quân vào thứ Ba, ngày 31/01/2023."


def _section(text_line: str) -> str:
    """A section whose text line (``text: ...``) is line 13."""
    return f"sections:\n  - title: THỜI GIAN, ĐỊA ĐIỂM\n    {text_line}\n"


def _duty(text: str, deadline: str) -> str:
    """A duty whose text is on line 18."""
    return (
        "sections:\n"
        "  - title: TỔ CHỨC THỰC HIỆN\n"
        "    assignments:\n"
        "      - to: Phòng Kinh tế\n"
        "        heading: Phòng Kinh tế\n"
        "        duties:\n"
        "          - id: bao-cao\n"
        f"            text: {text}\n"
        f"            deadline: {deadline}\n"
    )


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq206_text_date, f"{DOC_WRONG}\n", f"{DOC_RIGHT}\n")


def test_wrong_weekday_is_flagged(lint: Lint) -> None:
    assert lint(_section(DOC_WRONG), "RQ206") == [("RQ206", 13)]


def test_right_weekday_passes(lint: Lint) -> None:
    assert lint(_section(DOC_RIGHT), "RQ206") == []


def test_wrong_weekday_message_names_the_right_one_and_points_at_the_date(
    diagnose: Diagnose,
) -> None:
    [diagnostic] = diagnose(_section(DOC_WRONG), "RQ206")
    assert diagnostic.message == "Ngày 31/01/2023 là thứ Ba, không phải 'thứ Hai'."
    assert diagnostic.hint == "Sửa thành 'thứ Ba', hoặc kiểm tra lại ngày."
    assert diagnostic.position == Position(13, 43, 58)  # "ngày 31/01/2023"


def test_weekday_in_brackets_after_the_date_is_checked(lint: Lint) -> None:
    wrong = _section("text: Báo cáo trước 09h00' ngày 31/01/2023 (thứ Hai).")
    right = _section("text: Báo cáo trước 09h00' ngày 31/01/2023 (thứ Ba).")
    assert lint(wrong, "RQ206") == [("RQ206", 13)]
    assert lint(right, "RQ206") == []


def test_wrong_lunar_date_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    wrong = _section(
        "text: Vào ngày 31 tháng 01 năm 2023 (nhằm ngày Mùng 11 tháng Giêng năm Quý Mão)."
    )
    assert lint(wrong, "RQ206") == [("RQ206", 13)]
    [diagnostic] = diagnose(wrong, "RQ206")
    assert diagnostic.message == (
        "Ngày 31/01/2023 là ngày Mùng 10 tháng Giêng năm Quý Mão (âm lịch), không phải "
        "'nhằm ngày Mùng 11 tháng Giêng năm Quý Mão'."
    )
    assert diagnostic.hint == "Sửa thành 'ngày Mùng 10 tháng Giêng năm Quý Mão'."


def test_right_lunar_date_passes(lint: Lint) -> None:
    right = _section(
        "text: Vào ngày 31 tháng 01 năm 2023 (nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)."
    )
    assert lint(right, "RQ206") == []


def test_lunar_year_name_is_checked(lint: Lint) -> None:
    wrong = _section("text: Ngày 31/01/2023 (nhằm ngày Mùng 10 tháng Giêng năm Nhâm Dần).")
    assert lint(wrong, "RQ206") == [("RQ206", 13)]


def test_impossible_date_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    wrong = _section("text: Báo cáo kết quả trước ngày 30/02/2023.")
    assert lint(wrong, "RQ206") == [("RQ206", 13)]
    [diagnostic] = diagnose(wrong, "RQ206")
    assert diagnostic.message == "Không có ngày 30/02/2023: tháng 2 năm 2023 chỉ có 28 ngày."
    assert diagnostic.hint is None


def test_leap_day_of_a_leap_year_passes(lint: Lint) -> None:
    assert lint(_section("text: Báo cáo kết quả trước ngày 29/02/2024."), "RQ206") == []
    assert lint(_section("text: Báo cáo kết quả trước ngày 29/02/2023."), "RQ206") == [
        ("RQ206", 13)
    ]


def test_date_in_a_duty_differing_from_its_deadline_is_flagged(
    diagnose: Diagnose, lint: Lint
) -> None:
    snippet = _duty("Báo cáo kết quả trước ngày 20/01/2023.", "{kind: trước, date: 2023-01-15}")
    assert lint(snippet, "RQ206") == [("RQ206", 18)]
    [diagnostic] = diagnose(snippet, "RQ206")
    assert diagnostic.message == (
        "Ngày 20/01/2023 viết trong nội dung khác với thời hạn đã khai báo của nhiệm vụ "
        "(15/01/2023)."
    )
    assert diagnostic.hint == (
        "Dùng chỗ điền {deadline} thay cho ngày gõ tay, hoặc sửa một trong hai."
    )
    assert (diagnostic.position.line, diagnostic.position.column) == (18, 41)


def test_date_in_a_duty_equal_to_its_deadline_or_span_start_passes(lint: Lint) -> None:
    same = _duty("Báo cáo kết quả trước ngày 15/01/2023.", "{kind: trước, date: 2023-01-15}")
    span = _duty(
        "Duy trì các hoạt động từ ngày 01/02/2023 {deadline}.",
        "{kind: đến hết, start: 2023-02-01, date: 2023-03-31}",
    )
    assert lint(same, "RQ206") == []
    assert lint(span, "RQ206") == []


def test_date_outside_duties_is_not_compared_with_any_deadline(lint: Lint) -> None:
    assert lint(_section("text: Báo cáo kết quả trước ngày 20/01/2023."), "RQ206") == []


def test_dates_are_checked_in_every_text_of_the_plan(lint: Lint) -> None:
    snippet = """
    preamble: Ngày 06/01/2023 (thứ Năm), UBND tỉnh ban hành Kế hoạch.
    footnotes:
      "1": Tại Báo cáo 918/BC-PKT ngày 28/12/2022 (thứ Tư)[^1].
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế (từ thứ Hai, ngày 09/01/2023)
            duties:
              - id: dua-tin
                text: Kịp thời đưa tin các hoạt động.
            note: Họp giao ban thứ Sáu, ngày 13/01/2023.
    closing: Kế hoạch có hiệu lực từ thứ Ba, ngày 10/01/2023.
    """
    # 06/01/2023 was a Friday and 28/12/2022 a Wednesday; the rest are right.
    assert lint(snippet, "RQ206") == [("RQ206", 11)]
    wrong_everywhere = (
        snippet.replace("(thứ Tư)", "(thứ Năm)")
        .replace("thứ Hai, ngày 09", "thứ Ba, ngày 09")
        .replace("thứ Sáu, ngày 13", "thứ Năm, ngày 13")
        .replace("thứ Ba, ngày 10", "thứ Hai, ngày 10")
    )
    assert lint(wrong_everywhere, "RQ206") == [
        ("RQ206", 11),
        ("RQ206", 13),
        ("RQ206", 18),
        ("RQ206", 22),
        ("RQ206", 23),
    ]


def test_each_repeated_wrong_date_is_shown_where_it_is(lint: Lint) -> None:
    snippet = """
    sections:
      - title: THỜI GIAN
        text: |
          1. Lễ ra quân: thứ Hai, ngày 31/01/2023.
          2. Báo cáo nhanh: thứ Hai, ngày 31/01/2023.
    """
    assert lint(snippet, "RQ206") == [("RQ206", 14), ("RQ206", 15)]


def test_the_words_of_a_deadline_are_checked_against_its_date(lint: Lint) -> None:
    """A plan imported from Word keeps the words of a deadline that raquan would print
    differently (``deadline.text``): their weekday and date must be the deadline's."""
    right = _duty("Báo cáo {deadline}.", "{date: 2024-06-05, text: 'trước ngày 5/6/2024 (thứ Tư)'}")
    wrong_day = right.replace("(thứ Tư)", "(thứ Năm)")
    other_date = right.replace("5/6/2024", "6/6/2024")
    assert lint(right, "RQ206") == []
    assert lint(wrong_day, "RQ206") == [("RQ206", 19)]
    assert lint(other_date, "RQ206") == [("RQ206", 19), ("RQ206", 19)]
