"""RQ607 — Quốc hiệu, Tiêu ngữ sai chữ, sai kiểu chữ, hoặc thiếu đường kẻ dưới Tiêu ngữ.

Quốc hiệu và Tiêu ngữ (Nghị định 30/2020/NĐ-CP, Phụ lục I) ở góc phải phần đầu văn bản, đúng
từng chữ: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in hoa, cỡ 12-13, đứng, đậm; "Độc lập - Tự do -
Hạnh phúc" in thường (chữ đầu mỗi cụm viết hoa), cỡ 13-14, đứng, đậm, giữa các cụm có gạch nối
(-) và khoảng trắng; dưới Tiêu ngữ có đường kẻ ngang nét liền dài bằng dòng chữ. Văn bản của
Đảng (ĐẢNG CỘNG SẢN VIỆT NAM) không thuộc kiểm tra này.

Ví dụ sai::

    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập – Tự do – Hạnh phúc    (gạch ngang dài, không có đường kẻ dưới)

Ví dụ đúng::

    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    ───────────────────────────
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.anatomy import Piece
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import check_look, rule_problem
from raquan.diagnostics import Severity
from raquan.domain.layout import MOTTO, MOTTO_RULE, MOTTO_STYLE, NATIONAL_NAME, NATIONAL_NAME_STYLE

CODE = "RQ607"
NAME = "national-name"
SEVERITY = Severity.ERROR
SUMMARY = "Quốc hiệu, Tiêu ngữ sai chữ hoặc kiểu chữ, hoặc thiếu đường kẻ dưới Tiêu ngữ"
APPLIES_TO = ("docx",)


def _exact(piece: Piece, expected: str, label: str) -> Finding | None:
    written = " ".join(unicodedata.normalize("NFC", piece.text).split())
    if written == expected:
        return None
    reasons = []
    if any(dash in written for dash in "–—‒−"):
        reasons.append("dùng gạch ngang dài (–) thay vì gạch nối (-)")
    if expected == MOTTO and any(
        part != part.strip() or not part for part in written.replace("–", "-").split(" - ")
    ):
        reasons.append("thiếu khoảng trắng hai bên gạch nối")
    if "HOÀ" in written:
        reasons.append("“HOÀ” đặt dấu kiểu cũ (Nghị định 30 viết “HÒA”)")
    detail = f": {'; '.join(reasons)}" if reasons else ""
    return at(
        piece.number,
        f"{label} viết “{written}”, phải đúng “{expected}”{detail}.",
        f"Gõ lại đúng từng chữ: {expected}",
        needle=piece.text,
    )


def check(ctx: LayoutContext) -> Iterator[Finding]:
    anatomy = ctx.anatomy
    if anatomy.party:
        return
    national, motto = anatomy.national, anatomy.motto
    start = anatomy.pieces[0].number if anatomy.pieces else 1
    if national is None:
        yield at(
            start,
            f"Không thấy Quốc hiệu “{NATIONAL_NAME}” ở phần đầu văn bản.",
            "Gõ Quốc hiệu ở góc phải phần đầu văn bản, in hoa, đậm, cỡ 12-13.",
        )
    else:
        for found in (
            _exact(national, NATIONAL_NAME, "Quốc hiệu"),
            check_look(national, NATIONAL_NAME_STYLE),
        ):
            if found is not None:
                yield found
    if motto is None:
        yield at(
            national.number if national is not None else start,
            f"Không thấy Tiêu ngữ “{MOTTO}” dưới Quốc hiệu.",
            "Gõ Tiêu ngữ ngay dưới Quốc hiệu, in thường, đậm, cỡ 13-14, có đường kẻ dưới dài "
            "bằng dòng chữ.",
        )
        return
    for found in (_exact(motto, MOTTO, "Tiêu ngữ"), check_look(motto, MOTTO_STYLE)):
        if found is not None:
            yield found
    problem = rule_problem(anatomy, [motto], MOTTO_RULE)
    if problem is not None:
        yield problem
