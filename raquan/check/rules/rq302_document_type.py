"""RQ302 — Chữ viết tắt trong ký hiệu không khớp với loại văn bản.

Ký hiệu văn bản mang chữ viết tắt của loại văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục III):
Kế hoạch KH, Báo cáo BC, Quyết định QĐ, Thông báo TB, Tờ trình TTr, Hướng dẫn HD, Chương trình
CTr, ... Công văn của Nhà nước không có chữ viết tắt loại (``12/UBND-VX``); công văn của Đảng có
``CV`` (``1766-CV/TU``). Kiểm tra văn bản căn cứ, ký hiệu của chính kế hoạch và các văn bản được
dẫn trong nội dung ("Kế hoạch số 36/KH-UBND").

Ví dụ sai::

    type: Kế hoạch
    number: 36/BC-UBND

Ví dụ đúng::

    type: Kế hoạch
    number: 36/KH-UBND
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.doctypes import expected_abbreviation, parse_number, type_problem

CODE = "RQ302"
NAME = "document-type"
SEVERITY = Severity.ERROR
SUMMARY = "Chữ viết tắt loại văn bản trong ký hiệu không khớp với loại văn bản"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    plan = ctx.plan
    parsed = parse_number(f"1/{plan.header.symbol}")
    if parsed is not None:
        problem = type_problem(plan.header.type, parsed)
        if problem is not None:
            expected = expected_abbreviation(plan.header.type, "state")
            hint = (
                f"Ký hiệu của {plan.header.type} nên là {expected}-<cơ quan ban hành>."
                if expected
                else f"Ký hiệu của {plan.header.type} chỉ gồm chữ viết tắt của cơ quan ban hành "
                "và đơn vị soạn thảo, ví dụ UBND-VX."
            )
            yield Finding(("header", "symbol"), problem, hint)
    for b, basis in enumerate(plan.legal_bases):
        parsed = parse_number(basis.number)
        problem = type_problem(basis.type, parsed) if parsed else None
        if problem is not None:
            yield Finding(("legal_bases", b, "number"), problem)
    for path, text in ctx.texts:
        for cited in ctx.citations(text):
            parsed = parse_number(cited.number)
            problem = type_problem(cited.type, parsed) if parsed else None
            if problem is not None:
                yield Finding(
                    path,
                    f"'{cited.text}': {problem}",
                    needle=cited.text,
                    occurrence=text.count(cited.text, 0, cited.start),
                )
