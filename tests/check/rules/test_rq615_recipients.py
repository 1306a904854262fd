"""RQ615: "Nơi nhận:" bold italic 12 pt, entries 11 pt ending ";", the "Lưu" line last."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from support.layout import check_edit, find, findings, number_of


def test_a_label_not_italic_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Nơi nhận:")
        paragraph.runs[0].italic = False
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ615", where)]


def test_an_entry_without_its_semicolon_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- TT. Thành ủy;")
        paragraph.runs[-1].text = paragraph.runs[-1].text.rstrip(";")
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ615", where)]


def test_the_rendered_recipients_pass(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ615") == []
