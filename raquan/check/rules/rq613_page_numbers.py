"""RQ613 — Số trang sai chỗ: phải ở giữa lề trên từ trang 2, không hiện ở trang 1.

Số trang (Nghị định 30/2020/NĐ-CP, Phụ lục I) là chữ số Ả Rập, cỡ 13-14, đặt canh giữa theo
chiều ngang trong phần lề trên, không hiện số trang thứ nhất. Trong Word: số trang là trường
PAGE ở đầu trang (header), căn giữa, và phần đầu tiên bật "Trang đầu khác" (Different First
Page) với đầu trang của trang 1 để trống. Văn bản một trang không cần số trang.

Ví dụ sai::

    Chèn (Insert) > Số trang (Page Number) > Cuối trang (Bottom of Page), hiện cả ở trang 1

Ví dụ đúng::

    Chèn (Insert) > Số trang (Page Number) > Đầu trang (Top of Page) > Giữa (Plain Number 2),
    đánh dấu Trang đầu khác (Different First Page)
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.anatomy import estimated_pages
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import number
from raquan.diagnostics import Severity
from raquan.domain.layout import PAGE_NUMBER_STYLE, SIZE_TOLERANCE_PT

CODE = "RQ613"
NAME = "page-numbers"
SEVERITY = Severity.ERROR
SUMMARY = "Số trang không ở giữa lề trên, hiện ở trang 1, hoặc thiếu khi văn bản nhiều trang"
APPLIES_TO = ("docx",)

INSERT = (
    "Chèn (Insert) > Số trang (Page Number) > Đầu trang (Top of Page) > số ở giữa (Plain "
    "Number 2); trong Thiết kế đầu trang (Header & Footer) đánh dấu Trang đầu khác (Different "
    "First Page)."
)


def check(ctx: LayoutContext) -> Iterator[Finding]:
    document = ctx.layout
    if not document.sections:
        return
    first = document.sections[0]
    several = len(document.sections) > 1 or estimated_pages(document) > 1.0
    in_footer = False
    for section in document.sections:
        for kind, story in section.footers.items():
            if (
                story is not None
                and story.page_number is not None
                and (kind != "first" or section.title_page)
            ):
                in_footer = True
                yield at(
                    section.first,
                    "Số trang đặt ở chân trang; phải ở giữa lề trên (đầu trang).",
                    INSERT,
                )
                break
    shown_first = first.headers.get("first") if first.title_page else first.headers.get("default")
    if shown_first is not None and shown_first.page_number is not None:
        yield at(
            first.first,
            "Trang 1 hiện số trang; số trang chỉ hiện từ trang 2.",
            "Nhấp đúp vào đầu trang, trong Thiết kế đầu trang (Header & Footer) đánh dấu Trang "
            "đầu khác (Different First Page), rồi xoá số trang ở đầu trang của trang 1.",
        )
    seen: set[str] = set()
    missing = False
    for section in document.sections:
        story = section.headers.get("default")
        paragraph = story.page_number if story is not None else None
        if story is None or paragraph is None:
            if several and not missing and not in_footer:
                missing = True
                yield at(
                    section.first,
                    "Văn bản không có số trang ở đầu trang"
                    + (f" (từ phần {section.index + 1})" if len(document.sections) > 1 else "")
                    + "; từ trang 2 phải có số trang ở giữa lề trên.",
                    INSERT,
                )
            continue
        if story.part in seen:
            continue
        seen.add(story.part)
        centred = paragraph.align == "center" or (
            "\t" in paragraph.text and _centre_tab(paragraph.value("tabs"))
        )
        sizes = sorted({run.size for run in paragraph.runs if run.visible})
        problems = []
        if not centred:
            problems.append("không căn giữa")
        if sizes and not all(PAGE_NUMBER_STYLE.sizes.holds(s, SIZE_TOLERANCE_PT) for s in sizes):
            shown = ", ".join(number(s, 1) for s in sizes)
            problems.append(f"cỡ chữ {shown} pt (phải {PAGE_NUMBER_STYLE.sizes.words('pt')})")
        if section.number_format not in (None, "decimal"):
            problems.append(f"đánh số kiểu {section.number_format} (phải chữ số Ả Rập 1, 2, 3)")
        if problems:
            yield at(
                section.first,
                "Số trang ở đầu trang " + "; ".join(problems) + ".",
                "Nhấp đúp vào đầu trang, chọn số trang: Căn giữa (Ctrl+E), cỡ 13-14; Chèn "
                "(Insert) > Số trang (Page Number) > Định dạng số trang (Format Page Numbers): "
                "1, 2, 3.",
            )


def _centre_tab(value: object) -> bool:
    if not isinstance(value, tuple) or not value:
        return False
    return any(kind == "center" for kind, _ in value[0])
