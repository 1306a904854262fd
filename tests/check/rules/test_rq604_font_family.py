"""RQ604: Times New Roman everywhere, no theme fonts; each cause reported once."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn

from support.layout import check_edit, find, findings, number_of


def test_a_run_in_arial_is_reported_at_its_paragraph(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Thực hiện Kế hoạch số 36/KH-UBND")
        paragraph.runs[0].font.name = "Arial"
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ604", where)]


def test_a_theme_font_in_the_normal_style_is_one_finding(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        fonts = document.styles["Normal"].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        fonts.set(qn("w:asciiTheme"), "minorHAnsi")
        return 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ604", where)]


def test_the_rendered_plan_is_in_times_new_roman(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ604") == []


def test_an_east_asian_font_slot_in_arial_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    """Word fills the four slots of a run (ascii, hAnsi, eastAsia, cs) separately: a run whose
    eastAsia slot is Arial prints Arial for the characters Word files under it."""

    def change(document: Document) -> int:
        paragraph = find(document, "Thực hiện Kế hoạch số 36/KH-UBND")
        fonts = paragraph.runs[0]._r.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), "Arial")
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ604", where)]


def test_a_complex_script_theme_font_on_a_run_is_reported(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Thực hiện Kế hoạch số 36/KH-UBND")
        fonts = paragraph.runs[0]._r.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:cstheme"), "minorBidi")
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ604", where)]
