"""Reading a .docx for its layout: sections, resolved formatting with its origin, drawings."""

from __future__ import annotations

from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.read.docxlayout import read_layout
from raquan.read.docxlayout.styles import Font
from support.plans import FIXTURES

PANDOC = FIXTURES / "docx" / "pandoc-ke-hoach-ra-quan.docx"


def test_a_section_without_page_setup_says_so() -> None:
    [section] = read_layout(PANDOC).sections
    assert (section.width_mm, section.height_mm) == (None, None)
    assert section.margins == {}
    assert section.text_width_cm is None


def test_theme_fonts_of_the_defaults_are_resolved_with_their_origin() -> None:
    document = read_layout(PANDOC)
    run = document.paragraphs[1].runs[0]
    assert run.font("ascii") == Font("Cambria", "minorHAnsi")
    assert run.origin("ascii").kind == "defaults"
    assert run.size == 12
    heading = next(p for p in document.paragraphs if p.style == "Heading 2")
    assert heading.runs[0].font("ascii") == Font("Calibri", "majorHAnsi")
    assert heading.runs[0].origin("ascii").name == "Heading 2"


def test_paragraph_values_come_through_the_style_chain() -> None:
    document = read_layout(PANDOC)
    first = document.paragraphs[0]
    assert first.style == "First Paragraph"
    assert first.points("before") == 9
    assert first.origin("before").name == "Body Text"
    bullet = document.paragraphs[4]
    assert bullet.marker == "-"
    assert bullet.origin("left").kind == "numbering"


def test_a_horizontal_line_is_a_drawn_rule() -> None:
    document = read_layout(PANDOC)
    line = document.paragraphs[11]
    assert line.blank
    assert [(s.kind, s.width_cm, s.align) for s in line.shapes] == [("rule", None, "center")]


def test_rendered_sections_headers_and_cells(rendered_plan: Path) -> None:
    document = read_layout(rendered_plan)
    first, *appendices = document.sections
    assert first.title_page
    assert first.headers["default"] is not None
    assert first.headers["default"].page_number is not None
    assert first.headers["first"] is not None
    assert first.headers["first"].page_number is None
    assert all(s.landscape for s in appendices)
    issuer = document.paragraphs[0]
    assert issuer.cell is not None
    assert issuer.cell.column == 0
    assert issuer.available_cm == pytest.approx(6.5 - 0.38, abs=0.01)
    assert document.footnotes == 1


def test_a_broken_package_is_a_user_error(tmp_path: Path) -> None:
    path = tmp_path / "hong.docx"
    path.write_bytes(b"PK\x03\x04 hong")
    with pytest.raises(UserError, match=r"hong\.docx"):
        read_layout(path)
