"""Laying out Markdown as Word paragraphs, footnotes and tables with python-docx.

markdown-it-py parses the Markdown the templates produce (CommonMark, footnotes from
mdit-py-plugins, pipe tables); this module walks its tokens and builds the document:

- paragraphs in the body style (justified, first-line indent, 6 pt after), with ``**bold**``
  and ``*italic*`` runs;
- the weight of the Vietnamese outline, which is text, not Markdown lists: a paragraph that
  starts with a Roman numeral (``I.``) is bold; one that starts with an Arabic number (``1.``)
  is bold up to its first colon ("1. Thời gian:"), or whole when it is a short title without
  one; ``a)``, ``-`` and ``+`` paragraphs are upright;
- ``[^1]`` as real Word footnotes at the foot of the page;
- pipe tables as bordered tables whose header row repeats on each page and whose rows are kept
  whole.

Hand-written because no library lays out Markdown into a Word document with these rules
(pandoc does Markdown to .docx, but not Vietnamese outline weights or Nghị định 30 frames, and
it is not a Python dependency).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from raquan.domain.layout import BODY_PARAGRAPH, BODY_TEXT
from raquan.render.word import (
    Footnotes,
    set_cant_split,
    set_column_widths,
    set_repeat_header,
    set_table_borders,
)

_ROMAN_LINE = re.compile(r"^[IVXLC]+\.\s")
_NUMBER_LINE = re.compile(r"^\d+(?:\.\d+)*\.\s")
SHORT_TITLE = 120
"""A numbered paragraph without a colon is a title (bold) when it is at most this long."""


class Container(Protocol):
    """Something paragraphs and tables can be added to: the document body or a table cell."""

    def add_paragraph(self, text: str = ..., style: Any = ...) -> Paragraph: ...

    def add_table(self, rows: int, cols: int, *args: Any) -> Table: ...


BODY_TEXT_SIZE = BODY_TEXT.size


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    """How the paragraphs of one part are set (body text, a table cell, a recipients list).
    The defaults are the body's (``raquan.domain.layout.BODY_PARAGRAPH``)."""

    size_pt: float = BODY_TEXT_SIZE
    alignment: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY
    first_line_cm: float = BODY_PARAGRAPH.first_line_cm
    space_after_pt: float = BODY_PARAGRAPH.space_after_pt
    line_spacing: float = BODY_PARAGRAPH.line_spacing
    outline: bool = True


BODY = ParagraphStyle()
CELL = ParagraphStyle(
    size_pt=12,
    alignment=WD_ALIGN_PARAGRAPH.LEFT,
    first_line_cm=0,
    space_after_pt=0,
    line_spacing=1.0,
    outline=False,
)


def parser() -> MarkdownIt:
    """CommonMark with footnotes and pipe tables; raw HTML is text."""
    return (
        MarkdownIt("commonmark", {"html": False, "typographer": False})
        .enable("table")
        .use(footnote_plugin)
    )


def bold_until(text: str) -> int:
    """How many leading characters of a body paragraph the outline makes bold."""
    if _ROMAN_LINE.match(text):
        return len(text)
    if _NUMBER_LINE.match(text):
        colon = text.find(":")
        if colon >= 0:
            return colon + 1
        return len(text) if len(text) <= SHORT_TITLE else 0
    return 0


@dataclass
class _Run:
    text: str
    bold: bool = False
    italic: bool = False
    footnote: int | None = None
    line_break: bool = False


def _runs(children: Sequence[Token]) -> list[_Run]:
    runs: list[_Run] = []
    bold = italic = 0
    for token in children:
        kind = token.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind in ("text", "code_inline", "html_inline", "image"):
            runs.append(_Run(token.content, bold > 0, italic > 0))
        elif kind == "softbreak":
            runs.append(_Run(" ", bold > 0, italic > 0))
        elif kind == "hardbreak":
            runs.append(_Run("", line_break=True))
        elif kind == "footnote_ref":
            runs.append(_Run("", footnote=int(token.meta["id"])))
        # link_open/link_close and the like carry no text of their own.
    return runs


def _split_bold(runs: list[_Run], until: int) -> list[_Run]:
    """Make the first ``until`` characters bold, splitting a run at the boundary."""
    if until <= 0:
        return runs
    result: list[_Run] = []
    position = 0
    for run in runs:
        end = position + len(run.text)
        if run.text and position < until < end:
            cut = until - position
            result.append(_Run(run.text[:cut], True, run.italic))
            result.append(_Run(run.text[cut:], run.bold, run.italic))
        else:
            result.append(
                _Run(
                    run.text,
                    run.bold or (position < until and bool(run.text)),
                    run.italic,
                    run.footnote,
                    run.line_break,
                )
            )
        position = end
    return result


def _add_run(
    target: Paragraph, run: _Run, *, size_pt: float | None = None, bold: bool = False
) -> None:
    """Add ``run``'s text to ``target``, bold (also when ``bold``) and italic as it is."""
    added = target.add_run(run.text)
    added.bold = run.bold or bold or None
    added.italic = run.italic or None
    if size_pt is not None:
        added.font.size = Pt(size_pt)


class Typesetter:
    """Adds Markdown to a document: paragraphs, footnotes and tables."""

    def __init__(self, footnotes: Footnotes, *, text_width_cm: float) -> None:
        self.footnotes = footnotes
        self.text_width_cm = text_width_cm
        self.markdown = parser()

    def add(
        self, container: Container, markdown: str, style: ParagraphStyle = BODY
    ) -> list[Paragraph]:
        """Lay out ``markdown`` at the end of ``container``; return the paragraphs added."""
        tokens = self.markdown.parse(markdown)
        notes = self._footnote_bodies(tokens)
        added: list[Paragraph] = []
        iterator = iter(tokens)
        for token in iterator:
            if token.type == "footnote_block_open":
                for inner in iterator:
                    if inner.type == "footnote_block_close":
                        break
                continue
            if token.type == "table_open":
                self._table(container, iterator)
                continue
            if token.type == "inline":
                # List items come as paragraphs too; templates write outline markers as text.
                added.append(self._paragraph(container, token.children or [], style, notes))
        return added

    def _footnote_bodies(self, tokens: Sequence[Token]) -> dict[int, list[list[Token]]]:
        bodies: dict[int, list[list[Token]]] = {}
        current: int | None = None
        for token in tokens:
            if token.type == "footnote_open":
                current = int(token.meta["id"])
                bodies[current] = []
            elif token.type == "footnote_close":
                current = None
            elif token.type == "inline" and current is not None:
                children = [c for c in token.children or [] if c.type != "footnote_anchor"]
                bodies[current].append(children)
        return bodies

    def _paragraph(
        self,
        container: Container,
        children: Sequence[Token],
        style: ParagraphStyle,
        notes: dict[int, list[list[Token]]],
    ) -> Paragraph:
        paragraph = container.add_paragraph()
        apply_style(paragraph, style)
        runs = _runs(children)
        if style.outline:
            text = "".join(run.text for run in runs)
            until = bold_until(text)
            runs = _split_bold(runs, until)
            if until and until >= len(text.rstrip()):
                # A title line ("2. Yêu cầu:") stays on the page of what follows it.
                paragraph.paragraph_format.keep_with_next = True
        for run in runs:
            if run.footnote is not None:
                self._footnote(paragraph, notes.get(run.footnote, []))
            elif run.line_break:
                paragraph.add_run().add_break()
            elif run.text:
                _add_run(paragraph, run, size_pt=style.size_pt)
        return paragraph

    def _footnote(self, paragraph: Paragraph, body: list[list[Token]]) -> None:
        note = self.footnotes.add(paragraph)
        for index, children in enumerate(body):
            if index:
                note.add_run(" ")  # a footnote of several paragraphs is set as one
            for run in _runs(children):
                if run.text:
                    _add_run(note, run)

    def _table(self, container: Container, tokens: Iterator[Token]) -> Table:
        rows: list[tuple[bool, list[list[Token]]]] = []
        header = False
        for token in tokens:
            if token.type == "table_close":
                break
            if token.type == "thead_open":
                header = True
            elif token.type == "thead_close":
                header = False
            elif token.type == "tr_open":
                rows.append((header, []))
            elif token.type == "inline":
                rows[-1][1].append(list(token.children or []))
        columns = max((len(cells) for _, cells in rows), default=1)
        table = container.add_table(len(rows), columns)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_table_borders(table, visible=True)
        widths = column_widths([[_text(c) for c in cells] for _, cells in rows], self.text_width_cm)
        set_column_widths(table, widths)
        for row_index, (is_header, cells) in enumerate(rows):
            row = table.rows[row_index]
            set_cant_split(row)
            if is_header:
                set_repeat_header(row)
            for column, children in enumerate(cells):
                cell = row.cells[column]
                paragraph = cell.paragraphs[0]
                apply_style(paragraph, CELL)
                if is_header:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in _runs(children):
                    if run.text:
                        _add_run(paragraph, run, size_pt=CELL.size_pt, bold=is_header)
        return table


def _text(children: Sequence[Token]) -> str:
    return "".join(run.text for run in _runs(children))


def plain_text(markdown: str) -> str:
    """The text a line of Markdown shows, its escapes and emphasis marks gone: for a line a
    template renders but the frame prints as it is (a report's summary)."""
    return "".join(_text(token.children or []) for token in parser().parseInline(markdown))


CHAR_CM = 0.2
"""About the width of one character of 12 pt Times New Roman."""


def column_widths(rows: Sequence[Sequence[str]], total_cm: float) -> list[float]:
    """Column widths sharing ``total_cm``: each wide enough for its longest word (header
    included), the rest shared by how much text the column's cells hold in all (header
    excluded, so a long heading over a few short numbers does not take the room of the
    names)."""
    if not rows:
        return [total_cm]
    columns = max(len(row) for row in rows)
    body = rows[1:] or rows
    minimum: list[float] = []
    weights: list[float] = []
    for column in range(columns):
        cells = [row[column] for row in rows if column < len(row)]
        longest_word = max((len(word) for cell in cells for word in cell.split()), default=1)
        minimum.append(max(1.0, longest_word * CHAR_CM + 0.5))
        content = [min(len(row[column]), 60) for row in body if column < len(row)]
        weights.append(sum(content) or 1)
    spare = max(0.0, total_cm - sum(minimum))
    total_weight = sum(weights)
    widths = [
        low + spare * weight / total_weight for low, weight in zip(minimum, weights, strict=True)
    ]
    scale = total_cm / sum(widths)
    return [round(width * scale, 2) for width in widths]


def apply_style(paragraph: Paragraph, style: ParagraphStyle) -> None:
    """Set a paragraph's alignment, indent and spacing."""
    fmt = paragraph.paragraph_format
    fmt.alignment = style.alignment
    fmt.first_line_indent = Cm(style.first_line_cm)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(style.space_after_pt)
    fmt.line_spacing = style.line_spacing
