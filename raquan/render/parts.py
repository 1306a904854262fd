"""What a document is made of, as plain text and values: what ``render`` composes from the
plan (the templates' Markdown, the header and closing blocks) and hands to the layout
(``document.build``), possibly in another process (``builder``). Plain values only: nothing
here needs python-docx, pydantic or Jinja, so that a helper can start before they are loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """What the header block prints."""

    supervising_body: Sequence[str]
    issuing_body: Sequence[str]
    number_line: str
    place_date: str


@dataclass(frozen=True, slots=True)
class ClosingBlock:
    """What the closing block prints; ``recipients`` is laid out by the caller."""

    signature_lines: Sequence[str]
    signer: str


@dataclass(slots=True)
class Parts:
    """What one document is made of."""

    header: HeaderBlock
    type_name: str
    summary: str
    body: str
    closing: ClosingBlock | None
    recipients: str
    appendices: Sequence[str] = field(default_factory=list)
    author: str = ""
