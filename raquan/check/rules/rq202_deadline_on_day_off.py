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

Ví dụ đúng (trước ngày 14/01/2023: ngày cuối cùng là thứ Sáu, 13/01/2023, ngày làm việc)::

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
from raquan.domain.deadlines import Occurrence, anchor_field, occurrence_phrase
from raquan.models.plan import Deadline

CODE = "RQ202"
NAME = "deadline-on-day-off"
SEVERITY = Severity.WARNING
SUMMARY = "Ngày cuối cùng của thời hạn là thứ Bảy, Chủ nhật hoặc ngày nghỉ lễ, Tết"
APPLIES_TO = ("plan",)


def _day(d: datetime.date) -> str:
    return f"{weekday_name(d)}, {short_date(d)}"


def _written(deadline: Deadline, occurrence: Occurrence) -> datetime.date:
    """The day the deadline's words name for this occurrence (15/01 in "trước ngày 15/01")."""
    if deadline.date is not None:
        return deadline.date
    if deadline.kind in ("trước", "vào lúc"):
        return occurrence.end.date()
    return occurrence.last_day


def check(ctx: PlanContext) -> Iterator[Finding]:
    calendar = ctx.calendar
    for placed, deadline, found in ctx.deadlines:
        if deadline.kind == "trong thời gian":
            continue  # an event may well be held on a Sunday: it is no deadline to meet
        for occurrence in found:
            last = occurrence.last_day
            reason = calendar.day_off_reason(last)
            if reason is None:
                continue
            named = ""
            written = _written(deadline, occurrence)
            if last != written:
                named_reason = calendar.day_off_reason(written)
                named = f" ({short_date(written)} là {named_reason or weekday_name(written)})"
            why = "ngày nghỉ cuối tuần" if reason == weekday_name(last) else f"ngày nghỉ ({reason})"
            following = calendar.next_working_day(last)
            before = calendar.previous_working_day(last)
            said = occurrence_phrase(deadline, ctx.plan, occurrence)
            yield Finding(
                (*placed.path, "deadline", anchor_field(deadline)),
                f"Thời hạn '{said}'{named}: ngày cuối cùng để hoàn thành là {_day(last)}, {why}.",
                "Theo Điều 148 Bộ luật Dân sự 2015, thời hạn khi đó kết thúc vào cuối ngày làm "
                f"việc tiếp theo: {_day(following)}. Ngày làm việc gần nhất trước đó là "
                f"{_day(before)}.",
            )
