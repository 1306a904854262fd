"""What the rules on units' history (RQ110, RQ111) say about a unit not in force when a plan
is issued: the sentence, related to the plan's date, and what to write instead."""

from __future__ import annotations

from collections.abc import Sequence

from raquan.domain.dates.phrases import short_date
from raquan.domain.history import Absence, Period
from raquan.models.units import Unit


def when_issued(period: Period) -> str:
    """ "ngày ban hành kế hoạch (15/01/2026)", or "tháng ban hành kế hoạch (01/2026)"."""
    if period.first == period.last:
        return f"ngày ban hành kế hoạch ({short_date(period.first)})"
    return f"tháng ban hành kế hoạch ({period.first.month:02d}/{period.first.year})"


def quoted(units: Sequence[Unit]) -> str:
    """ "'UBND xã Ia Chim'", or "'A' hoặc 'B'"."""
    return " hoặc ".join(f"'{unit.display}'" for unit in units)


def sentence(absence: Absence, period: Period) -> str:
    """The absence, related to the plan's date, as a sentence."""
    relation = "sau" if absence.later else "trước"
    return f"{absence.sentence}, {relation} {when_issued(period)}."


def hint(absence: Absence) -> str:
    """What to write instead."""
    if absence.later:
        if absence.instead:
            return f"Khi đó là: {quoted(absence.instead)}."
        return "Kiểm tra ngày ban hành kế hoạch, hoặc dùng tên đơn vị đang hoạt động khi đó."
    if absence.instead:
        return f"Thay bằng {quoted(absence.instead)}."
    return (
        "Đơn vị này không có đơn vị kế tiếp trong danh mục: giao việc cho cơ quan nay đảm nhận "
        "phần việc đó, hoặc bỏ tên này."
    )
