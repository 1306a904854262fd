"""The body's paragraphs as outline items, each with its marker and level.

A paragraph's level comes from its marker (``I.``, ``1.``, ``1.1.``, ``a)``, ``-``, ``+``; Word's
automatic numbering counts as written), or from its heading style when it has no marker
(Heading 1 stands for ``I.``, Heading 2 for ``1.``). A paragraph without a marker that starts in
lower case, after one that does not end a sentence, continues it: a paragraph broken in two by
a conversion from PDF is joined again (and the join is noted). A footnote's text typed in the
body (a paragraph starting with the same superscript number as a mark in the text) becomes the
plan's footnote. Lines of dashes or underscores typed as rules are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from raquan.domain.outline import bold_until
from raquan.read.extract.build import Builder
from raquan.read.extract.text import (
    BOLD,
    SUPERSCRIPT,
    Level,
    Marker,
    Styled,
    clean,
    is_upper,
    outline_marker,
)
from raquan.read.paragraphs import Block, Paragraph, Table

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOTE_BODY = re.compile(r"^\s*(?P<label>\d{1,3})\s+\S")
_TYPED_RULE = re.compile(r"[\s\-_–—=*.]*")
_HEADING_LEVELS = {1: Level.ROMAN, 2: Level.NUMBER, 3: Level.LETTER}


@dataclass(slots=True)
class Item:
    """A body paragraph (or a table) ready to be placed in the outline."""

    paragraph: Paragraph
    styled: Styled
    marker: Marker | None
    more: list[int] = field(default_factory=list)
    """The paragraphs joined to this one (a paragraph broken in two)."""
    table: Table | None = None

    @property
    def level(self) -> Level | None:
        return self.marker.level if self.marker is not None else None

    @property
    def text(self) -> str:
        return self.styled.text

    @property
    def rest(self) -> Styled:
        """The text after the marker."""
        if self.marker is None:
            return self.styled.strip()[0]
        return self.styled.slice(self.marker.end).strip()[0]

    @property
    def rest_offset(self) -> int:
        """Where :attr:`rest` starts in the paragraph's text."""
        if self.marker is None:
            return 0
        after = self.styled.text[self.marker.end :]
        return self.marker.end + len(after) - len(after.lstrip())


def items_of(builder: Builder, blocks: Sequence[Block]) -> list[Item]:
    """The body's blocks as outline items."""
    items: list[Item] = []
    for block in blocks:
        if isinstance(block, Table):
            paragraphs = block.paragraphs
            first = paragraphs[0] if paragraphs else Paragraph(0)
            items.append(Item(first, Styled(""), None, table=block))
            continue
        if block.blank or block.rule or _TYPED_RULE.fullmatch(block.text):
            continue
        styled = Styled.of(block, builder.labels)
        if _footnote_body(builder, block, styled):
            continue
        marker = outline_marker(styled.text)
        if marker is None and block.heading in _HEADING_LEVELS:
            marker = Marker(_HEADING_LEVELS[block.heading], "", 0)
        previous = items[-1] if items else None
        if marker is None and previous is not None and _continues(previous, styled):
            _join(builder, previous, block, styled)
            continue
        items.append(Item(block, styled, marker))
    return items


def _continues(previous: Item, styled: Styled) -> bool:
    return (
        previous.table is None
        and styled.text[:1].islower()
        and re.search(r"[.:;!?]\s*$", previous.styled.text) is None
    )


def _join(builder: Builder, previous: Item, block: Paragraph, styled: Styled) -> None:
    """Join a paragraph broken in two back to its first half."""
    head = previous.styled.text.rstrip()
    tail = styled.text.lstrip()
    previous.styled = Styled(
        f"{head} {tail}",
        [*previous.styled.looks[: len(head)], 0, *styled.looks[len(styled.text) - len(tail) :]],
        dict(previous.styled.notes),
    )
    previous.more.append(block.number)
    builder.note(block.number, "nối vào đoạn trước (đoạn bị ngắt giữa câu).")


def _footnote_body(builder: Builder, paragraph: Paragraph, styled: Styled) -> bool:
    """A footnote's text typed in the body ("¹ Tại Báo cáo …", the number superscript):
    kept as the plan's footnote and left out of the body."""
    text = styled.text.translate(_SUPERSCRIPT_DIGITS)
    match = _NOTE_BODY.match(text)
    if match is None:
        return False
    start = match.start("label")
    superscript = styled.text[start] != text[start] or bool(styled.looks[start] & SUPERSCRIPT)
    label = match.group("label")
    if not superscript or label not in builder.note_labels:
        return False
    builder.footnotes[label] = clean(text[match.end("label") :])
    builder.at(("footnotes", label), paragraph, match.end("label"))
    return True


def part_level(items: Sequence[Item]) -> Level | None:
    """The level whose items are the plan's parts: Roman numbers, or else numbered lines
    written in capitals ("1. MỤC ĐÍCH, YÊU CẦU")."""
    levels = [item.level for item in items if item.table is None]
    if Level.ROMAN in levels:
        return Level.ROMAN
    numbered = [item for item in items if item.level is Level.NUMBER]
    if numbered and all(is_upper(item.rest.text.split(":")[0]) for item in numbered[:3]):
        return Level.NUMBER
    return None


def unbold_outline(styled: Styled, *, whole: bool = False) -> Styled:
    """The text without the bold that raquan's layout gives an outline line by itself (a
    numbered line up to its colon, a Roman line entirely), so that it is not written twice."""
    text = styled.text
    until = len(text) if whole else bold_until(text)
    if not until:
        return styled
    return styled.without(BOLD, 0, until)


def label(text: str, word: str) -> int | None:
    """Where the value of a labelled line starts ("+ Địa điểm tổ chức Lễ: …")."""
    match = re.match(rf"^\W*{word}[^:]{{0,40}}:\s*", text, re.IGNORECASE)
    return match.end() if match else None


def head_name(text: str) -> str:
    """The name in a heading: what comes before its colon."""
    name = text.split(":", 1)[0] if ":" in text[:200] else text
    return clean(name.replace("**", "")).strip(" .")
