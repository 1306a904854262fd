"""RQ104 — Không đọc được danh mục đơn vị của kế hoạch.

Khoá ``units`` của kế hoạch trỏ tới tệp danh mục đơn vị (mặc định ``units.yaml`` cùng thư mục
với kế hoạch). Tệp đó phải có và phải hợp lệ, vì mọi tên đơn vị trong kế hoạch được kiểm tra
theo nó. Khi danh mục có lỗi, các lỗi của nó được báo riêng.

Ví dụ sai (thư mục không có tệp ``don-vi.yaml``)::

    units: don-vi.yaml

Ví dụ đúng::

    units: units.yaml
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity

CODE = "RQ104"
NAME = "missing-registry"
SEVERITY = Severity.ERROR
SUMMARY = "Không đọc được danh mục đơn vị mà kế hoạch trỏ tới"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    if ctx.registry_problem is not None:
        yield Finding(
            ("units",),
            ctx.registry_problem,
            "Kiểm tra khoá 'units': đường dẫn tính từ thư mục chứa tệp kế hoạch.",
        )
