"""Markdown as the intermediate form of a document's text, and escaping into it.

Templates render a document's body as Markdown (CommonMark with footnotes and pipe tables),
which markdown-it-py parses for the typesetter. Every value that comes from a YAML file is
escaped on the way in, so that a unit called "A & B", a title with ``*`` or ``|``, or a line
starting with ``- `` or ``# `` comes out as written and can never change the layout. Only
values marked ``Markdown`` (the output of raquan's own filters) pass through as markup.

A plan's rich text (``**đậm**``, ``*nghiêng*``, ``[^1]``, placeholders) is turned into safe
Markdown here too: its emphasis and footnote marks are kept, everything else is escaped, and
the Vietnamese outline markers at the start of its lines (``1.``, ``-``, ``+``) are escaped so
that they stay text instead of becoming Markdown lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from raquan.domain.richtext import _TOKEN


class Markdown(str):
    """A string that is already Markdown and must not be escaped again."""

    __slots__ = ()


_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~!{}#^])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.M)


def escape(value: object) -> Markdown:
    """Any value as Markdown text that shows exactly as written."""
    if isinstance(value, Markdown):
        return value
    return Markdown(_escape_plain("" if value is None else str(value), at_start=True))


def _escape_marker(marker: str) -> str:
    if marker[-1] in ".)":
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def rich(text: str, fill: Callable[[str, str | None], str]) -> Markdown:
    """A rich text value as Markdown: emphasis and footnote marks kept, the rest escaped.

    ``fill(name, argument)`` gives the plain text of a placeholder; it is escaped too. Each
    line of the value becomes its own paragraph, its outline marker kept as text.
    """
    paragraphs = []
    for line in text.splitlines():
        if line.strip():
            paragraphs.append(_rich_line(line.strip(), fill))
    return Markdown("\n\n".join(paragraphs))


def _rich_line(line: str, fill: Callable[[str, str | None], str]) -> str:
    out: list[str] = []
    position = 0
    for match in _TOKEN.finditer(line):
        out.append(_escape_keeping_emphasis(line[position : match.start()], at_start=position == 0))
        token = match.group()
        if token in ("{{", "}}"):
            out.append("\\" + token[0])
        elif match.group(3) is not None:
            out.append(f"[^{match.group(3)}]")
        else:
            out.append(escape(fill(match.group(1), match.group(2))))
        position = match.end()
    out.append(_escape_keeping_emphasis(line[position:], at_start=position == 0))
    return "".join(out)


def _escape_keeping_emphasis(text: str, *, at_start: bool) -> str:
    """Escape a piece of rich text but keep ``*``/``**`` and the clerk's backslash escapes."""
    pieces: list[str] = []
    position = 0
    for match in re.finditer(r"\\.|\*\*|\*", text):
        pieces.append(_escape_plain(text[position : match.start()], at_start and position == 0))
        pieces.append(match.group())
        position = match.end()
    pieces.append(_escape_plain(text[position:], at_start and position == 0))
    return "".join(pieces)


def _escape_plain(text: str, at_start: bool) -> str:
    escaped = _INLINE_SPECIAL.sub(r"\\\1", text)
    if at_start:
        escaped = _LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), escaped)
    return escaped
