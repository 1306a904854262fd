"""An extracted plan written as a YAML file a person can review.

The data is written in the style of the bundled plan: block mappings, short lists of names on
one line, multi-line texts as literal blocks (``|-``), long lines wrapped at about 100 columns,
times quoted (``"09:00"``). Every guess carries a comment at the end of its line, ``# kiểm tra
lại: …``, on the key it is about (or on the nearest key above it), so that a reviewer finds them
all by searching for "kiểm tra lại" and deletes each once the value is confirmed.

Hand-written rather than ruamel.yaml's round-trip dumper: the data is plain (mappings, lists,
strings, numbers, dates, times), the emitter fits in a page, and ruamel's dumper took about
0.25 s for the bundled plan, half of the whole import (``benchmarks/``). A string is written
plain only when YAML reads it back as the same string; anything else is double-quoted with
escapes. A test writes random data and reads it back with raquan's own reader.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from typing import Any

from raquan.diagnostics import DataPath
from raquan.read.yamlread import resolve_plain

WIDTH = 100
CHECK = "kiểm tra lại"
"""The word of every guess comment."""

_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_NOT_PLAIN = re.compile(
    r"""
    ^$ | ^\s | \s$          # empty, or space at either end
    | :\s | :$ | \s\# | \t   # a key, a comment, a tab
    | [\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]
    """,
    re.VERBOSE,
)
_FLOW_SAFE = re.compile(r"[\w .\-/()&']+")
"""What a name may hold to be written without quotes in a list on one line."""
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _plain(text: str) -> bool:
    """Whether ``text`` reads back as itself when written without quotes (resolved as raquan's
    reader resolves plain scalars: ``null``, ``true``, numbers are not strings)."""
    if text[:1] in _INDICATORS or _NOT_PLAIN.search(text) or text.startswith(("---", "...")):
        return False
    return resolve_plain(text) == text and text != "<<"


def _quoted(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F or char in "\u2028\u2029\ufeff":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def scalar(value: Any) -> str:
    """A scalar on one line: plain when it reads back the same, else double-quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime.time):
        return f'"{value.hour:02d}:{value.minute:02d}"'
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    return text if _plain(text) else _quoted(text)


def _wrapped(head: str, text: str, indent: str) -> list[str]:
    """``head`` and a plain or double-quoted scalar folded over lines at single spaces between
    words (YAML reads each of these line breaks back as one space)."""
    words = re.split(r"(?<=\S) (?=\S)", text)
    lines = [f"{head} {words[0]}"]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > WIDTH:
            lines.append(indent + word)
        else:
            lines[-1] += " " + word
    return lines


def _literal(text: str, indent: str) -> list[str] | None:
    """A multi-line text as a literal block, or None when a block cannot hold it exactly."""
    if "\t" in text or "\r" in text or text != text.rstrip("\n") or text.startswith((" ", "\n")):
        return None
    if any(line != line.rstrip() or not _printable(line) for line in text.split("\n")):
        return None
    return [indent + line if line else "" for line in text.split("\n")]


def _printable(line: str) -> bool:
    return not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]", line)


def _flow(items: Sequence[Any]) -> str | None:
    """A short list of names on one line: ``[VT, KTN]``, or None."""
    if not items or not all(isinstance(item, str) for item in items):
        return None
    shown = [
        item if _plain(item) and _FLOW_SAFE.fullmatch(item) else _quoted(item) for item in items
    ]
    line = "[" + ", ".join(shown) + "]"
    return line if len(line) <= 70 else None


class _Writer:
    def __init__(self, comments: dict[DataPath, str]) -> None:
        self.comments = comments
        self.lines: list[str] = []

    def comment(self, path: DataPath) -> str:
        found = self.comments.get(path)
        return f"  # {found}" if found else ""

    def mapping(self, value: Mapping[str, Any], path: DataPath, indent: str, first: str) -> None:
        """Write a mapping whose first key goes after ``first`` (``"- "`` in a list)."""
        lead = first
        for key, item in value.items():
            name = key if _plain(str(key)) and not str(key).isdigit() else _quoted(str(key))
            self.entry(f"{lead}{name}:", item, (*path, key), indent)
            lead = indent

    def entry(self, head: str, value: Any, path: DataPath, indent: str) -> None:
        note = self.comment(path)
        inner = indent + "  "
        if isinstance(value, Mapping):
            if not value:
                self.lines.append(f"{head} {{}}{note}")
                return
            self.lines.append(f"{head}{note}")
            self.mapping(value, path, inner, inner)
        elif isinstance(value, Sequence) and not isinstance(value, str):
            flow = _flow(value)
            if flow is not None or not value:
                self.lines.append(f"{head} {flow or '[]'}{note}")
                return
            self.lines.append(f"{head}{note}")
            for position, item in enumerate(value):
                self.item(item, (*path, position), inner)
        elif isinstance(value, str) and "\n" in value and (block := _literal(value, inner)):
            self.lines.append(f"{head} |-{note}")
            self.lines.extend(block)
        elif isinstance(value, str) and not note:
            self.lines.extend(_wrapped(head, value if _plain(value) else _quoted(value), inner))
        else:
            self.lines.append(f"{head} {scalar(value)}".rstrip() + note)

    def item(self, value: Any, path: DataPath, indent: str) -> None:
        if isinstance(value, Mapping) and value:
            self.mapping(value, path, indent + "  ", indent + "- ")
        else:
            self.entry(f"{indent}-", value, path, indent)


def write_yaml(
    data: Mapping[str, Any], guesses: Mapping[DataPath, Sequence[str]], heading: str
) -> str:
    """The plan as YAML text, a comment on the line of each guess, ``heading`` on top."""
    comments: dict[DataPath, list[str]] = {}
    for path, reasons in guesses.items():
        target = _comment_target(data, path)
        if target is not None:
            found = comments.setdefault(target, [])
            found.extend(reason for reason in reasons if reason not in found)
    writer = _Writer({path: f"{CHECK}: " + "; ".join(r) for path, r in comments.items()})
    writer.mapping(data, (), "", "")
    head = [f"# {line}" if line else "#" for line in heading.split("\n")]
    return "\n".join([*head, *writer.lines]) + "\n"


def _comment_target(data: Mapping[str, Any], path: DataPath) -> DataPath | None:
    """The path of the key whose line a comment about ``path`` goes on: the longest prefix
    that exists and ends at a mapping key."""
    node: Any = data
    found: DataPath | None = None
    walked: list[str | int] = []
    for step in path:
        if isinstance(node, Mapping) and step in node:
            walked.append(step)
            found = tuple(walked)
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
            walked.append(step)
            node = node[step]
        else:
            break
    return found
