"""Table helpers: borders, fixed widths in twips, repeated header rows, unsplittable rows."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.table import Table

from raquan.render.word import (
    append_row,
    cm_to_twips,
    set_cant_split,
    set_cell_margins,
    set_column_widths,
    set_repeat_header,
    set_table_borders,
)
from support.word_xml import Node, attr, local_names, one, part, xpath

EDGES = ["top", "left", "bottom", "right", "insideH", "insideV"]


def _table(rows: int = 3, cols: int = 3) -> tuple[Document, Table]:
    document = docx.Document()
    table = document.add_table(rows=rows, cols=cols)
    return document, table


def _saved_table(document: Document, tmp_path: Path) -> Node:
    path = tmp_path / "table.docx"
    document.save(str(path))
    return one(part(path, "word/document.xml"), "w:body/w:tbl")


def test_visible_borders_are_six_single_lines(tmp_path: Path) -> None:
    document, table = _table()
    set_table_borders(table, visible=True, size_eighths=6)
    borders = one(_saved_table(document, tmp_path), "w:tblPr/w:tblBorders")
    assert local_names(borders) == EDGES
    for edge in xpath(borders, "*"):
        assert (attr(edge, "w:val"), attr(edge, "w:sz")) == ("single", "6")
        assert attr(edge, "w:color") == "000000"


def test_invisible_borders_replace_visible_ones(tmp_path: Path) -> None:
    document, table = _table()
    table.style = "Table Grid"
    set_table_borders(table, visible=True)
    set_table_borders(table, visible=False)
    tbl = _saved_table(document, tmp_path)
    borders = one(tbl, "w:tblPr/w:tblBorders")
    assert local_names(borders) == EDGES
    assert {attr(edge, "w:val") for edge in xpath(borders, "*")} == {"nil"}
    names = local_names(one(tbl, "w:tblPr"))
    assert names.index("tblStyle") < names.index("tblBorders") < names.index("tblLook")


def test_header_rows_repeat_and_rows_do_not_split(tmp_path: Path) -> None:
    document, table = _table(rows=3)
    set_repeat_header(table.rows[0])
    for row in table.rows:
        set_cant_split(row)
        set_cant_split(row)
    set_repeat_header(table.rows[1])
    set_repeat_header(table.rows[1], False)
    rows = xpath(_saved_table(document, tmp_path), "w:tr")
    assert local_names(one(rows[0], "w:trPr")) == ["cantSplit", "tblHeader"]
    assert local_names(rows[0])[0] == "trPr"
    for row in rows[1:]:
        assert local_names(one(row, "w:trPr")) == ["cantSplit"]
        assert local_names(row)[0] == "trPr"


def test_column_widths_are_fixed_in_grid_cells_and_table(tmp_path: Path) -> None:
    document, table = _table(rows=2, cols=3)
    table.cell(1, 1).merge(table.cell(1, 2))
    set_column_widths(table, [1.5, 6, 8.5])
    tbl = _saved_table(document, tmp_path)
    expected = [850, 3402, 4819]
    assert [cm_to_twips(w) for w in (1.5, 6, 8.5)] == expected
    assert [int(attr(c, "w:w") or 0) for c in xpath(tbl, "w:tblGrid/w:gridCol")] == expected
    assert attr(one(tbl, "w:tblPr/w:tblLayout"), "w:type") == "fixed"
    width = one(tbl, "w:tblPr/w:tblW")
    assert (attr(width, "w:w"), attr(width, "w:type")) == (str(sum(expected)), "dxa")
    first, second = xpath(tbl, "w:tr")
    assert [attr(w, "w:w") for w in xpath(first, "w:tc/w:tcPr/w:tcW")] == ["850", "3402", "4819"]
    assert [attr(w, "w:w") for w in xpath(second, "w:tc/w:tcPr/w:tcW")] == ["850", "8221"]
    assert {attr(w, "w:type") for w in xpath(tbl, "w:tr/w:tc/w:tcPr/w:tcW")} == {"dxa"}
    for tc_pr in xpath(tbl, "w:tr/w:tc/w:tcPr"):
        assert local_names(tc_pr)[0] == "tcW"


def test_column_widths_must_match_the_columns() -> None:
    _, table = _table(cols=3)
    with pytest.raises(ValueError, match="3 columns, 2 widths"):
        set_column_widths(table, [5, 5])


def test_cell_margins_on_table_and_cell(tmp_path: Path) -> None:
    document, table = _table()
    set_cell_margins(table, left_cm=0.1, right_cm=0.1)
    set_cell_margins(table.cell(0, 0), top_cm=0.2)
    tbl = _saved_table(document, tmp_path)
    margins = one(tbl, "w:tblPr/w:tblCellMar")
    assert local_names(margins) == ["left", "right"]
    assert attr(one(margins, "w:left"), "w:w") == str(cm_to_twips(0.1))
    assert attr(one(tbl, "w:tr[1]/w:tc[1]/w:tcPr/w:tcMar/w:top"), "w:w") == "113"


def test_append_row_adds_cells_as_wide_as_their_columns(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    set_column_widths(table, [1.5, 10, 4])
    header = append_row(table, header=True)
    body = append_row(table)
    loose = append_row(table, cant_split=False)
    header[1].paragraphs[0].add_run("Đơn vị")
    body[2].paragraphs[0].add_run("1.250")
    tbl = _saved_table(document, tmp_path)
    rows = xpath(tbl, "w:tr")
    assert len(rows) == 3
    assert local_names(one(rows[0], "w:trPr")) == ["cantSplit", "tblHeader"]
    assert local_names(one(rows[1], "w:trPr")) == ["cantSplit"]
    assert not xpath(rows[2], "w:trPr/*")
    widths = [attr(tc, "w:w") for tc in xpath(rows[1], "w:tc/w:tcPr/w:tcW")]
    assert widths == [str(cm_to_twips(w)) for w in (1.5, 10, 4)]
    assert [len(loose), len(header)] == [3, 3]
    assert xpath(rows[0], "w:tc[2]//w:t/text()") == ["Đơn vị"]


def test_a_long_table_is_built_without_python_docx_row_access(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``table.rows[i]`` and ``row.cells`` walk the whole table: building 2,000 rows through them
    is quadratic. The typesetter must not call them."""
    import docx.table

    from raquan.render.typeset import CELL, Typesetter
    from raquan.render.word import Footnotes

    def forbidden(*args: object, **kwargs: object) -> object:
        raise AssertionError("quadratic row access")

    monkeypatch.setattr(docx.table._Rows, "__getitem__", forbidden)
    monkeypatch.setattr(docx.table._Row, "cells", property(forbidden))
    monkeypatch.setattr(docx.table.Table, "_cells", property(forbidden))
    document = docx.Document()
    lines = ["| STT | Công trình | Khối lượng |", "|:-:|---|--:|"]
    lines += [f"| {n} | Bê tông hóa đường thôn {n} | {n * 10} |" for n in range(1, 2001)]
    Typesetter(Footnotes(document), text_width_cm=16.5).add(document, "\n".join(lines), CELL)
    tbl = document.tables[-1]._tbl
    assert len(tbl.tr_lst) == 2001
