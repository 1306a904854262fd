"""Page size, margins, orientation and page numbers of a section.

python-docx can set the page size and margins, but has no field API (a page number is a
``PAGE`` field), no ``w:pgNumType`` (restarting the numbers), and ``Document.add_section()``
clones the previous ``w:sectPr``: the "different first page" flag and the number restart are
inherited silently unless set on every section, while headers are not (the new section links
to the previous one's). The helpers here set each of these explicitly.

Two more traps, outside these helpers' reach:

* a ``Section`` taken before ``add_section()`` wraps the body's last ``w:sectPr``, which then
  belongs to the *new* section; take ``document.sections[i]`` again after adding one;
* LibreOffice drops the page setup (orientation, number restart) of a section whose first
  block is a table: start each section with a paragraph (the appendix label).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.shared import Mm

from raquan.render.word.fonts import DEFAULT_FONT, set_run_fonts
from raquan.render.word.ooxml import (
    SECTPR_ORDER,
    find,
    get_or_add,
    new_element,
    remove_attributes,
    set_attributes,
)

if TYPE_CHECKING:
    from docx.section import Section, _Header
    from docx.text.paragraph import Paragraph

__all__ = [
    "add_field",
    "add_page_number",
    "page_number_header",
    "restart_page_numbers",
    "set_different_first_page",
    "set_orientation",
    "set_page",
]

A4_WIDTH_MM = 210
A4_HEIGHT_MM = 297


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "") -> None:
    """Append a complex field (``w:fldChar`` begin/separate/end) to `paragraph`.

    `instruction` is the field code (``PAGE``, ``NUMPAGES``…); `placeholder` is the result
    shown until the application updates the field. Word and LibreOffice recompute page fields
    at layout, so no "update fields" prompt is needed.
    """
    p = paragraph._p
    p.add_r().append(new_element("w:fldChar", {"w:fldCharType": "begin"}))
    instr = new_element("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    p.add_r().append(instr)
    p.add_r().append(new_element("w:fldChar", {"w:fldCharType": "separate"}))
    p.add_r().add_t(placeholder)
    p.add_r().append(new_element("w:fldChar", {"w:fldCharType": "end"}))


def add_page_number(paragraph: Paragraph) -> None:
    """Append a ``PAGE`` field (the current page number, shown as ``1`` until laid out)."""
    add_field(paragraph, "PAGE", "1")


def set_different_first_page(section: Section, value: bool) -> None:
    """Turn the "different first page" header/footer (``w:titlePg``) of `section` on or off.

    Call it for every section: ``add_section()`` copies the flag from the previous section.
    """
    section.different_first_page_header_footer = value


def restart_page_numbers(section: Section, start: int | None = 1) -> None:
    """Number the pages of `section` from `start` (``w:pgNumType/@w:start``).

    ``None`` removes the restart, so the numbering continues from the previous section; call
    it that way on a new section whose predecessor restarted, since ``add_section()`` copies
    ``w:pgNumType`` too.
    """
    sect_pr = section._sectPr
    if start is None:
        pg_num_type = find(sect_pr, "w:pgNumType")
        if pg_num_type is not None:
            remove_attributes(pg_num_type, "w:start")
        return
    pg_num_type = get_or_add(sect_pr, "w:pgNumType", SECTPR_ORDER)
    set_attributes(pg_num_type, {"w:start": str(start)})


def set_orientation(section: Section, landscape: bool) -> None:
    """Portrait or landscape, with the page's width and height swapped to match.

    Landscape puts the long side horizontal (A4: 297 × 210 mm). The margins keep their
    values for the page as it is read (top, bottom, left, right), which is how appendices in
    landscape are laid out in practice. Calling it twice with the same value changes nothing.
    """
    width = section.page_width if section.page_width is not None else Mm(A4_WIDTH_MM)
    height = section.page_height if section.page_height is not None else Mm(A4_HEIGHT_MM)
    long_side, short_side = max(width, height), min(width, height)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = long_side if landscape else short_side
    section.page_height = short_side if landscape else long_side


def set_page(
    section: Section,
    *,
    width_mm: float = A4_WIDTH_MM,
    height_mm: float = A4_HEIGHT_MM,
    top_mm: float = 20,
    bottom_mm: float = 20,
    left_mm: float = 30,
    right_mm: float = 15,
    header_mm: float = 10,
    footer_mm: float = 10,
) -> None:
    """Page size and margins of `section`: A4 and the margins of Nghị định 30 by default.

    The orientation follows the size (landscape when wider than tall). `header_mm` is the
    distance from the top edge to the header (the page number), below the top margin.
    """
    section.page_width = Mm(width_mm)
    section.page_height = Mm(height_mm)
    section.orientation = WD_ORIENT.LANDSCAPE if width_mm > height_mm else WD_ORIENT.PORTRAIT
    section.top_margin = Mm(top_mm)
    section.bottom_margin = Mm(bottom_mm)
    section.left_margin = Mm(left_mm)
    section.right_margin = Mm(right_mm)
    section.header_distance = Mm(header_mm)
    section.footer_distance = Mm(footer_mm)
    section.gutter = Mm(0)


def _clear(header: _Header) -> Paragraph:
    """Leave exactly one empty paragraph in `header` and return it.

    The paragraph is formatted directly (no indent, no spacing, single line) so that what the
    Normal style carries for the body (a first-line indent, space after) cannot move it.
    """
    root = header._element
    for child in list(root):
        root.remove(child)
    paragraph = header.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Mm(0)
    fmt.left_indent = Mm(0)
    fmt.right_indent = Mm(0)
    fmt.space_before = Mm(0)
    fmt.space_after = Mm(0)
    fmt.line_spacing = 1.0
    return paragraph


def page_number_header(section: Section, *, size_pt: float = 13, font: str = DEFAULT_FONT) -> None:
    """Give `section` its own header with the page number, centred, and an empty first page.

    The default header is unlinked from the previous section's and holds one centred
    paragraph with a ``PAGE`` field; the first-page header holds one empty paragraph, so that
    when ``w:titlePg`` is on (:func:`set_different_first_page`) page 1 shows no number.
    """
    header = section.header
    header.is_linked_to_previous = False
    paragraph = _clear(header)
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    add_page_number(paragraph)
    for run in paragraph.runs:
        set_run_fonts(run, font, size_pt=size_pt)

    first = section.first_page_header
    first.is_linked_to_previous = False
    _clear(first)
