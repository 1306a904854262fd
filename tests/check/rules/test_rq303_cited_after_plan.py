"""RQ303: a plan can only cite documents issued before it (a draft: by the end of its month)."""

from __future__ import annotations

from raquan.check.rules import rq303_cited_after_plan
from support.checks import Diagnose, Lint, assert_documented
from support.plans import DRAFT_HEAD, PLAN_HEAD

DOC_WRONG = """\
legal_bases:
  - id: kh-36
    type: Kế hoạch
    number: 36/KH-UBND
    date: 2023-01-16
    issuer: Ủy ban nhân dân tỉnh Kon Tum
    summary: triển khai các hoạt động Lễ ra quân đầu năm 2023
"""
"""The docstring's failing example: the cited plan's date is on line 15."""
DOC_RIGHT = DOC_WRONG.replace("date: 2023-01-16", "date: 2023-01-06")


def _basis(date: str) -> str:
    return DOC_WRONG.replace("date: 2023-01-16", f"date: {date}")


def test_docstring_examples_are_the_ones_tested() -> None:
    assert DOC_RIGHT != DOC_WRONG
    doc = assert_documented(rq303_cited_after_plan, DOC_WRONG, DOC_RIGHT)
    assert "kế hoạch ban hành ngày 10/01/2023" in doc
    assert "  date: 2023-01-10\n" in PLAN_HEAD


def test_legal_basis_issued_after_the_plan_is_flagged(lint: Lint) -> None:
    assert lint(DOC_WRONG, "RQ303") == [("RQ303", 15)]


def test_legal_basis_issued_before_the_plan_passes(lint: Lint) -> None:
    assert lint(DOC_RIGHT, "RQ303") == []


def test_message_names_the_document_and_both_dates(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(DOC_WRONG, "RQ303")
    assert diagnostic.message == (
        "Kế hoạch số 36/KH-UBND ngày 16/01/2023 có ngày sau ngày ban hành kế hoạch (10/01/2023)."
    )
    assert diagnostic.hint == "Kiểm tra lại ngày của văn bản được dẫn."
    assert (diagnostic.position.line, diagnostic.position.column) == (15, 11)


def test_document_issued_the_same_day_passes(lint: Lint) -> None:
    assert lint(_basis("2023-01-10"), "RQ303") == []
    assert lint(_basis("2023-01-11"), "RQ303") == [("RQ303", 15)]


def test_draft_is_compared_with_the_last_day_of_its_month(diagnose: Diagnose, lint: Lint) -> None:
    assert lint(_basis("2023-01-31"), "RQ303", head=DRAFT_HEAD) == []
    assert lint(_basis("2023-02-01"), "RQ303", head=DRAFT_HEAD) == [("RQ303", 15)]
    [diagnostic] = diagnose(_basis("2023-02-01"), "RQ303", head=DRAFT_HEAD)
    assert diagnostic.message == (
        "Kế hoạch số 36/KH-UBND ngày 01/02/2023 có ngày sau ngày ban hành kế hoạch (tháng 1/2023)."
    )


def test_document_cited_in_running_text_with_a_later_date_is_flagged(
    diagnose: Diagnose, lint: Lint
) -> None:
    snippet = "preamble: Xét Báo cáo 918/BC-PKT ngày 16/01/2023 của Phòng Kinh tế.\n"
    assert lint(snippet, "RQ303") == [("RQ303", 11)]
    [diagnostic] = diagnose(snippet, "RQ303")
    assert diagnostic.message == (
        "'Báo cáo 918/BC-PKT' có ngày 16/01/2023, sau ngày ban hành kế hoạch (10/01/2023)."
    )
    assert (diagnostic.position.line, diagnostic.position.column) == (11, 15)


def test_document_cited_in_running_text_with_an_earlier_date_passes(lint: Lint) -> None:
    snippet = """
    footnotes:
      "1": Tại Báo cáo 918/BC-PKT ngày 28/12/2022.
    preamble: >-
      Thực hiện Chỉ thị số 45/CT-TTg ngày 31 tháng 12 năm 2020 và Kế hoạch số 36/KH-UBND,
      ngày 06/01/2023 của UBND tỉnh[^1].
    """
    assert lint(snippet, "RQ303") == []


def test_citations_are_dated_in_every_text(lint: Lint) -> None:
    snippet = """
    footnotes:
      "1": Tại Báo cáo 918/BC-PKT ngày 28/01/2023.
    preamble: Xét tham mưu của Phòng Kinh tế[^1].
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Kinh tế
            heading: Phòng Kinh tế
            duties:
              - id: trien-khai
                text: Triển khai Kế hoạch số 40/KH-UBND ngày 12/01/2023 của UBND tỉnh.
    """
    assert lint(snippet, "RQ303") == [("RQ303", 12), ("RQ303", 21)]


def test_date_far_from_the_citation_is_not_its_date(lint: Lint) -> None:
    # The date belongs to the meeting, not to the report cited earlier in the sentence.
    snippet = (
        "preamble: Báo cáo 918/BC-PKT của Phòng Kinh tế được thông qua tại cuộc họp ngày "
        "16/01/2023.\n"
    )
    assert lint(snippet, "RQ303") == []
