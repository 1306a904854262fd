"""Where a layout problem is: a paragraph of the document ("đoạn N"), shown with its text."""

from __future__ import annotations

import re
import unicodedata

from raquan.diagnostics import DataPath, Position
from raquan.read.docxlayout.model import LayoutDocument
from raquan.read.source import Source

PARAGRAPH = "đoạn"


class DocxSource(Source):
    """The source of a .docx checked for its layout: a target ``("đoạn", N)`` is paragraph N,
    and a ``needle`` puts the caret under those words of it."""

    def __init__(self, layout: LayoutDocument) -> None:
        super().__init__(layout.path, None, display=layout.display)
        self.layout = layout

    def __repr__(self) -> str:
        return f"DocxSource({self.display!r})"

    def line(self, number: int) -> str:
        """The text of paragraph ``number``, on one line."""
        found = self.layout.paragraph(number)
        if found is None:
            return ""
        return found.text.replace("\n", " ").replace("\t", " ")

    def locate(
        self,
        target: DataPath,
        *,
        key: bool = False,
        needle: str | None = None,
        occurrence: int = 0,
    ) -> Position:
        """Paragraph ``N`` of a target ``("đoạn", N)`` (the first paragraph otherwise)."""
        number = target[1] if len(target) == 2 and isinstance(target[1], int) else 1
        text = self.line(number)
        if needle:
            words = unicodedata.normalize("NFC", needle).split()
            pattern = r"\s+".join(re.escape(word) for word in words)
            matches = list(re.finditer(pattern, text)) if pattern else []
            if matches:
                match = matches[min(occurrence, len(matches) - 1)]
                return Position(number, match.start() + 1, match.end() + 1, PARAGRAPH)
        start = len(text) - len(text.lstrip())
        return Position(number, start + 1, None, PARAGRAPH)
