"""RQ112 — Lịch sử đơn vị trỏ tới một đơn vị không có, hoặc hai bên ghi không khớp.

Đơn vị kế tiếp (``ended.successors``) và đơn vị trước đó (``began.predecessors``) phải là đơn vị
có trong danh mục, ghi bằng mã định danh hoặc tên (tên được hiểu theo ngày thay đổi). Khi cả hai
bên cùng ghi, chúng phải khớp nhau: xã nhập vào xã Ia Chim thì xã Ia Chim ghi xã đó trong
``predecessors``; một đơn vị đã giải thể hay kết thúc hoạt động thì không là đơn vị trước của ai.

Ví dụ sai (danh mục không có đơn vị nào mã 'xa-ia-chim-moi')::

    ended:
      date: 2025-07-01
      change: nhập
      successors: [xa-ia-chim-moi]

Ví dụ đúng::

    ended:
      date: 2025-07-01
      change: nhập
      successors: [xa-ia-chim-2025]
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, RegistryContext
from raquan.diagnostics import Severity
from raquan.domain.history import place_name

CODE = "RQ112"
NAME = "unknown-successor"
SEVERITY = Severity.ERROR
SUMMARY = "Lịch sử đơn vị trỏ tới một đơn vị không có, hoặc hai bên ghi không khớp"
APPLIES_TO = ("units",)


def check(ctx: RegistryContext) -> Iterator[Finding]:
    history = ctx.index.history
    for problem in history.problems:
        yield Finding(problem.path, problem.message, problem.hint)
    units = {unit.id: unit for unit in ctx.registry.units}
    for (old_id, new_id), paths in history.link_paths.items():
        old, new = units[old_id], units[new_id]
        sides = {path[2] for path in paths}
        if "ended" not in sides and old.ended is not None:
            if old.ended.kind in ("giải thể", "kết thúc hoạt động"):
                yield Finding(
                    paths[0],
                    f"{place_name(old)} đã {old.ended.kind}, không có đơn vị kế tiếp, nhưng "
                    f"được ghi là đơn vị trước của {place_name(new)}.",
                    f"Sửa 'change' của {old.id} thành 'nhập' hoặc 'chia' và ghi {new.id} trong "
                    "'successors', hoặc bỏ đơn vị này khỏi 'predecessors'.",
                )
            elif old.ended.successors:
                yield Finding(
                    paths[0],
                    f"{place_name(new)} ghi {place_name(old)} là đơn vị trước, nhưng "
                    f"{place_name(old)} không ghi {place_name(new)} trong 'successors'.",
                    f"Thêm {new.id} vào 'successors' của {old.id}, hoặc bỏ {old.id} khỏi "
                    "'predecessors'.",
                )
        if "began" not in sides and new.began is not None and new.began.predecessors:
            yield Finding(
                paths[0],
                f"{place_name(old)} ghi {place_name(new)} là đơn vị kế tiếp, nhưng "
                f"{place_name(new)} không ghi {place_name(old)} trong 'predecessors'.",
                f"Thêm {old.id} vào 'predecessors' của {new.id}, hoặc bỏ {new.id} khỏi "
                "'successors'.",
            )
