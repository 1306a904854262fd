"""RQ601 — Khổ giấy không phải A4.

Văn bản hành chính in trên khổ A4 (210 × 297 mm) theo Nghị định 30/2020/NĐ-CP, Phụ lục I. Mỗi
phần (section) của văn bản Word có khổ giấy riêng; một phần không khai báo khổ giấy sẽ in theo
khổ mặc định của máy (Letter, 216 × 279 mm, ở nhiều máy cài Word tiếng Anh).

Ví dụ sai::

    Bố cục (Layout) > Khổ giấy (Size): Letter (21,59 × 27,94 cm)

Ví dụ đúng::

    Bố cục (Layout) > Khổ giấy (Size): A4 (21 × 29,7 cm)
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import number
from raquan.diagnostics import Severity
from raquan.domain.layout import A4_MM, PAGE_TOLERANCE_MM
from raquan.read.docxlayout.model import LayoutDocument, Section

CODE = "RQ601"
NAME = "page-size"
SEVERITY = Severity.ERROR
SUMMARY = "Khổ giấy không phải A4"
APPLIES_TO = ("docx",)

HINT = "Trong Word: Bố cục (Layout) > Khổ giấy (Size) > A4 (21 × 29,7 cm), cho cả văn bản."


def part(document: LayoutDocument, section: Section) -> str:
    """How a section is named in messages."""
    if len(document.sections) == 1:
        return "Văn bản"
    return f"Phần {section.index + 1} của văn bản (từ đoạn {section.first})"


def check(ctx: LayoutContext) -> Iterator[Finding]:
    document = ctx.layout
    for section in document.sections:
        width, height = section.width_mm, section.height_mm
        if width is None or height is None:
            yield at(
                section.first,
                f"{part(document, section)} không khai báo khổ giấy: Word in theo khổ mặc định "
                "của máy (Letter ở nhiều máy), không phải A4.",
                HINT,
            )
            continue
        short, long = sorted((width, height))
        if abs(short - A4_MM[0]) > PAGE_TOLERANCE_MM or abs(long - A4_MM[1]) > PAGE_TOLERANCE_MM:
            yield at(
                section.first,
                f"{part(document, section)} in trên khổ {number(width, 1)} × {number(height, 1)}"
                " mm, không phải A4 (210 × 297 mm).",
                HINT,
            )
