"""RQ102: a name that several units of the registry answer to ("Văn phòng") is an error."""

from __future__ import annotations

from raquan.check.rules import rq102_ambiguous_unit
from support.checks import Diagnose, Lint, assert_documented

ASSIGNMENT = """
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: {to}
        heading: Văn phòng
        duties:
          - id: thu-moi
            text: Gửi Giấy mời tới các đại biểu.
"""
"""An assignment whose unit is named on line 14."""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(
        rq102_ambiguous_unit, "to: Văn phòng\n", "to: Văn phòng HĐND và UBND thành phố\n"
    )


def test_name_shared_by_two_offices_is_flagged(lint: Lint) -> None:
    assert lint(ASSIGNMENT.format(to="Văn phòng"), "RQ102") == [("RQ102", 14)]


def test_full_name_passes(lint: Lint) -> None:
    assert lint(ASSIGNMENT.format(to="Văn phòng HĐND và UBND thành phố"), "RQ102") == []


def test_id_passes(lint: Lint) -> None:
    assert lint(ASSIGNMENT.format(to="van-phong-tinh"), "RQ102") == []


def test_message_lists_every_candidate_with_its_id(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(ASSIGNMENT.format(to="Văn phòng"), "RQ102")
    assert diagnostic.message == (
        "Tên 'Văn phòng' có thể là nhiều đơn vị: 'Văn phòng HĐND và UBND thành phố' "
        "(van-phong-thanh-pho), 'Văn phòng UBND tỉnh' (van-phong-tinh)."
    )
    assert diagnostic.hint == "Viết tên đầy đủ hơn, hoặc dùng mã định danh của đơn vị."
    assert (diagnostic.position.line, diagnostic.position.column) == (14, 13)


def test_ambiguity_is_found_whatever_the_spelling_and_wherever_the_name_is(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: bai-phat-bieu
                partners: [VĂN PHONG]
                text: Tham mưu Bài phát biểu.
                deliverable:
                  kind: bài phát biểu
                  to: [Văn phòng HĐND và UBND thành phố]
    recipients:
      - text: Lãnh đạo và chuyên viên Văn phòng
        covers: [van phong]
    """
    assert lint(snippet, "RQ102") == [("RQ102", 18), ("RQ102", 25)]


def test_unknown_name_is_not_reported_as_ambiguous(lint: Lint) -> None:
    # An unknown name is RQ101's business.
    assert lint(ASSIGNMENT.format(to="Văn phòng Thành ủy"), "RQ102") == []
