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

from raquan.checks.base import Finding, PlanContext
from raquan.diagnostics import Severity
from raquan.registry import name_key
from raquan.richtext import placeholders, plain

CODE = "RQ403"
NAME = "attachment-mismatch"
SEVERITY = Severity.WARNING
SUMMARY = "Phụ lục được nhắc 'kèm theo' mà kế hoạch không có, hoặc có mà không được nhắc"
APPLIES_TO = ("plan",)

_PROMISE = re.compile(
    r"(?:[Cc]ó\s+)?(?P<title>(?:[Bb]ảng|[Pp]hụ lục|[Dd]anh sách|[Bb]iểu)[^()*]*?)\s+kèm\s+theo"
)


def check(ctx: PlanContext) -> Iterator[Finding]:
    attachments = ctx.plan.attachments
    titles = {name_key(attachment.title): attachment.id for attachment in attachments}
    mentioned: set[str] = set()
    for path, text in ctx.texts:
        for holder in placeholders(text):
            if holder.name == "attachment" and holder.argument:
                mentioned.add(holder.argument)
        flat = plain(text)
        for promise in _PROMISE.finditer(flat):
            key = name_key(promise.group("title"))
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
                f"Văn bản nói có '{promise.group('title')}' kèm theo, nhưng kế hoạch không có phụ "
                "lục này.",
                "Thêm phụ lục vào 'attachments', hoặc sửa câu nhắc.",
                needle=promise.group("title"),
            )
    for a, attachment in enumerate(attachments):
        if attachment.id not in mentioned:
            yield Finding(
                ("attachments", a),
                f"Phụ lục '{attachment.title}' không được nhắc trong văn bản.",
                f"Thêm câu nhắc: *{{attachment:{attachment.id}}}*.",
            )
