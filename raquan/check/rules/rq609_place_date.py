"""RQ609 — Địa danh và thời gian ban hành trình bày sai.

Địa danh và thời gian ban hành (Nghị định 30/2020/NĐ-CP, Phụ lục I) đặt dưới Tiêu ngữ: tên địa
danh, dấu phẩy, rồi "ngày ... tháng ... năm ..."; ngày nhỏ hơn 10 và tháng 1, tháng 2 có số 0
đứng trước, các tháng từ 3 đến 12 thì không (``ngày 05 tháng 01 năm 2023``, ``ngày 29 tháng 6
năm 2023``). Dòng này in thường, cỡ 13-14, nghiêng. Dự thảo để trống ngày: ``Kon Tum, ngày
tháng 01 năm 2023``.

Ví dụ sai::

    Kon Tum ngày 5 tháng 1 năm 2023   (chữ đứng)

Ví dụ đúng::

    Kon Tum, ngày 05 tháng 01 năm 2023   (in nghiêng)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import check_look
from raquan.diagnostics import Severity
from raquan.domain.layout import PLACE_DATE_STYLE

CODE = "RQ609"
NAME = "place-date"
SEVERITY = Severity.ERROR
SUMMARY = "Địa danh, ngày tháng ban hành thiếu, thiếu số 0 đứng trước, hoặc không in nghiêng"
APPLIES_TO = ("docx",)

_DATE = re.compile(
    r"^(?P<place>.*?)(?P<comma>,?)\s*ngày\s*(?P<day>[\d\s._…]*?)\s*tháng\s*(?P<month>[\d\s._…]*?)"
    r"\s*năm\s*(?P<year>\d*)\s*$",
    re.IGNORECASE,
)
HINT = (
    "Viết “Kon Tum, ngày 05 tháng 01 năm 2023”: dấu phẩy sau địa danh; ngày dưới 10 và tháng 1, "
    "2 có số 0 đứng trước; tháng 3 đến 12 không có."
)


def _problems(text: str) -> list[str]:
    found = _DATE.match(text)
    if found is None:
        return ["không đúng dạng “Địa danh, ngày ... tháng ... năm ...”"]
    problems = []
    if not found.group("place").strip():
        problems.append("thiếu địa danh")
    elif not found.group("comma"):
        problems.append("thiếu dấu phẩy sau địa danh")
    day = found.group("day").strip()
    month = found.group("month").strip()
    if day.isdigit():
        if int(day) < 10 and len(day) < 2:
            problems.append(f"ngày {day} phải viết “0{day}”")
        elif int(day) >= 10 and day.startswith("0"):
            problems.append(f"ngày “{day}” thừa số 0")
    if month.isdigit():
        value = int(month)
        if value in (1, 2) and len(month) < 2:
            problems.append(f"tháng {value} phải viết “0{value}”")
        elif value >= 3 and month.startswith("0"):
            problems.append(f"tháng {value} viết “{value}”, không có số 0 đứng trước")
    year = found.group("year")
    if len(year) != 4:
        problems.append("năm phải có bốn chữ số")
    return problems


def check(ctx: LayoutContext) -> Iterator[Finding]:
    anatomy = ctx.anatomy
    piece = anatomy.place_date
    if piece is None:
        where = anatomy.motto or anatomy.national
        yield at(
            where.number if where is not None else 1,
            "Không thấy địa danh và ngày tháng ban hành (“Kon Tum, ngày 05 tháng 01 năm 2023”) "
            "dưới Tiêu ngữ.",
            HINT,
        )
        return
    problems = _problems(" ".join(piece.text.split()))
    if problems:
        yield at(
            piece.number, f"Dòng “{piece.text}”: {'; '.join(problems)}.", HINT, needle=piece.text
        )
    found = check_look(piece, PLACE_DATE_STYLE)
    if found is not None:
        yield found
