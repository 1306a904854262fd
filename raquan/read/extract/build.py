"""What the extraction builds as it reads: the plan's data, where each part came from, and the
guesses a person should confirm."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

from raquan.diagnostics import DataPath
from raquan.domain.folding import fold
from raquan.domain.units import UnitIndex
from raquan.read.extract.names import NameMatch, Names
from raquan.read.paragraphs import Note, Paragraph, ReadDocument


@dataclass(frozen=True, slots=True)
class Where:
    """A place in the document: a paragraph and a span of its text (``paragraph.text``), and
    the other paragraphs the same value was made from (a multi-line text)."""

    paragraph: int
    start: int = 0
    end: int | None = None
    more: tuple[int, ...] = ()

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return (self.paragraph, *self.more)


@dataclass(slots=True)
class Counts:
    """What was found, for the summary."""

    sections: int = 0
    duties: int = 0
    deadlines: int = 0
    events: int = 0
    legal_bases: int = 0
    recipients: int = 0
    attachments: int = 0


@dataclass(slots=True)
class Builder:
    """The plan being built from a read document."""

    document: ReadDocument
    names: Names
    data: dict[str, Any] = field(default_factory=dict)
    where: dict[DataPath, Where] = field(default_factory=dict)
    guesses: dict[DataPath, list[str]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)
    labels: dict[str, str] = field(default_factory=dict)
    """Note key in the document -> footnote label in the plan."""
    footnotes: dict[str, str] = field(default_factory=dict)
    year: int | None = None
    latest_date: datetime.date | None = None
    cited_date: datetime.date | None = None
    """The latest date of the documents the plan cites (the plan is issued after it)."""
    earliest_due: datetime.date | None = None
    preamble_issuer: str | None = None
    """The issuer named by the opening sentence ("UBND thành phố ban hành Kế hoạch …")."""
    note_labels: set[str] = field(default_factory=set)
    """Footnote numbers typed as superscripts in the text, whose note text is in the body."""
    _ids: set[str] = field(default_factory=set)

    @classmethod
    def start(cls, document: ReadDocument, index: UnitIndex | None) -> Builder:
        return cls(document, Names(index))

    def at(
        self,
        path: DataPath,
        paragraph: Paragraph | int,
        start: int = 0,
        end: int | None = None,
        more: tuple[int, ...] = (),
    ) -> None:
        """Record that ``path`` comes from ``paragraph`` (a span of its text)."""
        number = paragraph if isinstance(paragraph, int) else paragraph.number
        self.where[path] = Where(number, start, end, more)

    def note(self, paragraph: int, message: str) -> None:
        """Say something about the reading at paragraph ``paragraph`` (0: the document)."""
        self.notes.append(Note(paragraph, message))

    def seen(self, day: datetime.date) -> None:
        """A date written in the plan: the year of dates written without one."""
        if self.latest_date is None or day > self.latest_date:
            self.latest_date = day
        if self.year is None:
            self.year = day.year

    def cited(self, day: datetime.date) -> None:
        """The date of a cited document (the plan is issued after the latest)."""
        if self.cited_date is None or day > self.cited_date:
            self.cited_date = day
        self.seen(day)

    def due(self, day: datetime.date) -> None:
        """The date of a deadline or an event."""
        if self.earliest_due is None or day < self.earliest_due:
            self.earliest_due = day
        self.seen(day)

    def guess(self, path: DataPath, why: str) -> None:
        """Mark ``path`` as a guess a person should confirm (``# kiểm tra lại: why``)."""
        found = self.guesses.setdefault(path, [])
        if why not in found:
            found.append(why)

    def new_id(self, text: str, *, prefix: str = "", words: int = 6) -> str:
        """A new identifier made from the first words of ``text``: unique, lower case ASCII."""
        base = slug(text, words)
        if prefix:
            base = f"{prefix}-{base}" if base else prefix
        base = base or "muc"
        candidate = base
        number = 2
        while candidate in self._ids:
            candidate = f"{base}-{number}"
            number += 1
        self._ids.add(candidate)
        return candidate

    def name(self, written: str, path: DataPath, paragraph: int) -> str:
        """The ref a name gets in the plan; a guessed or unknown name is marked at ``path``."""
        found = self.names.match(written, paragraph)
        self._mark(found, path)
        return found.ref

    def mark_match(self, found: NameMatch, path: DataPath) -> None:
        """Mark the guess or the failure of a match made earlier at ``path``."""
        self._mark(found, path)

    def _mark(self, found: NameMatch, path: DataPath) -> None:
        if found.guess is not None:
            self.guess(path, found.guess)
        elif not found.matched and self.names.index is not None:
            hint = f"; có phải: {', '.join(found.suggestions)}?" if found.suggestions else ""
            self.guess(path, f"'{found.written}' không có trong danh mục đơn vị{hint}")


_STOP_WORDS = frozenset({"va", "cac", "cua", "tren", "dia", "ban", "nhung", "voi", "de", "the"})


def slug(text: str, words: int = 6) -> str:
    """``Báo cáo nhanh kết quả`` -> ``bao-cao-nhanh-ket-qua``: the first ``words`` words."""
    plain = fold(text.casefold())
    tokens = [t for t in re.split(r"[^a-z0-9]+", plain) if t]
    chosen = [t for t in tokens if t not in _STOP_WORDS][:words] or tokens[:words]
    return "-".join(chosen)[:60].strip("-")
