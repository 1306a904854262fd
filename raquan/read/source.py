"""A file's text and the way from a data path to a line and column in it.

Positions are found lazily: the first diagnostic that needs one reads the file's YAML again
and records the spans of the paths that the file's diagnostics point at (each diagnostic tells
its source what it will ask for, ``want``), and later look-ups use that small table. A file
with nothing to report never pays for it, and a file of two million values with three
problems keeps three spans (and their enclosing values), not two million.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from raquan.diagnostics import DataPath, Position
from raquan.errors import UserError
from raquan.read.yamlread import Span, read_yaml


class Source:
    """One input file: where it is, how to show its name, and its text (if it could be read).

    A source whose file has been checked can be ``release``d: it drops its text, keeping the
    positions already found and the lines it is told to keep (those its diagnostics will show),
    and reads the file again (within the size limit) only for anything else. A run over
    thousands of result files thus keeps no file's text.
    """

    def __init__(self, path: Path, text: str | None, *, display: str | None = None) -> None:
        self.path = path
        self._text = text
        self._released = False
        self.display = display if display is not None else str(path)
        self._spans: dict[DataPath, Span] | None = None
        self._wanted: set[DataPath] = set()
        self._recorded: set[DataPath] = set()
        self._lines: list[str] | None = None
        self._kept_lines: dict[int, str] = {}
        self._positions: dict[tuple[DataPath, bool, str | None, int], Position] = {}

    def __repr__(self) -> str:
        return f"Source({self.display!r})"

    @property
    def text(self) -> str | None:
        """The file's text (read again if the source was released)."""
        if self._released:
            return _read_again(self.path)
        return self._text

    @text.setter
    def text(self, value: str | None) -> None:
        self._text = value
        self._released = False
        self._positions.clear()
        self._kept_lines.clear()

    def release(self, keep_lines: Iterable[int] = ()) -> None:
        """Drop the text (and the line table), keeping the lines ``keep_lines``; what else is
        asked for later is read again."""
        if self._text is not None:
            for number in keep_lines:
                self._kept_lines[number] = self.line(number)
            self._text = None
            self._lines = None
            self._released = True

    def line(self, number: int) -> str:
        """Line ``number`` (1-based) of the text, without its line break; '' past the end."""
        if self._released:
            if number not in self._kept_lines:
                lines = (self.text or "").splitlines()
                self._kept_lines[number] = lines[number - 1] if 1 <= number <= len(lines) else ""
            return self._kept_lines[number]
        if self._lines is None:
            self._lines = (self.text or "").splitlines()
        if 1 <= number <= len(self._lines):
            return self._lines[number - 1]
        return ""

    def want(self, target: DataPath) -> None:
        """Say that ``target`` will be located (its enclosing values too)."""
        for length in range(len(target) + 1):
            self._wanted.add(target[:length])

    def _span_table(self, target: DataPath) -> dict[DataPath, Span]:
        self.want(target)
        if self._spans is None or not self._wanted <= self._recorded:
            wanted = set(self._wanted)
            text = self.text
            self._spans = read_yaml(text, record=wanted).spans if text else {}
            self._recorded = wanted
        return self._spans

    def span(self, target: DataPath) -> tuple[DataPath, Span] | None:
        """The span of ``target``, or of its longest prefix that has one."""
        spans = self._span_table(target)
        for length in range(len(target), -1, -1):
            found = spans.get(target[:length])
            if found is not None:
                return target[:length], found
        return None

    def locate(
        self,
        target: DataPath,
        *,
        key: bool = False,
        needle: str | None = None,
        occurrence: int = 0,
    ) -> Position:
        """The position of a data path: its value, its key (``key``), or a piece of its text.

        ``needle`` is a piece of the value's text (its ``occurrence``-th appearance) to point
        at, such as a date written inside a sentence. A path that does not exist (a missing
        field) resolves to the nearest enclosing value that does, so that a missing field
        points at the mapping that lacks it. Each answer is kept (a diagnostic asks again
        whenever it is sorted or shown).
        """
        asked = (target, key, needle, occurrence)
        known = self._positions.get(asked)
        if known is None:
            known = self._positions[asked] = self._locate(target, key, needle, occurrence)
        return known

    def _locate(self, target: DataPath, key: bool, needle: str | None, occurrence: int) -> Position:
        found = self.span(target)
        if found is None:
            return Position(1, 1)
        path, span = found
        exact = path == target
        if exact and key and span.key is not None:
            return _key_position(span.key)
        if exact and needle:
            inside = self._find(span, needle, occurrence)
            if inside is not None:
                return inside
        if not exact and span.container and span.key is not None:
            # A missing child: point at the key of the mapping that should hold it.
            return _key_position(span.key)
        end = span.end_column + 1 if span.end_line == span.line else None
        return Position(span.line + 1, span.column + 1, end)

    def _find(self, span: Span, needle: str, occurrence: int) -> Position | None:
        """Where ``needle`` is written inside a value; words may be folded over lines."""
        text = self.text
        if text is None:
            return None
        raw = text[span.index : span.end_index]
        for form in (needle, unicodedata.normalize("NFD", needle)):
            pattern = r"\s+".join(re.escape(word) for word in form.split())
            matches = list(re.finditer(pattern, raw)) if pattern else []
            if matches:
                match = matches[min(occurrence, len(matches) - 1)]
                index = span.index + match.start()
                line = text.count("\n", 0, index) + 1
                column = index - (text.rfind("\n", 0, index) + 1) + 1
                single = "\n" not in match.group()
                return Position(line, column, column + len(match.group()) if single else None)
        return None


def _key_position(key: tuple[int, int, int, int]) -> Position:
    line, column, end_line, end_column = key
    return Position(line + 1, column + 1, end_column + 1 if end_line == line else None)


def _read_again(path: Path) -> str | None:
    """The text of a released source's file, read again within the size limit (None when it
    can no longer be read)."""
    from raquan.read.bounded import max_file_size, read_bounded  # noqa: PLC0415

    try:
        return read_bounded(path, max_file_size()).decode("utf-8-sig", "replace")
    except UserError:
        return None


_ID_LINE = re.compile(
    r"^[ \t]*(?:-[ \t]+)?id:[ \t]*[\"']?([a-z0-9][a-z0-9-]*)[\"']?[ \t]*(?:#.*)?$", re.M
)


def id_lines(text: str) -> dict[str, int]:
    """Where each ``id:`` of a file is (1-based line), found without parsing the YAML again."""
    lines: dict[str, int] = {}
    line, counted = 1, 0
    for match in _ID_LINE.finditer(text):
        line += text.count("\n", counted, match.start())
        counted = match.start()
        lines.setdefault(match.group(1), line)
    return lines
