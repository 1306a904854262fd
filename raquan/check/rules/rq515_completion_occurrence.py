"""RQ515 — Kỳ ghi nhận không phải một kỳ của nhiệm vụ.

``occurrence`` chỉ dùng cho nhiệm vụ có thời hạn lặp lại (hằng tháng, hằng quý, hằng năm), và
phải là một kỳ của nó trong thời gian của kế hoạch: ``2024-06`` (tháng), ``2024-Q2`` (quý),
``2024`` (năm).

Ví dụ sai (báo cáo hằng tháng, kế hoạch đến hết năm 2024)::

    entries:
      - duty: bao-cao-dinh-ky
        date: 2024-06-20
        occurrence: 2025-06

Ví dụ đúng::

    entries:
      - duty: bao-cao-dinh-ky
        date: 2024-06-20
        occurrence: 2024-06
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import CompletionsContext, Finding
from raquan.diagnostics import Severity

CODE = "RQ515"
NAME = "completion-occurrence"
SEVERITY = Severity.ERROR
SUMMARY = "Kỳ ghi nhận (occurrence) không phải một kỳ của nhiệm vụ định kỳ"
APPLIES_TO = ("completions",)


def check(ctx: CompletionsContext) -> Iterator[Finding]:
    for n, entry in enumerate(ctx.records.entries):
        placed = ctx.duties.get(entry.duty)
        if entry.occurrence is None or placed is None:
            continue
        deadline = placed.duty.deadline
        if deadline is None or deadline.repeat is None:
            yield Finding(
                ("entries", n, "occurrence"),
                f"Nhiệm vụ '{entry.duty}' không có thời hạn lặp lại; bỏ 'occurrence'.",
            )
            continue
        keys = [occurrence.key for occurrence in ctx.occurrences(placed)]
        if entry.occurrence not in keys:
            shown = ", ".join(keys[:4]) + (", ..." if len(keys) > 4 else "")
            yield Finding(
                ("entries", n, "occurrence"),
                f"Nhiệm vụ '{entry.duty}' không có kỳ '{entry.occurrence}'.",
                f"Các kỳ của nhiệm vụ: {shown}." if keys else None,
            )
