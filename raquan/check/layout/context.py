"""What a layout check (RQ6xx) sees: the document read for its layout, and its parts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from raquan.check.context import Finding
from raquan.domain.layout import FONT

if TYPE_CHECKING:
    from raquan.check.layout.anatomy import Anatomy
    from raquan.read.docxlayout.model import LayoutDocument
    from raquan.read.loader import Document


@dataclass
class LayoutContext:
    """A .docx to check: the loaded file (for its source), its layout, the fonts accepted."""

    document: Document
    layout: LayoutDocument
    fonts: tuple[str, ...] = (FONT,)
    """Times New Roman, and the Unicode fonts of its family the configuration declares."""

    @cached_property
    def anatomy(self) -> Anatomy:
        from raquan.check.layout.anatomy import read_anatomy  # noqa: PLC0415

        return read_anatomy(self.layout)


def at(number: int, message: str, hint: str | None = None, *, needle: str | None = None) -> Finding:
    """A finding about paragraph ``number`` ("đoạn N"), the caret under ``needle`` in it."""
    return Finding(("đoạn", max(1, number)), message, hint, needle=needle)
