"""RQ616 — Phần ký (thẩm quyền, chức vụ, họ tên người ký) trình bày sai.

Phần ký (Nghị định 30/2020/NĐ-CP, Phụ lục I) ở góc phải dưới nội dung: quyền hạn và chức vụ của
người ký in hoa, cỡ 13-14, đứng, đậm, với chữ viết tắt thẩm quyền có dấu chấm (``TM.``,
``KT.``, ``TL.``, ``TUQ.``, ``Q.``); sau ``KT.`` là chức vụ của cấp phó (``PHÓ CHỦ TỊCH``); họ
tên người ký in thường, cỡ 13-14, đứng, đậm, không ghi học hàm, học vị (TS., ThS., ...).

Ví dụ sai::

    T/M ỦY BAN NHÂN DÂN
    K/T CHỦ TỊCH
    TS. Nguyễn Văn A     (không đậm)

Ví dụ đúng::

    TM. ỦY BAN NHÂN DÂN
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH

    Nguyễn Văn A
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import check_look, check_looks
from raquan.diagnostics import Severity
from raquan.domain.layout import ACADEMIC_TITLES, AUTHORITIES, AUTHORITY_STYLE, SIGNER_STYLE

CODE = "RQ616"
NAME = "signature"
SEVERITY = Severity.ERROR
SUMMARY = "Thẩm quyền, chức vụ, họ tên người ký sai chữ viết tắt, cỡ hay kiểu chữ"
APPLIES_TO = ("docx",)

_PREFIX = re.compile(r"^\s*([A-ZĐ]{1,3})\s*([./]?)\s*([A-ZĐ]?)\s*(\.?)\s+(?=\S)")
KNOWN = ", ".join(f"{code}. ({meaning})" for code, meaning in AUTHORITIES.items())


def _authority_problem(text: str) -> str | None:
    loose = re.match(r"^\s*([A-ZĐ])\s*/\s*([A-ZĐ])\b", text)
    if loose:
        code = loose.group(1) + loose.group(2)
        return f"viết “{loose.group(0).strip()}”, phải là “{code}.”"
    found = re.match(r"^\s*(TM|KT|TL|TUQ|Q)(\.?)(\s*)\S", text)
    if found and not found.group(2):
        return f"“{found.group(1)}” thiếu dấu chấm (phải là “{found.group(1)}.”)"
    if found and not found.group(3):
        return f"thiếu khoảng trắng sau “{found.group(1)}.”"
    return None


def check(ctx: LayoutContext) -> Iterator[Finding]:
    anatomy = ctx.anatomy
    lines = [p for p in anatomy.signature if p.text.strip()]
    if not lines:
        if anatomy.recipients_label is not None:
            yield at(
                anatomy.recipients_label.number,
                "Không thấy phần ký (thẩm quyền, chức vụ và họ tên người ký) ở góc phải dưới "
                "nội dung.",
                "Gõ chức vụ người ký in hoa, đậm (“TM. ỦY BAN NHÂN DÂN”, “CHỦ TỊCH”), chừa chỗ "
                "ký, rồi họ tên người ký, đậm.",
            )
        return
    signer = lines[-1] if len(lines) > 1 and not lines[-1].upper else None
    titles = lines[:-1] if signer is not None else lines
    for index, piece in enumerate(titles):
        problem = _authority_problem(piece.text)
        if problem is not None:
            yield at(
                piece.number,
                f"Thẩm quyền ký “{piece.text}”: {problem}.",
                f"Chữ viết tắt thẩm quyền: {KNOWN}.",
                needle=piece.text,
            )
        if piece.text.startswith("KT.") and (
            index + 1 >= len(titles) or not titles[index + 1].text.upper().startswith("PHÓ")
        ):
            yield at(
                piece.number,
                "Sau dòng “KT.” (ký thay) phải là chức vụ của cấp phó ký thay (“PHÓ CHỦ TỊCH”).",
                "Nếu người đứng đầu tự ký thì bỏ dòng “KT.”.",
                needle=piece.text,
            )
    yield from check_looks(titles, AUTHORITY_STYLE)
    if signer is None:
        yield at(
            lines[-1].number,
            "Không thấy họ tên người ký (in thường, đậm) dưới chức vụ người ký.",
            "Gõ họ tên người ký, chữ thường, đậm, cỡ 13-14, dưới chỗ ký.",
        )
        return
    title = next((t for t in ACADEMIC_TITLES if signer.text.startswith(t)), None)
    if title is not None:
        yield at(
            signer.number,
            f"Họ tên người ký “{signer.text}” có học hàm, học vị “{title}”; chỉ ghi họ tên.",
            f"Bỏ “{title}” trước họ tên người ký.",
            needle=signer.text,
        )
    found = check_look(signer, SIGNER_STYLE)
    if found is not None:
        yield found
