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
  whole, their columns sized and aligned from their content (``raquan.domain.columns``),
  set off from the paragraphs around them.

Hand-written because no library lays out Markdown into a Word document with these rules
(pandoc does Markdown to .docx, but not Vietnamese outline weights or Nghị định 30 frames, and
it is not a Python dependency).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol, cast

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from raquan.domain.columns import column_alignments, is_totals, share, table_size
from raquan.domain.layout import BODY_PARAGRAPH, BODY_TEXT, TABLE_CELL_STYLE, TABLE_SPACE_PT
from raquan.domain.outline import bold_until
from raquan.render.word import (
    Footnotes,
    RowStamp,
    RunStamp,
    append_row,
    set_column_widths,
    set_table_borders,
)

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement


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
    hanging_cm: float = 0
    """A hanging indent: the lines after the first start this far in (the first line does
    not), so that the text of a "- " entry lines up after its dash."""


BODY = ParagraphStyle()
CELL = ParagraphStyle(
    size_pt=TABLE_CELL_STYLE.size,
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
    added = target.add_run()
    if _SPECIAL.isdisjoint(run.text):
        if run.text:
            added._r.add_t(run.text)  # what python-docx does for plain text, without its loop
    else:
        added.text = run.text  # tabs and line breaks as their elements
    added._r.insert(0, _run_look(run.bold or bold, run.italic, size_pt))


_SPECIAL = frozenset("\t\r\n")
"""Characters that python-docx sets as elements of their own (a tab, a line break)."""

_NO_PART: Any = None
"""The story part of a scratch paragraph that is in no document (only its formatting is set)."""

_RUN_PROPERTIES: dict[tuple[bool | None, bool | None, float | None], BaseOxmlElement] = {}
"""The run properties (``w:rPr``) of each look, made once by python-docx (``_run_properties``)
and copied into each run: setting them through python-docx was a third of a plan's layout."""


def _run_look(bold: bool, italic: bool, size_pt: float | None) -> BaseOxmlElement:
    """A copy of the run properties of a look (bold, italic, size)."""
    look = (bold or None, italic or None, size_pt)
    properties = _RUN_PROPERTIES.get(look)
    if properties is None:
        properties = _RUN_PROPERTIES[look] = _run_properties(*look)
    return copy.deepcopy(properties)


def _run_properties(bold: bool | None, italic: bool | None, size_pt: float | None) -> Any:
    scratch = Paragraph(OxmlElement("w:p"), _NO_PART).add_run()
    scratch.bold = bold
    scratch.italic = italic
    if size_pt is not None:
        scratch.font.size = Pt(size_pt)
    return scratch._r.rPr


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
        after_table = False
        iterator = iter(tokens)
        for token in iterator:
            if token.type == "footnote_block_open":
                for inner in iterator:
                    if inner.type == "footnote_block_close":
                        break
                continue
            if token.type == "table_open":
                if added:
                    _space(added[-1], after=True)
                self._table(container, iterator)
                after_table = True
                continue
            if token.type == "inline":
                # List items come as paragraphs too; templates write outline markers as text.
                paragraph = self._paragraph(container, token.children or [], style, notes)
                if after_table:
                    _space(paragraph, after=False)
                    after_table = False
                added.append(paragraph)
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
        """A bordered table: columns as wide as their content needs, numbers right-aligned,
        sequence numbers and headers centred, every cell centred vertically, a totals row in
        bold, the header repeated on each page, no row split across pages. Built in time
        proportional to its cells."""
        header_rows = 0
        rows: list[list[list[_Run]]] = []
        explicit: list[str | None] = []
        in_header = False
        for token in tokens:
            if token.type == "table_close":
                break
            if token.type == "thead_open":
                in_header = True
            elif token.type == "thead_close":
                in_header = False
            elif token.type == "tr_open":
                rows.append([])
                header_rows += in_header
            elif token.type == "th_open":
                explicit.append(_ALIGNMENTS.get(str(token.attrGet("style") or "")))
            elif token.type == "inline":
                rows[-1].append(_runs(token.children or []))
        texts = [["".join(run.text for run in cell) for cell in row] for row in rows]
        bold = [i for i, row in enumerate(texts) if i >= header_rows and is_totals(row)]
        columns = max((len(row) for row in rows), default=1)
        needs = table_size(
            texts,
            total_cm=self.text_width_cm,
            sizes=sorted({CELL.size_pt, TABLE_CELL_STYLE.sizes.low}, reverse=True),
            header_rows=header_rows,
            bold_rows=bold,
        )
        widths = share(needs, self.text_width_cm)
        size = needs.size_pt
        aligns = column_alignments(texts, explicit, header_rows=header_rows)
        table = container.add_table(0, columns)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_table_borders(table, visible=True)
        set_column_widths(table, widths)
        style = replace(CELL, size_pt=size)
        header = _row_stamp(table, style, ["center"] * columns, header=True)
        body = _row_stamp(table, style, aligns, header=False)
        runs = RunStamp(lambda bold, italic: _run_prototype(size, bold, italic))
        for index, row in enumerate(rows):
            strong = index < header_rows or index in bold
            paragraphs = (header if index < header_rows else body).stamp()
            for paragraph, cell in zip(paragraphs, row, strict=False):
                for run in cell:
                    if run.text:
                        runs.add(paragraph, run.text, bold=run.bold or strong, italic=run.italic)
        return table


_ALIGNMENTS = {
    "text-align:left": "left",
    "text-align:center": "center",
    "text-align:right": "right",
}
"""markdown-it's attribute for a pipe table's ``:--``, ``:-:`` and ``--:`` columns."""
_WORD_ALIGNMENTS = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _row_stamp(
    table: Table, style: ParagraphStyle, aligns: Sequence[str], *, header: bool
) -> RowStamp:
    """The prototype of a table's header or body rows: cells centred vertically, paragraphs in
    ``style``, each column aligned as ``aligns`` says."""
    cells = append_row(table, header=header)
    for cell, align in zip(cells, aligns, strict=False):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        apply_style(paragraph, style)
        paragraph.alignment = _WORD_ALIGNMENTS[align]
    return RowStamp(table, cells)


def _run_prototype(size_pt: float, bold: bool, italic: bool) -> BaseOxmlElement:
    """A run of a table cell, ``size_pt`` large, bold and italic as asked, its text empty."""
    run = OxmlElement("w:r")
    run.append(_run_look(bold, italic, size_pt))
    run.append(OxmlElement("w:t"))
    return cast("BaseOxmlElement", run)


def _text(children: Sequence[Token]) -> str:
    return "".join(run.text for run in _runs(children))


def plain_text(markdown: str) -> str:
    """The text a line of Markdown shows, its escapes and emphasis marks gone: for a line a
    template renders but the frame prints as it is (a report's summary)."""
    return "".join(_text(token.children or []) for token in parser().parseInline(markdown))


def _space(paragraph: Paragraph, *, after: bool) -> None:
    """Keep at least ``TABLE_SPACE_PT`` between ``paragraph`` and the table after (or before)
    it, so that the line announcing a table does not sit on its border."""
    fmt = paragraph.paragraph_format
    current = fmt.space_after if after else fmt.space_before
    wanted = Pt(TABLE_SPACE_PT)
    if current is None or current < wanted:
        if after:
            fmt.space_after = wanted
            fmt.keep_with_next = True
        else:
            fmt.space_before = wanted


def apply_style(paragraph: Paragraph, style: ParagraphStyle) -> None:
    """Set a paragraph's alignment, indent and spacing."""
    p = paragraph._p
    if p.pPr is None:  # a new paragraph: a copy of the properties made once for the style
        properties = _PARAGRAPH_PROPERTIES.get(style)
        if properties is None:
            properties = _PARAGRAPH_PROPERTIES[style] = _paragraph_properties(style)
        p.insert(0, copy.deepcopy(properties))
        return
    _set_style(paragraph, style)


_PARAGRAPH_PROPERTIES: dict[ParagraphStyle, BaseOxmlElement] = {}
"""The paragraph properties (``w:pPr``) of each style, as python-docx sets them on a new
paragraph (``_set_style``), copied into each new paragraph of that style."""


def _paragraph_properties(style: ParagraphStyle) -> Any:
    scratch = Paragraph(OxmlElement("w:p"), _NO_PART)
    _set_style(scratch, style)
    return scratch._p.pPr


def _set_style(paragraph: Paragraph, style: ParagraphStyle) -> None:
    fmt = paragraph.paragraph_format
    fmt.alignment = style.alignment
    if style.hanging_cm:
        fmt.left_indent = Cm(style.hanging_cm)
        fmt.first_line_indent = Cm(-style.hanging_cm)
    else:
        fmt.first_line_indent = Cm(style.first_line_cm)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(style.space_after_pt)
    fmt.line_spacing = style.line_spacing
