"""The fixed frame of an administrative document, built from the model (Nghị định 30/2020).

- the page: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman on all
  font slots, Vietnamese language; page numbers centred in the top margin from page 2 on;
  every size, margin and rule length comes from ``raquan.domain.layout``, which the layout
  checks (RQ6xx) read too;
- the header block: a borderless two-column table. Left: the supervising body (upright), the
  issuing body (bold) and a short line under it, then "Số: 05/KH-UBND". Right: the national
  name (bold, 12 pt), the motto (bold, 13 pt) with a line as long as it, then the place and
  date in italics ("Kon Tum, ngày 10 tháng 01 năm 2023"); a draft keeps the number and the
  day blank;
- the type name ("KẾ HOẠCH") and the summary, bold and centred, a line too long for the page
  broken into even lines, with a short line under them, set off by half a line;
- the closing block: a borderless two-column table. Left: "Nơi nhận:" (12 pt, bold italic)
  and the recipients (11 pt). Right: the authority and titles (bold), room for the signature
  and seal, and the signer's name (bold);
- appendices: each in its own landscape section (30 mm on the top edge, the binding edge of a
  landscape page), numbered from 1, with its number shown on its first page.
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.section import Section
from docx.shared import Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from raquan.domain.layout import (
    AUTHORITY_STYLE,
    CELL_MARGIN_CM,
    CLOSING_LEFT_CM,
    FONT,
    HEADER_LEFT_CM,
    ISSUER_RULE,
    ISSUING_BODY,
    LANDSCAPE,
    MOTTO,
    MOTTO_RULE,
    MOTTO_STYLE,
    NATIONAL_NAME,
    NATIONAL_NAME_STYLE,
    NUMBER_STYLE,
    PAGE_NUMBER_STYLE,
    PLACE_DATE_STYLE,
    PORTRAIT,
    RECIPIENTS_LABEL,
    RECIPIENTS_LABEL_STYLE,
    SIGNER_STYLE,
    SUMMARY_RULE,
    SUMMARY_STYLE,
    SUPERVISING_BODY,
    TYPE_NAME_STYLE,
    Page,
    RuleLength,
    TextStyle,
)
from raquan.domain.textwidth import balanced_lines, text_width_cm
from raquan.render.parts import ClosingBlock, HeaderBlock
from raquan.render.typeset import BODY_TEXT_SIZE, ParagraphStyle, apply_style
from raquan.render.word import (
    add_rule,
    page_number_header,
    restart_page_numbers,
    set_cant_split,
    set_column_widths,
    set_different_first_page,
    set_document_fonts,
    set_page,
    set_table_borders,
)


def apply_page(section: Section, page: Page) -> None:
    """Give ``section`` the size and margins (and so the orientation) of ``page``."""
    set_page(
        section,
        width_mm=page.width_mm,
        height_mm=page.height_mm,
        top_mm=page.top_mm,
        bottom_mm=page.bottom_mm,
        left_mm=page.left_mm,
        right_mm=page.right_mm,
        header_mm=page.header_mm,
    )


TEXT_WIDTH_CM = PORTRAIT.text_width_cm
LANDSCAPE_TEXT_WIDTH_CM = LANDSCAPE.text_width_cm
HEADER_COLUMNS_CM = (HEADER_LEFT_CM, TEXT_WIDTH_CM - HEADER_LEFT_CM)
CLOSING_COLUMNS_CM = (CLOSING_LEFT_CM, TEXT_WIDTH_CM - CLOSING_LEFT_CM)
CELL_MARGINS_CM = 2 * CELL_MARGIN_CM
"""A cell's left and right inner margins together."""
SUMMARY_MAX_CM = TEXT_WIDTH_CM - 1
"""A summary line wider than this is broken into even lines."""


def _width(texts: Iterable[str], style: TextStyle, available_cm: float) -> float:
    """The printed width of the longest of ``texts`` in ``style``, at most ``available_cm``
    (a longer line wraps)."""
    widths = [text_width_cm(t, style.size, bold=bool(style.bold)) for t in texts]
    return min(max(widths, default=0.0), available_cm)


def _rule_length(rule: RuleLength, text_cm: float, available_cm: float) -> float:
    return min(available_cm, max(0.5, text_cm * rule.fraction))


def setup_document(document: Document) -> None:
    """A4 portrait, the margins, fonts, language and page numbers from page 2."""
    set_document_fonts(document, FONT, language="vi-VN", size_pt=BODY_TEXT_SIZE)
    section = document.sections[0]
    apply_page(section, PORTRAIT)
    set_different_first_page(section, True)
    page_number_header(section, size_pt=PAGE_NUMBER_STYLE.size, font=FONT)


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
    style: TextStyle,
    *,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
) -> list[Paragraph]:
    """Each text a paragraph at the end of ``container`` in ``style`` (its size, weight and
    slant), set single-spaced without indent."""
    paragraph_style = ParagraphStyle(
        size_pt=style.size,
        alignment=align,
        first_line_cm=0,
        space_after_pt=0,
        line_spacing=1.0,
        outline=False,
    )
    written = []
    for text in texts:
        paragraph = _unused(container) or container.add_paragraph()
        apply_style(paragraph, paragraph_style)
        run = paragraph.add_run(text.upper() if style.upper else text)
        run.font.size = Pt(style.size)
        run.bold = style.bold or None
        run.italic = style.italic or None
        written.append(paragraph)
    return written


def header_block(document: Document, block: HeaderBlock) -> None:
    """The two-column header table of page 1."""
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(table, visible=False)
    set_column_widths(table, HEADER_COLUMNS_CM)
    left, right = table.rows[0].cells
    left_cm, right_cm = (width - CELL_MARGINS_CM for width in HEADER_COLUMNS_CM)
    _lines(left, block.supervising_body, SUPERVISING_BODY)
    _lines(left, block.issuing_body, ISSUING_BODY)
    issuer_cm = _width((t.upper() for t in block.issuing_body), ISSUING_BODY, left_cm)
    add_rule(
        left,
        length_cm=_rule_length(ISSUER_RULE, issuer_cm, left_cm),
        available_cm=left_cm,
        space_before_pt=ISSUER_RULE.gap_pt,
    )
    _lines(right, [NATIONAL_NAME], NATIONAL_NAME_STYLE)
    _lines(right, [MOTTO], MOTTO_STYLE)
    add_rule(
        right,
        length_cm=_rule_length(MOTTO_RULE, _width([MOTTO], MOTTO_STYLE, right_cm), right_cm),
        available_cm=right_cm,
        space_before_pt=MOTTO_RULE.gap_pt,
    )
    number, place = table.rows[1].cells
    _lines(number, [block.number_line], NUMBER_STYLE)
    _lines(place, [block.place_date], PLACE_DATE_STYLE)
    for cell in (left, right, number, place):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def title_block(document: Document, type_name: str, summary: str) -> None:
    """The type name and the summary, bold and centred, with a short line under them, set off
    from the summary; a summary line too long for the page is broken into even lines."""
    (type_line,) = _lines(document, [type_name], TYPE_NAME_STYLE)
    type_line.paragraph_format.space_before = Pt(18)
    lines = [
        printed
        for line in summary.splitlines()
        for printed in balanced_lines(
            line, SUMMARY_MAX_CM, SUMMARY_STYLE.size, bold=bool(SUMMARY_STYLE.bold)
        )
    ]
    _lines(document, lines, SUMMARY_STYLE)
    summary_cm = _width(lines, SUMMARY_STYLE, TEXT_WIDTH_CM)
    add_rule(
        document,
        length_cm=_rule_length(SUMMARY_RULE, summary_cm, TEXT_WIDTH_CM),
        available_cm=TEXT_WIDTH_CM,
        space_before_pt=SUMMARY_RULE.gap_pt,
    )
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
    row = table.rows[0]
    set_cant_split(row)  # the recipients and the signature stay together on one page
    left: _Cell = row.cells[0]
    right: _Cell = row.cells[1]
    _lines(left, [RECIPIENTS_LABEL], RECIPIENTS_LABEL_STYLE, align=WD_ALIGN_PARAGRAPH.LEFT)
    _lines(right, block.signature_lines, AUTHORITY_STYLE)
    blank = TextStyle("", SIGNER_STYLE.size, SIGNER_STYLE.sizes)
    _lines(right, [""] * 4, blank)  # room for the signature and the seal
    _lines(right, [block.signer], SIGNER_STYLE)
    return left


def appendix_section(document: Document) -> None:
    """Start an appendix: a new landscape section, numbered from 1, number on its first page."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    apply_page(section, LANDSCAPE)
    set_different_first_page(section, False)
    restart_page_numbers(section, 1)
    page_number_header(section, size_pt=PAGE_NUMBER_STYLE.size, font=FONT)
