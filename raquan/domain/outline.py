"""The weight of the Vietnamese outline in a document's body, shared by render and import.

The outline is text, not Markdown lists: a paragraph that starts with a Roman numeral (``I.``)
is bold; one that starts with an Arabic number (``1.``) is bold up to its first colon ("1.
Thời gian:"), or whole when it is a short title without one; ``a)``, ``-`` and ``+`` paragraphs
are upright. ``render`` applies the rule; ``import`` takes it off what it reads, so that the
bold is not written twice.
"""

from __future__ import annotations

import re

_ROMAN_LINE = re.compile(r"^[IVXLC]+\.\s")
_NUMBER_LINE = re.compile(r"^\d+(?:\.\d+)*\.\s")
SHORT_TITLE = 120
"""A numbered paragraph without a colon is a title (bold) when it is at most this long."""


def bold_until(text: str) -> int:
    """How many leading characters of a body paragraph the outline makes bold.

    >>> bold_until("1. Thời gian: Các xã")
    13
    >>> bold_until("- Chuẩn bị")
    0
    """
    if _ROMAN_LINE.match(text):
        return len(text)
    if _NUMBER_LINE.match(text):
        colon = text.find(":")
        if colon >= 0:
            return colon + 1
        return len(text) if len(text) <= SHORT_TITLE else 0
    return 0
