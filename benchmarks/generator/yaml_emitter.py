"""YAML writing: block style, folded long texts, flow style for short lists and small mappings.

Hand-written so that the files look like a clerk's (and have a predictable size while a plan
is filled up to its budget); ruamel.yaml's emitter would do neither.
"""

from __future__ import annotations

import datetime
import json
import re
import textwrap
from collections.abc import Sequence
from typing import Any

Data = dict[str, Any]
"""A YAML mapping as plain data."""

WIDTH = 96
ROW_WIDTH = 120
FLOW_KEYS = frozenset({"deadline", "deliverable", "money"})
FLOW_ROWS = frozenset({"registrations", "assignments", "works", "days_off"})
"""Lists whose rows (table rows of attachments and reports) are written ``- {a: 1, b: 2}``."""
"""Mappings written in flow style (``{kind: trước, date: 2023-02-15}``) when they fit."""

_PLAIN_FIRST = re.compile(r"[\s\-?:,\[\]{}#&*!|>'\"%@`]")
_LOOKS_TYPED = re.compile(r"[-+.\d:_ eE]+|~|null|true|false|yes|no|on|off", re.IGNORECASE)


def _plain(text: str, *, flow: bool = False) -> bool:
    """True when ``text`` can be written without quotes (and reads back as the same string)."""
    if not text or text != text.strip() or _PLAIN_FIRST.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\n" in text:
        return False
    if flow and any(c in text for c in ",[]{}"):
        return False
    return not _LOOKS_TYPED.fullmatch(text)


def _scalar(value: Any, *, flow: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    return text if _plain(text, flow=flow) else json.dumps(text, ensure_ascii=False)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _flow(value: Any) -> str | None:
    """The flow rendering of scalars, lists of scalars and mappings of those; or None."""
    if _is_scalar(value):
        return _scalar(value, flow=True)
    parts: list[str | None]
    if isinstance(value, list):
        parts = [_flow(v) if _is_scalar(v) else None for v in value]
        return None if None in parts else "[" + ", ".join(p or "" for p in parts) + "]"
    parts = [_flow(v) for v in value.values()]
    if None in parts or any(isinstance(v, dict) for v in value.values()):
        return None
    return "{" + ", ".join(f"{k}: {p}" for k, p in zip(value, parts, strict=True)) + "}"


def _text_lines(key: str, text: str, pad: str) -> list[str]:
    """A long or multi-line string: literal block for lines, folded block for a paragraph."""
    if "\n" in text:
        body = text.rstrip("\n").split("\n")
        return [f"{pad}{key}: |", *(f"{pad}  {line}" if line else "" for line in body)]
    wrapped = textwrap.wrap(
        text, WIDTH - len(pad) - 2, break_long_words=False, break_on_hyphens=False
    )
    return [f"{pad}{key}: >-", *(f"{pad}  {line}" for line in wrapped)]


def _entry(name: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    key = _scalar(name)
    if isinstance(value, str) and ("\n" in value or len(pad) + len(key) + len(value) > WIDTH):
        return _text_lines(key, value, pad)
    if _is_scalar(value):
        rendered = _scalar(value)
        return [f"{pad}{key}: {rendered}" if rendered else f"{pad}{key}:"]
    if not value:
        return [f"{pad}{key}: {'[]' if isinstance(value, list) else '{}'}"]
    flow = _flow(value) if isinstance(value, list) or key in FLOW_KEYS else None
    if flow is not None and len(pad) + len(key) + len(flow) + 2 <= WIDTH:
        return [f"{pad}{key}: {flow}"]
    if isinstance(value, dict):
        return [f"{pad}{key}:", *_mapping(value, indent + 2)]
    return [f"{pad}{key}:", *_sequence(value, indent + 2, name)]


def _mapping(data: Data, indent: int) -> list[str]:
    lines: list[str] = []
    for key, value in data.items():
        lines.extend(_entry(key, value, indent))
    return lines


def _sequence(items: list[Any], indent: int, key: str = "") -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        flow = _flow(item) if key in FLOW_ROWS else None
        if flow is not None and indent + 2 + len(flow) <= ROW_WIDTH:
            lines.append(f"{pad}- {flow}")
        elif isinstance(item, dict):
            inner = _mapping(item, indent + 2)
            lines.append(f"{pad}- {inner[0][indent + 2 :]}")
            lines.extend(inner[1:])
        else:
            lines.append(f"{pad}- {_scalar(item)}")
    return lines


def to_yaml(data: Data, comments: Sequence[str] = ()) -> str:
    """The YAML text of ``data`` (a mapping), after a header of ``# ...`` comment lines."""
    lines = [f"# {comment}" if comment else "#" for comment in comments]
    return "\n".join([*lines, *_mapping(data, 0)]) + "\n"


def yaml_size(data: Data, indent: int) -> int:
    """Bytes that ``data`` takes as one item of a block sequence at ``indent``."""
    return sum(len(line.encode()) + 1 for line in _sequence([data], indent))
