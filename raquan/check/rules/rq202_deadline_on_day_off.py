"""RQ202 — Thời hạn rơi vào ngày nghỉ.

Thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết (theo lịch nghỉ của Nhà nước mà gói ``holidays`` biết,
cộng với ngày nghỉ riêng mà danh mục đơn vị hoặc kế hoạch khai báo trong ``calendar``) không
phải ngày làm việc. Khi ngày cuối cùng của một thời hạn là ngày nghỉ, theo Điều 148 Bộ luật
Dân sự 2015, thời hạn kết thúc vào cuối ngày làm việc tiếp theo; tốt hơn là chọn hạn vào một
ngày làm việc. Với "trước ngày 15/01/2023", ngày cuối cùng là ngày 14/01/2023.

Ví dụ sai (14/01/2023 là thứ Bảy, 15/01/2023 là Chủ nhật)::

    deadline:
      kind: trước
      date: 2023-01-15

Ví dụ đúng (16/01/2023 là thứ Hai: hạn cuối là thứ Sáu 13/01/2023)::

    deadline:
      kind: trước
      date: 2023-01-14
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import short_date
from raquan.domain.phrasing import deadline_phrase

CODE = "RQ202"
NAME = "deadline-on-day-off"
SEVERITY = Severity.WARNING
SUMMARY = "Ngày cuối cùng của thời hạn là thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ, Tết"
APPLIES_TO = ("plan",)


def _day(d: datetime.date) -> str:
    return f"{weekday_name(d)}, {short_date(d)}"


def check(ctx: PlanContext) -> Iterator[Finding]:
    calendar = ctx.calendar
    for placed in ctx.duties:
        deadline = placed.duty.deadline
        if deadline is None:
            continue
        last = deadline.last_day()
        reason = calendar.day_off_reason(last)
        if reason is None:
            continue
        named = ""
        if last != deadline.date:
            named_reason = calendar.day_off_reason(deadline.date)
            named = (
                f" ({short_date(deadline.date)} là {named_reason or weekday_name(deadline.date)})"
            )
        why = "ngày nghỉ cuối tuần" if reason == weekday_name(last) else f"ngày nghỉ ({reason})"
        following = calendar.next_working_day(last)
        before = calendar.previous_working_day(last)
        yield Finding(
            (*placed.path, "deadline", "date"),
            f"Thời hạn '{deadline_phrase(deadline)}'{named}: ngày cuối cùng để hoàn thành là "
            f"{_day(last)}, {why}.",
            "Theo Điều 148 Bộ luật Dân sự 2015, thời hạn khi đó kết thúc vào cuối ngày làm việc "
            f"tiếp theo: {_day(following)}. Ngày làm việc gần nhất trước đó là {_day(before)}.",
        )
