"""RQ616: the signing authority and titles upper case and bold, the signer bold."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from support.layout import check_edit, find, findings, number_of


def test_a_signer_not_bold_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Dương Anh Hùng")
        paragraph.runs[0].bold = False
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ616", where)]


def test_an_authority_written_with_a_slash_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "TM. ỦY BAN NHÂN DÂN")
        paragraph.runs[0].text = "T/M ỦY BAN NHÂN DÂN"
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ616", where)]


def test_the_rendered_signature_passes(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ616") == []
