"""RQ115 — Đơn vị thôi hoạt động trước thời hạn của việc được giao, hoặc trước sự kiện.

Kế hoạch ban hành khi đơn vị còn hoạt động, nhưng thời hạn của một nhiệm vụ giao cho đơn vị
(chủ trì hay phối hợp), hoặc ngày của sự kiện đơn vị tổ chức hay tham dự, rơi vào sau ngày đơn vị
thôi hoạt động (theo danh mục đơn vị): từ ngày đó việc chuyển cho đơn vị kế tiếp. raquan nhắc để
khi sửa đổi kế hoạch, giao lại việc cho đơn vị kế tiếp, hoặc đặt thời hạn trước ngày đó.

Ví dụ sai (kế hoạch ban hành ngày 16/06/2025; xã Đoàn Kết nhập vào xã Ia Chim từ 01/07/2025)::

    to: xã Đoàn Kết
    deadline:
      kind: chậm nhất
      date: 2025-08-15

Ví dụ đúng::

    to: xã Đoàn Kết
    deadline:
      kind: chậm nhất
      date: 2025-06-30
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from raquan.check.context import Finding, PlanContext
from raquan.check.rules.history_support import quoted
from raquan.diagnostics import DataPath, Severity
from raquan.domain.dates.phrases import short_date
from raquan.domain.deadlines import anchor_field, occurrence_phrase
from raquan.domain.history import Period, place_name
from raquan.domain.units import UnitIndex
from raquan.models.units import Unit

CODE = "RQ115"
NAME = "unit-ends-before-deadline"
SEVERITY = Severity.WARNING
SUMMARY = "Đơn vị thôi hoạt động trước thời hạn của việc được giao, hoặc trước sự kiện"
APPLIES_TO = ("plan",)


def _ending(index: UnitIndex, refs: Iterable[str]) -> Iterator[Unit]:
    """The units named in ``refs`` (groups aside) that end at some date."""
    seen: set[str] = set()
    for ref in refs:
        target = index.find(ref)
        if isinstance(target, Unit) and target.until is not None and target.id not in seen:
            seen.add(target.id)
            yield target


def _finding(index: UnitIndex, unit: Unit, path: DataPath, what: str) -> Finding:
    assert unit.until is not None
    fate = index.history.fate(unit, Period.day(unit.until))
    after = quoted(fate.current) if fate.current else None
    hint = (
        f"Từ {short_date(unit.until)} việc của {place_name(unit)} do {after} đảm nhận; khi sửa "
        "đổi kế hoạch, giao lại việc này, hoặc đặt thời hạn trước ngày đó."
        if after
        else f"Giao việc này cho cơ quan đảm nhận phần việc đó từ {short_date(unit.until)}, "
        "hoặc đặt thời hạn trước ngày đó."
    )
    return Finding(
        path,
        f"{what} sau ngày {place_name(unit)} thôi hoạt động: {fate.explain()}.",
        hint,
    )


def check(ctx: PlanContext) -> Iterator[Finding]:
    index = ctx.index
    if index is None:
        return
    for placed, deadline, found in ctx.deadlines:
        if not found:
            continue
        last = max(occurrence.last_day for occurrence in found)
        path = (*placed.path, "deadline", anchor_field(deadline))
        for unit in _ending(index, [*placed.to, *placed.duty.partners]):
            assert unit.until is not None
            if last >= unit.until:
                late = max(found, key=lambda occurrence: occurrence.last_day)
                what = f"Thời hạn '{occurrence_phrase(deadline, ctx.plan, late)}'"
                yield _finding(index, unit, path, what)
    for e, event in enumerate(ctx.plan.events):
        for unit in _ending(index, [*event.host, *event.attendees]):
            assert unit.until is not None
            if event.date >= unit.until:
                what = f"Sự kiện '{event.title}' ({short_date(event.date)})"
                yield _finding(index, unit, ("events", e, "date"), what)
