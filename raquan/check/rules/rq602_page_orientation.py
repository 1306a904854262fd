"""RQ602 — Trang nội dung văn bản nằm ngang.

Nội dung văn bản trình bày trên trang dọc (Nghị định 30/2020/NĐ-CP, Phụ lục I); chỉ những trang
có bảng rộng (phụ lục) mới được để ngang, trong một phần (section) riêng. Kiểm tra phần đầu tiên
của văn bản, nơi có phần đầu, nội dung và phần ký.

Ví dụ sai::

    Bố cục (Layout) > Hướng (Orientation): Ngang (Landscape), cho cả văn bản

Ví dụ đúng::

    Phần 1 (nội dung): Dọc (Portrait); Phần 2 (phụ lục có bảng rộng): Ngang (Landscape)
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.rules.rq601_page_size import part
from raquan.diagnostics import Severity

CODE = "RQ602"
NAME = "page-orientation"
SEVERITY = Severity.ERROR
SUMMARY = "Trang nội dung văn bản nằm ngang (chỉ phụ lục có bảng rộng mới được để ngang)"
APPLIES_TO = ("docx",)


def check(ctx: LayoutContext) -> Iterator[Finding]:
    document = ctx.layout
    if not document.sections:
        return
    section = document.sections[0]
    if section.landscape:
        yield at(
            section.first,
            f"{part(document, section)} nằm ngang; nội dung văn bản phải trình bày trên trang dọc.",
            "Đặt con trỏ vào nội dung, Bố cục (Layout) > Hướng (Orientation) > Dọc (Portrait). "
            "Bảng rộng thì đặt vào phụ lục, sau một dấu ngắt phần (Bố cục > Ngắt (Breaks) > "
            "Trang tiếp theo (Next Page)), rồi để phần đó nằm ngang.",
        )
