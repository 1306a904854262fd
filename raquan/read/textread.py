"""A plan written as Markdown (``.md``) or plain text (``.txt``), read into paragraphs.

The same form as a ``.docx`` (``raquan.read.paragraphs``), each paragraph located by the line
it starts on. What is understood:

- paragraphs separated by blank lines; in a paragraph, a line that starts an outline item
  (``1.``, ``a)``, ``-``, ``+``, ``I.``) or follows a line ending a sentence starts a new
  paragraph, other lines continue the one before (text re-wrapped at 80 columns, or broken by a
  conversion from PDF);
- in Markdown: ``#`` headings (their level kept), ``**bold**`` and ``*italic*``, hard breaks
  (two spaces or ``\\`` at the end of a line), ``---`` rules, pipe tables, ``[^1]`` footnotes
  and their ``[^1]: ...`` text, ``<sup>1</sup>`` superscripts (footnote marks of a text
  converted from a PDF), ``<br>``; a Markdown bullet (``- ``, ``* ``) in front of another marker
  (``- + Xây dựng …``) leaves only that marker.

The file is read with the same size limit as YAML files, as UTF-8 (or UTF-16 with a BOM); a
file in another encoding is refused with a Vietnamese message. Hand-written on top of
markdown-it-py's inline parser, because Vietnamese outline markers are text, not Markdown
lists (``1.`` would become a numbered list and lose its number's place).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from raquan.errors import UserError
from raquan.i18n import os_reason
from raquan.read.bounded import max_file_size
from raquan.read.paragraphs import Block, Cell, CellPlace, Paragraph, ReadDocument, Run, Table

MARKER = re.compile(
    r"^\s*(?:[IVXLC]+[.)]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[-+•–—*](?=\s))\s*", re.IGNORECASE
)
"""A Vietnamese outline marker at the start of a line."""
_SENTENCE_END = re.compile(r"[.:;!?…)\]\"”]\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_BULLET = re.compile(r"^(\s*)[-*]\s+(?=(?:[-+•]|\d+[.)]|[a-zđ]\))\s)")
_STAR = re.compile(r"^(\s*)[*•]\s+")
_TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NOTE_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:\s?(.*)$")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
_LIST_LINE = re.compile(r"^\s*(?:[-+*•–]|\d+[.)]|[a-zđ]\))\s+", re.IGNORECASE)


def decode(raw: bytes, display: str) -> str:
    """A text file's bytes as text (UTF-8, or UTF-16 with a byte order mark), in NFC."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16").removeprefix("\ufeff")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise UserError(
                f"Tệp '{display}' không phải văn bản UTF-8 (byte 0x{raw[error.start]:02X} ở dòng "
                f"{line}).",
                hint="Lưu lại tệp với bảng mã UTF-8. Văn bản gõ bằng bảng mã TCVN3 hay VNI phải "
                "được chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã).",
            ) from None
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(slots=True)
class _Pending:
    """The lines of the paragraph being collected."""

    line: int = 0
    lines: list[str] = field(default_factory=list)
    heading: int | None = None


class _Builder:
    def __init__(self, document: ReadDocument, markdown: bool, limit: int) -> None:
        self.document = document
        self.markdown = markdown
        self.limit = limit
        self.count = 0
        self.tables = 0
        self.pending = _Pending()
        self.inline: Any = None
        self.notes: dict[str, str] = {}

    def paragraph(self, line: int, text: str, heading: int | None = None) -> Paragraph:
        from raquan.read.docxread import MAX_PARAGRAPHS  # noqa: PLC0415

        self.count += 1
        if self.count > MAX_PARAGRAPHS:
            raise UserError(
                f"Tệp '{self.document.display}' có hơn {MAX_PARAGRAPHS:,} đoạn".replace(",", ".")
                + "; không kế hoạch nào dài như vậy, raquan không đọc tiếp."
            )
        return Paragraph(self.count, self.runs(text), heading=heading, line=line)

    def runs(self, text: str) -> list[Run]:
        if not self.markdown:
            return [Run(text)] if text else []
        return inline_runs(text, self.notes)

    def flush(self) -> None:
        pending = self.pending
        self.pending = _Pending()
        if not pending.lines:
            return
        if self.markdown:
            text = "\n".join(pending.lines)
            self.document.blocks.append(self.paragraph(pending.line, text, pending.heading))
            return
        groups: list[tuple[int, list[str]]] = []
        for offset, raw in enumerate(pending.lines):
            previous = groups[-1][1][-1] if groups else None
            continues = (
                previous is not None
                and not _LIST_LINE.match(raw)
                and _SENTENCE_END.search(previous) is None
                and _starts_lower(raw)
            )
            if continues:
                groups[-1][1].append(raw)
            else:
                groups.append((pending.line + offset, [raw]))
        for line, lines in groups:
            self.document.blocks.append(self.paragraph(line, " ".join(lines)))


def _starts_lower(text: str) -> bool:
    stripped = text.lstrip(" *_")
    return bool(stripped) and stripped[0].islower()


def inline_runs(text: str, notes: dict[str, str]) -> list[Run]:
    """The runs of a Markdown paragraph's inline text (lines joined by ``\\n``)."""
    from markdown_it import MarkdownIt  # noqa: PLC0415

    text = re.sub(r"<br\s*/?>[ \t]*(?=\n)", "  ", text, flags=re.IGNORECASE)
    text = re.sub(r"<br\s*/?>", "  \n", text, flags=re.IGNORECASE)
    parser = MarkdownIt("commonmark", {"html": True, "typographer": False})
    env: dict[str, Any] = {}
    runs: list[Run] = []
    bold = italic = superscript = 0
    lines = text.split("\n")
    joined = "\n".join(
        _HARD_BREAK.sub("  ", line) if _HARD_BREAK.search(line) else line for line in lines
    )
    for token in parser.parseInline(joined, env)[0].children or []:
        kind = token.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "html_inline":
            tag = token.content.lower()
            if tag.startswith("<sup"):
                superscript += 1
            elif tag.startswith("</sup"):
                superscript = max(0, superscript - 1)
        elif kind in ("text", "code_inline"):
            runs.extend(_note_runs(token.content, bold > 0, italic > 0, superscript > 0, notes))
        elif kind == "softbreak":
            runs.append(Run(" ", bold > 0, italic > 0))
        elif kind == "hardbreak":
            runs.append(Run("\n", bold > 0, italic > 0))
    return _joined(runs)


_NOTE_REF = re.compile(r"\[\^([^\]\s]+)\]")


def _note_runs(text: str, bold: bool, italic: bool, sup: bool, notes: dict[str, str]) -> list[Run]:
    runs: list[Run] = []
    position = 0
    for match in _NOTE_REF.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position : match.start()], bold, italic, sup))
        runs.append(Run("", note=f"md:{match.group(1)}"))
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:], bold, italic, sup))
    return runs


def _joined(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        last = out[-1] if out else None
        if (
            last is not None
            and last.note is None
            and run.note is None
            and (last.bold, last.italic, last.superscript)
            == (run.bold, run.italic, run.superscript)
        ):
            out[-1] = Run(last.text + run.text, run.bold, run.italic, run.superscript)
        elif run.text or run.note:
            out.append(run)
    return out


def _cells(line: str) -> list[str]:
    body = line.strip()
    body = body.removeprefix("|")
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", body)]


def read_text_plan(path: Path, display: str | None = None) -> ReadDocument:
    """Read a ``.md`` or ``.txt`` plan into paragraphs; ``UserError`` when it cannot be read."""
    shown = display if display is not None else str(path)
    limit = max_file_size()
    try:
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as error:
        raise UserError(f"Không đọc được tệp '{shown}': {os_reason(error)}.") from None
    if len(raw) > limit:
        raise UserError(
            f"Tệp '{shown}' quá lớn (giới hạn {limit / 1048576:.1f} MiB, như với tệp YAML)."
        )
    markdown = path.suffix.lower() in (".md", ".markdown")
    return parse_text(decode(raw, shown), path, shown, markdown=markdown)


def _markdown_block(builder: _Builder, lines: list[str], index: int) -> int | None:
    """A Markdown line that is a block of its own (a comment, a footnote's text, a rule, a
    table, a heading): read it and return the index of the next line; None for a text line."""
    document = builder.document
    stripped = lines[index].strip()
    number = index + 1
    if stripped.startswith("<!--"):
        builder.flush()
        while index < len(lines) and "-->" not in lines[index]:
            index += 1
        return index + 1
    note = _NOTE_DEFINITION.match(stripped)
    if note:
        builder.flush()
        document.notes[f"md:{note.group(1)}"] = inline_runs(note.group(2), {})
        return index + 1
    if _RULE.match(stripped):
        builder.flush()
        paragraph = builder.paragraph(number, "")
        paragraph.rule = True
        document.blocks.append(paragraph)
        return index + 1
    if (
        stripped.startswith("|")
        and index + 1 < len(lines)
        and _TABLE_DELIMITER.match(lines[index + 1])
    ):
        builder.flush()
        return _table(builder, lines, index)
    heading = _HEADING.match(stripped)
    if heading:
        builder.flush()
        level = len(heading.group(1))
        document.blocks.append(builder.paragraph(number, heading.group(2), level))
        return index + 1
    return None


def parse_text(text: str, path: Path, display: str, *, markdown: bool) -> ReadDocument:
    """Paragraphs and tables of a text (Markdown when ``markdown``)."""
    document = ReadDocument(path, display, "md" if markdown else "txt")
    document.lines = text.split("\n")
    builder = _Builder(document, markdown, 0)
    lines = list(document.lines)
    if markdown:
        lines = [re.sub(r"^\s*>\s?", "", line) for line in lines]
        for raw in lines:
            found = _NOTE_DEFINITION.match(raw.strip())
            if found:
                builder.notes[found.group(1)] = found.group(2)
    index = 0
    while index < len(lines):
        raw = lines[index]
        if not raw.strip():
            builder.flush()
            index += 1
            continue
        if markdown:
            following = _markdown_block(builder, lines, index)
            if following is not None:
                index = following
                continue
            raw = _STAR.sub(r"\1- ", _BULLET.sub(r"\1", raw))
        if _LIST_LINE.match(raw) and builder.pending.lines:
            builder.flush()
        if not builder.pending.lines:
            builder.pending.line = index + 1
        line = raw.strip()
        if markdown and _HARD_BREAK.search(raw):
            line += "  "
        builder.pending.lines.append(line)
        index += 1
    builder.flush()
    return document


def _table(builder: _Builder, lines: list[str], index: int) -> int:
    builder.tables += 1
    table = Table(builder.tables)
    header = _cells(lines[index])
    rows = [(index + 1, header)]
    index += 2
    while index < len(lines) and lines[index].strip().startswith("|"):
        rows.append((index + 1, _cells(lines[index])))
        index += 1
    for r, (line, cells) in enumerate(rows):
        row: list[Cell] = []
        for c, text in enumerate(cells):
            paragraph = builder.paragraph(line, text)
            paragraph.cell = CellPlace(table.number, r, c)
            row.append(Cell([paragraph]))
        table.rows.append(row)
    blocks: list[Block] = builder.document.blocks
    blocks.append(table)
    return index
