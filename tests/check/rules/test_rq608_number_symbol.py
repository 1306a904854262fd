"""RQ608: "Số: 05/KH-UBND", 13 pt, upright."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document

from support.layout import check_edit, find, findings, number_of


def test_a_number_without_colon_or_leading_zero_is_reported(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Số:")
        paragraph.runs[0].text = "Số 5/KH-UBND"
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ608", where)]


@pytest.mark.parametrize(
    "written",
    ["Số: 05 / KH - UBND", "Số: 05-KH/UBND", "Số: 05/KH.UBND", "Số: 05/kh-ubnd"],
)
def test_a_symbol_in_the_wrong_form_is_reported(
    rendered_plan: Path, tmp_path: Path, written: str
) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Số:")
        paragraph.runs[0].text = written
        for run in paragraph.runs[1:]:
            run.text = ""
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ608", where)]


def test_a_bold_number_line_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Số:")
        paragraph.runs[0].bold = True
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ608", where)]


def test_the_rendered_number_line_passes(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ608") == []


def test_text_typed_in_decomposed_unicode_is_read_as_composed(
    rendered_plan: Path, tmp_path: Path
) -> None:
    import unicodedata

    def change(document: Document) -> int:
        paragraph = find(document, "Số:")
        paragraph.runs[0].text = unicodedata.normalize("NFD", "Số: 05/KH-UBND")
        return 0

    found, _ = check_edit(rendered_plan, tmp_path, change)
    assert found == []
