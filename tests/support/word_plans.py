"""Plans typed in Word the way offices type them, built with python-docx for the import tests.

Not made by raquan: header and closing blocks as borderless tables or tab-separated lines,
Word's automatic numbering (``numbering.xml``) for "I.", "1.", "a)", "-" and "+", heading
styles, uneven spacing, footnotes typed as superscripts or made by Word.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.table import Table
from docx.text.paragraph import Paragraph

Level = tuple[str, str]
"""A list level: Word's number format ("upperRoman", "decimal", "lowerLetter", "bullet") and
its text ("%1.", "%1)", "-", "+")."""


class WordPlan:
    """A Word document being typed."""

    def __init__(self) -> None:
        self.document: Document = docx.Document()
        self._numbering = self.document.part.numbering_part.element
        self._next = 100

    def numbered(self, levels: Sequence[Level]) -> str:
        """A new list with these levels; returns its ``numId``."""
        self._next += 1
        abstract_id = str(self._next)
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
        )
        first_num = self._numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._numbering.append(abstract)
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{abstract_id}">'
            f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
        )
        self._numbering.append(num)
        return abstract_id

    def paragraph(
        self,
        *runs: str | tuple[str, dict[str, Any]],
        num: str | None = None,
        level: int = 0,
        style: str | None = None,
        align: str | None = None,
        bold: bool = False,
        container: Any = None,
    ) -> Paragraph:
        """A paragraph of runs; a run is text, or ``(text, {"bold": True, "italic": True,
        "superscript": True})``."""
        target = container if container is not None else self.document
        paragraph: Paragraph = target.add_paragraph(style=style)
        for run in runs:
            text, look = (run, {}) if isinstance(run, str) else run
            added = paragraph.add_run(text)
            added.bold = look.get("bold", bold) or None
            added.italic = look.get("italic") or None
            if look.get("superscript"):
                added.font.superscript = True
        if num is not None:
            properties = paragraph._p.get_or_add_pPr()
            properties.append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                    f'<w:numId w:val="{num}"/></w:numPr>'
                )
            )
        if align == "center":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "justify":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return paragraph

    def table(
        self, rows: Sequence[Sequence[str | Sequence[str]]], *, borders: bool = True
    ) -> Table:
        """A table; a cell given as a list of strings holds one paragraph per string."""
        table: Table = self.document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        if borders:
            table.style = self.document.styles["Table Grid"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = table.rows[r].cells[c]
                lines = [value] if isinstance(value, str) else list(value)
                cell.paragraphs[0].add_run(lines[0] if lines else "")
                for line in lines[1:]:
                    cell.add_paragraph(line)
        return table

    def merge_down(self, table: Table, column: int, first: int, last: int) -> None:
        """Merge a column's cells from row ``first`` to row ``last`` (one lead for several
        tasks), keeping the first cell's text."""
        top = table.cell(first, column)
        for row in range(first + 1, last + 1):
            cell = table.cell(row, column)
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.text = ""
        top.merge(table.cell(last, column))

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path
