"""RQ111 — Nhóm có thành viên không còn, hoặc không còn đơn vị nào, vào ngày ban hành kế hoạch.

Một nhóm trong danh mục (``groups``) gồm các đơn vị ghi tên trong ``members`` và mọi đơn vị
thuộc các loại trong ``kinds``; vào ngày ban hành kế hoạch, nhóm chỉ gồm các đơn vị đang hoạt
động khi đó. Khi kế hoạch dùng một nhóm mà một thành viên ghi tên của nhóm đã thôi hoạt động
(hoặc chưa có), hay nhóm không còn đơn vị nào, việc giao cho nhóm sẽ không đến được ai: raquan
nói thành viên đó đã ra sao. Các loại đơn vị (``kinds``) thì tự theo thời gian: nhóm "UBND các
xã, phường" năm 2026 là các xã, phường mới.

Ví dụ sai (kế hoạch ban hành tháng 01/2026; nhóm "Thành viên UBND thành phố" gồm Chủ tịch và
các Phó Chủ tịch UBND thành phố Kon Tum, đã kết thúc hoạt động từ 01/07/2025)::

    to: Thành viên UBND thành phố

Ví dụ đúng::

    to: UBND các xã, phường
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.check.rules.history_support import hint, when_issued
from raquan.diagnostics import Severity
from raquan.domain.history import in_force, together
from raquan.domain.units import UnitIndex
from raquan.models.units import Group, Unit

CODE = "RQ111"
NAME = "group-not-in-force"
SEVERITY = Severity.ERROR
SUMMARY = "Nhóm có thành viên không còn, hoặc không còn đơn vị nào, vào ngày ban hành kế hoạch"
APPLIES_TO = ("plan",)


def _gone_members(index: UnitIndex, group: Group, seen: set[str]) -> Iterator[Unit]:
    """The units a group names in ``members`` (through nested groups too) that are not in
    force in the index's period."""
    if group.id in seen:
        return
    seen.add(group.id)
    for ref in group.members:
        found = index.resolve(ref)
        if isinstance(found.target, Group):
            yield from _gone_members(index, found.target, seen)
        elif found.target is None and not found.candidates:
            yield from found.historic


def _former(index: UnitIndex, group: Group) -> list[Unit]:
    """The units the group takes at other times (by its kinds and members), not now."""
    return [u for u in index.as_of(None).members(group) if not in_force(u, index.period)]


def check(ctx: PlanContext) -> Iterator[Finding]:
    index = ctx.index
    if index is None or index.period is None:
        return
    period = index.period
    history = index.history
    for path, name in ctx.refs:
        group = index.find(name)
        if not isinstance(group, Group):
            continue
        gone = list(_gone_members(index, group, set()))
        if index.members(group):
            for unit in gone:
                absence = history.absence(unit, period)
                yield Finding(
                    path,
                    f"Nhóm '{group.name}' có thành viên không còn vào {when_issued(period)}: "
                    f"{absence.sentence}.",
                    hint(absence),
                )
            continue
        former = {unit.id: unit for unit in [*gone, *_former(index, group)]}.values()
        absences = [history.absence(unit, period) for unit in former]
        reason = f": {together(absences)}" if absences else ""
        yield Finding(
            path,
            f"Nhóm '{group.name}' không còn đơn vị nào vào {when_issued(period)}{reason}.",
            "Giao việc cho các đơn vị đang hoạt động khi ban hành kế hoạch, hoặc sửa nhóm trong "
            "danh mục đơn vị.",
        )
