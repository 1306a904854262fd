"""RQ606: the issuing body, upper case and bold, with its short rule."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.oxml.ns import qn

from support.layout import check_edit, find, findings, number_of


def test_an_issuer_line_not_bold_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "ỦY BAN NHÂN DÂN")
        paragraph.runs[0].bold = False
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ606", where)]


def test_a_missing_rule_under_the_issuer_is_reported_under_its_last_line(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        issuer = find(document, "THÀNH PHỐ KON TUM")
        rule = issuer._p.getnext()
        borders = rule.find(f"{qn('w:pPr')}/{qn('w:pBdr')}")
        borders.getparent().remove(borders)
        return number_of(document, issuer)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ606", where)]


def test_a_rule_as_long_as_the_issuer_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        rule = find(document, "THÀNH PHỐ KON TUM")._p.getnext()
        indent = rule.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        indent.set(qn("w:left"), "0")
        indent.set(qn("w:right"), "0")
        return number_of(document, find(document, "THÀNH PHỐ KON TUM")) + 1

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ606", where)]


def test_the_rendered_issuer_passes(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ606") == []
