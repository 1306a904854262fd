"""RQ109 — Còn chỗ <điền: ...> chưa được điền.

Tệp mới tạo bằng ``raquan new`` có các chỗ ``<điền: ...>`` ở những giá trị người soạn phải tự
viết (tên kế hoạch, nội dung nhiệm vụ, họ tên người ký, kết quả báo cáo, ...). Chừng nào còn
một chỗ như vậy, tệp chưa xong: văn bản in ra sẽ có nguyên chữ "<điền: ...>".

Ví dụ sai::

    theme: '<điền: chủ đề>'
    signature:
      lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
      signer: '<điền: họ tên người ký>'

Ví dụ đúng::

    theme: Ra quân xây dựng nông thôn mới, đô thị văn minh
    signature:
      lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
      signer: Dương Anh Hùng
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from raquan.check.context import Finding
from raquan.diagnostics import DataPath, Severity
from raquan.read.yamlread import iter_paths

if TYPE_CHECKING:
    from raquan.read.loader import Document

CODE = "RQ109"
NAME = "unfilled-skeleton"
SEVERITY = Severity.ERROR
SUMMARY = "Còn chỗ <điền: ...> của tệp mẫu chưa được điền"
APPLIES_TO = ("plan", "units", "report")

HINT = "Thay bằng nội dung thật."

_PLACEHOLDER = re.compile(r"<\s*điền\b[^<>\n]*>?", re.IGNORECASE)
"""``<điền: ...>``; an unclosed one runs to the end of its line."""


class _HasDocument(Protocol):
    """Any check context: plans, registries and reports all carry their loaded document."""

    @property
    def document(self) -> Document: ...


def check(ctx: _HasDocument) -> Iterator[Finding]:
    source = ctx.document.source.text
    if source is not None and "điền" not in unicodedata.normalize("NFC", source).lower():
        return  # no placeholder anywhere in the file: no need to walk its data
    data: Any = ctx.document.data
    for path, value in iter_paths(data):
        if not isinstance(value, str):
            continue
        seen: dict[str, int] = {}
        for match in _PLACEHOLDER.finditer(value):
            text = match.group().strip()
            occurrence = seen.get(text, 0)
            seen[text] = occurrence + 1
            where: DataPath = path
            yield Finding(
                where,
                f"Chỗ '{text}' chưa được điền.",
                HINT,
                needle=text,
                occurrence=occurrence,
            )
