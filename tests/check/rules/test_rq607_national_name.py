"""RQ607: the Quốc hiệu and the Tiêu ngữ, word for word, with the rule under the motto."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn

from support.layout import check_edit, find, findings, number_of


def test_a_motto_with_long_dashes_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Độc lập - Tự do")
        paragraph.runs[0].text = "Độc lập – Tự do – Hạnh phúc"
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ607", where)]


def test_a_national_name_not_bold_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "CỘNG HÒA XÃ HỘI")
        paragraph.runs[0].bold = False
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ607", where)]


def test_a_short_rule_under_the_motto_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        motto = find(document, "Độc lập - Tự do")
        indent = motto._p.getnext().find(f"{qn('w:pPr')}/{qn('w:ind')}")
        indent.set(qn("w:left"), str(int(indent.get(qn("w:left"))) + 600))
        indent.set(qn("w:right"), str(int(indent.get(qn("w:right"))) + 600))
        return number_of(document, motto) + 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ607", where)]


def test_the_rendered_national_name_and_motto_pass(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ607") == []
