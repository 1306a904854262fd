"""RQ605: the body is set in 13-14 pt."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from support.layout import check_edit, find, findings, number_of, set_size


def test_a_12_pt_paragraph_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Tạo khí thế sôi nổi")
        set_size(paragraph, 12)
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ605", where)]


def test_the_rendered_body_is_14_pt(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ605") == []
