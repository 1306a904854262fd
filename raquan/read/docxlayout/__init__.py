"""A ``.docx`` read for its layout: ``read_layout(path)`` -> ``LayoutDocument``.

``read_layout`` (``reader``, with lxml and the zip reader) is imported when first asked for:
the layout rules import the model to be registered, and a run on YAML files alone should not
pay for the reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from raquan.read.docxlayout.model import LayoutDocument, Paragraph, Run, Section, Shape, Story

if TYPE_CHECKING:
    from raquan.read.docxlayout.reader import read_layout

__all__ = ["LayoutDocument", "Paragraph", "Run", "Section", "Shape", "Story", "read_layout"]


def __getattr__(name: str) -> Any:
    if name == "read_layout":
        from raquan.read.docxlayout.reader import read_layout  # noqa: PLC0415

        return read_layout
    raise AttributeError(name)
