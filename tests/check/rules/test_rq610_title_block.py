"""RQ610: the type name and the summary, bold and centred, with the rule under the summary."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from support.layout import check_edit, find, findings, number_of, set_size


def test_a_type_name_aligned_left_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "KẾ HOẠCH")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ610", where)]


def test_a_missing_rule_under_the_summary_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        last = find(document, "trên địa bàn thành phố Kon Tum")
        borders = last._p.getnext().find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
        borders.getparent().remove(borders)
        return number_of(document, last)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ610", where)]


def test_a_summary_not_bold_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Tổ chức ra quân đầu Xuân")
        paragraph.runs[0].bold = False
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ610", where)]


def test_the_rendered_title_passes(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ610") == []


def test_a_summary_in_12_pt_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Tổ chức ra quân đầu Xuân")
        set_size(paragraph, 12)
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ610", where)]
