"""RQ208 — Thời hạn tính từ một nhiệm vụ không có, hoặc tính vòng.

Thời hạn "trong thời hạn 05 ngày làm việc kể từ ngày hoàn thành ..." (``from: {duty: ...}``)
phải trỏ tới mã của một nhiệm vụ khác trong kế hoạch, nhiệm vụ đó phải có thời hạn (để ước tính
hạn khi đơn vị chưa làm xong), và các nhiệm vụ không được tính vòng lẫn nhau.

Ví dụ sai::

    - id: bao-cao-ket-qua
      deadline:
        kind: trong thời hạn
        days: 5
        counting: ngày làm việc
        from: {duty: bao-cao-ket-qua}

Ví dụ đúng::

    - id: bao-cao-ket-qua
      deadline:
        kind: trong thời hạn
        days: 5
        counting: ngày làm việc
        from: {duty: ke-hoach-chi-tiet}
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.deadlines import depends_on
from raquan.domain.suggest import closest

CODE = "RQ208"
NAME = "unknown-duty-origin"
SEVERITY = Severity.ERROR
SUMMARY = "Thời hạn tính từ ngày hoàn thành một nhiệm vụ không có, không có hạn, hoặc tính vòng"
APPLIES_TO = ("plan",)


def check(ctx: PlanContext) -> Iterator[Finding]:
    duties = {placed.duty.id: placed.duty for placed in ctx.duties}
    for placed, deadline, _ in ctx.deadlines:
        origin = depends_on(deadline)
        if origin is None:
            continue
        where = (*placed.path, "deadline", "from", "duty")
        other = duties.get(origin)
        if other is None:
            near = closest(origin, list(duties))
            yield Finding(
                where,
                f"Không có nhiệm vụ nào mã '{origin}' trong kế hoạch.",
                f"Có phải ý bạn là '{near}'?" if near else None,
            )
            continue
        chain = [placed.duty.id]
        current: str | None = origin
        while current is not None and current not in chain:
            chain.append(current)
            following = duties.get(current)
            current = (
                depends_on(following.deadline)
                if following is not None and following.deadline is not None
                else None
            )
        if current is not None and current == placed.duty.id:
            yield Finding(
                where,
                "Thời hạn tính vòng: " + " → ".join([*chain, current]) + ".",
                "Mỗi thời hạn phải tính từ một nhiệm vụ làm trước nó.",
            )
        elif other.deadline is None:
            yield Finding(
                where,
                f"Nhiệm vụ '{origin}' không có thời hạn, nên không ước tính được hạn của nhiệm vụ "
                f"'{placed.duty.id}' khi đơn vị chưa hoàn thành '{origin}'.",
                f"Thêm thời hạn cho nhiệm vụ '{origin}'.",
            )
