"""Suppression comments in a file: ``# raquan: ignore[RQ202] lý do``.

As ``# noqa: F401`` for flake8 and ruff or ``# yamllint disable-line`` for yamllint, a comment
on a line silences the findings of those codes reported on that line. Only real comments
count: a ``#`` inside a quoted or block value is text, not a comment, so the comments are found
between the values the YAML reader located (``raquan.read.yamlread``). A comment that looks
like a suppression but cannot be read (no codes, a code that is not a full ``RQnnn``) is kept
as ``malformed`` so that the checks can say so.

Hand-written: the YAML libraries drop comments in their fast (C) mode, and what counts as a
suppression is raquan's syntax.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from raquan.read.yamlread import read_yaml

_LOOKS_LIKE = re.compile(r"#\s*raquan\s*:?\s*(?:ignore|bỏ qua|bo qua)\b", re.IGNORECASE)
_EXACT = re.compile(r"#\s*raquan:\s*ignore\[([^\]]*)\]\s*(.*)$")
_FULL_CODE = re.compile(r"RQ\d{3}")


@dataclass(frozen=True, slots=True)
class Suppression:
    """One suppression comment: where it is, the codes it silences, and why."""

    line: int
    column: int
    end_column: int
    codes: tuple[str, ...]
    reason: str
    text: str
    """The comment as written."""
    malformed: str | None = None
    """Why the comment cannot be read as a suppression (Vietnamese), or None."""


def _comment_starts(text: str) -> list[int]:
    """The offsets of the ``#`` that start comments, found between located values."""
    result = read_yaml(text, record=True)
    spans = sorted(
        (span.index, span.end_index) for span in result.spans.values() if not span.container
    )
    starts = [start for start, _ in spans]
    found = []
    for match in re.finditer(r"(?:^|(?<=[ \t]))#", text, re.M):
        at = match.start()
        inside = bisect.bisect_right(starts, at) - 1
        if inside >= 0 and spans[inside][0] < at < spans[inside][1]:
            start = spans[inside][0]
            header = text[start] in "|>" and "\n" not in text[start:at]
            if not header:
                continue  # a '#' inside a value (a block value's header may have a comment)
        found.append(at)
    return found


def find(text: str | None) -> list[Suppression]:
    """Every suppression comment of a YAML text, in order (none when it has none, without
    reading the YAML again)."""
    if not text or not _LOOKS_LIKE.search(text):
        return []
    found = []
    for at in _comment_starts(text):
        end = text.find("\n", at)
        comment = text[at : end if end >= 0 else len(text)].rstrip()
        if not _LOOKS_LIKE.match(comment):
            continue
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        found.append(_parse(comment, line, column))
    return found


def in_word_comments(comments: Sequence[tuple[int, str]]) -> list[Suppression]:
    """The suppressions written as Word comments (Xem lại > Chú thích mới) of a .docx: a comment
    reading ``raquan: ignore[RQ611] lý do`` (the ``#`` may be left out) silences those codes at
    the paragraph it is anchored at, as a YAML comment does on its line. ``comments`` are the
    (paragraph, text) pairs of the document."""
    found = []
    for paragraph, text in comments:
        comment = text.strip()
        if not comment.startswith("#"):
            comment = "# " + comment
        if _LOOKS_LIKE.match(comment):
            found.append(_parse(comment, paragraph, 1))
    return found


def _parse(comment: str, line: int, column: int) -> Suppression:
    end = column + len(comment)
    exact = _EXACT.match(comment)
    if exact is None:
        return Suppression(
            line,
            column,
            end,
            (),
            "",
            comment,
            malformed="Chú thích bỏ qua phải viết đúng dạng '# raquan: ignore[RQ202] lý do'.",
        )
    codes = tuple(code.strip().upper() for code in exact.group(1).split(",") if code.strip())
    reason = exact.group(2).strip()
    if not codes:
        return Suppression(
            line, column, end, (), reason, comment, malformed="Chú thích bỏ qua không ghi mã nào."
        )
    bad = [code for code in codes if not _FULL_CODE.fullmatch(code)]
    if bad:
        return Suppression(
            line,
            column,
            end,
            codes,
            reason,
            comment,
            malformed=f"'{bad[0]}' không phải một mã kiểm tra đầy đủ (dạng RQ202).",
        )
    return Suppression(line, column, end, codes, reason, comment)


def silenced(suppressions: Sequence[Suppression], line: int, code: str) -> Suppression | None:
    """The suppression on ``line`` that silences ``code``, if any."""
    for suppression in suppressions:
        if suppression.line == line and code in suppression.codes and not suppression.malformed:
            return suppression
    return None
