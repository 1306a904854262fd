"""Helpers for the layout checks' tests: documents rendered by raquan, edited one thing at a
time with python-docx, and the (code, paragraph) pairs raquan check finds in them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from raquan.check import run as check

W_P = qn("w:p")
W_TXBX = qn("w:txbxContent")


def findings(path: Path, *codes: str) -> list[tuple[str, int]]:
    """The (code, paragraph) pairs ``raquan check`` reports on a .docx (RQ6xx unless given)."""
    result = check.run([path], select=codes or ("RQ6",))
    return [(d.code, d.position.line) for d in result.diagnostics]


def number_of(document: Document, paragraph: Paragraph) -> int:
    """The "đoạn N" of a python-docx paragraph: its place among the body's paragraph marks."""
    body = document.element.body
    count = 0
    for element in body.iter(W_P):
        if any(parent.tag == W_TXBX for parent in element.iterancestors()):
            continue
        count += 1
        if element is paragraph._p:
            return count
    raise ValueError("the paragraph is not in the body")


def all_paragraphs(document: Document) -> list[Paragraph]:
    """Every paragraph of the body in order, tables' included."""
    return [Paragraph(p, document._body) for p in document.element.body.iter(W_P)]


def find(document: Document, text: str) -> Paragraph:
    """The first paragraph of the body whose text starts with ``text``."""
    for paragraph in all_paragraphs(document):
        if paragraph.text.strip().startswith(text):
            return paragraph
    raise LookupError(text)


def edited(source: Path, target: Path, change: Callable[[Document], int]) -> tuple[Path, int]:
    """``source`` with one change made by ``change``, saved as ``target``; and the paragraph
    number ``change`` returns (where the finding is expected)."""
    document = docx.Document(str(source))
    where = change(document)
    document.save(str(target))
    return target, where


def body_paragraph(document: Document, text: str) -> Paragraph:
    """The body paragraph (outside tables) whose text starts with ``text``."""
    for paragraph in document.paragraphs:
        if paragraph.text.strip().startswith(text):
            return paragraph
    raise LookupError(text)


def set_size(paragraph: Paragraph, size_pt: float) -> None:
    """Every run of ``paragraph`` at ``size_pt``."""
    from docx.shared import Pt

    for run in paragraph.runs:
        run.font.size = Pt(size_pt)


def check_edit(
    rendered: Path, tmp_path: Path, change: Callable[[Document], int]
) -> tuple[list[tuple[str, int]], int]:
    """The layout findings in ``rendered`` changed by ``change``, and the paragraph ``change``
    says the finding must be at."""
    path, where = edited(rendered, tmp_path / "sua.docx", change)
    return findings(path), where
