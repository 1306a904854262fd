"""The body of a plan: the opening, then its parts, each as text, assignments or a table.

The parts are the ``I.`` items of the outline (``raquan.read.extract.outline``). A part with an
assignment table is read by ``tables``; a part whose numbered items are units ("1. Phòng Kinh tế
thành phố:") and whose title says so ("TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG", "NHIỆM VỤ"), or that has
at least two such items, by ``duties``; any other part is kept as text, its outline markers at
the start of its lines. In text, what a placeholder prints is replaced by the placeholder: the
theme in quotation marks (``{theme}``), "(Có … kèm theo)" of an appendix (``{attachment:…}``),
and an event's time, place and content (``events``).
"""

from __future__ import annotations

import re
from typing import Any

from raquan.domain.phrasing import attachment_phrase, theme_phrase
from raquan.read.extract.build import Builder
from raquan.read.extract.duties import Assignments
from raquan.read.extract.events import Events
from raquan.read.extract.opening import read_opening
from raquan.read.extract.outline import Item, part_level, unbold_outline
from raquan.read.extract.tables import duty_table_of, table_section
from raquan.read.extract.text import Level, clean, folded

Replacement = tuple[int, int, str]

_ORGANISATION = re.compile(
    r"t[oổ]\s*ch[uứ]c\s+th[uự]c\s+hi[eệ]n|ph[aâ]n\s+c[oô]ng|nhi[eệ]m\s+v[uụ]|tr[aá]ch\s+nhi[eệ]m",
    re.IGNORECASE,
)
_THEME = re.compile(r"^(?:\d+\.\s*)?chủ đề\s*:\s*[“\"](.+?)[”\"]", re.IGNORECASE)
_ANNOUNCED = re.compile(r"\(\s*Có\s+(.+?)\s+kèm theo\s*\)")


def read_body(builder: Builder, items: list[Item]) -> None:
    """The opening, the parts, the duties and the events from the body's items."""
    level = part_level(items)
    starts = [i for i, item in enumerate(items) if level is not None and item.level is level]
    read_opening(builder, items[: starts[0] if starts else len(items)])
    reader = _Parts(builder)
    sections: list[dict[str, Any]] = []
    builder.data["sections"] = sections
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(items)
        reader.part(len(sections), items[start], items[start + 1 : end], sections)
    reader.assignments.link(reader.events.events)
    builder.counts.sections = len(sections)


class _Parts:
    """Reads the parts of the body one after another."""

    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self.events = Events(builder)
        self.assignments = Assignments(builder, self.text_lines)

    def part(self, s: int, head: Item, items: list[Item], sections: list[dict[str, Any]]) -> None:
        builder = self.builder
        title = clean(head.rest.text)
        section: dict[str, Any] = {"title": title}
        sections.append(section)
        builder.at(("sections", s, "title"), head.paragraph, head.rest_offset)
        for position, item in enumerate(items):
            fields = duty_table_of(item.table) if item.table is not None else None
            if item.table is not None and fields is not None:
                self._text(s, section, items[:position])
                table_section(builder, s, section, item.table, fields)
                return
        units = [i for i in items if i.level is Level.NUMBER and self.assignments.is_unit_head(i)]
        if units and (_ORGANISATION.search(title) or len(units) >= 2):
            self.assignments.section(s, section, items)
        else:
            self._text(s, section, items)

    def _text(self, s: int, section: dict[str, Any], items: list[Item]) -> None:
        lines, paragraphs = self.text_lines(items, ("sections", s, "text"))
        if lines:
            section["text"] = "\n".join(lines)
            self.builder.at(("sections", s, "text"), paragraphs[0], more=tuple(paragraphs[1:]))

    def text_lines(self, items: list[Item], path: tuple[Any, ...]) -> tuple[list[str], list[int]]:
        """The items as lines of rich text (placeholders in place), and their paragraphs."""
        lines: list[str] = []
        paragraphs: list[int] = []
        for position, item in enumerate(items):
            if item.table is not None:
                self.builder.note(
                    item.paragraph.number,
                    "một bảng trong phần văn bản không được nhập (chỉ bảng phân công nhiệm vụ và "
                    "bảng phụ lục được đọc).",
                )
                continue
            replacements = [
                *self._theme(item),
                *self._attachment(item),
                *self.events.read(item, items[position + 1 :], items),
                *self.events.fields(item),
            ]
            lines.append(unbold_outline(item.styled).rich(replacements))
            paragraphs.extend([item.paragraph.number, *item.more])
        return lines, paragraphs

    def _theme(self, item: Item) -> list[Replacement]:
        """The theme: "Chủ đề: “…”" gives it, and ``{theme}`` prints it."""
        builder = self.builder
        theme = _THEME.match(item.text)
        if theme is None or "theme" in builder.data:
            return []
        builder.data["theme"] = clean(theme.group(1))
        builder.at(("theme",), item.paragraph, theme.start(1))
        start, end = theme.start(1) - 1, theme.end(1) + 1
        if item.text[start:end] == theme_phrase(builder.data["theme"]):
            return [(start, end, "{theme}")]
        return []

    def _attachment(self, item: Item) -> list[Replacement]:
        """ "(Có Bảng … kèm theo)" of an appendix read after the signature: the appendix takes
        the title written here, and ``{attachment:…}`` prints the line."""
        match = _ANNOUNCED.search(item.text)
        if match is None:
            return []
        wanted = folded(match.group(1))
        for attachment in self.builder.data.get("attachments", []):
            if folded(attachment["title"]) in wanted:
                attachment["title"] = clean(match.group(1))
                if match.group() == attachment_phrase(attachment["title"]):
                    return [(match.start(), match.end(), f"{{attachment:{attachment['id']}}}")]
        return []
