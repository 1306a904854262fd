"""RQ612 — Thiếu dấu kết thúc "./." sau câu cuối của nội dung.

Nội dung văn bản kết thúc bằng dấu "./." ngay sau câu cuối cùng (Nghị định 30/2020/NĐ-CP, thực
tiễn trình bày văn bản hành chính), trước phần Nơi nhận và chữ ký.

Ví dụ sai::

    Trên đây là Kế hoạch tổ chức ra quân đầu xuân năm 2023.

Ví dụ đúng::

    Trên đây là Kế hoạch tổ chức ra quân đầu xuân năm 2023./.
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.diagnostics import Severity

CODE = "RQ612"
NAME = "end-mark"
SEVERITY = Severity.ERROR
SUMMARY = "Thiếu dấu “./.” sau câu cuối của nội dung văn bản"
APPLIES_TO = ("docx",)

MARK = "./."


def check(ctx: LayoutContext) -> Iterator[Finding]:
    body = ctx.anatomy.body
    if not body:
        return
    last = body[-1]
    text = last.text.rstrip()
    if text.endswith(MARK):
        return
    tail = " ".join(text.split()[-6:])
    yield at(
        last.number,
        f"Đoạn cuối của nội dung không kết thúc bằng “{MARK}”.",
        f"Gõ “{MARK}” ngay sau câu cuối cùng (thay cho dấu chấm): “…{tail.rstrip('.')}{MARK}”.",
        needle=tail or None,
    )
