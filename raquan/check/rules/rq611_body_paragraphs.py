"""RQ611 — Đoạn văn của nội dung không căn đều, không thụt đầu dòng, hoặc sai khoảng cách.

Nội dung văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục I) căn đều hai lề; chữ đầu mỗi đoạn lùi vào
1-1,27 cm; khoảng cách giữa các đoạn tối thiểu 6 pt; khoảng cách giữa các dòng từ dòng đơn
(single) đến 1,5 dòng. Kiểm tra mọi đoạn của phần nội dung (giữa trích yếu và phần ký), trừ
bảng. Một giá trị đặt bởi kiểu đoạn được báo một lần, ở đoạn đầu tiên dùng kiểu đó.

Ví dụ sai::

    Đoạn văn: Căn trái, Thụt lề dòng đầu 0 cm, Khoảng cách Trước 0 pt, Sau 0 pt

Ví dụ đúng::

    Đoạn văn: Căn đều hai bên, Dòng đầu tiên 1,27 cm, Sau 6 pt, Giãn dòng 1,15
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import HOME_PARAGRAPH, count_words, fix_in, grouped, number, where
from raquan.diagnostics import Severity
from raquan.domain.layout import BODY_PARAGRAPH, INDENT_TOLERANCE_CM
from raquan.read.docxlayout.model import Paragraph
from raquan.read.docxlayout.styles import Origin

CODE = "RQ611"
NAME = "body-paragraphs"
SEVERITY = Severity.ERROR
SUMMARY = "Đoạn nội dung không căn đều hai bên, không thụt đầu dòng 1-1,27 cm, hoặc sai khoảng cách"
APPLIES_TO = ("docx",)

SINGLE_LINE = 1.15
"""A single line of Times New Roman is about 1.15 times its size."""
ALIGN_WORDS = {"left": "căn trái", "center": "căn giữa", "right": "căn phải"}


def _line_spacing(paragraph: Paragraph) -> float | None:
    """The line spacing as a multiple of single lines (None when it cannot be said)."""
    value = paragraph.value("line")
    if not isinstance(value, (int, float)):
        return 1.0
    rule = paragraph.value("lineRule", "auto")
    if rule == "auto":
        return float(value) / 240
    sizes = [run.size for run in paragraph.runs if run.visible]
    if not sizes:
        return None
    return float(value) / 20 / (max(sizes) * SINGLE_LINE)


def _contextual(before: Paragraph, after: Paragraph) -> bool:
    return (
        bool(before.value("contextual", False))
        and bool(after.value("contextual", False))
        and before.style == after.style
    )


def check(ctx: LayoutContext) -> Iterator[Finding]:
    body = BODY_PARAGRAPH
    items: list[tuple[int, Origin, str, str | None]] = []
    previous: Paragraph | None = None
    for paragraph in ctx.anatomy.body:
        align = paragraph.align
        if align not in ("both", "distribute"):
            items.append((paragraph.number, paragraph.origin("align"), f"align:{align}", None))
        first = paragraph.length_cm("left") + paragraph.length_cm("firstLine")
        if not body.first_lines.holds(first, INDENT_TOLERANCE_CM):
            origin = paragraph.origin("firstLine")
            if origin.kind == "application":
                origin = paragraph.origin("left")
            items.append((paragraph.number, origin, f"indent:{number(first)}", None))
        if previous is not None:
            gap = previous.points("after") + paragraph.points("before")
            if _contextual(previous, paragraph):
                gap = 0.0
            autospacing = paragraph.value("beforeAutospacing") or previous.value("afterAutospacing")
            if gap + 0.05 < body.least_space_pt and not autospacing:
                # Reported where the space is set: after the paragraph above, unless it is
                # this one's space before that was meant to be there.
                setter, origin = previous, previous.origin("after")
                if paragraph.points("before") > previous.points("after"):
                    setter, origin = paragraph, paragraph.origin("before")
                items.append((setter.number, origin, f"space:{number(gap, 1)}", None))
        spacing = _line_spacing(paragraph)
        if spacing is not None and not body.line_spacings.holds(spacing, 0.02):
            items.append(
                (paragraph.number, paragraph.origin("line"), f"line:{number(spacing)}", None)
            )
        previous = paragraph
    for origin, problem, group in grouped(items):
        kind, _, value = problem.partition(":")
        if kind == "align":
            message = f"Đoạn nội dung {ALIGN_WORDS.get(value, value)}, phải căn đều hai bên"
            fix = fix_in(origin, HOME_PARAGRAPH, "Căn đều (Justify, Ctrl+J)")
        elif kind == "indent":
            message = f"Dòng đầu đoạn lùi vào {value} cm, phải {body.first_lines.words('cm')}"
            fix = fix_in(
                origin,
                f"{HOME_PARAGRAPH} > Thụt lề (Indentation)",
                f"Trái (Left) 0 cm, Đặc biệt (Special) Dòng đầu tiên (First line) "
                f"{number(body.first_line_cm)} cm",
            )
        elif kind == "space":
            message = (
                f"Khoảng cách giữa hai đoạn {value} pt, tối thiểu {number(body.least_space_pt)} pt"
            )
            fix = fix_in(
                origin,
                f"{HOME_PARAGRAPH} > Giãn cách (Spacing)",
                f"Sau (After) {number(body.space_after_pt)} pt",
            )
        else:
            message = (
                f"Khoảng cách dòng {value} dòng, phải từ dòng đơn đến "
                f"{number(body.line_spacings.high)} dòng"
            )
            fix = fix_in(
                origin,
                f"{HOME_PARAGRAPH} > Giãn dòng (Line spacing)",
                f"Nhiều (Multiple) {number(body.line_spacing)}",
            )
        yield at(group.first, f"{message} ({where(origin)}{count_words(group)}).", fix)
