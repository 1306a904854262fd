"""The fixed frame of an administrative document, built from the model (Nghị định 30/2020).

- the page: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman on all
  font slots, Vietnamese language; page numbers centred in the top margin from page 2 on;
- the header block: a borderless two-column table. Left: the supervising body (upright), the
  issuing body (bold) and a short line under it, then "Số: 05/KH-UBND". Right: the national
  name (bold, 12 pt), the motto (bold, 13 pt) with a line as long as it, then the place and
  date in italics ("Kon Tum, ngày 10 tháng 01 năm 2023"); a draft keeps the number and the
  day blank;
- the type name ("KẾ HOẠCH") and the summary, bold and centred, with a short line under them;
- the closing block: a borderless two-column table. Left: "Nơi nhận:" (12 pt, bold italic)
  and the recipients (11 pt). Right: the authority and titles (bold), room for the signature
  and seal, and the signer's name (bold);
- appendices: each in its own landscape section, numbered from 1, with its number shown on its
  first page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section
from docx.shared import Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from raquan.render.typeset import ParagraphStyle, apply_style
from raquan.render.word import (
    add_rule,
    page_number_header,
    restart_page_numbers,
    set_column_widths,
    set_different_first_page,
    set_document_fonts,
    set_page,
    set_table_borders,
)


@dataclass(frozen=True, slots=True)
class Page:
    """The size and margins of a page, in millimetres."""

    width_mm: float
    height_mm: float
    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float

    @property
    def text_width_cm(self) -> float:
        """The width between the left and right margins."""
        return (self.width_mm - self.left_mm - self.right_mm) / 10

    def apply(self, section: Section) -> None:
        """Give ``section`` this page's size and margins (and orientation)."""
        set_page(section, **asdict(self))


PORTRAIT = Page(210, 297, top_mm=20, bottom_mm=20, left_mm=30, right_mm=15)
"""A4 with the margins of Nghị định 30."""
LANDSCAPE = Page(297, 210, top_mm=20, bottom_mm=20, left_mm=20, right_mm=20)
"""The page of an appendix."""

FONT = "Times New Roman"
TEXT_WIDTH_CM = PORTRAIT.text_width_cm
LANDSCAPE_TEXT_WIDTH_CM = LANDSCAPE.text_width_cm
HEADER_COLUMNS_CM = (6.5, TEXT_WIDTH_CM - 6.5)
CLOSING_COLUMNS_CM = (6.5, TEXT_WIDTH_CM - 6.5)
CELL_MARGINS_CM = 0.38
"""Word's default left and right cell margins (0.19 cm each)."""
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def text_width_cm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """A rough printed width of a line of Times New Roman, to size the short lines under it."""
    upper = sum(1 for char in text if char.isupper())
    em = (0.72 if bold else 0.68) * upper + (0.5 if bold else 0.46) * (len(text) - upper)
    return em * size_pt / 72 * 2.54


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """What the header block prints."""

    supervising_body: Sequence[str]
    issuing_body: Sequence[str]
    number_line: str
    place_date: str


@dataclass(frozen=True, slots=True)
class ClosingBlock:
    """What the closing block prints; ``recipients`` is laid out by the caller."""

    signature_lines: Sequence[str]
    signer: str


def setup_document(document: Document) -> None:
    """A4 portrait, the margins, fonts, language and page numbers from page 2."""
    set_document_fonts(document, FONT, language="vi-VN", size_pt=14)
    section = document.sections[0]
    PORTRAIT.apply(section)
    set_different_first_page(section, True)
    page_number_header(section, size_pt=13, font=FONT)


def _unused(container: _Cell | Document) -> Paragraph | None:
    """The empty paragraph a new table cell comes with, to write into instead of adding one."""
    if isinstance(container, _Cell):
        paragraphs: list[Paragraph] = container.paragraphs
        if len(paragraphs) == 1 and len(paragraphs[0]._p) == 0:
            return paragraphs[0]
    return None


def _lines(
    container: _Cell | Document,
    texts: Iterable[str],
    *,
    size_pt: float,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
) -> list[Paragraph]:
    """Each text a paragraph at the end of ``container``, set single-spaced without indent."""
    style = ParagraphStyle(
        size_pt=size_pt,
        alignment=align,
        first_line_cm=0,
        space_after_pt=0,
        line_spacing=1.0,
        outline=False,
    )
    written = []
    for text in texts:
        paragraph = _unused(container) or container.add_paragraph()
        apply_style(paragraph, style)
        run = paragraph.add_run(text)
        run.font.size = Pt(size_pt)
        run.bold = bold or None
        run.italic = italic or None
        written.append(paragraph)
    return written


def header_block(document: Document, block: HeaderBlock) -> None:
    """The two-column header table of page 1."""
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table, visible=False)
    set_column_widths(table, HEADER_COLUMNS_CM)
    left, right = table.rows[0].cells
    left_width, right_width = HEADER_COLUMNS_CM
    _lines(left, [text.upper() for text in block.supervising_body], size_pt=13)
    _lines(left, [text.upper() for text in block.issuing_body], size_pt=13, bold=True)
    issuer_width = max(text_width_cm(t.upper(), 13, bold=True) for t in block.issuing_body)
    add_rule(
        left,
        length_cm=max(1.5, issuer_width * 0.4),
        available_cm=left_width - CELL_MARGINS_CM,
        space_before_pt=3,
    )
    _lines(right, [NATIONAL_NAME], size_pt=12, bold=True)
    _lines(right, [MOTTO], size_pt=13, bold=True)
    add_rule(
        right,
        length_cm=min(right_width - 1, text_width_cm(MOTTO, 13, bold=True)),
        available_cm=right_width - CELL_MARGINS_CM,
        space_before_pt=3,
    )
    number, place = table.rows[1].cells
    _lines(number, [block.number_line], size_pt=13)
    _lines(place, [block.place_date], size_pt=13, italic=True)
    for cell in (left, right, number, place):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def title_block(document: Document, type_name: str, summary: str) -> None:
    """The type name and the summary, bold and centred, with a short line under them."""
    (type_line,) = _lines(document, [type_name.upper()], size_pt=14, bold=True)
    type_line.paragraph_format.space_before = Pt(18)
    lines = [line.strip() for line in summary.splitlines() if line.strip()]
    _lines(document, lines, size_pt=14, bold=True)
    add_rule(document, length_cm=3.0, available_cm=TEXT_WIDTH_CM, space_before_pt=2)
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(6)


def closing_block(document: Document, block: ClosingBlock) -> _Cell:
    """The closing table; returns the left cell, where the recipients go after "Nơi nhận:"."""
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(0)
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table, visible=False)
    set_column_widths(table, CLOSING_COLUMNS_CM)
    left: _Cell = table.rows[0].cells[0]
    right: _Cell = table.rows[0].cells[1]
    _lines(left, ["Nơi nhận:"], size_pt=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    _lines(right, [text.upper() for text in block.signature_lines], size_pt=14, bold=True)
    _lines(right, [""] * 4, size_pt=14)  # room for the signature and the seal
    _lines(right, [block.signer], size_pt=14, bold=True)
    return left


def appendix_section(document: Document) -> None:
    """Start an appendix: a new landscape section, numbered from 1, number on its first page."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    LANDSCAPE.apply(section)
    set_different_first_page(section, False)
    restart_page_numbers(section, 1)
    page_number_header(section, size_pt=13, font=FONT)
