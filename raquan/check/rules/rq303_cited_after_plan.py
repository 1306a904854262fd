"""RQ303 — Văn bản được dẫn có ngày sau ngày ban hành kế hoạch.

Một kế hoạch chỉ có thể căn cứ vào văn bản đã ban hành trước nó. Với dự thảo còn để trống ngày,
ngày được so là ngày cuối của tháng ban hành. Kiểm tra văn bản căn cứ và các văn bản được dẫn
kèm ngày trong nội dung ("Báo cáo 918/BC-PKT ngày 28/12/2022").

Ví dụ sai (kế hoạch ban hành ngày 10/01/2023)::

    legal_bases:
      - id: kh-36
        type: Kế hoạch
        number: 36/KH-UBND
        date: 2023-01-16
        issuer: Ủy ban nhân dân tỉnh Kon Tum
        summary: triển khai các hoạt động Lễ ra quân đầu năm 2023

Ví dụ đúng::

    legal_bases:
      - id: kh-36
        type: Kế hoạch
        number: 36/KH-UBND
        date: 2023-01-06
        issuer: Ủy ban nhân dân tỉnh Kon Tum
        summary: triển khai các hoạt động Lễ ra quân đầu năm 2023
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.dates.phrases import short_date

CODE = "RQ303"
NAME = "cited-after-plan"
SEVERITY = Severity.ERROR
SUMMARY = "Văn bản được dẫn có ngày sau ngày ban hành kế hoạch"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    issued = ctx.plan.header.date
    latest = (
        datetime.date(issued.year, issued.month, calendar.monthrange(issued.year, issued.month)[1])
        if issued.is_draft
        else issued.earliest
    )
    said = f"tháng {issued.month}/{issued.year}" if issued.is_draft else short_date(latest)
    for b, basis in enumerate(ctx.plan.legal_bases):
        if basis.date > latest:
            yield Finding(
                ("legal_bases", b, "date"),
                f"{basis.type} số {basis.number} ngày {short_date(basis.date)} có ngày sau ngày "
                f"ban hành kế hoạch ({said}).",
                "Kiểm tra lại ngày của văn bản được dẫn.",
            )
    for path, text in ctx.texts:
        dates = ctx.dates(text)
        for cited in ctx.citations(text):
            # The date written right after the citation ("... ngày 28/12/2022") is its date.
            after = next((d for d in dates if d.start >= cited.end), None)
            if after is None or after.date is None or after.start - cited.end > 8:
                continue
            if after.date > latest:
                yield Finding(
                    path,
                    f"'{cited.text}' có ngày {short_date(after.date)}, sau ngày ban hành kế "
                    f"hoạch ({said}).",
                    needle=cited.text,
                    occurrence=text.count(cited.text, 0, cited.start),
                )
