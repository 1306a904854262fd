"""RQ114 — Lịch sử đơn vị quay vòng.

Đi theo các đơn vị kế tiếp (``ended.successors``, ``began.predecessors``) không bao giờ được
quay về đơn vị ban đầu: xã A nhập vào xã B, rồi xã B lại nhập vào xã A là lịch sử không thể có,
thường do gõ nhầm mã.

Ví dụ sai::

    - id: xa-a
      name: Ủy ban nhân dân xã A
      kind: xã
      ended: {date: 2020-01-01, successors: [xa-b]}
    - id: xa-b
      name: Ủy ban nhân dân xã B
      kind: xã
      ended: {date: 2025-07-01, successors: [xa-a]}

Ví dụ đúng::

    - id: xa-a
      name: Ủy ban nhân dân xã A
      kind: xã
      ended: {date: 2020-01-01, successors: [xa-b]}
    - id: xa-b
      name: Ủy ban nhân dân xã B
      kind: xã
      ended: {date: 2025-07-01, successors: [xa-c]}
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, RegistryContext
from raquan.diagnostics import Severity

CODE = "RQ114"
NAME = "history-cycle"
SEVERITY = Severity.ERROR
SUMMARY = "Lịch sử đơn vị quay vòng"
APPLIES_TO = ("units",)


def check(ctx: RegistryContext) -> Iterator[Finding]:
    history = ctx.index.history
    for cycle in history.cycles():
        first, second = cycle[0], cycle[1]
        path = history.link_paths[(first.id, second.id)][0]
        chain = " → ".join(unit.id for unit in cycle)
        yield Finding(
            path,
            f"Lịch sử đơn vị quay vòng: {chain}.",
            "Kiểm tra mã của các đơn vị kế tiếp; một đơn vị không thể là đơn vị kế tiếp của "
            "chính nó, trực tiếp hay qua các đơn vị khác.",
        )
