"""RQ113 — Thời gian hoạt động của các đơn vị trong lịch sử không khớp nhau.

Một đơn vị hoạt động từ ngày bắt đầu (``began.date``) đến hết ngày hôm trước ngày thôi hoạt động
(``ended.date``), nên ngày thôi hoạt động phải sau ngày bắt đầu. Vào ngày một đơn vị thôi hoạt
động, các đơn vị kế tiếp phải đang hoạt động: không bắt đầu muộn hơn (để trống một khoảng không
có ai), không thôi hoạt động trước đó. Đơn vị đổi tên, hay được chia, thì đơn vị mới bắt đầu
đúng ngày đó: nếu đơn vị mới đã hoạt động từ trước, hai đơn vị chồng lên nhau. (Nhập vào một đơn
vị đã có từ trước thì được.)

Ví dụ sai (xã mới bắt đầu ngày 01/08/2025, một tháng sau khi các xã cũ thôi hoạt động)::

    - id: xa-doan-ket
      name: Ủy ban nhân dân xã Đoàn Kết
      kind: xã
      ended: {date: 2025-07-01, change: nhập, successors: [xa-ia-chim-2025]}
    - id: xa-ia-chim-2025
      name: Ủy ban nhân dân xã Ia Chim
      kind: xã
      began: {date: 2025-08-01}

Ví dụ đúng::

    - id: xa-doan-ket
      name: Ủy ban nhân dân xã Đoàn Kết
      kind: xã
      ended: {date: 2025-07-01, change: nhập, successors: [xa-ia-chim-2025]}
    - id: xa-ia-chim-2025
      name: Ủy ban nhân dân xã Ia Chim
      kind: xã
      began: {date: 2025-07-01}
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, RegistryContext
from raquan.diagnostics import Severity
from raquan.domain.dates.phrases import short_date
from raquan.domain.history import ONE_DAY, place_name

CODE = "RQ113"
NAME = "overlapping-validity"
SEVERITY = Severity.ERROR
SUMMARY = "Thời gian hoạt động của các đơn vị trong lịch sử không khớp nhau"
APPLIES_TO = ("units",)


def check(ctx: RegistryContext) -> Iterator[Finding]:
    units = {unit.id: unit for unit in ctx.registry.units}
    for u, unit in enumerate(ctx.registry.units):
        if unit.since is not None and unit.until is not None and unit.until <= unit.since:
            yield Finding(
                ("units", u, "ended", "date"),
                f"{place_name(unit)} thôi hoạt động từ {short_date(unit.until)}, không sau ngày "
                f"bắt đầu hoạt động ({short_date(unit.since)}).",
                "Sửa một trong hai ngày: đơn vị hoạt động từ 'began.date' đến hết ngày hôm "
                "trước 'ended.date'.",
            )
    for (old_id, new_id), paths in ctx.index.history.link_paths.items():
        old, new = units[old_id], units[new_id]
        day = old.until
        if day is None:
            continue  # formed from part of a unit that goes on
        if new.since is not None and new.since > day:
            yield Finding(
                paths[0],
                f"{place_name(new)} chỉ bắt đầu từ {short_date(new.since)}, sau ngày "
                f"{place_name(old)} thôi hoạt động ({short_date(day)}): từ "
                f"{short_date(day)} đến {short_date(new.since - ONE_DAY)} không có đơn vị nào.",
                f"Ghi 'began.date' của {new.id} là {day.isoformat()}, hoặc sửa 'ended.date' của "
                f"{old.id}.",
            )
        elif new.until is not None and new.until <= day:
            yield Finding(
                paths[0],
                f"{place_name(new)} đã thôi hoạt động từ {short_date(new.until)}, không còn vào "
                f"ngày {place_name(old)} thôi hoạt động ({short_date(day)}) để kế tiếp.",
                "Sửa các ngày, hoặc ghi đơn vị kế tiếp đang hoạt động vào ngày đó.",
            )
        elif (
            old.ended is not None
            and old.ended.kind in ("đổi tên", "chia")
            and new.since is not None
            and new.since < day
        ):
            verb = "đổi tên" if old.ended.kind == "đổi tên" else "được chia"
            yield Finding(
                paths[0],
                f"{place_name(new)} đã hoạt động từ {short_date(new.since)}, trước khi "
                f"{place_name(old)} {verb} ({short_date(day)}): hai đơn vị chồng lên nhau.",
                f"Ghi 'began.date' của {new.id} là {day.isoformat()}, hoặc ghi 'change: nhập' nếu "
                f"{old.id} nhập vào một đơn vị đã có.",
            )
