"""RQ516 — Văn bản thực hiện nhiệm vụ có số, ký hiệu hoặc ngày không đúng.

Văn bản ghi ở ``document`` phải có số và ký hiệu đúng dạng (``05/KH-UBND`` của Nhà nước hay
``12-CV/ĐU`` của Đảng), và không thể ban hành sau ngày hoàn thành mà nó làm nên.

Ví dụ sai::

    - duty: ke-hoach-chi-tiet
      date: 2023-01-13
      document: {number: KH 05, date: 2023-01-16}

Ví dụ đúng::

    - duty: ke-hoach-chi-tiet
      date: 2023-01-13
      document: {number: 05/KH-UBND, date: 2023-01-13}
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import CompletionsContext, Finding
from raquan.diagnostics import Severity
from raquan.domain.dates.phrases import short_date
from raquan.domain.doctypes import parse_number

CODE = "RQ516"
NAME = "completion-document"
SEVERITY = Severity.ERROR
SUMMARY = "Văn bản thực hiện nhiệm vụ có số, ký hiệu sai dạng hoặc ngày sau ngày hoàn thành"
APPLIES_TO = ("completions",)


def check(ctx: CompletionsContext) -> Iterator[Finding]:
    for n, entry in enumerate(ctx.records.entries):
        document = entry.document
        if document is None:
            continue
        if parse_number(document.number) is None:
            yield Finding(
                ("entries", n, "document", "number"),
                f"'{document.number}' không phải số và ký hiệu văn bản.",
                "Viết như 05/KH-UBND (Nhà nước) hoặc 12-CV/ĐU (Đảng).",
            )
        if document.date is not None and document.date > entry.date:
            yield Finding(
                ("entries", n, "document", "date"),
                f"Văn bản ban hành ngày {short_date(document.date)}, sau ngày hoàn thành "
                f"{short_date(entry.date)}.",
                "Ngày hoàn thành là ngày ban hành văn bản, hoặc sau đó.",
            )
