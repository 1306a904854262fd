"""RQ207 — Thời hạn lặp lại không có kỳ nào.

Thời hạn lặp lại (``repeat: hằng tháng``, ``hằng quý``, ``hằng năm``) rơi vào mỗi kỳ trong thời
gian của kế hoạch (``period``), hoặc từ ``start`` đến ``until`` khi thời hạn ghi. Kế hoạch không
có ``period`` và thời hạn không ghi ``start``, ``until``, hoặc không có kỳ nào nằm trong đó, thì
raquan không biết hạn rơi vào ngày nào.

Ví dụ sai (kế hoạch không có ``period``)::

    deadline:
      kind: trước
      repeat: hằng tháng
      day: 25

Ví dụ đúng::

    deadline:
      kind: trước
      repeat: hằng tháng
      day: 25
      start: 2024-01-01
      until: 2024-12-31
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.dates.phrases import short_date
from raquan.domain.deadlines import bounds
from raquan.domain.phrasing import deadline_phrase

CODE = "RQ207"
NAME = "unplaced-recurrence"
SEVERITY = Severity.ERROR
SUMMARY = "Thời hạn lặp lại mà không biết lặp trong khoảng nào, hoặc không có kỳ nào"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    for placed, deadline, found in ctx.deadlines:
        if deadline.repeat is None or found:
            continue
        said = deadline_phrase(deadline, ctx.plan)
        span = bounds(ctx.plan, deadline)
        if span is None:
            yield Finding(
                (*placed.path, "deadline", "repeat"),
                f"Thời hạn '{said}' lặp lại nhưng kế hoạch không có 'period' và thời hạn không "
                "ghi 'start', 'until'.",
                "Thêm 'period' cho kế hoạch, hoặc 'start' và 'until' cho thời hạn.",
            )
        else:
            yield Finding(
                (*placed.path, "deadline", "day"),
                f"Thời hạn '{said}' không có kỳ nào từ {short_date(span[0])} đến "
                f"{short_date(span[1])}.",
                "Sửa ngày lặp, hoặc khoảng thời gian lặp.",
            )
