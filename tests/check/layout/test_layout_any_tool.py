"""The parts of a document are found however it is built: the header as a table, as tab-separated
halves or in text boxes; the rules as paragraph borders, cell borders or drawn lines."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from raquan.check.layout.anatomy import read_anatomy
from raquan.domain.layout import MOTTO
from raquan.domain.textwidth import text_width_cm
from raquan.read.docxlayout import read_layout
from raquan.read.docxread import read_docx
from support.layout import findings
from support.plans import FIXTURES
from support.word_builder import (
    NS,
    letter_document,
    tabbed_header_document,
    text_box_header_document,
    vml_header_document,
)


def test_a_header_of_tab_separated_halves_with_drawn_lines_passes(tmp_path: Path) -> None:
    path = tabbed_header_document(tmp_path / "tab.docx")
    assert findings(path) == []
    anatomy = read_anatomy(read_layout(path))
    assert [(p.text, p.column) for p in anatomy.issuer] == [
        ("ỦY BAN NHÂN DÂN", 0),
        ("THÀNH PHỐ KON TUM", 0),
    ]
    assert anatomy.motto is not None
    assert anatomy.motto.column == 1
    rule = anatomy.rule_under(anatomy.motto)
    assert rule is not None
    assert rule.how == "hình vẽ (đường thẳng)"
    assert rule.length_cm == pytest.approx(text_width_cm(MOTTO, 13, bold=True), abs=0.001)


def test_a_short_drawn_line_under_the_motto_is_reported(tmp_path: Path) -> None:
    path = tabbed_header_document(tmp_path / "tab.docx")
    document = docx.Document(str(path))
    rules = document.paragraphs[2]._p
    extent = rules.findall(".//{*}anchor/{*}extent")[1]
    extent.set("cx", str(int(int(extent.get("cx")) / 2)))
    document.save(str(path))
    assert findings(path) == [("RQ607", 3)]


def test_a_header_in_text_boxes_passes_and_is_located_at_the_anchor(tmp_path: Path) -> None:
    path = text_box_header_document(tmp_path / "box.docx")
    assert findings(path) == []
    anatomy = read_anatomy(read_layout(path))
    assert anatomy.national is not None
    assert anatomy.national.number == 1
    assert [p.text for p in anatomy.issuer] == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ KON TUM"]
    assert anatomy.number is not None
    assert anatomy.number.text == "Số: 05/KH-UBND"


def test_an_issuer_not_bold_in_a_text_box_is_reported_at_the_anchor(tmp_path: Path) -> None:
    path = text_box_header_document(tmp_path / "box.docx")
    document = docx.Document(str(path))
    first_run = document.paragraphs[0]._p.find(".//{*}txbxContent//{*}r")
    bold = first_run.find("{*}rPr/{*}b")
    bold.getparent().remove(bold)
    document.save(str(path))
    assert findings(path) == [("RQ606", 1)]


def test_a_cell_border_under_the_motto_is_its_rule(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    cell = table.rows[0].cells[1]
    width = text_width_cm(MOTTO, 13, bold=True) + 0.38
    table.rows[0].cells[0].width = Cm(16.5 - width)
    cell.width = Cm(width)
    run = cell.paragraphs[0].add_run(MOTTO)
    run.bold = True
    run.font.size = Pt(13)
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:tcBorders {NS}><w:bottom w:val="single" w:sz="6"/></w:tcBorders>')
    )
    path = tmp_path / "bang.docx"
    document.save(str(path))
    anatomy = read_anatomy(read_layout(path))
    assert anatomy.motto is not None
    rule = anatomy.rule_under(anatomy.motto)
    assert rule is not None
    assert rule.how == "đường viền ô bảng"
    assert abs((rule.length_cm or 0) - width) < 0.01


def test_paragraph_numbers_are_the_document_readers(rendered_plan: Path, tmp_path: Path) -> None:
    """ "đoạn N" is the same paragraph for the layout checks and for reading the text."""
    for path in (
        rendered_plan,
        FIXTURES / "docx" / "pandoc-ke-hoach-ra-quan.docx",
        text_box_header_document(tmp_path / "box.docx"),
    ):
        layout = read_layout(path)
        text = read_docx(path)
        assert [(p.number, p.body) for p in layout.paragraphs] == [
            (p.number, p.body) for p in text.paragraphs
        ]


def test_a_letter_has_no_type_name_and_its_summary_under_the_number(tmp_path: Path) -> None:
    path = letter_document(tmp_path / "cong-van.docx")
    assert findings(path) == []
    anatomy = read_anatomy(read_layout(path))
    assert anatomy.type_name is None
    assert [p.text for p in anatomy.letter_summary] == [
        "V/v triển khai Lễ ra quân đầu xuân năm 2023"
    ]
    document = docx.Document(str(path))
    paragraph = next(
        p for c in document.tables[0]._cells for p in c.paragraphs if p.text.startswith("V/v")
    )
    paragraph.runs[0].bold = True
    document.save(str(path))
    assert findings(path) == [("RQ610", 8)]


def test_a_header_in_vml_text_boxes_with_a_vml_line_passes(tmp_path: Path) -> None:
    path = vml_header_document(tmp_path / "vml.docx")
    assert findings(path) == []
    anatomy = read_anatomy(read_layout(path))
    assert anatomy.motto is not None
    rule = anatomy.rule_under(anatomy.motto)
    assert rule is not None
    assert rule.how == "hình vẽ (đường thẳng)"
    assert rule.length_cm == pytest.approx(text_width_cm(MOTTO, 13, bold=True), abs=0.01)
