"""Table borders, fixed column widths, header rows, unsplittable rows and cell margins.

python-docx 1.2 has no API for table borders, ``w:tblHeader`` or ``w:cantSplit``, and its
column width (``w:gridCol``) alone is not honoured by LibreOffice, which sizes columns from
each cell's ``w:tcW`` and the table's ``w:tblW`` under a fixed layout.

Its row access is quadratic: ``table.rows[i]`` lists every row, and ``row.cells`` lays out the
whole table's grid, so filling a table row by row through them takes time proportional to the
square of its size (14 s for 2,000 rows). :func:`append_row` adds a row and hands back its
cells in time proportional to the row; :class:`RowStamp` goes further for long tables: a row
made and styled once through python-docx is copied for every row of data (an lxml deep copy),
and :class:`RunStamp` does the same for runs of text.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from docx.oxml.ns import qn
from docx.table import Table, _Cell

from raquan.render.word.ooxml import (
    TBLPR_ORDER,
    TCPR_ORDER,
    TRPR_ORDER,
    cm_to_twips,
    find,
    get_or_add,
    insert_in_order,
    new_element,
    set_attributes,
)

if TYPE_CHECKING:
    from docx.oxml.table import CT_Row, CT_Tbl, CT_Tc
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.table import _Row

__all__ = [
    "RowStamp",
    "RunStamp",
    "append_row",
    "set_cant_split",
    "set_cell_margins",
    "set_column_widths",
    "set_repeat_header",
    "set_table_borders",
]

BORDER_EDGES = ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV")
CELL_MARGIN_EDGES = ("w:top", "w:left", "w:bottom", "w:right")


def _tbl_pr(table: Table) -> BaseOxmlElement:
    return cast("BaseOxmlElement", table._tbl.tblPr)


def set_table_borders(table: Table, *, visible: bool, size_eighths: int = 4) -> None:
    """All six borders of `table` single black lines of `size_eighths` / 8 pt, or none.

    Borderless (``nil``, which also overrides a table style's borders) suits the header and
    closing blocks of a document; appendix tables have borders.
    """
    tbl_pr = _tbl_pr(table)
    old = find(tbl_pr, "w:tblBorders")
    if old is not None:
        tbl_pr.remove(old)
    borders = new_element("w:tblBorders")
    line = (
        {"w:val": "single", "w:sz": str(size_eighths), "w:space": "0", "w:color": "000000"}
        if visible
        else {"w:val": "nil"}
    )
    for edge in BORDER_EDGES:
        borders.append(new_element(edge, line))
    insert_in_order(tbl_pr, borders, TBLPR_ORDER)


def _grid_span(tc: CT_Tc) -> int:
    return tc.grid_span


def _rows(tbl: CT_Tbl) -> list[CT_Row]:
    return list(tbl.tr_lst)


def set_column_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Fix the column widths of `table`, in centimetres, for Word and LibreOffice alike.

    Sets a fixed layout, the grid (``w:gridCol``), every cell's ``w:tcW`` (the sum of the
    columns it spans) and the table width ``w:tblW``, all in twips (``dxa``).
    """
    tbl = table._tbl
    grid = tbl.tblGrid
    grid_cols = list(grid.gridCol_lst)
    if len(grid_cols) != len(widths_cm):
        msg = f"the table has {len(grid_cols)} columns, {len(widths_cm)} widths were given"
        raise ValueError(msg)
    twips = [cm_to_twips(width) for width in widths_cm]
    for grid_col, width in zip(grid_cols, twips, strict=True):
        grid_col.set(qn("w:w"), str(width))

    tbl_pr = _tbl_pr(table)
    set_attributes(get_or_add(tbl_pr, "w:tblLayout", TBLPR_ORDER), {"w:type": "fixed"})
    set_attributes(
        get_or_add(tbl_pr, "w:tblW", TBLPR_ORDER), {"w:w": str(sum(twips)), "w:type": "dxa"}
    )

    for tr in _rows(tbl):
        column = tr.grid_before
        for tc in tr.tc_lst:
            span = _grid_span(tc)
            width = sum(twips[column : column + span])
            tc_pr = cast("BaseOxmlElement", tc.get_or_add_tcPr())
            tc_w = get_or_add(tc_pr, "w:tcW", TCPR_ORDER)
            set_attributes(tc_w, {"w:w": str(width), "w:type": "dxa"})
            column += span


def append_row(table: Table, *, header: bool = False, cant_split: bool = True) -> list[_Cell]:
    """Add a row at the bottom of `table`, one cell per grid column, each as wide as its
    column (set the widths first); return its cells. A `header` row repeats on every page;
    a `cant_split` row stays on one page."""
    tbl = table._tbl
    tr = tbl.add_tr()
    if header:
        _set_flag(tr, "w:tblHeader", True)
    if cant_split:
        _set_flag(tr, "w:cantSplit", True)
    cells = []
    for grid_col in tbl.tblGrid.gridCol_lst:
        tc = tr.add_tc()
        if grid_col.w is not None:
            tc.width = grid_col.w
        cells.append(_Cell(tc, table))
    return cells


class RowStamp:
    """A prototype row: its cells sized, aligned and styled once through python-docx, then
    taken out of the table; :meth:`stamp` appends a copy of it, in constant time per cell."""

    def __init__(self, table: Table, cells: Sequence[_Cell]) -> None:
        self._tbl = table._tbl
        tr = cells[0]._tc.getparent()
        assert tr is not None
        self._tbl.remove(tr)
        self._row = tr

    def stamp(self) -> list[BaseOxmlElement]:
        """Append a copy of the prototype row; the first paragraph (``w:p``) of each cell."""
        tr = copy.deepcopy(self._row)
        self._tbl.append(tr)
        return [cast("BaseOxmlElement", tc.find(qn("w:p"))) for tc in tr.iterfind(qn("w:tc"))]


class RunStamp:
    """Prototype runs (``w:r`` with their properties) copied to add text to a paragraph: one
    made by python-docx for each look (bold, italic), then copied for each piece of text."""

    def __init__(self, make: Callable[[bool, bool], BaseOxmlElement]) -> None:
        self._make = make
        self._prototypes: dict[tuple[bool, bool], BaseOxmlElement] = {}

    def add(self, paragraph: BaseOxmlElement, text: str, *, bold: bool, italic: bool) -> None:
        """Append a run of ``text`` to ``paragraph`` (a ``w:p`` element)."""
        key = (bold, italic)
        prototype = self._prototypes.get(key)
        if prototype is None:
            prototype = self._prototypes[key] = self._make(bold, italic)
        run = copy.deepcopy(prototype)
        t = run.find(qn("w:t"))
        assert t is not None
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        paragraph.append(run)


def _tr_pr(tr: CT_Row) -> BaseOxmlElement:
    tr_pr = find(tr, "w:trPr")
    if tr_pr is None:
        tr_pr = new_element("w:trPr")
        insert_in_order(tr, tr_pr, ("w:tblPrEx", "w:trPr", "w:tc"))
    return tr_pr


def set_repeat_header(row: _Row, value: bool = True) -> None:
    """Repeat `row` at the top of every page the table runs onto (``w:tblHeader``).

    Only a table's first rows, without gaps, can repeat.
    """
    _set_flag(row._tr, "w:tblHeader", value)


def set_cant_split(row: _Row, value: bool = True) -> None:
    """Keep `row` on one page rather than breaking it across pages (``w:cantSplit``)."""
    _set_flag(row._tr, "w:cantSplit", value)


def _set_flag(tr: CT_Row, tag: str, value: bool) -> None:
    tr_pr = _tr_pr(tr)
    old = find(tr_pr, tag)
    if old is not None:
        tr_pr.remove(old)
    if value:
        insert_in_order(tr_pr, new_element(tag), TRPR_ORDER)


def set_cell_margins(
    target: Table | _Cell,
    *,
    top_cm: float | None = None,
    bottom_cm: float | None = None,
    left_cm: float | None = None,
    right_cm: float | None = None,
) -> None:
    """Inner margins of every cell of a table (``w:tblCellMar``) or of one cell (``w:tcMar``).

    Margins left at ``None`` are not changed.
    """
    if isinstance(target, Table):
        margins = get_or_add(_tbl_pr(target), "w:tblCellMar", TBLPR_ORDER)
    else:
        tc_pr = cast("BaseOxmlElement", target._tc.get_or_add_tcPr())
        margins = get_or_add(tc_pr, "w:tcMar", TCPR_ORDER)
    for edge, value in zip(CELL_MARGIN_EDGES, (top_cm, left_cm, bottom_cm, right_cm), strict=True):
        if value is not None:
            element = get_or_add(margins, edge, CELL_MARGIN_EDGES)
            set_attributes(element, {"w:w": str(cm_to_twips(value)), "w:type": "dxa"})
