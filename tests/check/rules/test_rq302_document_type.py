"""RQ302: the type abbreviation in a document's symbol must match the document's type."""

from __future__ import annotations

from raquan.check.rules import rq302_document_type
from support.checks import Diagnose, Lint, assert_documented
from support.plans import PLAN_HEAD, legal_basis


def _head(symbol: str, kind: str | None = None) -> str:
    """PLAN_HEAD with another symbol (line 7) and, when given, a type (then 11 lines)."""
    typed = f"  type: {kind}\n" if kind else ""
    return PLAN_HEAD.replace("  symbol: KH-UBND\n", f"{typed}  symbol: {symbol}\n")


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(
        rq302_document_type,
        "type: Kế hoạch\nnumber: 36/BC-UBND\n",
        "type: Kế hoạch\nnumber: 36/KH-UBND\n",
    )


def test_plan_numbered_as_a_report_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    assert lint(legal_basis("Kế hoạch", "36/BC-UBND"), "RQ302") == [("RQ302", 14)]
    [diagnostic] = diagnose(legal_basis("Kế hoạch", "36/BC-UBND"), "RQ302")
    assert diagnostic.message == "Kế hoạch phải có ký hiệu 'KH', nhưng ở đây 'BC'."
    assert (diagnostic.position.line, diagnostic.position.column) == (14, 13)


def test_plan_numbered_as_a_plan_passes(lint: Lint) -> None:
    assert lint(legal_basis("Kế hoạch", "36/KH-UBND"), "RQ302") == []


def test_legal_bases_of_other_types_are_checked(lint: Lint) -> None:
    assert lint(legal_basis("Quyết định", "12/QĐ-UBND"), "RQ302") == []
    assert lint(legal_basis("Nghị định", "30/2020/NĐ-CP"), "RQ302") == []
    assert lint(legal_basis("Quy định", "3/QyĐ-UBND"), "RQ302") == []
    assert lint(legal_basis("Quyết định", "12/KH-UBND"), "RQ302") == [("RQ302", 14)]
    assert lint(legal_basis("Quy định", "3/QĐ-UBND"), "RQ302") == [("RQ302", 14)]
    assert lint(legal_basis("Nghị định", "30/2020/CP"), "RQ302") == [("RQ302", 14)]


def test_state_official_letter_has_no_type_abbreviation(diagnose: Diagnose, lint: Lint) -> None:
    assert lint(legal_basis("Công văn", "12/UBND-VX"), "RQ302") == []
    assert lint(legal_basis("Công văn", "12/CV-UBND"), "RQ302") == [("RQ302", 14)]
    [diagnostic] = diagnose(legal_basis("Công văn", "12/CV-UBND"), "RQ302")
    assert diagnostic.message == (
        "Công văn của Nhà nước không có chữ viết tắt loại văn bản trong ký hiệu, nhưng ký hiệu "
        "có 'CV' (Công văn)."
    )


def test_party_official_letter_carries_cv(lint: Lint) -> None:
    assert lint(legal_basis("Công văn", "1766-CV/TU"), "RQ302") == []
    assert lint(legal_basis("Công văn", "1766-TB/TU"), "RQ302") == [("RQ302", 14)]


def test_malformed_number_is_left_to_rq301(lint: Lint) -> None:
    assert lint(legal_basis("Kế hoạch", "36/BCUBND"), "RQ302") == []


def test_header_symbol_of_another_type_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    assert lint("", "RQ302", head=_head("BC-UBND")) == [("RQ302", 7)]
    [diagnostic] = diagnose("", "RQ302", head=_head("BC-UBND"))
    assert diagnostic.message == "Kế hoạch phải có ký hiệu 'KH', nhưng ở đây 'BC'."
    assert diagnostic.hint == "Ký hiệu của Kế hoạch nên là KH-<cơ quan ban hành>."


def test_header_symbol_of_the_plans_type_passes(lint: Lint) -> None:
    assert lint("", "RQ302") == []
    assert lint("", "RQ302", head=_head("BC-UBND", "Báo cáo")) == []


def test_header_hint_does_not_contradict_the_message_for_an_official_letter(
    diagnose: Diagnose,
) -> None:
    # A State công văn carries no type abbreviation ("12/UBND-VX"): after saying so, the hint
    # must not recommend the symbol "CV-<cơ quan>" that was just refused.
    head = _head("CV-UBND", "Công văn")  # 11 lines: the symbol is on line 8
    [diagnostic] = diagnose("", "RQ302", head=head)
    assert diagnostic.position.line == 8
    assert diagnostic.message.startswith("Công văn của Nhà nước không có chữ viết tắt")
    assert diagnostic.hint is None or "CV-<cơ quan>" not in diagnostic.hint
    assert diagnose("", "RQ302", head=_head("UBND-VX", "Công văn")) == []


def test_citations_in_running_text_are_checked(diagnose: Diagnose, lint: Lint) -> None:
    snippet = """
    preamble: >-
      Thực hiện Kế hoạch số 36/BC-UBND ngày 06/01/2023 của UBND tỉnh và Công văn số
      1766-CV/TU ngày 06/01/2023 của Ban Thường vụ Thành ủy.
    """
    assert lint(snippet, "RQ302") == [("RQ302", 12)]
    one_line = "preamble: Thực hiện Kế hoạch số 36/BC-UBND của UBND tỉnh.\n"
    [diagnostic] = diagnose(one_line, "RQ302")
    assert diagnostic.message == (
        "'Kế hoạch số 36/BC-UBND': Kế hoạch phải có ký hiệu 'KH', nhưng ở đây 'BC'."
    )
    assert (diagnostic.position.line, diagnostic.position.column) == (11, 21)


def test_well_typed_citations_pass(lint: Lint) -> None:
    snippet = """
    preamble: >-
      Thực hiện Kế hoạch số 36/KH-UBND, Chỉ thị số 45/CT-TTg, Báo cáo 918/BC-PKT, Công văn
      12/UBND-VX và Công văn số 1766-CV/TU.
    """
    assert lint(snippet, "RQ302") == []
