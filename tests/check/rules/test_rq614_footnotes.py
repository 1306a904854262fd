"""RQ614: footnotes are Word's own, not typed by hand."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from support.layout import check_edit, find, findings, number_of


def test_a_superscript_number_typed_by_hand_is_reported(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Tạo khí thế sôi nổi")
        run = paragraph.add_run("2")
        run.font.superscript = True
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ614", where)]


def test_a_unit_of_area_is_no_footnote(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Tạo khí thế sôi nổi")
        paragraph.runs[-1].text = paragraph.runs[-1].text.rstrip(".") + " trên 1.200 m²."
        return 0

    found, _ = check_edit(rendered_plan, tmp_path, change)
    assert found == []


def test_the_rendered_footnote_is_a_real_one(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ614") == []
