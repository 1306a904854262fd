"""RQ612: the body ends with "./."."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from support.layout import check_edit, find, findings, number_of


def test_a_body_without_the_end_mark_is_reported_at_its_last_paragraph(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Trên đây là Kế hoạch")
        run = paragraph.runs[-1]
        run.text = run.text.replace("./.", ".")
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ612", where)]


def test_the_rendered_body_ends_with_the_mark(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ612") == []
