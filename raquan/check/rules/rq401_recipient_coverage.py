"""RQ401 — Đơn vị được giao việc nhưng không có trong Nơi nhận.

Mọi đơn vị được giao nhiệm vụ (chủ trì hoặc phối hợp) hay chủ trì một sự kiện phải nhận được
kế hoạch: có trong "Nơi nhận", trực tiếp hoặc qua một nhóm (ví dụ "UBND các xã, phường" bao gồm
UBND xã Đoàn Kết). Một dòng nơi nhận viết tự do ("Lãnh đạo và chuyên viên Văn phòng") nói nó
gửi tới ai bằng khoá ``covers``.

Ví dụ sai (Phòng Kinh tế được giao việc, nơi nhận chỉ có các xã, phường)::

    recipients:
      - unit: UBND các xã, phường

Ví dụ đúng::

    recipients:
      - unit: UBND các xã, phường
      - unit: Phòng Kinh tế thành phố
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import DataPath, Severity
from raquan.domain.units import display_name

CODE = "RQ401"
NAME = "recipient-coverage"
SEVERITY = Severity.WARNING
SUMMARY = "Đơn vị được giao việc nhưng không có trong Nơi nhận"
APPLIES_TO = ("plan",)


def _assigned(ctx: PlanContext) -> Iterator[tuple[DataPath, str]]:
    plan = ctx.plan
    for s, section in enumerate(plan.sections):
        for a, block in enumerate(section.assignments):
            for i, ref in enumerate(block.to):
                yield ("sections", s, "assignments", a, "to", i), ref
    for placed in ctx.duties:
        for i, ref in enumerate(placed.duty.to or ()):
            yield (*placed.path, "to", i), ref
        for i, ref in enumerate(placed.duty.partners):
            yield (*placed.path, "partners", i), ref
    for e, event in enumerate(plan.events):
        for i, ref in enumerate(event.host):
            yield ("events", e, "host", i), ref


def check(ctx: PlanContext) -> Iterator[Finding]:
    index = ctx.index
    if index is None:
        return
    covered: set[str] = set()
    for recipient in ctx.plan.recipients:
        for ref in [*([recipient.unit] if recipient.unit else []), *recipient.covers]:
            target = index.find(ref)
            if target is not None:
                covered.update(unit.id for unit in index.members(target))
    issuer = index.find(ctx.plan.header.issuer)
    if issuer is not None:
        covered.update(unit.id for unit in index.members(issuer))
    reported: set[str] = set()
    for path, ref in _assigned(ctx):
        target = index.find(ref)
        if target is None:
            continue
        missing = [
            unit
            for unit in index.members(target)
            if unit.id not in covered and unit.id not in reported
        ]
        if not missing:
            continue
        reported.update(unit.id for unit in missing)
        names = ", ".join(display_name(unit) for unit in missing[:5])
        more = f" và {len(missing) - 5} đơn vị khác" if len(missing) > 5 else ""
        yield Finding(
            path,
            f"'{ref}' được giao việc nhưng không nhận được kế hoạch: {names}{more} không có "
            "trong Nơi nhận.",
            "Thêm đơn vị (hoặc một nhóm chứa nó) vào 'recipients'.",
        )
