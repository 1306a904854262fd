"""RQ610 — Tên loại văn bản, trích yếu trình bày sai, hoặc thiếu đường kẻ dưới trích yếu.

Tên loại văn bản (``KẾ HOẠCH``, ``BÁO CÁO``) in hoa, cỡ 13-14, đứng, đậm, căn giữa; trích yếu
nội dung ngay dưới, in thường, cỡ 13-14, đứng, đậm, căn giữa; dưới trích yếu có đường kẻ ngang
nét liền dài từ 1/3 đến 1/2 dòng chữ, đặt cân đối (Nghị định 30/2020/NĐ-CP, Phụ lục I). Công văn
không có tên loại: trích yếu "V/v ..." đặt dưới số, ký hiệu, cỡ 12-13, đứng, không đậm.

Ví dụ sai::

    Kế hoạch                            (không in hoa, căn trái)
    Tổ chức ra quân đầu xuân năm 2023   (không có đường kẻ dưới)

Ví dụ đúng::

                  KẾ HOẠCH
     Tổ chức ra quân đầu xuân năm 2023
               ────────────
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.anatomy import Piece
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import (
    HOME_PARAGRAPH,
    check_look,
    check_looks,
    fix_in,
    rule_problem,
    where,
)
from raquan.diagnostics import Severity
from raquan.domain.layout import LETTER_SUMMARY_STYLE, SUMMARY_RULE, SUMMARY_STYLE, TYPE_NAME_STYLE

CODE = "RQ610"
NAME = "title-block"
SEVERITY = Severity.ERROR
SUMMARY = "Tên loại văn bản, trích yếu sai cỡ, kiểu chữ, không căn giữa, hoặc thiếu đường kẻ dưới"
APPLIES_TO = ("docx",)


def _centred(piece: Piece, label: str) -> Finding | None:
    paragraph = piece.paragraph
    if paragraph.align == "center" and "\t" not in paragraph.text:
        return None
    return at(
        piece.number,
        f"{label} “{piece.text}” không căn giữa ({where(paragraph.origin('align'))}).",
        fix_in(paragraph.origin("align"), HOME_PARAGRAPH, "Căn giữa (Center, Ctrl+E)"),
        needle=piece.text,
    )


def check(ctx: LayoutContext) -> Iterator[Finding]:
    anatomy = ctx.anatomy
    if anatomy.letter_summary:
        yield from check_looks(anatomy.letter_summary, LETTER_SUMMARY_STYLE)
        return
    type_name = anatomy.type_name
    if type_name is None:
        after = [p for p in anatomy.pieces if p.number > anatomy.header_end]
        yield at(
            after[0].number if after else max(1, anatomy.header_end),
            "Không thấy tên loại văn bản (KẾ HOẠCH, BÁO CÁO, ...) sau phần đầu văn bản.",
            "Gõ tên loại văn bản in hoa, đậm, cỡ 13-14, căn giữa, ngay dưới phần đầu; trích yếu "
            "ngay dưới tên loại.",
        )
        return
    for found in (check_look(type_name, TYPE_NAME_STYLE), _centred(type_name, "Tên loại văn bản")):
        if found is not None:
            yield found
    if not anatomy.summary:
        yield at(
            type_name.number,
            f"Không thấy trích yếu nội dung dưới tên loại văn bản “{type_name.text}”.",
            "Gõ trích yếu ngay dưới tên loại văn bản: in thường, đậm, cỡ 13-14, căn giữa.",
        )
        return
    yield from check_looks(anatomy.summary, SUMMARY_STYLE)
    for line in {id(p.paragraph): p for p in anatomy.summary}.values():
        found = _centred(line, "Trích yếu")
        if found is not None:
            yield found
    problem = rule_problem(anatomy, anatomy.summary, SUMMARY_RULE)
    if problem is not None:
        yield problem
