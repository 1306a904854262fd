"""The rendered plan's layout, read back from its XML: page, fonts, header, body, sections."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Length, Pt
from docx.text.run import Run
from lxml import etree

from support.docx_text import NS, W, paragraph_text, part, sections

TWIPS_PER_CM = 1440 / 2.54


def _attr(element: etree._Element | None, name: str) -> str | None:
    return None if element is None else element.get(f"{{{W}}}{name}")


def _close(length: Length | None, cm: float) -> bool:
    return length is not None and abs(length - Cm(cm)) < Cm(0.01)


def test_a4_portrait_with_decree_30_margins(rendered_plan: Path) -> None:
    section = Document(str(rendered_plan)).sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert _close(section.page_width, 21.0)
    assert _close(section.page_height, 29.7)
    assert _close(section.top_margin, 2.0)
    assert _close(section.bottom_margin, 2.0)
    assert _close(section.left_margin, 3.0)
    assert _close(section.right_margin, 1.5)


def test_times_new_roman_on_all_four_slots_and_vietnamese(rendered_plan: Path) -> None:
    styles = part(rendered_plan, "word/styles.xml")
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts is not None
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert _attr(fonts, slot) == "Times New Roman"
    for themed in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        assert _attr(fonts, themed) is None
    for element in styles.iter(f"{{{W}}}rFonts"):
        assert not any(key.endswith("Theme") or key.endswith("theme") for key in element.attrib)
    language = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert (_attr(language, "val"), _attr(language, "eastAsia"), _attr(language, "bidi")) == (
        "vi-VN",
        "vi-VN",
        "vi-VN",
    )


def _runs(document: DocumentObject, text: str) -> list[Run]:
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    if paragraph.text.replace("\u00a0", " ").strip().startswith(text):
                        return list(paragraph.runs)
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith(text):
            return list(paragraph.runs)
    raise AssertionError(f"no paragraph starts with {text!r}")


@pytest.mark.parametrize(
    ("text", "size", "bold", "italic"),
    [
        ("ỦY BAN NHÂN DÂN", 13, True, None),
        ("THÀNH PHỐ KON TUM", 13, True, None),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, None),
        ("Độc lập - Tự do - Hạnh phúc", 13, True, None),
        ("Số:", 13, None, None),
        ("Kon Tum, ngày", 13, None, True),
        ("KẾ HOẠCH", 14, True, None),
        ("Tổ chức ra quân đầu Xuân", 14, True, None),
        ("Nơi nhận:", 12, True, True),
        ("- VP. UBND tỉnh;", 11, None, None),
        ("TM. ỦY BAN NHÂN DÂN", 14, True, None),
        ("Dương Anh Hùng", 14, True, None),
    ],
)
def test_frame_sizes_and_styles(
    rendered_plan: Path, text: str, size: float, bold: bool | None, italic: bool | None
) -> None:
    runs = _runs(Document(str(rendered_plan)), text)
    assert runs
    for run in runs:
        assert run.font.size == Pt(size), text
        assert run.bold is bold, text
        assert run.italic is italic, text


def test_draft_keeps_number_and_day_blank(rendered_plan: Path) -> None:
    document = Document(str(rendered_plan))
    header = document.tables[0]
    assert header.rows[1].cells[0].text == "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND"
    assert (
        header.rows[1].cells[1].text
        == "Kon Tum, ngày \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 tháng 01 năm 2023"
    )


def test_header_and_closing_tables_are_borderless_with_short_rules(rendered_plan: Path) -> None:
    root = part(rendered_plan, "word/document.xml")
    tables = root.findall("w:body/w:tbl", NS)  # header, closing, then the appendices
    for table in tables[:2]:
        borders = table.find("w:tblPr/w:tblBorders", NS)
        assert borders is not None
        assert {_attr(b, "val") for b in borders} <= {"nil", "none"}
    rules = [p for p in tables[0].iter(f"{{{W}}}p") if p.find("w:pPr/w:pBdr/w:top", NS) is not None]
    assert len(rules) == 2  # under the issuing body and under the motto


def test_body_paragraphs_are_justified_with_first_line_indent(rendered_plan: Path) -> None:
    document = Document(str(rendered_plan))
    body = next(p for p in document.paragraphs if p.text.startswith("Thực hiện Kế hoạch"))
    fmt = body.paragraph_format
    assert fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert _close(fmt.first_line_indent, 1.27)
    assert fmt.space_after == Pt(6)


def test_outline_weights(rendered_plan: Path) -> None:
    document = Document(str(rendered_plan))
    by_start = {p.text[:12]: p for p in document.paragraphs}
    roman = next(p for p in document.paragraphs if p.text == "I. MỤC ĐÍCH YÊU CẦU:")
    assert all(run.bold for run in roman.runs)
    time = next(p for p in document.paragraphs if p.text.startswith("1. Thời gian:"))
    assert [(run.text, run.bold) for run in time.runs][:2] == [
        ("1. Thời gian:", True),
        (
            " Các xã, phường đồng loạt tổ chức Lễ ra quân đầu xuân Quý Mão năm 2023 vào lúc "
            "08h30' (thứ Ba), ngày 31 tháng 01 năm 2023 (nhằm ngày Mùng 10 tháng Giêng năm Quý "
            "Mão).",
            None,
        ),
    ]
    dash = next(p for p in document.paragraphs if p.text.startswith("- Tạo khí thế"))
    assert not any(run.bold for run in dash.runs)
    deadline = next(p for p in document.paragraphs if p.text.startswith("- Chủ tịch UBND"))
    bold = [run.text for run in deadline.runs if run.bold]
    assert bold == ["hoàn thành trước ngày 15/01/2023"]
    assert by_start


def test_body_ends_with_the_closing_mark(rendered_plan: Path) -> None:
    main = sections(rendered_plan)[0]
    last = [paragraph_text(b) for b in main if b.tag == f"{{{W}}}p" and paragraph_text(b)]
    assert last[-1].endswith("trên địa bàn thành phố Kon Tum./.")


def test_footnote_part_and_its_reference(rendered_plan: Path) -> None:
    with zipfile.ZipFile(rendered_plan) as package:
        names = package.namelist()
        rels = package.read("word/_rels/document.xml.rels").decode()
        types = package.read("[Content_Types].xml").decode()
    assert "word/footnotes.xml" in names
    assert "relationships/footnotes" in rels
    assert "wordprocessingml.footnotes+xml" in types
    root = part(rendered_plan, "word/document.xml")
    references = root.findall(".//w:footnoteReference", NS)
    assert [_attr(r, "id") for r in references] == ["1"]
    paragraph = references[0].getparent().getparent()
    assert "Xét nội dung tham mưu của Phòng Kinh tế thành phố" in paragraph_text(paragraph)


def _header_has_page_field(document: DocumentObject, section_index: int, first: bool) -> bool:
    section = document.sections[section_index]
    header = section.first_page_header if first else section.header
    xml = etree.tostring(header._element).decode()
    return "PAGE" in xml


def test_page_numbers_from_page_two_and_on_each_appendix_first_page(rendered_plan: Path) -> None:
    document = Document(str(rendered_plan))
    sect = [s._sectPr for s in document.sections]
    assert len(sect) == 3
    assert sect[0].find("w:titlePg", NS) is not None
    assert _attr(sect[0].find("w:titlePg", NS), "val") in (None, "1", "true", "on")
    assert _header_has_page_field(document, 0, first=False)
    assert not _header_has_page_field(document, 0, first=True)
    for index in (1, 2):
        section = document.sections[index]
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert (section.page_width or 0) > (section.page_height or 0)
        title = sect[index].find("w:titlePg", NS)
        assert title is None or _attr(title, "val") in ("0", "false", "off")
        assert _attr(sect[index].find("w:pgNumType", NS), "start") == "1"
        assert _header_has_page_field(document, index, first=False)


def test_appendix_tables_have_borders_repeated_header_and_whole_rows(rendered_plan: Path) -> None:
    root = part(rendered_plan, "word/document.xml")
    tables = root.findall("w:body/w:tbl", NS)[2:]
    assert len(tables) == 2
    for table in tables:
        borders = table.find("w:tblPr/w:tblBorders", NS)
        assert borders is not None
        assert {_attr(b, "val") for b in borders} == {"single"}
        rows = table.findall("w:tr", NS)
        assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
        for row in rows:
            assert row.find("w:trPr/w:cantSplit", NS) is not None


def test_landscape_appendices_keep_the_binding_margin_on_their_top_edge(
    rendered_plan: Path,
) -> None:
    from raquan.domain.layout import LANDSCAPE_MARGINS, MARGIN_TOLERANCE_MM

    for section in Document(str(rendered_plan)).sections[1:]:
        assert section.orientation == WD_ORIENT.LANDSCAPE
        margins = {
            edge: (getattr(section, f"{edge}_margin") or 0) / Cm(1) * 10
            for edge in ("top", "bottom", "left", "right")
        }
        assert LANDSCAPE_MARGINS.binding == "top"
        for edge, value in margins.items():
            assert getattr(LANDSCAPE_MARGINS, edge).holds(value, MARGIN_TOLERANCE_MM), (edge, value)


def _rule_indent_cm(paragraph: etree._Element) -> float:
    left = _attr(paragraph.find("w:pPr/w:ind", NS), "left")
    return int(left or 0) / TWIPS_PER_CM


def test_rules_are_measured_on_the_text_they_underline(rendered_plan: Path) -> None:
    from raquan.domain.layout import MOTTO, MOTTO_STYLE, SUMMARY_STYLE
    from raquan.domain.textwidth import text_width_cm
    from raquan.render.frame import CELL_MARGINS_CM, HEADER_COLUMNS_CM, TEXT_WIDTH_CM

    root = part(rendered_plan, "word/document.xml")
    rules = [p for p in root.iter(f"{{{W}}}p") if p.find("w:pPr/w:pBdr/w:top", NS) is not None]
    issuer, motto, summary = rules[:3]
    right_cm = HEADER_COLUMNS_CM[1] - CELL_MARGINS_CM
    motto_rule = right_cm - 2 * _rule_indent_cm(motto)
    assert motto_rule == pytest.approx(text_width_cm(MOTTO, MOTTO_STYLE.size, bold=True), abs=0.01)
    left_cm = HEADER_COLUMNS_CM[0] - CELL_MARGINS_CM
    issuer_rule = left_cm - 2 * _rule_indent_cm(issuer)
    issuer_text = text_width_cm("THÀNH PHỐ KON TUM", 13, bold=True)
    assert 1 / 3 <= issuer_rule / issuer_text <= 1 / 2
    summary_rule = TEXT_WIDTH_CM - 2 * _rule_indent_cm(summary)
    longest = text_width_cm(
        "Tổ chức ra quân đầu Xuân Quý Mão năm 2023", SUMMARY_STYLE.size, bold=True
    )
    assert 1 / 3 <= summary_rule / longest <= 1 / 2
