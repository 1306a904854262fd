"""RQ602: the body is portrait."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from support.layout import check_edit, findings


def test_a_landscape_body_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        section = document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        # The text keeps its width, so that nothing but the orientation changes.
        section.right_margin = Mm(297 - 30 - 165)
        return 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ602", where)]


def test_landscape_appendices_are_allowed(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ602") == []
