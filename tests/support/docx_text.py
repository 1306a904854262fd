"""Reading a rendered .docx back as a user sees it: paragraphs and table cells, in order;
and a PDF converted from it, page by page."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _text(paragraph: etree._Element) -> str:
    parts = []
    for node in paragraph.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br"):
        if node.tag == f"{{{W}}}t":
            parts.append(node.text or "")
        else:
            parts.append(" ")
    return " ".join("".join(parts).replace("\u00a0", " ").split())


def part(path: Path, name: str) -> etree._Element:
    """The root element of the part `name` (``word/document.xml``) of the saved .docx `path`."""
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def sections(path: Path) -> list[list[etree._Element]]:
    """The body's block elements (paragraphs and tables), split into sections."""
    body = part(path, "word/document.xml").find("w:body", NS)
    assert body is not None
    result: list[list[etree._Element]] = [[]]
    for child in body:
        if child.tag == f"{{{W}}}sectPr":
            continue
        result[-1].append(child)
        if child.tag == f"{{{W}}}p" and child.find("w:pPr/w:sectPr", NS) is not None:
            result.append([])
    return [s for s in result if s]


def texts(blocks: list[etree._Element], *, skip_tables: int = 0) -> Iterator[str]:
    """The non-empty paragraph texts of blocks, table cells in reading order."""
    tables = 0
    for block in blocks:
        if block.tag == f"{{{W}}}tbl":
            tables += 1
            if tables <= skip_tables:
                continue
            for row in block.findall("w:tr", NS):
                for cell in row.findall("w:tc", NS):
                    for paragraph in cell.findall("w:p", NS):
                        text = _text(paragraph)
                        if text:
                            yield text
        else:
            text = _text(block)
            if text:
                yield text


def paragraph_text(paragraph: etree._Element) -> str:
    return _text(paragraph)


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of `pdf` (pdftotext's form feeds).

    Skips the calling test when poppler-utils' ``pdftotext`` is not installed: call it only
    after asserting what can be checked without it (that the PDF was written).
    """
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the PDF's text is not checked")
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        check=True,
    )
    pages = result.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages
