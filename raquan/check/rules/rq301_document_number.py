"""RQ301 — Số và ký hiệu văn bản viết sai dạng.

Số, ký hiệu của văn bản Nhà nước viết theo Nghị định 30/2020/NĐ-CP: số, gạch chéo, chữ viết tắt
loại văn bản, gạch nối, chữ viết tắt cơ quan ban hành, không có dấu cách (``36/KH-UBND``; văn bản
quy phạm pháp luật có thêm năm: ``30/2020/NĐ-CP``). Văn bản của Đảng viết theo hướng dẫn của
Đảng: số, gạch nối, loại văn bản, gạch chéo, cơ quan (``1766-CV/TU``). Kiểm tra văn bản căn cứ,
ký hiệu của chính kế hoạch, và các văn bản được dẫn trong nội dung.

Ví dụ sai::

    number: 36/KHUBND

Ví dụ đúng::

    number: 36/KH-UBND
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.doctypes import SYMBOL, parse_number

CODE = "RQ301"
NAME = "document-number"
SEVERITY = Severity.ERROR
SUMMARY = "Số và ký hiệu văn bản không đúng dạng của Nhà nước hay của Đảng"
APPLIES_TO = ("plan",)

HINT = (
    "Văn bản Nhà nước: 36/KH-UBND (hoặc 30/2020/NĐ-CP); văn bản của Đảng: 1766-CV/TU. "
    "Không có dấu cách."
)


def check(ctx: PlanContext) -> Iterator[Finding]:
    plan = ctx.plan
    if not SYMBOL.fullmatch(plan.header.symbol):
        yield Finding(
            ("header", "symbol"),
            f"Ký hiệu '{plan.header.symbol}' không đúng dạng (chữ viết tắt loại văn bản, gạch "
            "nối, chữ viết tắt cơ quan: KH-UBND).",
        )
    for b, basis in enumerate(plan.legal_bases):
        if parse_number(basis.number) is None:
            yield Finding(
                ("legal_bases", b, "number"),
                f"Số, ký hiệu '{basis.number}' không đúng dạng.",
                HINT,
            )
    for path, text in ctx.texts:
        for cited in ctx.citations(text):
            if parse_number(cited.number) is None:
                yield Finding(
                    path,
                    f"Số, ký hiệu '{cited.number}' trong '{cited.text}' không đúng dạng.",
                    HINT,
                    needle=cited.text,
                    occurrence=text.count(cited.text, 0, cited.start),
                )
