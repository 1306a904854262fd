"""Short before/after excerpts of a changed text, word by word or line by line.

A clerk does not want two whole paragraphs to compare by eye: the excerpt shows the words
that changed with a few words of context on each side ("…khẩn trương rà soát, xây dựng Kế
hoạch…"). Texts of several lines (a section with its ``1.``, ``-``, ``+`` lines) are compared
line by line first, then word by word within a changed line. Uses ``difflib``.
"""

from __future__ import annotations

import difflib

from raquan.diff.changes import Change, JsonValue
from raquan.domain.phrasing import shorten, squash

CONTEXT_WORDS = 5
"""Unchanged words shown on each side of a change."""

MAX_HUNKS = 3
"""Separate changes shown for one text; the rest are counted."""

MAX_EXCERPT = 160
"""Characters of one excerpt."""


def quoted(text: str, limit: int = 100) -> str:
    """Shortened text in Vietnamese quotation marks."""
    return f"“{shorten(text, limit)}”"


def _lines(text: str) -> list[str]:
    return [squash(line) for line in text.splitlines() if line.strip()]


def _excerpt(words: list[str], start: int, end: int) -> str:
    shown = " ".join(words[start:end])
    if len(shown) > MAX_EXCERPT:
        half = MAX_EXCERPT // 2 - 1
        shown = shown[:half].rstrip() + " … " + shown[-half:].lstrip()
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(words) else ""
    return f"“{lead}{shown}{tail}”" if shown else "(không có)"


def word_excerpts(before: str, after: str) -> list[tuple[str, str]]:
    """(before, after) excerpts around each run of changed words, at most ``MAX_HUNKS``."""
    old, new = before.split(), after.split()
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    found = []
    for group in matcher.get_grouped_opcodes(CONTEXT_WORDS):
        first, last = group[0], group[-1]
        found.append((_excerpt(old, first[1], last[2]), _excerpt(new, first[3], last[4])))
    return found


def text_details(before: str, after: str) -> tuple[str, ...]:
    """Lines that show what changed in a text: "trước: “…”", "sau: “…”", "thêm dòng 3: “…”".

    Only spacing and line folding changes are not changes (the caller compares ``squash``).
    """
    old_lines, new_lines = _lines(before), _lines(after)
    details: list[str] = []
    hunks = 0
    if len(old_lines) <= 1 and len(new_lines) <= 1:
        for old, new in word_excerpts(squash(before), squash(after)):
            hunks += 1
            if hunks <= MAX_HUNKS:
                details += [f"trước: {old}", f"sau: {new}"]
    else:
        matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            if tag == "replace" and i2 - i1 == j2 - j1:
                for offset in range(i2 - i1):
                    for old, new in word_excerpts(old_lines[i1 + offset], new_lines[j1 + offset]):
                        hunks += 1
                        if hunks <= MAX_HUNKS:
                            details += [
                                f"dòng {i1 + offset + 1}, trước: {old}",
                                f"dòng {j1 + offset + 1}, sau: {new}",
                            ]
                continue
            for number in range(i1, i2):
                hunks += 1
                if hunks <= MAX_HUNKS:
                    details.append(f"bỏ dòng {number + 1}: {quoted(old_lines[number], 140)}")
            for number in range(j1, j2):
                hunks += 1
                if hunks <= MAX_HUNKS:
                    details.append(f"thêm dòng {number + 1}: {quoted(new_lines[number], 140)}")
    if hunks > MAX_HUNKS:
        details.append(f"… và {hunks - MAX_HUNKS} chỗ thay đổi khác.")
    return tuple(details)


def sentence_start(text: str) -> str:
    """The text with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def text_change(
    item: str,
    what: str,
    before: str | None,
    after: str | None,
    *,
    kind: str = "text-changed",
    field: str | None = None,
    involves: frozenset[str] = frozenset(),
) -> Change | None:
    """A change of a text (``what``: "trích yếu", "nội dung nhiệm vụ x"), of ``kind``, or None
    when only its spacing or line folding changed."""
    old = squash(before) if before is not None else None
    new = squash(after) if after is not None else None
    if old == new:
        return None
    if old is None:
        message = f"Thêm {what}: {quoted(new or '')}."
        details: tuple[str, ...] = ()
    elif new is None:
        message = f"Bỏ {what}: {quoted(old)}."
        details = ()
    else:
        message = f"{sentence_start(what)} thay đổi."
        details = text_details(before or "", after or "")
    return Change(
        kind,
        item,
        message,
        before=before,
        after=after,
        field=field,
        details=details,
        involves=involves,
    )


def value_change(
    kind: str,
    item: str,
    what: str,
    shown: tuple[str, str],
    values: tuple[JsonValue, JsonValue],
    *,
    field: str | None = None,
    involves: frozenset[str] = frozenset(),
) -> Change | None:
    """A change of a short value: "Số văn bản đổi từ (để trống) sang 05.", or None when the
    values are equal."""
    if values[0] == values[1]:
        return None
    return Change(
        kind,
        item,
        f"{sentence_start(what)} đổi từ {shown[0]} sang {shown[1]}.",
        before=values[0],
        after=values[1],
        field=field,
        involves=involves,
    )
