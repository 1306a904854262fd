"""RQ601: the page is A4."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.shared import Mm

from support.layout import check_edit, find, findings, number_of


def test_a_letter_page_is_reported_at_the_start_of_its_section(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        section = document.sections[0]
        section.page_width, section.page_height = Mm(215.9), Mm(279.4)
        return 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ601", where)]


def test_a_page_without_a_size_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        sect_pr = document.sections[1]._sectPr
        sect_pr.remove(
            sect_pr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgSz")
        )
        return number_of(document, find(document, "Phụ lục I"))

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert ("RQ601", where) in found


def test_the_rendered_plan_is_a4(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ601") == []
