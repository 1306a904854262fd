"""RQ611: body paragraphs justified, first line indented, spaced."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from support.layout import check_edit, find, findings, number_of


def test_a_paragraph_aligned_left_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Tạo khí thế sôi nổi")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ611", where)]


def test_a_paragraph_without_first_line_indent_is_reported(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Tăng cường công tác")
        paragraph.paragraph_format.first_line_indent = Cm(0)
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ611", where)]


def test_no_space_after_a_paragraph_is_reported_at_it(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Tăng cường công tác")
        paragraph.paragraph_format.space_after = Pt(0)
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ611", where)]


def test_double_line_spacing_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Tăng cường công tác")
        paragraph.paragraph_format.line_spacing = 2.0
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ611", where)]


def test_the_rendered_body_passes(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ611") == []
