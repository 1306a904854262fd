"""RQ514 — Một nhiệm vụ được ghi nhận hoàn thành hai lần.

Mỗi nhiệm vụ (với nhiệm vụ định kỳ: mỗi kỳ) của một đơn vị chỉ cần một ghi nhận; khi có hai,
ghi nhận sớm hơn được tính. Thường là chạy ``raquan done`` hai lần.

Ví dụ sai::

    entries:
      - duty: ke-hoach-chi-tiet
        date: 2023-01-13
      - duty: ke-hoach-chi-tiet
        date: 2023-01-14

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

CODE = "RQ514"
NAME = "completion-duplicate"
SEVERITY = Severity.WARNING
SUMMARY = "Một nhiệm vụ (một kỳ) được ghi nhận hoàn thành hai lần"
APPLIES_TO = ("completions",)


def check(ctx: CompletionsContext) -> Iterator[Finding]:
    seen: dict[tuple[str, str], int] = {}
    for n, entry in enumerate(ctx.records.entries):
        placed = ctx.duties.get(entry.duty)
        recurring = placed is not None and placed.duty.deadline is not None
        if recurring and placed is not None and placed.duty.deadline is not None:
            recurring = placed.duty.deadline.repeat is not None
        if recurring and entry.occurrence is None:
            continue  # each answers the next occurrence not yet answered
        key = (entry.duty, entry.occurrence or "")
        first = seen.setdefault(key, n)
        if first != n:
            earlier = ctx.records.entries[first]
            yield Finding(
                ("entries", n),
                f"Nhiệm vụ '{entry.duty}' đã được ghi nhận hoàn thành ở mục thứ {first + 1} "
                f"(ngày {short_date(earlier.date)}); ghi nhận sớm hơn được tính.",
                "Xoá mục thừa.",
            )
