"""RQ615: "Nơi nhận:" bold italic 12 pt, entries 11 pt ending ";", the "Lưu" line last."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from support.layout import check_edit, find, findings, number_of, set_size


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


def test_an_entry_in_12_pt_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- TT. Thành ủy;")
        set_size(paragraph, 12)
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ615", where)]


def test_a_last_line_ending_with_a_semicolon_is_reported(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Lưu:")
        last = paragraph.runs[-1]
        last.text = last.text.rstrip(".") + ";"
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ615", where)]


def test_recipients_without_the_luu_line_are_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Lưu:")
        for run in paragraph.runs:
            run.text = ""
        paragraph.runs[0].text = "- Văn phòng HĐND-UBND thành phố."
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ615", where)]
