"""RQ402 — Thẩm quyền ký không đúng.

Dòng thẩm quyền ký bắt đầu bằng một trong các chữ viết tắt của Nghị định 30/2020/NĐ-CP:
``TM.`` (thay mặt tập thể), ``KT.`` (ký thay người đứng đầu), ``TL.`` (thừa lệnh), ``TUQ.``
(thừa ủy quyền), ``Q.`` (quyền). Sau dòng ``KT. CHỦ TỊCH`` phải là chức vụ của cấp phó ký thay
(``PHÓ CHỦ TỊCH``).

Ví dụ sai::

    signature:
      lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, CHỦ TỊCH]
      signer: Dương Anh Hùng

Ví dụ đúng::

    signature:
      lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]
      signer: Dương Anh Hùng
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.doctypes import AUTHORITIES

CODE = "RQ402"
NAME = "signature-authority"
SEVERITY = Severity.ERROR
SUMMARY = "Chữ viết tắt thẩm quyền ký sai, hoặc KT. không có chức vụ cấp phó theo sau"
APPLIES_TO = ("plan",)

_PREFIX = re.compile(r"([A-ZĐ]{1,4})(\.?)(\s|(?=[A-ZĐĂÂÊÔƠƯ]))")


def check(ctx: PlanContext) -> Iterator[Finding]:
    signature = ctx.plan.signature
    if signature is None:
        return
    known = ", ".join(f"{code}. ({meaning})" for code, meaning in AUTHORITIES.items())
    lines = signature.lines
    for i, line in enumerate(lines):
        path = ("signature", "lines", i)
        match = _PREFIX.match(line)
        code = match.group(1) if match else ""
        dotted = bool(match and match.group(2))
        spaced = bool(match and match.group(3))
        rest = line[match.end() :].strip() if match else line
        if match and dotted and code not in AUTHORITIES:
            yield Finding(path, f"Thẩm quyền ký '{code}.' không có.", f"Dùng: {known}.")
            continue
        if match and code in AUTHORITIES and not (dotted and spaced):
            problem = (
                f"'{code}' thiếu dấu chấm" if not dotted else f"'{code}.' thiếu dấu cách phía sau"
            )
            yield Finding(path, f"Thẩm quyền ký {problem}.", f"Viết '{code}. {rest}'.")
            continue
        if code == "KT" and dotted:
            following = lines[i + 1] if i + 1 < len(lines) else None
            if following is None or not following.upper().startswith("PHÓ"):
                yield Finding(
                    ("signature", "lines", i + 1) if following is not None else path,
                    "Sau dòng 'KT.' (ký thay) phải là chức vụ của cấp phó ký thay, ví dụ "
                    "'PHÓ CHỦ TỊCH'.",
                    "Nếu người đứng đầu tự ký thì bỏ dòng 'KT.'.",
                )
