"""RQ101 — Tên đơn vị hoặc nhóm không có trong danh mục.

Mọi tên đơn vị, nhóm mà kế hoạch dùng (cơ quan ban hành, đơn vị được giao, đơn vị phối hợp,
nơi nhận, chủ trì sự kiện, các dòng phụ lục) phải có trong danh mục đơn vị (tệp mà khoá
``units`` trỏ tới). Tên được so khớp không phân biệt chữ hoa, chữ thường, có dấu hay không dấu,
và bỏ qua chữ "UBND" hoặc "Ủy ban nhân dân" ở đầu. Trong danh mục, thành viên của một nhóm
cũng phải là đơn vị hoặc nhóm có trong danh mục.

Ví dụ sai (gõ nhầm tên phòng)::

    partners: [Phòng Kinh tết thành phố]

Ví dụ đúng::

    partners: [Phòng Kinh tế thành phố]
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext, RegistryContext
from raquan.diagnostics import Severity
from raquan.domain.suggest import did_you_mean

CODE = "RQ101"
NAME = "unknown-unit"
SEVERITY = Severity.ERROR
SUMMARY = "Tên đơn vị hoặc nhóm không có trong danh mục đơn vị"
APPLIES_TO = ("plan", "units")


def check(ctx: PlanContext | RegistryContext) -> Iterator[Finding]:
    if ctx.index is None:
        return
    if isinstance(ctx, PlanContext):
        refs = ctx.refs
    else:
        refs = [
            (("groups", g, "members", m), member)
            for g, group in enumerate(ctx.registry.groups)
            for m, member in enumerate(group.members)
        ]
    for path, name in refs:
        found = ctx.index.resolve(name)
        if found.target is not None or found.candidates:
            continue
        hint = (
            did_you_mean(found.suggestions)
            or "Thêm đơn vị này vào danh mục đơn vị, hoặc kiểm tra chính tả."
        )
        yield Finding(path, f"Không có đơn vị hoặc nhóm nào tên '{name}' trong danh mục.", hint)
