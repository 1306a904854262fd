"""Page setup and page numbers: PAGE fields, first-page headers, titlePg, restarts, landscape."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.section import Section

from raquan.render.word import (
    page_number_header,
    restart_page_numbers,
    set_different_first_page,
    set_orientation,
    set_page,
)
from support.word_xml import Node, attr, local_names, one, part, related_part, text, xpath

DOCUMENT = "word/document.xml"


def _save(document: Document, tmp_path: Path, name: str = "sections.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def _sections(path: Path) -> list[Node]:
    return xpath(part(path, DOCUMENT), "//w:sectPr")


def _header(path: Path, sect_pr: Node, kind: str) -> Node:
    reference = one(sect_pr, f"w:headerReference[@w:type='{kind}']")
    rel_id = attr(reference, "r:id")
    assert rel_id is not None
    return part(path, related_part(path, DOCUMENT, rel_id))


def _assert_page_field(header: Node) -> None:
    paragraphs = xpath(header, "w:p")
    assert len(paragraphs) == 1
    paragraph = paragraphs[0]
    assert attr(one(paragraph, "w:pPr/w:jc"), "w:val") == "center"
    pieces = [
        attr(node, "w:fldCharType") if node.tag.endswith("fldChar") else node.text
        for node in xpath(paragraph, "w:r/w:fldChar | w:r/w:instrText | w:r/w:t")
    ]
    assert pieces == ["begin", " PAGE ", "separate", "1", "end"]
    sizes = [attr(size, "w:val") for size in xpath(paragraph, "w:r/w:rPr/w:sz")]
    assert sizes == ["26"] * 5


def _portrait_then_landscape() -> Document:
    document = docx.Document()
    first = document.sections[0]
    set_page(first)
    set_different_first_page(first, True)
    page_number_header(first)
    document.add_paragraph("Nội dung kế hoạch.")
    appendix = document.add_section(WD_SECTION.NEW_PAGE)
    set_orientation(appendix, landscape=True)
    set_different_first_page(appendix, False)
    restart_page_numbers(appendix, 1)
    page_number_header(appendix)
    document.add_paragraph("Phụ lục I")
    return document


def test_first_section_numbers_pages_but_not_page_one(tmp_path: Path) -> None:
    path = _save(_portrait_then_landscape(), tmp_path)
    first = _sections(path)[0]
    title_pg = one(first, "w:titlePg")
    assert attr(title_pg, "w:val") in (None, "1", "true", "on")
    _assert_page_field(_header(path, first, "default"))
    empty = _header(path, first, "first")
    assert len(xpath(empty, "w:p")) == 1
    assert xpath(empty, "//w:instrText | //w:fldChar | //w:fldSimple") == []
    assert text(empty) == ""


def test_a_landscape_appendix_restarts_at_1_and_numbers_its_first_page(tmp_path: Path) -> None:
    path = _save(_portrait_then_landscape(), tmp_path)
    first, appendix = _sections(path)
    size = one(appendix, "w:pgSz")
    assert attr(size, "w:orient") == "landscape"
    assert int(attr(size, "w:w") or 0) > int(attr(size, "w:h") or 0)
    assert attr(one(appendix, "w:pgNumType"), "w:start") == "1"
    assert attr(one(appendix, "w:pgSz"), "w:w") == "16838"
    title_pg = xpath(appendix, "w:titlePg")
    assert title_pg == [] or attr(title_pg[0], "w:val") in ("0", "false", "off")
    _assert_page_field(_header(path, appendix, "default"))
    # the first section is unchanged: portrait, first page without a number
    assert attr(one(first, "w:pgSz"), "w:orient") in (None, "portrait")
    one(first, "w:titlePg")
    assert xpath(first, "w:pgNumType") == []


def test_add_section_copies_the_flags_so_they_must_be_reset(tmp_path: Path) -> None:
    """The trap the helpers exist for: python-docx clones w:titlePg and w:pgNumType."""
    document = docx.Document()
    set_different_first_page(document.sections[0], True)
    restart_page_numbers(document.sections[0], 1)
    document.add_section()
    path = _save(document, tmp_path)
    cloned = _sections(path)[1]
    one(cloned, "w:titlePg")
    one(cloned, "w:pgNumType[@w:start='1']")


def test_restart_none_lets_numbering_continue(tmp_path: Path) -> None:
    document = docx.Document()
    restart_page_numbers(document.sections[0], 1)
    section = document.add_section()
    restart_page_numbers(section, None)
    restart_page_numbers(section, None)
    first, second = _sections(_save(document, tmp_path))
    assert attr(one(first, "w:pgNumType"), "w:start") == "1"
    assert [attr(p, "w:start") for p in xpath(second, "w:pgNumType")] in ([], [None])


def test_sect_pr_children_stay_in_schema_order(tmp_path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    set_different_first_page(section, True)
    restart_page_numbers(section, 3)
    page_number_header(section)
    names = local_names(_sections(_save(document, tmp_path))[0])
    assert names[:2] == ["headerReference", "headerReference"]
    assert names.index("pgMar") < names.index("pgNumType") < names.index("cols")
    assert names.index("cols") < names.index("titlePg") < names.index("docGrid")


def test_set_page_writes_a4_and_the_decree_margins(tmp_path: Path) -> None:
    document = docx.Document()
    set_page(document.sections[0], top_mm=25, header_mm=12)
    sect_pr = _sections(_save(document, tmp_path))[0]
    size = one(sect_pr, "w:pgSz")
    assert (attr(size, "w:w"), attr(size, "w:h")) == ("11906", "16838")
    margins = one(sect_pr, "w:pgMar")
    got = {k: attr(margins, f"w:{k}") for k in ("top", "bottom", "left", "right", "header")}
    assert got == {"top": "1417", "bottom": "1134", "left": "1701", "right": "850", "header": "680"}


def _orientation(section: Section) -> WD_ORIENT:
    return section.orientation


def test_orientation_is_idempotent_and_reversible() -> None:
    document = docx.Document()
    section = document.sections[0]
    set_page(section)
    set_orientation(section, landscape=True)
    set_orientation(section, landscape=True)
    assert _orientation(section) == WD_ORIENT.LANDSCAPE
    assert section.page_width is not None
    assert section.page_height is not None
    assert section.page_width > section.page_height
    assert round(section.page_width.mm) == 297
    set_orientation(section, landscape=False)
    assert _orientation(section) == WD_ORIENT.PORTRAIT
    assert section.page_width < section.page_height
    assert round(section.page_width.mm) == 210


def test_page_number_header_replaces_existing_header_content(tmp_path: Path) -> None:
    document = docx.Document()
    section = document.sections[0]
    section.header.add_paragraph("Tiêu đề cũ")
    page_number_header(section)
    page_number_header(section, size_pt=14)
    path = _save(document, tmp_path)
    header = _header(path, _sections(path)[0], "default")
    assert "Tiêu đề cũ" not in text(header)
    assert len(xpath(header, "//w:instrText")) == 1
    assert {attr(s, "w:val") for s in xpath(header, "//w:r/w:rPr/w:sz")} == {"28"}
