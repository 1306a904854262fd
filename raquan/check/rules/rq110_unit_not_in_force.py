"""RQ110 — Đơn vị không còn (hoặc chưa có) vào ngày ban hành kế hoạch.

Đơn vị thay đổi: xã, phường được sắp xếp, nhập, chia, đổi tên; cơ quan giải thể, kết thúc hoạt
động. Danh mục đơn vị ghi ngày bắt đầu (``began``) và ngày thôi hoạt động (``ended``) của đơn
vị, và đơn vị kế tiếp. Mọi tên đơn vị mà kế hoạch dùng (cơ quan ban hành, đơn vị được giao,
phối hợp, nơi nhận, tổ chức, tham dự sự kiện, các dòng phụ lục) phải chỉ một đơn vị đang hoạt
động vào ngày ban hành kế hoạch (với dự thảo chưa ghi ngày: vào một ngày nào đó của tháng ban
hành). raquan nói đơn vị đã ra sao và đơn vị nào kế tiếp, như "xã Đoàn Kết đã nhập vào xã Ia
Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)".

Ví dụ sai (kế hoạch ban hành tháng 01/2026; danh mục ghi xã Đoàn Kết thôi hoạt động từ
01/07/2025, nhập vào xã Ia Chim)::

    host: xã Đoàn Kết

Ví dụ đúng::

    host: xã Ia Chim
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.check.rules.history_support import hint, sentence
from raquan.diagnostics import Severity

CODE = "RQ110"
NAME = "unit-not-in-force"
SEVERITY = Severity.ERROR
SUMMARY = "Đơn vị không còn, hoặc chưa có, vào ngày ban hành kế hoạch"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    index = ctx.index
    if index is None or index.period is None:
        return
    period = index.period
    for path, name in ctx.refs:
        found = index.resolve(name)
        if found.target is not None or found.candidates or not found.historic:
            continue
        absences = [index.history.absence(unit, period) for unit in found.historic]
        message = " ".join(sentence(absence, period) for absence in absences)
        yield Finding(path, message, " ".join(dict.fromkeys(hint(a) for a in absences)))
