"""RQ613: page numbers centred in the header from page 2, none on page 1."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from support.layout import check_edit, findings


def test_a_number_on_page_one_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        document.sections[0].different_first_page_header_footer = False
        return 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ613", where)]


def test_a_number_aligned_right_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        document.sections[0].header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ613", where)]


def test_a_long_document_without_page_numbers_is_reported(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        for section in document.sections:
            for paragraph in section.header.paragraphs:
                for child in list(paragraph._p):
                    paragraph._p.remove(child)
        return 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ613", where)]


def test_the_rendered_page_numbers_pass(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ613") == []
