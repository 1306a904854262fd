"""The layout a văn thư checks before signing, read back from the XML of rendered documents:
the sample plan with both appendices filled and the summary of 21 communes' reports
(``examples/da-ban-hanh``). Column widths, alignment, spacing around tables, the margins of
landscape pages, the lengths of the rules, the hanging indent of Nơi nhận, the properties."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import pytest

from raquan.domain import layout
from raquan.domain.textwidth import lines_needed, text_width_cm, words
from support.docx_text import sections
from support.word_xml import Node, attr, one, part, text, xpath

TWIPS_PER_CM = 1440 / 2.54
PADDING_CM = 2 * layout.CELL_MARGIN_CM


def _cm(twips: str | None) -> float:
    assert twips is not None
    return int(twips) / TWIPS_PER_CM


def _data_tables(docx: Path) -> list[Node]:
    """The bordered tables (appendices, tables of the body), not the header and closing
    blocks."""
    body = part(docx, "word/document.xml")
    return xpath(body, "//w:tbl[w:tblPr/w:tblBorders/w:top[@w:val='single']]")


def _rows(table: Node) -> list[list[Node]]:
    return [xpath(row, "w:tc") for row in xpath(table, "w:tr")]


def _size(cell: Node) -> float:
    sizes = xpath(cell, ".//w:r/w:rPr/w:sz/@w:val")
    return int(sizes[0]) / 2 if sizes else layout.TABLE_CELL_STYLE.size


def _bold(cell: Node) -> bool:
    return bool(xpath(cell, ".//w:r/w:rPr/w:b"))


@pytest.fixture(params=["plan", "summary"])
def document(
    request: pytest.FixtureRequest, example_plan_docx: Path, example_summary_docx: Path
) -> Path:
    return example_plan_docx if request.param == "plan" else example_summary_docx


# --- 1. Column widths ---------------------------------------------------------------------


def test_no_word_and_no_unit_name_is_wider_than_its_column(document: Path) -> None:
    tables = _data_tables(document)
    assert tables
    for table in tables:
        for row in _rows(table):
            for cell in row:
                width = _cm(attr(one(cell, "w:tcPr/w:tcW"), "w:w"))
                for word in words(text(cell)):
                    needed = text_width_cm(word, _size(cell), bold=_bold(cell)) + PADDING_CM
                    assert needed <= width, f"{word!r} needs {needed:.2f} cm, has {width:.2f}"


def test_unit_names_are_held_together(example_summary_docx: Path) -> None:
    table = _data_tables(example_summary_docx)[-1]
    names = [text(row[1]) for row in _rows(table)[1:-1]]
    assert len(names) == 21
    assert all(" " not in name and "\u00a0" in name for name in names), names
    assert "UBND\u00a0phường\u00a0Trần\u00a0Hưng\u00a0Đạo" in names


def test_short_cells_and_headers_do_not_wrap(document: Path) -> None:
    """A short cell ("đúng hạn", "công trình") takes one line; a header at most two."""
    for table in _data_tables(document):
        for index, row in enumerate(_rows(table)):
            for cell in row:
                width = _cm(attr(one(cell, "w:tcPr/w:tcW"), "w:w")) - PADDING_CM
                content = text(cell).replace("\u00a0", " ")
                lines = lines_needed(content, width, _size(cell), bold=_bold(cell))
                if index == 0:
                    assert lines <= 2, content
                elif text_width_cm(content, _size(cell)) <= 2.5:
                    assert lines <= 1, content


def test_tables_fit_the_text_width(document: Path) -> None:
    for table in _data_tables(document):
        total = sum(_cm(attr(col, "w:w")) for col in xpath(table, "w:tblGrid/w:gridCol"))
        assert total == pytest.approx(layout.LANDSCAPE.text_width_cm, abs=0.02) or (
            total == pytest.approx(layout.PORTRAIT.text_width_cm, abs=0.02)
        )


def test_a_wide_table_is_set_smaller_rather_than_cut(example_summary_docx: Path) -> None:
    """The ten columns of the summary's appendix fit at 11 pt, not at 12 pt."""
    table = _data_tables(example_summary_docx)[-1]
    sizes = {_size(cell) for row in _rows(table) for cell in row if text(cell)}
    assert sizes == {layout.TABLE_CELL_STYLE.sizes.low}


# --- 2. Alignment -------------------------------------------------------------------------


def _jc(cell: Node) -> str | None:
    found = xpath(cell, "w:p/w:pPr/w:jc/@w:val")
    return str(found[0]) if found else None


def test_headers_centred_numbers_right_stt_centred(example_summary_docx: Path) -> None:
    table = _data_tables(example_summary_docx)[-1]
    rows = _rows(table)
    header = rows[0]
    assert [text(cell) for cell in header][:3] == ["STT", "Đơn vị", "Ngày gửi"]
    for cell in header:
        assert _jc(cell) == "center"
        assert attr(one(cell, "w:tcPr/w:vAlign"), "w:val") == "center"
    first = rows[1]
    assert _jc(first[0]) == "center"  # STT
    assert _jc(first[1]) == "left"  # the unit
    assert [_jc(cell) for cell in first[4:]] == ["right"] * 6  # people, workdays, money
    for row in rows[1:]:
        for cell in row:
            assert attr(one(cell, "w:tcPr/w:vAlign"), "w:val") == "center"


def test_numbers_right_aligned_in_the_plan_appendix(example_plan_docx: Path) -> None:
    table = _data_tables(example_plan_docx)[0]
    rows = _rows(table)
    assert text(rows[0][4]) == "Khối lượng"
    assert {_jc(row[4]) for row in rows[1:] if text(row[4])} == {"right"}
    assert {_jc(row[0]) for row in rows[1:]} == {"center"}


def test_totals_row_is_bold(example_summary_docx: Path) -> None:
    rows = _rows(_data_tables(example_summary_docx)[-1])
    totals = rows[-1]
    assert text(totals[1]) == "Tổng cộng"
    for cell in totals:
        for run in xpath(cell, ".//w:r[w:t]"):
            assert xpath(run, "w:rPr/w:b"), text(cell)


# --- 3. Space around tables ---------------------------------------------------------------


def _space(paragraph: Node, side: str) -> int:
    found = xpath(paragraph, f"w:pPr/w:spacing/@w:{side}")
    return int(found[0]) if found else 0


def test_space_before_and_after_tables(document: Path) -> None:
    wanted = layout.TABLE_SPACE_PT * 20
    checked = 0
    for table in _data_tables(document):
        before = xpath(table, "preceding-sibling::*[1]")[0]
        assert before.tag.endswith("}p")
        assert _space(before, "after") >= wanted, text(before)
        assert xpath(before, "w:pPr/w:keepNext")  # the line stays with the table
        following = xpath(table, "following-sibling::w:p[1]")
        if following and text(following[0]):
            assert _space(following[0], "before") >= wanted, text(following[0])
            checked += 1
    if document.name == "tong-hop.docx":
        assert checked >= 1  # "(Có Bảng ... kèm theo)" under the body's table


def test_the_attached_line_is_set_off_from_the_table(example_summary_docx: Path) -> None:
    body = part(example_summary_docx, "word/document.xml")
    line = one(body, "//w:p[starts-with(normalize-space(.), '(Có Bảng')]")
    assert xpath(line, "preceding-sibling::*[1]")[0].tag.endswith("}tbl")
    assert _space(line, "before") >= layout.TABLE_SPACE_PT * 20


# --- 5. Margins of landscape pages --------------------------------------------------------


def test_landscape_pages_keep_the_binding_margin(document: Path) -> None:
    body = part(document, "word/document.xml")
    found = xpath(body, "//w:sectPr")
    turned = layout.LANDSCAPE_MARGINS
    landscape = [s for s in found if attr(one(s, "w:pgSz"), "w:orient") == "landscape"]
    assert landscape
    for section in landscape:
        margins = one(section, "w:pgMar")
        mm = {side: _cm(attr(margins, f"w:{side}")) * 10 for side in ("top", "bottom", "left")}
        mm["right"] = _cm(attr(margins, "w:right")) * 10
        assert mm["top"] == pytest.approx(30, abs=0.1)
        for side in ("top", "bottom", "left", "right"):
            assert getattr(turned, side).holds(mm[side], layout.MARGIN_TOLERANCE_MM), side
    portrait = [s for s in found if attr(one(s, "w:pgSz"), "w:orient") != "landscape"]
    for section in portrait:
        assert _cm(attr(one(section, "w:pgMar"), "w:left")) * 10 == pytest.approx(30, abs=0.1)


# --- 6. Rules -----------------------------------------------------------------------------


def _rule_length(rule: Node, available_cm: float) -> float:
    indent = one(rule, "w:pPr/w:ind")
    return available_cm - _cm(attr(indent, "w:left")) - _cm(attr(indent, "w:right"))


def _header_cell(document: Path, column: int) -> Node:
    body = part(document, "word/document.xml")
    return xpath(body, "w:body/w:tbl[1]/w:tr[1]/w:tc")[column]


def test_motto_rule_as_long_as_the_motto(document: Path) -> None:
    cell = _header_cell(document, 1)
    paragraphs = xpath(cell, "w:p")
    assert text(paragraphs[1]) == layout.MOTTO
    rule = paragraphs[2]
    assert xpath(rule, "w:pPr/w:pBdr/w:top[@w:val='single']")
    available = _cm(attr(one(cell, "w:tcPr/w:tcW"), "w:w")) - PADDING_CM
    motto = text_width_cm(layout.MOTTO, layout.MOTTO_STYLE.size, bold=True)
    assert _rule_length(rule, available) == pytest.approx(motto, abs=0.02)


def test_issuer_rule_a_third_to_a_half_of_the_name(document: Path) -> None:
    cell = _header_cell(document, 0)
    paragraphs = xpath(cell, "w:p")
    rule = next(p for p in paragraphs if xpath(p, "w:pPr/w:pBdr/w:top"))
    names = [text(p) for p in paragraphs[: paragraphs.index(rule)] if xpath(p, ".//w:b")]
    widest = max(text_width_cm(name, layout.ISSUING_BODY.size, bold=True) for name in names)
    available = _cm(attr(one(cell, "w:tcPr/w:tcW"), "w:w")) - PADDING_CM
    assert layout.ISSUER_RULE.fractions.holds(_rule_length(rule, available) / widest)


def test_summary_rule_is_set_off_and_a_third_to_a_half_long(document: Path) -> None:
    body = part(document, "word/document.xml")
    first_section = sections(document)[0]
    rule = next(
        block
        for block in first_section
        if block.tag.endswith("}p") and xpath(block, "w:pPr/w:pBdr/w:top")
    )
    summary = []
    previous = xpath(rule, "preceding-sibling::w:p[1]")[0]
    while text(previous) and text(previous) not in ("KẾ HOẠCH", "BÁO CÁO"):
        summary.append(text(previous))
        previous = xpath(previous, "preceding-sibling::w:p[1]")[0]
    assert summary
    widest = max(text_width_cm(line, layout.SUMMARY_STYLE.size, bold=True) for line in summary)
    share = _rule_length(rule, layout.PORTRAIT.text_width_cm) / widest
    assert layout.SUMMARY_RULE.fractions.holds(share)
    assert _space(rule, "before") >= 6 * 20  # not an underline: about half a line below
    assert body is not None


def test_a_long_summary_is_broken_into_even_lines(example_summary_docx: Path) -> None:
    lines = []
    for block in sections(example_summary_docx)[0]:
        content = text(block)
        if content == "BÁO CÁO":
            lines = ["start"]
        elif lines and xpath(block, "w:pPr/w:pBdr/w:top"):
            break
        elif lines:
            lines.append(content)
    assert lines[1:] == ["Kết quả thực hiện Kế hoạch tổ chức", "ra quân đầu Xuân Quý Mão năm 2023"]


# --- 7. Nơi nhận ----------------------------------------------------------------------------


def test_recipients_have_a_hanging_indent(document: Path) -> None:
    body = part(document, "word/document.xml")
    closing = xpath(body, "w:body/w:tbl[w:tr/w:tc/w:p[normalize-space(.)='Nơi nhận:']]")[-1]
    lines = [p for p in xpath(closing, "w:tr/w:tc[1]/w:p") if text(p).startswith("- ")]
    assert len(lines) >= 2
    dash = text_width_cm("- ", layout.RECIPIENT_STYLE.size)
    for line in lines:
        indent = one(line, "w:pPr/w:ind")
        assert _cm(attr(indent, "w:left")) == pytest.approx(dash, abs=0.01)
        assert _cm(attr(indent, "w:hanging")) == pytest.approx(dash, abs=0.01)


def test_the_closing_block_is_kept_on_one_page(document: Path) -> None:
    body = part(document, "word/document.xml")
    closing = xpath(body, "w:body/w:tbl[w:tr/w:tc/w:p[normalize-space(.)='Nơi nhận:']]")[-1]
    assert xpath(closing, "w:tr/w:trPr/w:cantSplit")


# --- 8. Properties --------------------------------------------------------------------------


def test_properties_name_the_issuer_raquan_and_the_time(document: Path) -> None:
    core = part(document, "docProps/core.xml")
    ns = {
        "dc": "http://purl.org/dc/elements/1.1/",
        "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "dcterms": "http://purl.org/dc/terms/",
    }

    def value(path: str) -> str:
        found = core.find(path, ns)
        assert found is not None, path
        return found.text or ""

    assert value("dc:creator") == "Ủy ban nhân dân thành phố Kon Tum"
    assert value("cp:lastModifiedBy") == "Ủy ban nhân dân thành phố Kon Tum"
    created = datetime.datetime.fromisoformat(value("dcterms:created").replace("Z", "+00:00"))
    assert value("dcterms:modified") == value("dcterms:created")
    now = datetime.datetime.now(datetime.UTC)
    assert datetime.timedelta(0) <= now - created < datetime.timedelta(hours=2)
    app = part(document, "docProps/app.xml")
    extended = {"e": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.findtext("e:Application", namespaces=extended) == "raquan"
    assert app.find("e:Pages", namespaces=extended) is None
    assert app.find("e:AppVersion", namespaces=extended) is None


def test_no_stale_parts_of_the_template(document: Path) -> None:
    with zipfile.ZipFile(document) as package:
        names = set(package.namelist())
        types = package.read("[Content_Types].xml").decode("utf-8")
        rels = package.read("_rels/.rels").decode("utf-8") + package.read(
            "word/_rels/document.xml.rels"
        ).decode("utf-8")
    assert not any("thumbnail" in name or "stylesWithEffects" in name for name in names)
    assert not any(name.startswith("customXml/") for name in names)
    assert "stylesWithEffects" not in types
    assert "stylesWithEffects" not in rels
    assert "thumbnail" not in rels
    settings = part(document, "word/settings.xml")
    for stale in ("themeFontLang", "savePreviewPicture", "proofState"):
        assert not xpath(settings, f"w:{stale}"), stale
