"""The small markup of a plan's text fields: placeholders, footnote marks and emphasis.

A rich text value is the Vietnamese text of the document with, at most:

* ``**đậm**`` and ``*nghiêng*`` (emphasis, as in Markdown);
* ``[^1]``: a footnote mark, whose text is in the plan's ``footnotes``;
* placeholders that are filled from the plan's data: ``{deadline}`` (the duty's deadline
  phrase), ``{when:EVENT}``, ``{place:EVENT}``, ``{content:EVENT}``, ``{theme}``,
  ``{legal_bases}``, ``{attachment:ID}``. ``{{`` and ``}}`` write literal braces.

Lines keep the Vietnamese outline markers (``1.``, ``a)``, ``-``, ``+``) as text. Hand-written
because the language is tiny and its rules (which placeholders exist, what they need) are
raquan's own; the render step hands the expanded text to a real Markdown parser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

PLACEHOLDERS: dict[str, str] = {
    "deadline": "thời hạn của nhiệm vụ chứa đoạn văn này",
    "when": "giờ, thứ, ngày và ngày âm lịch của một sự kiện: {when:mã-sự-kiện}",
    "place": "địa điểm của một sự kiện: {place:mã-sự-kiện}",
    "content": "nội dung của một sự kiện: {content:mã-sự-kiện}",
    "theme": "chủ đề của kế hoạch",
    "legal_bases": "danh sách các văn bản căn cứ",
    "attachment": "câu (Có ... kèm theo) của một phụ lục: {attachment:mã-phụ-lục}",
}
"""Placeholder name -> what it prints (Vietnamese, for messages)."""

NEEDS_ARGUMENT = frozenset({"when", "place", "content", "attachment"})

_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z_]+)(?::([^{}\s]*))?\}|\[\^([^\]\s]+)\]")


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A ``{name}`` or ``{name:argument}`` in a text, with where it is."""

    name: str
    argument: str | None
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class FootnoteMark:
    """A ``[^label]`` in a text."""

    label: str
    start: int
    end: int
    text: str


def placeholders(text: str) -> Iterator[Placeholder]:
    """Every placeholder in ``text``, in order (escaped braces are skipped)."""
    for match in _TOKEN.finditer(text):
        if match.group(1) is not None:
            yield Placeholder(
                match.group(1), match.group(2), match.start(), match.end(), match.group()
            )


def footnote_marks(text: str) -> Iterator[FootnoteMark]:
    """Every footnote mark in ``text``, in order."""
    for match in _TOKEN.finditer(text):
        if match.group(3) is not None:
            yield FootnoteMark(match.group(3), match.start(), match.end(), match.group())


def expand(text: str, fill: dict[str, str]) -> str:
    """``text`` with each placeholder replaced by ``fill[text of the placeholder]``.

    ``{{`` and ``}}`` become single braces; footnote marks are left for the renderer. A
    placeholder missing from ``fill`` raises ``KeyError`` (``check`` reports those first).
    """

    def replace(match: re.Match[str]) -> str:
        token = match.group()
        if token in ("{{", "}}"):
            return token[0]
        if match.group(3) is not None:
            return token
        return fill[token]

    return _TOKEN.sub(replace, text)


def plain(text: str) -> str:
    """The text without emphasis marks, for searching and for messages."""
    return text.replace("**", "").replace("__", "")
