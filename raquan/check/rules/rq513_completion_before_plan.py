"""RQ513 — Ngày hoàn thành trước ngày ban hành kế hoạch.

Một nhiệm vụ không thể hoàn thành trước khi kế hoạch giao nó được ban hành (với dự thảo chưa
ghi ngày: trước ngày đầu tháng ban hành). Thường là gõ nhầm năm.

Ví dụ sai (kế hoạch ban hành tháng 01/2023)::

    entries:
      - duty: ke-hoach-chi-tiet
        date: 2022-01-13

Ví dụ đúng::

    entries:
      - duty: ke-hoach-chi-tiet
        date: 2023-01-13
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import CompletionsContext, Finding
from raquan.diagnostics import Severity
from raquan.domain.dates.phrases import short_date

CODE = "RQ513"
NAME = "completion-before-plan"
SEVERITY = Severity.ERROR
SUMMARY = "Ngày hoàn thành trước ngày ban hành kế hoạch"
APPLIES_TO = ("completions",)


def check(ctx: CompletionsContext) -> Iterator[Finding]:
    if ctx.plan is None:
        return
    issued = ctx.plan.plan.header.date
    said = (
        f"tháng {issued.month}/{issued.year}, tháng ban hành kế hoạch"
        if issued.is_draft
        else f"{short_date(issued.earliest)}, ngày ban hành kế hoạch"
    )
    for n, entry in enumerate(ctx.records.entries):
        if entry.date < issued.earliest:
            yield Finding(
                ("entries", n, "date"),
                f"Ngày hoàn thành {short_date(entry.date)} trước {said}.",
                "Kiểm tra lại năm, tháng của ngày hoàn thành.",
            )
