"""RQ403 — Phụ lục được nhắc mà không có, hoặc có mà không được nhắc.

Văn bản nhắc tới phụ lục bằng câu "(Có Bảng ... kèm theo)" hoặc chỗ điền
``{attachment:mã-phụ-lục}``. Mỗi bảng được nhắc "kèm theo" phải có trong ``attachments``, và
mỗi phụ lục phải được nhắc ít nhất một lần trong văn bản.

Ví dụ sai (kế hoạch không có phụ lục nào tên "Bảng tổng hợp kinh phí")::

    text: |
      (Có Bảng tổng hợp kinh phí kèm theo)

Ví dụ đúng::

    text: |
      *{attachment:bang-dang-ky}*
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.domain.units import name_key

CODE = "RQ403"
NAME = "attachment-mismatch"
SEVERITY = Severity.WARNING
SUMMARY = "Phụ lục được nhắc 'kèm theo' mà kế hoạch không có, hoặc có mà không được nhắc"
APPLIES_TO = ("plan",)

_TITLE_WORDS = "Bảng|Phụ lục|Danh sách|Biểu"
_PROMISE = re.compile(
    # A table's name: after "Có" or "(" in any case ("(Có bảng ... kèm theo)"), or capitalised
    # anywhere ("Gửi Danh sách ... kèm theo"); "đại biểu kèm theo" is not a promise.
    rf"(?:(?:^|\(|\b[Cc]ó\s+)\**(?P<title>(?i:{_TITLE_WORDS})\b[^()*\n]*?)"
    rf"|(?<!\w)(?P<named>(?:{_TITLE_WORDS})\b[^()*\n]*?))\s+kèm\s+theo",
    re.M,
)


def check(ctx: PlanContext) -> Iterator[Finding]:
    attachments = ctx.plan.attachments
    titles = {name_key(attachment.title): attachment.id for attachment in attachments}
    mentioned: set[str] = set()
    for path, text in ctx.texts:
        for holder in ctx.placeholders(text):
            if holder.name == "attachment" and holder.argument:
                mentioned.add(holder.argument)
        for promise in _PROMISE.finditer(text):
            group = "title" if promise.group("title") is not None else "named"
            title = promise.group(group)
            key = name_key(title)
            found = next(
                (
                    ident
                    for title, ident in titles.items()
                    if key.startswith(title) or title.startswith(key)
                ),
                None,
            )
            if found is not None:
                mentioned.add(found)
                continue
            yield Finding(
                path,
                f"Văn bản nói có '{title}' kèm theo, nhưng kế hoạch không có phụ lục này.",
                "Thêm phụ lục vào 'attachments', hoặc sửa câu nhắc.",
                needle=title,
                occurrence=text.count(title, 0, promise.start(group)),
            )
    for a, attachment in enumerate(attachments):
        if attachment.id not in mentioned:
            yield Finding(
                ("attachments", a),
                f"Phụ lục '{attachment.title}' không được nhắc trong văn bản.",
                f"Thêm câu nhắc: *{{attachment:{attachment.id}}}*.",
            )
