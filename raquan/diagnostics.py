"""The one small type every check and the loader report problems with.

A ``Diagnostic`` points at a *data path* inside a file (``("duties", 3, "deadline")``) or, when
the file could not even be parsed, at a raw text position. Turning a data path into
``line:column`` happens once, when the diagnostics are shown, through the file's source
(``raquan.read.source.Source``), so a clean run never pays for positions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

DataPath = tuple[str | int, ...]


class Severity(StrEnum):
    """How bad a problem is. Errors fail ``check``; warnings fail it only under ``--strict``."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        """The Vietnamese word shown to users."""
        return "lỗi" if self is Severity.ERROR else "cảnh báo"


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and column, with an optional end column on the same line for the caret.

    ``unit`` names what ``line`` counts when it is not a line of text: "đoạn" for the
    paragraphs of a Word document (``raquan.read.paragraphs``); ``column`` is then the
    character within the paragraph.
    """

    line: int
    column: int
    end_column: int | None = None
    unit: str | None = None

    def place(self, path: str) -> str:
        """Where, as shown before a message: ``ke-hoach.yaml:12:5`` or ``ke-hoach.docx:đoạn 12``."""
        if self.unit is not None:
            return f"{path}:{self.unit} {self.line}"
        return f"{path}:{self.line}:{self.column}"


class SourceFile(Protocol):
    """What a diagnostic needs of its file: its path, the name to show, its lines, and the way
    from a data path to a position (``raquan.read.source.Source`` is the one implementation)."""

    path: Path
    display: str

    def line(self, number: int) -> str: ...

    def want(self, target: DataPath) -> None:
        """Note that ``target`` will be located, so that positions are recorded for the paths
        the diagnostics point at, and only those."""

    def locate(
        self,
        target: DataPath,
        *,
        key: bool = False,
        needle: str | None = None,
        occurrence: int = 0,
    ) -> Position: ...


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in one file.

    ``target`` is what the problem is about: a data path into the YAML document, or an explicit
    ``Position`` when there is no document (syntax errors). ``key`` asks for the position of the
    mapping key rather than its value (unknown keys, duplicate keys). ``needle`` points at a piece
    of a text value (its ``occurrence``-th appearance), such as a date written in a sentence.
    """

    source: SourceFile
    code: str
    severity: Severity
    message: str
    target: DataPath | Position = ()
    hint: str | None = None
    key: bool = False
    needle: str | None = None
    occurrence: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.target, Position):
            self.source.want(self.target)

    @property
    def path(self) -> str:
        """The file's path as the user gave it."""
        return self.source.display

    @property
    def position(self) -> Position:
        """Where the problem is, resolved (and cached) by the file's source."""
        if isinstance(self.target, Position):
            return self.target
        return self.source.locate(
            self.target, key=self.key, needle=self.needle, occurrence=self.occurrence
        )

    def sort_key(self) -> tuple[str, int, int, str, str]:
        pos = self.position
        return (self.path, pos.line, pos.column, self.code, self.message)
