"""RQ605 — Cỡ chữ của nội dung văn bản không phải 13-14 pt.

Nội dung văn bản in cỡ chữ 13 đến 14 (Nghị định 30/2020/NĐ-CP, Phụ lục I). Kiểm tra mọi đoạn
của phần nội dung (giữa trích yếu và phần ký), trừ bảng và số chú thích. Cỡ chữ đặt bởi một kiểu
đoạn được báo một lần, ở đoạn đầu tiên dùng kiểu đó.

Ví dụ sai::

    Kiểu Body Text: cỡ chữ 12

Ví dụ đúng::

    Kiểu Body Text: cỡ chữ 14
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import HOME_FONT, count_words, fix_in, grouped, number, where
from raquan.diagnostics import Severity
from raquan.domain.layout import BODY_TEXT, SIZE_TOLERANCE_PT

CODE = "RQ605"
NAME = "body-font-size"
SEVERITY = Severity.ERROR
SUMMARY = "Cỡ chữ của nội dung văn bản không phải 13-14 pt"
APPLIES_TO = ("docx",)


def check(ctx: LayoutContext) -> Iterator[Finding]:
    allowed = BODY_TEXT.sizes
    items = []
    for paragraph in ctx.anatomy.body:
        for run in paragraph.runs:
            if not run.visible or run.superscript:
                continue
            if not allowed.holds(run.size, SIZE_TOLERANCE_PT):
                items.append(
                    (paragraph.number, run.origin("size"), number(run.size, 1), run.text.strip())
                )
    for origin, size, group in grouped(items):
        yield at(
            group.first,
            f"Nội dung văn bản cỡ chữ {size} pt, phải {allowed.words('pt')} "
            f"({where(origin)}{count_words(group)}).",
            fix_in(origin, HOME_FONT, f"Cỡ (Size) {number(BODY_TEXT.size)}"),
            needle=(group.needle or "")[:40] or None,
        )
