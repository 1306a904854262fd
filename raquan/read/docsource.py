"""Where a problem of a plan read from a document is: a paragraph, not a line of YAML.

A plan extracted from a ``.docx`` (or ``.md``, ``.txt``) has no YAML text; its problems are
found on its data paths like any plan's, and :class:`DocumentSource` turns a data path into the
paragraph the value came from (``ke-hoach.docx:đoạn 12``), with the paragraph's text as the
excerpt and the caret under the words the problem is about (a date inside a sentence). In a
text file, the position is the file's line and column.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from raquan.diagnostics import DataPath, Position
from raquan.read.extract import Extraction, Where
from raquan.read.paragraphs import Paragraph
from raquan.read.source import Source

PARAGRAPH = "đoạn"


class DocumentSource(Source):
    """The source of a plan read from a document: data paths resolve to paragraphs."""

    def __init__(self, path: Path, display: str, extraction: Extraction) -> None:
        super().__init__(path, None, display=display)
        self.extraction = extraction
        self.document = extraction.document
        self._paragraphs: dict[int, Paragraph] = {p.number: p for p in self.document.paragraphs}
        self._docx = self.document.kind == "docx"
        self._ids: dict[str, str] | None = None

    def __repr__(self) -> str:
        return f"DocumentSource({self.display!r})"

    def place_of(self, item_id: str) -> str | None:
        """Where the duty or event with id ``item_id`` is: "đoạn 24" (or "dòng 12")."""
        if self._ids is None:
            self._ids = {}
            data = self.extraction.data
            paths: list[tuple[DataPath, dict[str, object]]] = [
                (("events", e), event) for e, event in enumerate(data.get("events", []))
            ]
            for s, section in enumerate(data.get("sections", [])):
                for a, block in enumerate(section.get("assignments", [])):
                    pending: list[tuple[DataPath, dict[str, object]]] = [
                        (("sections", s, "assignments", a, "duties", d), duty)
                        for d, duty in enumerate(block.get("duties", []))
                    ]
                    while pending:
                        path, duty = pending.pop()
                        paths.append((path, duty))
                        items = duty.get("items", [])
                        assert isinstance(items, list)
                        pending.extend(((*path, "items", i), item) for i, item in enumerate(items))
            for path, item in paths:
                position = self.locate(path)
                self._ids[str(item.get("id"))] = f"{position.unit or 'dòng'} {position.line}"
        return self._ids.get(item_id)

    def line(self, number: int) -> str:
        """The text of paragraph ``number`` (a .docx), or line ``number`` (a text file)."""
        if self._docx:
            found = self._paragraphs.get(number)
            return found.text.replace("\n", " ").replace("\t", " ") if found else ""
        lines = self.document.lines
        return lines[number - 1] if 1 <= number <= len(lines) else ""

    def _where(self, target: DataPath) -> Where | None:
        where = self.extraction.where
        for length in range(len(target), -1, -1):
            found = where.get(target[:length])
            if found is not None:
                return found
        return None

    def locate(
        self,
        target: DataPath,
        *,
        key: bool = False,
        needle: str | None = None,
        occurrence: int = 0,
    ) -> Position:
        """The paragraph a data path came from, and the words ``needle`` in it."""
        found = self._where(target)
        if found is None:
            first = self.document.paragraphs[0].number if self.document.paragraphs else 1
            return self._position(first, 0, None)
        if needle:
            for number in found.paragraphs:
                inside = self._in_paragraph(number, needle, occurrence)
                if inside is not None:
                    return inside
        return self._position(found.paragraph, found.start, found.end)

    def _in_paragraph(self, number: int, needle: str, occurrence: int) -> Position | None:
        paragraph = self._paragraphs.get(number)
        if paragraph is None:
            return None
        text = paragraph.text
        words = unicodedata.normalize("NFC", needle).split()
        pattern = r"\s+".join(re.escape(word) for word in words)
        matches = list(re.finditer(pattern, text)) if pattern else []
        if not matches:
            return None
        match = matches[min(occurrence, len(matches) - 1)]
        return self._position(number, match.start(), match.end())

    def position_of(self, paragraph: int) -> Position:
        """Where paragraph number ``paragraph`` starts."""
        return self._position(paragraph, 0, None)

    def _position(self, number: int, start: int, end: int | None) -> Position:
        if self._docx:
            return Position(number, start + 1, end + 1 if end is not None else None, PARAGRAPH)
        paragraph = self._paragraphs.get(number)
        line = paragraph.line if paragraph is not None and paragraph.line else 1
        text = self.line(line)
        words = paragraph.text[start : end or start + 20].split()[:3] if paragraph else []
        column = text.find(" ".join(words)) if words else -1
        if column < 0:
            return Position(line, 1)
        width = len(" ".join(words)) if end is not None else None
        return Position(line, column + 1, column + 1 + width if width else None)
