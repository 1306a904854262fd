"""RQ603: margins of NĐ 30, with the binding edge of landscape pages on top."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.shared import Mm

from support.layout import check_edit, find, findings, number_of


def test_a_narrow_left_margin_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        document.sections[0].left_margin = Mm(25)
        return 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ603", where)]


def test_a_landscape_appendix_without_its_binding_margin_is_reported(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        document.sections[1].top_margin = Mm(20)
        return number_of(document, find(document, "Phụ lục I"))

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ603", where)]


def test_the_rendered_plan_has_the_margins(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ603") == []
