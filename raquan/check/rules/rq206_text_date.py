"""RQ206 — Ngày viết trong văn bản sai thứ, sai ngày âm lịch, không có thật, hoặc khác thời hạn.

Ngày gõ trong văn bản được đọc cùng với thứ và ngày âm lịch viết kèm: "thứ Ba, ngày
31/01/2023", "ngày 31 tháng 01 năm 2023 (nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)". Thứ và
ngày âm lịch phải đúng với ngày dương lịch (âm lịch Việt Nam, múi giờ UTC+7), ngày phải có thật,
và ngày viết trong nội dung một nhiệm vụ phải trùng với thời hạn đã khai báo của nhiệm vụ đó.
Tốt nhất là không gõ ngày mà dùng chỗ điền ``{deadline}``, ``{when:...}``.

Ví dụ sai (31/01/2023 là thứ Ba)::

    text: Tổ chức Lễ ra quân vào thứ Hai, ngày 31/01/2023.

Ví dụ đúng::

    text: Tổ chức Lễ ra quân vào thứ Ba, ngày 31/01/2023.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import lunar_phrase, short_date

CODE = "RQ206"
NAME = "text-date"
SEVERITY = Severity.ERROR
SUMMARY = "Ngày viết trong văn bản sai thứ, sai âm lịch, không có thật hoặc khác thời hạn"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    duties = ctx.duty_texts
    for path, text in ctx.texts:
        duty = duties.get(path)
        for mention in ctx.dates(text):
            occurrence = text.count(mention.text, 0, mention.start)
            finding = partial(Finding, path, needle=mention.text, occurrence=occurrence)

            if mention.date is None:
                yield finding(mention.problem or f"Ngày '{mention.text}' không có thật.")
                continue
            day = mention.date
            if mention.weekday is not None and mention.weekday_agrees is False:
                right = weekday_name(day)
                yield finding(
                    f"Ngày {short_date(day)} là {right}, không phải '{mention.weekday.text}'.",
                    f"Sửa thành '{right}', hoặc kiểm tra lại ngày.",
                )
            if mention.lunar is not None and mention.lunar_agrees is False:
                right = lunar_phrase(day)
                yield finding(
                    f"Ngày {short_date(day)} là {right} (âm lịch), không phải "
                    f"'{mention.lunar.text}'.",
                    f"Sửa thành '{right}'.",
                )
            declared = ctx.declared_days(duty) if duty is not None else []
            if declared and day not in declared:
                yield finding(
                    f"Ngày {short_date(day)} viết trong nội dung khác với thời hạn đã khai báo của "
                    f"nhiệm vụ ({short_date(declared[0])}).",
                    "Dùng chỗ điền {deadline} thay cho ngày gõ tay, hoặc sửa một trong hai.",
                )
