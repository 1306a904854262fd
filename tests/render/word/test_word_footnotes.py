"""``Footnotes``: a real footnotes part, related, typed, with separators, styles and ids."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import nsdecls
from docx.oxml.parser import parse_xml

from raquan.render.word import Footnotes, set_document_fonts
from raquan.render.word.footnotes import FOOTNOTES_CONTENT_TYPE, FOOTNOTES_RELATIONSHIP
from support.word_xml import Node, attr, names, one, part, text, xpath

FIRST = "Căn cứ Kế hoạch số 36/KH-UBND"
SECOND = "Theo Công văn số 1766-CV/TU"


def _two_notes() -> Document:
    document = docx.Document()
    set_document_fonts(document)
    notes = Footnotes(document)
    first = document.add_paragraph(FIRST)
    notes.add(first).add_run("Ban hành ngày 10/01/2023.").bold = True
    first.add_run(" của Ủy ban nhân dân thành phố.")
    document.add_paragraph("Đoạn không có chú thích.")
    second = document.add_paragraph(SECOND)
    notes.add(second).add_run("Của Thành ủy Kon Tum.").italic = True
    return document


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "notes.docx"
    _two_notes().save(str(path))
    return path


def _footnote(footnotes: Node, number: int) -> Node:
    return one(footnotes, f"w:footnote[@w:id='{number}']")


def test_the_footnotes_part_is_in_the_package_related_and_typed(saved: Path) -> None:
    assert "word/footnotes.xml" in names(saved)
    rels = part(saved, "word/_rels/document.xml.rels")
    rel = one(rels, f"rel:Relationship[@Type='{FOOTNOTES_RELATIONSHIP}']")
    assert attr(rel, "Target") == "footnotes.xml"
    types = part(saved, "[Content_Types].xml")
    override = one(types, "ct:Override[@PartName='/word/footnotes.xml']")
    assert attr(override, "ContentType") == FOOTNOTES_CONTENT_TYPE
    assert FOOTNOTES_CONTENT_TYPE.endswith("wordprocessingml.footnotes+xml")


def test_the_separators_come_first(saved: Path) -> None:
    footnotes = part(saved, "word/footnotes.xml")
    separator = _footnote(footnotes, -1)
    assert attr(separator, "w:type") == "separator"
    one(separator, "w:p/w:r/w:separator")
    continuation = _footnote(footnotes, 0)
    assert attr(continuation, "w:type") == "continuationSeparator"
    one(continuation, "w:p/w:r/w:continuationSeparator")
    ids = [attr(f, "w:id") for f in xpath(footnotes, "w:footnote")]
    assert ids == ["-1", "0", "1", "2"]


def test_each_footnote_starts_with_its_mark_then_the_text(saved: Path) -> None:
    footnotes = part(saved, "word/footnotes.xml")
    for number, expected in ((1, "Ban hành ngày 10/01/2023."), (2, "Của Thành ủy Kon Tum.")):
        paragraph = one(_footnote(footnotes, number), "w:p")
        assert attr(one(paragraph, "w:pPr/w:pStyle"), "w:val") == "FootnoteText"
        runs = xpath(paragraph, "w:r")
        assert attr(one(runs[0], "w:rPr/w:rStyle"), "w:val") == "FootnoteReference"
        one(runs[0], "w:footnoteRef")
        assert text(paragraph) == " " + expected
    one(footnotes, "w:footnote[@w:id='1']//w:r[w:t='Ban hành ngày 10/01/2023.']/w:rPr/w:b")
    one(footnotes, "w:footnote[@w:id='2']//w:r[w:t='Của Thành ủy Kon Tum.']/w:rPr/w:i")


def test_the_references_sit_where_they_were_added(saved: Path) -> None:
    body = part(saved, "word/document.xml")
    for number, start in ((1, FIRST), (2, SECOND)):
        paragraph = one(body, f"w:body/w:p[w:r/w:footnoteReference/@w:id='{number}']")
        runs = xpath(paragraph, "w:r")
        assert "".join(xpath(runs[0], "w:t/text()")) == start
        reference = runs[1]
        one(reference, f"w:footnoteReference[@w:id='{number}']")
        assert attr(one(reference, "w:rPr/w:rStyle"), "w:val") == "FootnoteReference"
    first = one(body, "w:body/w:p[w:r/w:footnoteReference/@w:id='1']")
    assert text(first) == FIRST + " của Ủy ban nhân dân thành phố."
    assert len(xpath(body, "//w:footnoteReference")) == 2


def test_the_styles_and_settings_exist(saved: Path) -> None:
    styles = part(saved, "word/styles.xml")
    text_style = one(styles, "w:style[@w:styleId='FootnoteText']")
    assert attr(text_style, "w:type") == "paragraph"
    assert attr(one(text_style, "w:pPr/w:jc"), "w:val") == "both"
    assert attr(one(text_style, "w:rPr/w:sz"), "w:val") == "24"
    reference = one(styles, "w:style[@w:styleId='FootnoteReference']")
    assert attr(reference, "w:type") == "character"
    assert attr(one(reference, "w:rPr/w:vertAlign"), "w:val") == "superscript"
    settings = part(saved, "word/settings.xml")
    ids = [attr(f, "w:id") for f in xpath(settings, "w:footnotePr/w:footnote")]
    assert ids == ["-1", "0"]
    following = xpath(settings, "w:footnotePr/following-sibling::*[1]")
    assert following[0].tag.endswith("}compat")


def test_a_reopened_document_keeps_its_notes_and_continues_at_3(
    saved: Path, tmp_path: Path
) -> None:
    document = docx.Document(str(saved))
    notes = Footnotes(document)
    paragraph = document.add_paragraph("Đoạn thứ ba")
    note = notes.add(paragraph)
    note.add_run("Chú thích ba, ", style="Strong").italic = True
    assert note.part is notes.part
    again = tmp_path / "again.docx"
    document.save(str(again))

    assert [n for n in names(again) if "footnotes" in n] == ["word/footnotes.xml"]
    rels = part(again, "word/_rels/document.xml.rels")
    assert len(xpath(rels, f"rel:Relationship[@Type='{FOOTNOTES_RELATIONSHIP}']")) == 1
    footnotes = part(again, "word/footnotes.xml")
    ids = [attr(f, "w:id") for f in xpath(footnotes, "w:footnote")]
    assert ids == ["-1", "0", "1", "2", "3"]
    assert text(_footnote(footnotes, 2)) == " Của Thành ủy Kon Tum."
    run = one(_footnote(footnotes, 3), "w:p/w:r[w:t='Chú thích ba, ']")
    assert attr(one(run, "w:rPr/w:rStyle"), "w:val") == "Strong"
    one(
        part(again, "word/document.xml"),
        "//w:p[w:r/w:t='Đoạn thứ ba']//w:footnoteReference[@w:id='3']",
    )
    styles = part(again, "word/styles.xml")
    assert len(xpath(styles, "w:style[@w:styleId='FootnoteText']")) == 1
    settings = part(again, "word/settings.xml")
    assert len(xpath(settings, "w:footnotePr/w:footnote")) == 2


def test_existing_footnote_styles_are_reused_by_name(tmp_path: Path) -> None:
    document = docx.Document()
    styles = document.styles.element
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="Chuthich">'
            '<w:name w:val="footnote text"/></w:style>'
        )
    )
    notes = Footnotes(document)
    notes.add(document.add_paragraph("Một")).add_run("Hai")
    path = tmp_path / "named.docx"
    document.save(str(path))
    footnotes = part(path, "word/footnotes.xml")
    assert attr(one(footnotes, "w:footnote[@w:id='1']/w:p/w:pPr/w:pStyle"), "w:val") == "Chuthich"
    assert xpath(part(path, "word/styles.xml"), "w:style[@w:styleId='FootnoteText']") == []


def test_nothing_is_added_before_the_first_note(tmp_path: Path) -> None:
    document = docx.Document()
    Footnotes(document)
    path = tmp_path / "none.docx"
    document.save(str(path))
    assert "word/footnotes.xml" not in names(path)
