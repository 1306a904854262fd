"""RQ103 — Mã định danh bị trùng.

Mỗi nhiệm vụ, sự kiện, phụ lục và văn bản căn cứ của một kế hoạch phải có mã (``id``) riêng,
vì các tệp khác (báo cáo của đơn vị, lịch việc) trỏ tới chúng bằng mã. Trong danh mục đơn vị,
mỗi đơn vị và mỗi nhóm cũng phải có mã riêng.

Ví dụ sai::

    duties:
      - id: bao-cao-nhanh
        text: Báo cáo nhanh kết quả tổ chức Lễ ra quân.
      - id: bao-cao-nhanh
        text: Báo cáo tổng hợp kết quả thực hiện.

Ví dụ đúng::

    duties:
      - id: bao-cao-nhanh
        text: Báo cáo nhanh kết quả tổ chức Lễ ra quân.
      - id: bao-cao-tong-hop
        text: Báo cáo tổng hợp kết quả thực hiện.
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext, RegistryContext
from raquan.diagnostics import DataPath, Severity

CODE = "RQ103"
NAME = "duplicate-id"
SEVERITY = Severity.ERROR
SUMMARY = "Hai mục có cùng mã định danh"
APPLIES_TO = ("plan", "units")


def _ids(ctx: PlanContext | RegistryContext) -> Iterator[tuple[DataPath, str]]:
    if isinstance(ctx, RegistryContext):
        for u, unit in enumerate(ctx.registry.units):
            yield ("units", u, "id"), unit.id
        for g, group in enumerate(ctx.registry.groups):
            yield ("groups", g, "id"), group.id
        return
    plan = ctx.plan
    for b, basis in enumerate(plan.legal_bases):
        yield ("legal_bases", b, "id"), basis.id
    for placed in ctx.duties:
        yield (*placed.path, "id"), placed.duty.id
    for e, event in enumerate(plan.events):
        yield ("events", e, "id"), event.id
    for a, attachment in enumerate(plan.attachments):
        yield ("attachments", a, "id"), attachment.id


def check(ctx: PlanContext | RegistryContext) -> Iterator[Finding]:
    first: dict[str, DataPath] = {}
    for path, ident in _ids(ctx):
        if ident in first:
            where = ctx.document.source.locate(first[ident])
            yield Finding(
                path,
                f"Mã '{ident}' đã được dùng ở dòng {where.line}.",
                "Đặt một mã khác; mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.",
            )
        else:
            first[ident] = path
