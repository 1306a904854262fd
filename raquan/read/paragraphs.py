"""A Word or text document as a clerk sees it: paragraphs and tables, each paragraph numbered.

This is the common form of every document raquan reads that is not YAML: ``docxread`` makes
it from a ``.docx``, ``textread`` from a ``.md`` or ``.txt`` file, and the plan extraction and
the layout checks work on it.

**Paragraph numbers ("đoạn N").** In a ``.docx``, N counts every paragraph mark of the main
document body in document order, starting at 1:

- empty paragraphs count (they are visible marks in Word with ¶ shown);
- paragraphs inside table cells count where they stand: row by row, cell by cell, and a
  nested table's paragraphs inside its cell, in order;
- paragraphs of headers, footers, footnotes, endnotes, comments and text boxes do not count
  (a text box's text is not part of the flow; it is reported as skipped);
- a paragraph deleted with tracked changes still counts (its mark is still in the file), and
  shows no text.

So "đoạn N" is the N-th ``w:p`` element under ``w:body`` of ``word/document.xml`` in document
order, leaving out those inside ``w:txbxContent``. The numbers do not depend on what raquan
understands of the text, so every tool that reports on a ``.docx`` (import, content checks,
layout checks) points at the same paragraph. In a text file, a paragraph is located by the
line it starts on, and the column of any piece of it is exact.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

DocumentKind = Literal["docx", "md", "txt"]


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a paragraph's text with one look.

    ``note`` marks a footnote (or endnote) reference: its text is empty and ``note`` is the
    key of the note's text in :attr:`ReadDocument.notes`.
    """

    text: str
    bold: bool = False
    italic: bool = False
    superscript: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class CellPlace:
    """Where a paragraph is in a table: the table's number (from 1), row and column (from 0)."""

    table: int
    row: int
    column: int


@dataclass(slots=True)
class Paragraph:
    """One paragraph: its number, its runs, and what its style says about it.

    ``marker`` is the list number or bullet that Word draws for the paragraph from its
    automatic numbering ("1.", "a)", "-"): it is not in the runs, but a clerk sees it, so it
    starts :attr:`text`. ``heading`` is the outline level of a heading style (1 for Heading 1).
    ``line`` is the line a text file's paragraph starts on (0 for a .docx).
    """

    number: int
    runs: list[Run] = field(default_factory=list)
    marker: str = ""
    heading: int | None = None
    style: str = ""
    align: str = ""
    cell: CellPlace | None = None
    line: int = 0
    rule: bool = False
    """A horizontal line: an empty paragraph with a border, or ``---`` in Markdown."""

    @property
    def body(self) -> str:
        """The text of the runs (without the numbering marker)."""
        return "".join(run.text for run in self.runs)

    @property
    def text(self) -> str:
        """The paragraph as a clerk reads it: the marker, a space, then the runs' text."""
        body = self.body
        return f"{self.marker} {body}" if self.marker else body

    @property
    def offset(self) -> int:
        """Where the runs' text starts in :attr:`text`."""
        return len(self.marker) + 1 if self.marker else 0

    @property
    def blank(self) -> bool:
        """True when the paragraph shows nothing but spaces."""
        return not self.text.strip() and not any(run.note for run in self.runs)

    @property
    def bold(self) -> bool:
        """True when every visible character is bold."""
        shown = [run for run in self.runs if run.text.strip()]
        return bool(shown) and all(run.bold for run in shown)

    @property
    def italic(self) -> bool:
        """True when every visible character is italic."""
        shown = [run for run in self.runs if run.text.strip()]
        return bool(shown) and all(run.italic for run in shown)


MAX_GRID_SPAN = 63
"""The most grid columns a cell may span: Word's tables have at most 63 columns. A larger
``gridSpan`` in a file from elsewhere (``2147483647``) would make a row of that many cells."""


@dataclass(slots=True)
class Cell:
    """A table cell: its blocks, the grid columns it spans, and whether it continues a
    vertically merged cell (then it shows the text of the cell above)."""

    blocks: list[Block] = field(default_factory=list)
    span: int = 1
    merged: bool = False

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The cell's paragraphs, nested tables' included, in order."""
        return list(_paragraphs(self.blocks))

    @property
    def text(self) -> str:
        """The cell's non-empty paragraphs, one per line."""
        return "\n".join(p.text.strip() for p in self.paragraphs if not p.blank)


@dataclass(slots=True)
class Table:
    """A table: its number among the document's tables (from 1) and its rows of cells."""

    number: int
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph of the table, in order."""
        return [p for row in self.rows for cell in row for p in cell.paragraphs]

    def grid(self) -> list[list[Cell]]:
        """The rows with each cell repeated over the grid columns it spans, and a vertically
        merged cell replaced by the cell it continues."""
        grid: list[list[Cell]] = []
        for row in self.rows:
            line: list[Cell] = []
            for cell in row:
                column = len(line)
                shown = cell
                if cell.merged and grid and column < len(grid[-1]):
                    shown = grid[-1][column]
                line.extend([shown] * min(max(1, cell.span), MAX_GRID_SPAN))
            grid.append(line)
        return grid


Block = Paragraph | Table


def _paragraphs(blocks: list[Block]) -> Iterator[Paragraph]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            yield from block.paragraphs


@dataclass(frozen=True, slots=True)
class Note:
    """Something said about the reading of a document (in Vietnamese), at a paragraph (its
    number; 0 for the whole document): a text box not read, two paragraphs joined."""

    paragraph: int
    message: str


@dataclass(slots=True)
class ReadDocument:
    """A document read into blocks, with its notes and what was left out.

    ``notes`` holds the text of the footnotes and endnotes by key; ``skipped`` says, in
    Vietnamese, what was not read (text boxes, pictures with text) and where.
    """

    path: Path
    display: str
    kind: DocumentKind
    blocks: list[Block] = field(default_factory=list)
    notes: dict[str, list[Run]] = field(default_factory=dict)
    skipped: list[Note] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    """A text file's lines, to show a located paragraph as it is in the file."""

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph, tables' included, in order."""
        return list(_paragraphs(self.blocks))

    def place(self, number: int) -> str:
        """Where paragraph ``number`` is, after the file's name: ``ke-hoach.docx:đoạn 12``,
        ``ke-hoach.md:34`` (its first line); the file alone for 0 (the whole document)."""
        if number <= 0:
            return self.display
        if self.kind == "docx":
            return f"{self.display}:đoạn {number}"
        line = next((p.line for p in self.paragraphs if p.number == number), 0)
        return f"{self.display}:{line}" if line else self.display
