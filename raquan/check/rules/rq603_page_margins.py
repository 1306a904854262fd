"""RQ603 — Lề trang không đúng Nghị định 30.

Lề trang A4 (Nghị định 30/2020/NĐ-CP, Phụ lục I): trên 20-25 mm, dưới 20-25 mm, trái 30-35 mm,
phải 15-20 mm. Trang nằm ngang (phụ lục có bảng rộng) được đóng gáy theo mép trên, nên mép
trên giữ 30-35 mm, mép dưới 15-20 mm, hai bên 20-25 mm. Phần lề dành cho đóng gáy (gutter)
được cộng vào lề ở mép đóng gáy. Phần nội dung để nằm ngang được báo bởi RQ602; lề của nó được
kiểm tra khi đã dựng lại trang dọc.

Ví dụ sai::

    Bố cục (Layout) > Lề (Margins): Trên 2,54 cm, Dưới 2,54 cm, Trái 2,54 cm, Phải 2,54 cm

Ví dụ đúng::

    Bố cục (Layout) > Lề (Margins): Trên 2 cm, Dưới 2 cm, Trái 3 cm, Phải 1,5 cm
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import number
from raquan.check.rules.rq601_page_size import part
from raquan.diagnostics import Severity
from raquan.domain.layout import (
    LANDSCAPE,
    LANDSCAPE_MARGINS,
    MARGIN_TOLERANCE_MM,
    PORTRAIT,
    PORTRAIT_MARGINS,
)

CODE = "RQ603"
NAME = "page-margins"
SEVERITY = Severity.ERROR
SUMMARY = "Lề trang không đúng (trên, dưới 20-25 mm; trái 30-35 mm; phải 15-20 mm)"
APPLIES_TO = ("docx",)

EDGES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}


def _hint(landscape: bool) -> str:
    page = LANDSCAPE if landscape else PORTRAIT
    values = ", ".join(
        f"{word.capitalize()} ({edge.capitalize()}) {number(getattr(page, edge + '_mm') / 10)} cm"
        for edge, word in EDGES.items()
    )
    where = " cho phần nằm ngang (mép trên là mép đóng gáy)" if landscape else ""
    return f"Bố cục (Layout) > Lề (Margins) > Lề Tùy chỉnh (Custom Margins){where}: {values}."


def check(ctx: LayoutContext) -> Iterator[Finding]:
    document = ctx.layout
    for section in document.sections:
        landscape = section.landscape
        if landscape and section.index == 0:
            continue  # the body must be portrait (RQ602); its margins are judged once it is
        allowed = LANDSCAPE_MARGINS if landscape else PORTRAIT_MARGINS
        margins = dict(section.margins)
        if any(margins.get(edge) is None for edge in EDGES):
            yield at(
                section.first,
                f"{part(document, section)} không khai báo lề trang: Word dùng lề mặc định "
                "(2,54 cm mỗi bên ở nhiều máy).",
                _hint(landscape),
            )
            continue
        gutter = margins.get("gutter") or 0.0
        binding = "top" if document.gutter_at_top else allowed.binding
        margins[binding] = (margins[binding] or 0.0) + gutter
        wrong = []
        for edge, word in EDGES.items():
            value = margins[edge] or 0.0
            allowed_range = getattr(allowed, edge)
            if not allowed_range.holds(value, MARGIN_TOLERANCE_MM):
                wrong.append(f"lề {word} {number(value, 1)} mm (phải {allowed_range.words('mm')})")
        if wrong:
            kind = " (trang nằm ngang)" if landscape else ""
            yield at(
                section.first,
                f"{part(document, section)}{kind}: " + ", ".join(wrong) + ".",
                _hint(landscape),
            )
