"""Small, tested helpers over python-docx's XML for documents under Nghị định 30/2020/NĐ-CP.

Why hand-written: python-docx 1.2 has no API for footnotes, fields (the ``PAGE`` number),
table borders, rows that must not split, repeated header rows, the East-Asian and
complex-script font slots (``Font.name`` sets two of the four and keeps the theme fonts),
a page-number restart, or text colours independent of the theme; and ``add_section()``
silently copies the "different first page" flag and the page-number restart into the new
section. Each helper writes the WordprocessingML (ECMA-376) elements directly, in schema
order, on the XML python-docx keeps in memory, and is tested by reading that XML back.

* :mod:`raquan.render.word.fonts`: fonts, language and black text for the document and for runs;
* :mod:`raquan.render.word.footnotes`: real Word footnotes;
* :mod:`raquan.render.word.sections`: page size, margins, orientation, page numbers;
* :mod:`raquan.render.word.tables`: borders, fixed widths, header rows, unsplittable rows;
* :mod:`raquan.render.word.rules`: short centred solid lines;
* :mod:`raquan.render.word.properties`: the document's properties, the template's stale parts;
* :mod:`raquan.render.word.ooxml`: the shared low-level pieces (units, schema order).

Importing this package imports python-docx; only the ``render`` path should do it.
"""

from __future__ import annotations

from raquan.render.word.fonts import set_document_fonts, set_run_fonts
from raquan.render.word.footnotes import Footnotes
from raquan.render.word.ooxml import cm_to_twips, mm_to_twips, pt_to_half_points, pt_to_twips
from raquan.render.word.properties import Properties, drop_stale_parts, set_properties
from raquan.render.word.rules import ParagraphContainer, add_rule
from raquan.render.word.sections import (
    add_field,
    add_page_number,
    page_number_header,
    restart_page_numbers,
    set_different_first_page,
    set_orientation,
    set_page,
)
from raquan.render.word.tables import (
    RowStamp,
    RunStamp,
    append_row,
    set_cant_split,
    set_cell_margins,
    set_column_widths,
    set_repeat_header,
    set_table_borders,
)

__all__ = [
    "Footnotes",
    "ParagraphContainer",
    "Properties",
    "RowStamp",
    "RunStamp",
    "add_field",
    "add_page_number",
    "add_rule",
    "append_row",
    "cm_to_twips",
    "drop_stale_parts",
    "mm_to_twips",
    "page_number_header",
    "pt_to_half_points",
    "pt_to_twips",
    "restart_page_numbers",
    "set_cant_split",
    "set_cell_margins",
    "set_column_widths",
    "set_different_first_page",
    "set_document_fonts",
    "set_orientation",
    "set_page",
    "set_properties",
    "set_repeat_header",
    "set_run_fonts",
    "set_table_borders",
]
