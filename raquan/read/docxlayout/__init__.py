"""A ``.docx`` read for its layout: ``read_layout(path)`` -> ``LayoutDocument``."""

from raquan.read.docxlayout.model import LayoutDocument, Paragraph, Run, Section, Shape, Story
from raquan.read.docxlayout.reader import read_layout

__all__ = ["LayoutDocument", "Paragraph", "Run", "Section", "Shape", "Story", "read_layout"]
