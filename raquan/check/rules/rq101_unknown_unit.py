"""RQ101 — Tên đơn vị hoặc nhóm không có trong danh mục.

Mọi tên đơn vị, nhóm mà kế hoạch dùng (cơ quan ban hành, đơn vị được giao, đơn vị phối hợp,
nơi nhận, chủ trì sự kiện, các dòng phụ lục) phải có trong danh mục đơn vị (tệp mà khoá
``units`` trỏ tới). Tên được so khớp không phân biệt chữ hoa, chữ thường, khoảng trắng, dạng
Unicode; bỏ qua chữ "UBND", "Ủy ban nhân dân" ở đầu và chữ "xã", "phường", "thị trấn" trước tên
xã, phường. Chữ gõ không dấu khớp với chữ có dấu, nhưng chữ gõ có dấu phải đúng dấu (chỉ vị trí
dấu thanh là tùy ý: "Hoà" là "Hòa"), nên "xã Hòa Bính" không phải "xã Hòa Bình". Trong danh mục,
thành viên của một nhóm cũng phải là đơn vị hoặc nhóm có trong danh mục.

Ví dụ sai (gõ nhầm tên phòng)::

    partners: [Phòng Kinh tết thành phố]

Ví dụ đúng::

    partners: [Phòng Kinh tế thành phố]
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext, RegistryContext
from raquan.diagnostics import Severity

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
        if found.target is not None or found.candidates or found.historic:
            continue  # a unit no longer (or not yet) in force is RQ110's
        hint = found.hint or "Thêm đơn vị này vào danh mục đơn vị, hoặc kiểm tra chính tả."
        yield Finding(path, f"Không có đơn vị hoặc nhóm nào tên '{name}' trong danh mục.", hint)
