"""RQ506 — Báo cáo trả lời một kế hoạch còn là dự thảo (chưa có số, ngày ban hành).

Báo cáo kết quả dẫn kế hoạch mà nó trả lời bằng số và ngày ("Thực hiện Kế hoạch số 15/KH-UBND
ngày 12/01/2023 của ..."). Khi tệp kế hoạch còn để trống số (``number``) hoặc ngày (``date``
chỉ có tháng), báo cáo không dẫn được kế hoạch, và ``raquan render report`` không xuất báo
cáo có chỗ trống. Khi kế hoạch đã được ban hành, hãy điền số và ngày trên bản đã ký vào tệp
kế hoạch.

Ví dụ sai (trong tệp kế hoạch mà báo cáo trỏ tới)::

    header:
      number:
      date: 2023-01

Ví dụ đúng::

    header:
      number: 15
      date: 2023-01-12
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, ResultFileContext
from raquan.diagnostics import Severity
from raquan.domain.phrasing import is_draft

CODE = "RQ506"
NAME = "report-on-draft"
SEVERITY = Severity.WARNING
SUMMARY = "Báo cáo trả lời một kế hoạch còn là dự thảo, chưa có số hoặc ngày ban hành"
APPLIES_TO = ("report",)


def check(ctx: ResultFileContext) -> Iterator[Finding]:
    if ctx.plan is None or not is_draft(ctx.plan.plan.header):
        return
    header = ctx.plan.plan.header
    lacking = " và ".join(
        what
        for what, absent in (("số", header.number is None), ("ngày", header.date.day is None))
        if absent
    )
    yield Finding(
        ("plan",),
        f"Kế hoạch '{ctx.report.plan}' mà báo cáo này trả lời còn là dự thảo (chưa có {lacking} "
        "ban hành), nên báo cáo không dẫn được số và ngày của kế hoạch.",
        "Khi kế hoạch đã được ban hành, điền số (number) và ngày (date: năm-tháng-ngày) trên "
        f"bản đã ký vào phần header của tệp kế hoạch '{ctx.plan.document.source.display}'.",
    )
