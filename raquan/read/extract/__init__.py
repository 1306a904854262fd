"""A plan written as a document (Word, Markdown, text), read into raquan's plan format.

``extract(document, index)`` takes a document read into paragraphs (``raquan.read.docxread``,
``raquan.read.textread``) and returns the plan's data (plain mappings and lists, in the order
of the format, ready to be written as YAML or validated), where each part came from (paragraph
and span, so problems found later are shown at the right paragraph), the guesses a person
should confirm, and every unit name met with what it matched.

The steps, each in its module:

- ``front``: the zones of the document (header, type and trích yếu, body, closing,
  appendices), the header's fields and the legal bases;
- ``body``: the outline, the parts, the duties of each unit, the deadlines, the events;
- ``tables``: assignment tables (one duty per row) and appendix tables;
- ``back``: recipients, the "Lưu" line, the signature;
- ``names``: unit names matched against the registry;
- ``deadlines``: deadline phrases into structured deadlines.

Hand-written: no library reads Vietnamese administrative documents, and every rule here is
about how they are written (Nghị định 30/2020/NĐ-CP and the habits of the offices).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from raquan.diagnostics import DataPath
from raquan.domain.units import UnitIndex
from raquan.read.extract.back import read_closing
from raquan.read.extract.body import read_body
from raquan.read.extract.build import Builder, Counts, Where, slug
from raquan.read.extract.front import complete_header, read_header, resolve_issuer, zones
from raquan.read.extract.names import NameMatch
from raquan.read.extract.outline import items_of
from raquan.read.extract.tables import read_appendices
from raquan.read.extract.text import Styled, clean
from raquan.read.paragraphs import Note, Paragraph, ReadDocument

__all__ = ["Extraction", "Where", "extract"]

_ORDER = (
    "raquan",
    "kind",
    "id",
    "units",
    "header",
    "title",
    "theme",
    "period",
    "legal_bases",
    "preamble",
    "footnotes",
    "sections",
    "events",
    "closing",
    "recipients",
    "archive",
    "signature",
    "attachments",
)


@dataclass(slots=True)
class Extraction:
    """A plan read from a document: its data, where each part is, and what to check."""

    document: ReadDocument
    data: dict[str, Any]
    where: dict[DataPath, Where] = field(default_factory=dict)
    guesses: dict[DataPath, list[str]] = field(default_factory=dict)
    names: list[NameMatch] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)

    @property
    def unmatched(self) -> list[NameMatch]:
        """Names that matched no unit of the registry, each once."""
        seen: dict[str, NameMatch] = {}
        for name in self.names:
            if not name.matched:
                seen.setdefault(name.written, name)
        return list(seen.values())

    @property
    def matched(self) -> list[NameMatch]:
        """Names matched to a unit of the registry, each once."""
        seen: dict[str, NameMatch] = {}
        for name in self.names:
            if name.matched:
                seen.setdefault(name.written, name)
        return list(seen.values())


def _note_labels(builder: Builder) -> None:
    """Footnote labels: Word's notes numbered in the order they are referred to."""
    number = 0
    for paragraph in builder.document.paragraphs:
        for run in paragraph.runs:
            if run.note is not None and run.note not in builder.labels:
                number += 1
                builder.labels[run.note] = str(number)


_SUPERSCRIPT_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")


def _typed_notes(builder: Builder) -> None:
    """Footnotes typed into the text (a superscript number, and a paragraph starting with the
    same superscript number): their numbers become note labels."""
    starts: set[str] = set()
    marks: set[str] = set()
    for paragraph in builder.document.paragraphs:
        for position, run in enumerate(paragraph.runs):
            match = _SUPERSCRIPT_NUMBER.match(run.text)
            if not run.superscript or match is None:
                continue
            if position == 0 or not "".join(r.text for r in paragraph.runs[:position]).strip():
                starts.add(match.group(1))
            else:
                marks.add(match.group(1))
    builder.note_labels = starts & marks
    used = set(builder.labels.values())
    for label in sorted(builder.note_labels):
        if label in used:
            builder.note_labels.discard(label)


def _superscript_marks(builder: Builder, paragraph: Paragraph) -> None:
    """Superscript numbers of typed footnotes become note runs."""
    from raquan.read.paragraphs import Run  # noqa: PLC0415

    runs: list[Run] = []
    for run in paragraph.runs:
        match = _SUPERSCRIPT_NUMBER.match(run.text)
        if run.superscript and match is not None and match.group(1) in builder.note_labels:
            key = f"typed:{match.group(1)}"
            builder.labels[key] = match.group(1)
            if runs and "".join(r.text for r in runs).strip():
                runs.append(Run("", note=key))
                continue
        runs.append(run)
    paragraph.runs = runs


def extract(
    document: ReadDocument, index: UnitIndex | None = None, *, units: str = "units.yaml"
) -> Extraction:
    """The plan written in ``document``; ``index`` is the unit registry to match names with."""
    builder = Builder.start(document, index)
    _note_labels(builder)
    _typed_notes(builder)
    found = zones(document.blocks)
    data = builder.data
    data.update({"raquan": 1, "kind": "plan", "id": "", "units": units})
    read_header(builder, found)
    resolve_issuer(builder)
    if found.title:
        data["title"] = "\n".join(_title_line(line.paragraph, line.start) for line in found.title)
        builder.at(("title",), found.title[0].paragraph, found.title[0].start)
    else:
        data["title"] = "<trích yếu>"
        builder.guess(("title",), "không tìm thấy trích yếu dưới tên loại văn bản")
    read_closing(builder, found.closing)
    read_appendices(builder, found.appendices)
    for paragraph in document.paragraphs:
        if builder.note_labels:
            _superscript_marks(builder, paragraph)
    items = items_of(builder, found.body)
    if items and items[-1].table is None and items[-1].marker is None:
        last = items[-1].text.rstrip()
        if last.endswith("/.") or last.endswith("./."):
            closing = items.pop()
            text = closing.styled.rich()
            data["closing"] = re.sub(r"\.?/\.\s*$", ".", text.rstrip())
            builder.at(("closing",), closing.paragraph)
    read_body(builder, items)
    complete_header(builder, builder.preamble_issuer)
    notes: dict[str, str] = {}
    for key, label in builder.labels.items():
        runs = document.notes.get(key)
        if runs is not None:
            notes[label] = _note_text(runs)
    notes.update(builder.footnotes)
    if notes:
        data["footnotes"] = {label: notes[label] for label in sorted(notes, key=_label_order)}
    type_name = data["header"].get("type", "Kế hoạch")
    data["id"] = builder.new_id(f"{type_name} {data['title']}", words=7)
    builder.guess(("id",), "mã kế hoạch được đặt từ trích yếu; có thể đặt mã ngắn hơn")
    if not data.get("events"):
        data.pop("events", None)
    ordered = {key: data[key] for key in _ORDER if key in data}
    return Extraction(
        document,
        ordered,
        builder.where,
        builder.guesses,
        builder.names.seen,
        [*document.skipped, *builder.notes],
        builder.counts,
    )


def _label_order(label: str) -> tuple[int, str]:
    return (int(label), "") if label.isdigit() else (10**6, label)


def _note_text(runs: list[Any]) -> str:
    paragraph = Paragraph(0, [run for run in runs if run.note is None])
    return Styled.of(paragraph).strip()[0].rich()


def _title_line(paragraph: Paragraph, start: int) -> str:
    text = paragraph.text
    end = text.find("\n", start)
    return clean(text[start : end if end >= 0 else len(text)])


_ = slug
