"""RQ108 — Hai đơn vị trong danh mục có cùng tên gọi.

Trong danh mục đơn vị, mỗi tên, tên ngắn và tên gọi khác (``aliases``) nên chỉ một đơn vị hoặc
một nhóm. Khi hai đơn vị có cùng tên gọi (không kể chữ hoa, chữ "UBND" ở đầu, vị trí dấu
thanh; một tên viết không dấu trùng với mọi cách viết có dấu của nó), kế hoạch nào dùng tên đó
sẽ bị báo lỗi RQ102.

Ví dụ sai::

    units:
      - id: van-phong-thanh-pho
        name: Văn phòng HĐND và UBND thành phố
        aliases: [Văn phòng]
        kind: văn phòng
      - id: van-phong-tinh
        name: Văn phòng UBND tỉnh
        aliases: [Văn phòng]
        kind: văn phòng
        level: tỉnh

Ví dụ đúng::

    units:
      - id: van-phong-thanh-pho
        name: Văn phòng HĐND và UBND thành phố
        aliases: [Văn phòng]
        kind: văn phòng
      - id: van-phong-tinh
        name: Văn phòng UBND tỉnh
        kind: văn phòng
        level: tỉnh
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, RegistryContext
from raquan.diagnostics import Severity
from raquan.domain.history import overlap
from raquan.domain.units import display_name, name_key
from raquan.models.units import Group, Unit

CODE = "RQ108"
NAME = "registry-name-clash"
SEVERITY = Severity.WARNING
SUMMARY = "Hai đơn vị hoặc nhóm trong danh mục có cùng tên gọi"
APPLIES_TO = ("units",)


def check(ctx: RegistryContext) -> Iterator[Finding]:
    seen: set[str] = set()
    targets: list[tuple[str, int, Unit | Group]] = [
        ("units", i, t) for i, t in enumerate(ctx.registry.units)
    ]
    targets += [("groups", i, t) for i, t in enumerate(ctx.registry.groups)]
    for kind, i, target in targets:
        names = [target.name, *target.aliases]
        if isinstance(target, Unit) and target.short:
            names.insert(1, target.short)
        for name in names:
            key = name_key(name)
            found = ctx.index.resolve(name)
            if not found.ambiguous or key in seen:
                continue
            # Units in force at different times may share a name (a new xã Ia Chim formed
            # from the old one): a name means the unit in force when a plan is issued.
            clashes = [t for t in found.candidates if t is not target and overlap(t, target)]
            if not clashes:
                continue
            seen.add(key)
            others = [display_name(t) for t in clashes]
            yield Finding(
                (kind, i),
                f"Tên gọi '{name}' trùng với: " + ", ".join(f"'{o}'" for o in others) + ".",
                "Bỏ tên gọi trùng khỏi 'aliases' của một trong các đơn vị.",
            )
