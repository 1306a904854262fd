"""RQ301: document numbers and symbols follow the State's or the Party's written form."""

from __future__ import annotations

from raquan.check.rules import rq301_document_number
from raquan.diagnostics import Position
from support.checks import Diagnose, Lint, assert_documented
from support.plans import PLAN_HEAD, legal_basis

HINT = (
    "Văn bản Nhà nước: 36/KH-UBND (hoặc 30/2020/NĐ-CP); văn bản của Đảng: 1766-CV/TU. "
    "Không có dấu cách."
)


def _head(symbol: str) -> str:
    head = PLAN_HEAD.replace("  symbol: KH-UBND\n", f"  symbol: {symbol}\n")
    assert head.count("\n") == 10
    return head


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq301_document_number, "number: 36/KHUBND\n", "number: 36/KH-UBND\n")


def test_legal_basis_number_without_hyphen_is_flagged(lint: Lint) -> None:
    assert lint(legal_basis("Kế hoạch", "36/KHUBND"), "RQ301") == [("RQ301", 14)]


def test_well_formed_legal_basis_numbers_pass(lint: Lint) -> None:
    assert lint(legal_basis("Kế hoạch", "36/KH-UBND"), "RQ301") == []
    assert lint(legal_basis("Công văn", "1766-CV/TU"), "RQ301") == []
    assert lint(legal_basis("Nghị định", "30/2020/NĐ-CP"), "RQ301") == []
    assert lint(legal_basis("Công văn", "12/UBND-VX"), "RQ301") == []


def test_other_malformed_legal_basis_numbers_are_flagged(lint: Lint) -> None:
    for number in ["36 /KH-UBND", "36/KH - UBND", "36/kh-ubnd", "KH-UBND", "36/KH-"]:
        assert lint(legal_basis("Kế hoạch", f"'{number}'"), "RQ301") == [("RQ301", 14)], number


def test_legal_basis_message_quotes_the_number(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(legal_basis("Kế hoạch", "36/KHUBND"), "RQ301")
    assert diagnostic.message == "Số, ký hiệu '36/KHUBND' không đúng dạng."
    assert diagnostic.hint == HINT
    assert diagnostic.position == Position(14, 13, 22)


def test_header_symbol_without_hyphen_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    assert lint("", "RQ301", head=_head("KHUBND")) == [("RQ301", 7)]
    assert lint("", "RQ301", head=_head("KH - UBND")) == [("RQ301", 7)]
    [diagnostic] = diagnose("", "RQ301", head=_head("KHUBND"))
    assert diagnostic.message == (
        "Ký hiệu 'KHUBND' không đúng dạng (chữ viết tắt loại văn bản, gạch nối, chữ viết tắt "
        "cơ quan: KH-UBND)."
    )


def test_well_formed_header_symbols_pass(lint: Lint) -> None:
    assert lint("", "RQ301") == []
    assert lint("", "RQ301", head=_head("KH-UBND-VX")) == []


def test_number_cited_in_running_text_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    snippet = "preamble: Thực hiện Chỉ thị số 45/CT TTg của Thủ tướng Chính phủ.\n"
    assert lint(snippet, "RQ301") == [("RQ301", 11)]
    [diagnostic] = diagnose(snippet, "RQ301")
    assert diagnostic.message == "Số, ký hiệu '45/CT' trong 'Chỉ thị số 45/CT' không đúng dạng."
    assert diagnostic.hint == HINT
    assert (diagnostic.position.line, diagnostic.position.column) == (11, 21)


def test_well_formed_numbers_in_running_text_pass(lint: Lint) -> None:
    snippet = """
    preamble: >-
      Thực hiện Chỉ thị số 45/CT-TTg ngày 31 tháng 12 năm 2020, Nghị định 30/2020/NĐ-CP,
      Luật số 45/2019/QH14, Công văn số 1766-CV/TU và Công văn 12/UBND-VX; Kế hoạch số
      36/KH-UBND.
    """
    assert lint(snippet, "RQ301") == []


def test_every_text_is_searched_for_citations(lint: Lint) -> None:
    snippet = """
    footnotes:
      "1": Tại Báo cáo 918/BCPKT ngày 28/12/2022.
    preamble: Xét tham mưu của Phòng Kinh tế[^1].
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: trien-khai
                text: Triển khai Kế hoạch số 36/KH UBND của UBND tỉnh.
    closing: Các đơn vị thực hiện theo Hướng dẫn số 5/HD.
    """
    assert lint(snippet, "RQ301") == [("RQ301", 12), ("RQ301", 21), ("RQ301", 22)]


def test_each_repeated_wrong_citation_is_shown_where_it_is(lint: Lint) -> None:
    snippet = """
    sections:
      - title: CĂN CỨ
        text: |
          - Kế hoạch số 36/KHUBND của UBND tỉnh;
          - Kế hoạch số 36/KHUBND (bản sửa đổi).
    """
    assert lint(snippet, "RQ301") == [("RQ301", 14), ("RQ301", 15)]


def test_a_range_of_years_is_not_a_document_number(lint: Lint) -> None:
    snippet = "preamble: Thực hiện Kế hoạch 2021-2025 của tỉnh và Kế hoạch số 36/KH-UBND.\n"
    assert lint(snippet, "RQ301") == []
