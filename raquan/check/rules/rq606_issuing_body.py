"""RQ606 — Tên cơ quan ban hành trình bày sai.

Ở góc trái phần đầu văn bản (Nghị định 30/2020/NĐ-CP, Phụ lục I): tên cơ quan chủ quản trực
tiếp (nếu có) in hoa, cỡ 12-13, đứng, không đậm; tên cơ quan ban hành in hoa, cỡ 12-13, đứng,
đậm; dưới tên cơ quan ban hành có đường kẻ ngang nét liền, dài từ 1/3 đến 1/2 dòng chữ, đặt cân
đối với dòng chữ. Tên cơ quan là những dòng đứng trên "Số:" ở cùng cột, dù phần đầu là một
bảng hai cột, hai nửa của một dòng ngăn bằng phím Tab, hay khung văn bản; đường kẻ có thể là
đường viền của đoạn, của ô bảng, hay một đường thẳng vẽ bằng Hình dạng (Shapes).

Ví dụ sai::

    UBND TỈNH KON TUM          (in đậm)
    Ủy ban nhân dân thành phố Kon Tum   (không in hoa, không có đường kẻ dưới)

Ví dụ đúng::

    UBND TỈNH KON TUM          (không đậm)
    ỦY BAN NHÂN DÂN THÀNH PHỐ KON TUM   (đậm)
       ──────────               (1/3 đến 1/2 dòng chữ, căn giữa)
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import check_looks, rule_problem
from raquan.diagnostics import Severity
from raquan.domain.layout import ISSUER_RULE, ISSUING_BODY, SUPERVISING_BODY

CODE = "RQ606"
NAME = "issuing-body"
SEVERITY = Severity.ERROR
SUMMARY = "Tên cơ quan ban hành (và cơ quan chủ quản) sai cỡ, kiểu chữ, hoặc thiếu đường kẻ dưới"
APPLIES_TO = ("docx",)


def check(ctx: LayoutContext) -> Iterator[Finding]:
    anatomy = ctx.anatomy
    if anatomy.party:
        return
    if not anatomy.issuer:
        first = anatomy.number or anatomy.national
        yield at(
            first.number if first is not None else 1,
            "Không thấy tên cơ quan ban hành ở góc trái phần đầu văn bản (trên dòng “Số:”).",
            "Gõ tên cơ quan ban hành, in hoa, đậm, cỡ 12-13, ở cột trái phần đầu văn bản, ngay "
            "trên dòng “Số:”.",
        )
        return
    yield from check_looks(anatomy.supervising, SUPERVISING_BODY)
    yield from check_looks(anatomy.issuer, ISSUING_BODY)
    problem = rule_problem(anatomy, anatomy.issuer, ISSUER_RULE)
    if problem is not None:
        yield problem
