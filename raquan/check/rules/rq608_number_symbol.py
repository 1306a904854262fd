"""RQ608 — Dòng "Số:" (số, ký hiệu văn bản) trình bày sai.

Số, ký hiệu văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục I) đặt dưới tên cơ quan ban hành:
"Số:" rồi số văn bản, gạch chéo, ký hiệu (chữ viết tắt tên loại văn bản, gạch nối, chữ viết
tắt tên cơ quan), không có khoảng trắng (``Số: 05/KH-UBND``); số nhỏ hơn 10 có số 0 đứng trước.
Dòng này in cỡ 13, chữ đứng, không đậm. Văn bản chưa ban hành (dự thảo) để trống số:
``Số:      /KH-UBND``. Văn bản của Đảng viết theo cách của Đảng (``Số 1766-CV/TU``).

Ví dụ sai::

    Số 5 / KH - UBND

Ví dụ đúng::

    Số: 05/KH-UBND
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import check_look
from raquan.diagnostics import Severity
from raquan.domain.doctypes import SYMBOL, parse_number
from raquan.domain.layout import NUMBER_STYLE

CODE = "RQ608"
NAME = "number-symbol"
SEVERITY = Severity.ERROR
SUMMARY = "Dòng “Số:” thiếu, hoặc số, ký hiệu văn bản viết sai dạng hay sai cỡ, kiểu chữ"
APPLIES_TO = ("docx",)

_LINE = re.compile(r"^Số\s*(?P<colon>:?)\s*(?P<rest>.*)$", re.IGNORECASE)
_BLANK = re.compile(r"^[\s._…]*$")
HINT = "Viết “Số: 05/KH-UBND”: “Số” có dấu hai chấm, số có hai chữ số, không có khoảng trắng."


def _problems(text: str, party: bool) -> list[str]:
    found = _LINE.match(text.strip())
    if found is None:
        return ["không bắt đầu bằng “Số:”"]
    rest = found.group("rest").strip()
    problems = []
    if not text.startswith("Số"):
        problems.append("chữ “Số” phải viết hoa chữ đầu, thường các chữ sau")
    if party:
        if parse_number(rest) is None:
            problems.append(f"“{rest}” không đúng dạng số, ký hiệu văn bản của Đảng (1766-CV/TU)")
        return problems
    if not found.group("colon"):
        problems.append("thiếu dấu hai chấm sau “Số”")
    number, slash, symbol = rest.partition("/")
    if not slash:
        problems.append(f"“{rest}” thiếu gạch chéo giữa số và ký hiệu")
        return problems
    if _BLANK.match(number):
        number = ""
    if number and (number != number.strip() or symbol != symbol.strip() or " " in symbol):
        problems.append("có khoảng trắng trong số, ký hiệu")
    number, symbol = number.strip(), symbol.strip()
    year = re.fullmatch(r"(\d+)/(\d{4})", f"{number}/{symbol.split('/')[0]}")
    if year and "/" in symbol:
        symbol = symbol.split("/", 1)[1]
    if number and not number.isdigit():
        problems.append(f"số văn bản “{number}” không phải một số")
    elif number and int(number) < 10 and len(number) < 2:
        problems.append(f"số nhỏ hơn 10 phải có số 0 đứng trước (“0{number}”)")
    if not SYMBOL.fullmatch(symbol.replace(" ", "")):
        problems.append(
            f"ký hiệu “{symbol}” không đúng dạng (chữ viết tắt loại văn bản, gạch nối, chữ viết "
            "tắt cơ quan: KH-UBND)"
        )
    return problems


def check(ctx: LayoutContext) -> Iterator[Finding]:
    anatomy = ctx.anatomy
    piece = anatomy.number
    if piece is None:
        if anatomy.party:
            return
        where = anatomy.issuer[-1].number if anatomy.issuer else 1
        yield at(
            where,
            "Không thấy dòng số, ký hiệu văn bản (“Số: 05/KH-UBND”) dưới tên cơ quan ban hành.",
            HINT,
        )
        return
    problems = _problems(" ".join(piece.text.split()), anatomy.party)
    if problems:
        yield at(
            piece.number,
            f"Dòng “{piece.text}”: {'; '.join(problems)}.",
            HINT,
            needle=piece.text,
        )
    found = check_look(piece, NUMBER_STYLE)
    if found is not None:
        yield found
