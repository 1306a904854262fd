"""RQ107 — Thời hạn của nhiệm vụ không được in trong văn bản.

Khi một nhiệm vụ có thời hạn (``deadline``), nội dung của nó phải có chỗ điền ``{deadline}``
để văn bản in ra đúng thời hạn đó; nếu không, đơn vị nhận kế hoạch không biết hạn, còn lịch việc
của raquan lại có. Nhiệm vụ là một hàng của bảng phân công có cột thời hạn (``table`` của phần)
thì thời hạn được in ở cột đó, không cần chỗ điền.

Ví dụ sai::

    - id: kiem-tra
      text: Kiểm tra công tác chuẩn bị các điều kiện cần thiết phục vụ buổi Lễ.
      deadline:
        kind: chậm nhất
        date: 2023-01-30

Ví dụ đúng::

    - id: kiem-tra
      text: Kiểm tra công tác chuẩn bị phục vụ buổi Lễ, hoàn thành {deadline}.
      deadline:
        kind: chậm nhất
        date: 2023-01-30
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity

CODE = "RQ107"
NAME = "deadline-not-printed"
SEVERITY = Severity.WARNING
SUMMARY = "Nhiệm vụ có thời hạn nhưng nội dung không in thời hạn đó"
APPLIES_TO = ("plan",)


def _in_deadline_column(ctx: PlanContext, path: tuple[object, ...]) -> bool:
    """Whether a duty is a row of an assignment table that prints its deadline in a column."""
    section = ctx.plan.sections[path[1]] if isinstance(path[1], int) else None
    table = section.table if section is not None else None
    return table is not None and any(column.field == "thời hạn" for column in table.columns)


def check(ctx: PlanContext) -> Iterator[Finding]:
    for placed in ctx.duties:
        duty = placed.duty
        if duty.deadline is None or _in_deadline_column(ctx, placed.path):
            continue
        if not any(holder.name == "deadline" for holder in ctx.placeholders(duty.text)):
            yield Finding(
                (*placed.path, "text"),
                f"Nhiệm vụ '{duty.id}' có thời hạn nhưng nội dung không có chỗ điền {{deadline}}.",
                "Thêm {deadline} vào chỗ văn bản nêu thời hạn, ví dụ: hoàn thành {deadline}.",
            )
