"""How wide a line of Times New Roman prints: to size the short rules under a heading, and to
check that a rule in a document is as long as the form wants.

The widths are Times New Roman's advance widths (``raquan.domain.text_widths``, generated from
the metric-compatible Liberation Serif). A Vietnamese letter with marks (``Ậ``, ``ữ``) is as
wide as its base letter, as Times New Roman draws it; an unknown character counts as an ``n``.
No kerning: Word does not kern body text unless asked to.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from raquan.domain.text_widths import CHARS, WIDTHS

UNITS_PER_EM = 2048
CM_PER_PT = 2.54 / 72


def _face(bold: bool, italic: bool) -> str:
    if bold and italic:
        return "bold-italic"
    if bold:
        return "bold"
    return "italic" if italic else "regular"


@cache
def _table(face: str) -> dict[str, int]:
    return dict(zip(CHARS, WIDTHS[face], strict=True))


def _char_width(table: dict[str, int], char: str) -> int:
    found = table.get(char)
    if found is not None:
        return found
    base = unicodedata.normalize("NFD", char)[:1]
    if unicodedata.combining(char):
        return 0
    return table.get(base, table["n"])


def text_width_cm(text: str, size_pt: float, *, bold: bool = False, italic: bool = False) -> float:
    """The printed width of ``text`` in Times New Roman at ``size_pt``, in centimetres."""
    table = _table(_face(bold, italic))
    units = sum(_char_width(table, char) for char in unicodedata.normalize("NFC", text))
    return units / UNITS_PER_EM * size_pt * CM_PER_PT
