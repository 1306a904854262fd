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


def _with_supervising_body(document: Document, *, bold: bool) -> int:
    """A supervising body's line ("UBND TỈNH KON TUM") put above the issuer, made as a copy of
    the issuer's first line; the number of the new paragraph."""
    import copy

    first = find(document, "ỦY BAN NHÂN DÂN")
    line = copy.deepcopy(first._p)
    first._p.addprevious(line)
    supervising = find(document, "ỦY BAN NHÂN DÂN")
    assert supervising._p is line
    supervising.runs[0].text = "UBND TỈNH KON TUM"
    for run in supervising.runs[1:]:
        run.text = ""
    for run in supervising.runs:
        run.bold = bold
    return number_of(document, supervising)


def test_a_bold_supervising_body_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    found, where = check_edit(
        rendered_plan, tmp_path, lambda document: _with_supervising_body(document, bold=True)
    )
    assert found == [("RQ606", where)]


def test_a_supervising_body_not_bold_passes(rendered_plan: Path, tmp_path: Path) -> None:
    found, _ = check_edit(
        rendered_plan, tmp_path, lambda document: _with_supervising_body(document, bold=False)
    )
    assert found == []
