"""How wide a line of Times New Roman prints: to size the short rules under a heading, to
check that a rule in a document is as long as the form wants, to give table columns the width
their content needs and to break a long title into even lines.

The widths are Times New Roman's advance widths (``raquan.domain.text_widths``, generated from
the metric-compatible Liberation Serif 2). A Vietnamese letter with marks (``Ậ``) is as wide as
its base letter, as Times New Roman draws it, except the letters with a horn (``ơ``, ``ữ``),
which are in the table; an unknown character counts as an ``n``. No kerning: Word does not kern
body text unless asked to.

``loose=True`` measures text as it may print where Times New Roman is missing: LibreOffice
then sets it in Liberation Serif, and version 1 of that font (still the default on many Linux
systems) lacks the Vietnamese letters with a horn or a dot below (Ơ, Ư, U+1EA0-U+1EF9) and takes
them from DejaVu Serif, up to 1.4 times as wide. Used where text must not wrap (a unit's name in
a table cell), never for rules, which follow Times New Roman.

A line breaks at ordinary spaces only: a no-break space (U+00A0) holds words together.

>>> words("UBND xã\u00a0Đăk Rơ\u00a0Wa")
['UBND', 'xã\xa0Đăk', 'Rơ\xa0Wa']
>>> title = "Kết quả thực hiện Kế hoạch tổ chức ra quân đầu Xuân Quý Mão năm 2023"
>>> balanced_lines(title, 15.5, 14, bold=True)
['Kết quả thực hiện Kế hoạch tổ chức', 'ra quân đầu Xuân Quý Mão năm 2023']
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from raquan.domain.text_widths import CHARS, WIDTHS

UNITS_PER_EM = 2048
CM_PER_PT = 2.54 / 72
LOOSE = 1.4
"""How much wider than in Times New Roman a letter older fonts lack may print (see above)."""
_BREAKS = re.compile(r"[ \t\r\n]+")


def _lacking(char: str) -> bool:
    """Whether Liberation Serif 1 lacks ``char`` (Ơ, Ư, and U+1EA0-U+1EF9 but Ỳ, ỳ)."""
    code = ord(char)
    if code in (0x1A0, 0x1A1, 0x1AF, 0x1B0):
        return True
    return 0x1EA0 <= code <= 0x1EF9 and code not in (0x1EF2, 0x1EF3)


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


def text_width_cm(
    text: str, size_pt: float, *, bold: bool = False, italic: bool = False, loose: bool = False
) -> float:
    """The printed width of ``text`` in Times New Roman at ``size_pt``, in centimetres
    (``loose``: as wide as it may print without Times New Roman)."""
    table = _table(_face(bold, italic))
    units = 0.0
    for char in unicodedata.normalize("NFC", text):
        width = _char_width(table, char)
        units += width * LOOSE if loose and _lacking(char) else width
    return units / UNITS_PER_EM * size_pt * CM_PER_PT


def words(text: str) -> list[str]:
    """The pieces a line may not break inside: split at ordinary spaces, not at no-break
    spaces."""
    return [word for word in _BREAKS.split(text) if word]


def longest_word_cm(text: str, size_pt: float, *, bold: bool = False, loose: bool = False) -> float:
    """The width of the widest piece of ``text`` a line cannot break (0 for no text)."""
    return max(
        (text_width_cm(word, size_pt, bold=bold, loose=loose) for word in words(text)),
        default=0.0,
    )


def _wrap(pieces: list[str], width_cm: float, size_pt: float, bold: bool, loose: bool) -> list[str]:
    """Greedy line breaking at ``width_cm``, as a word processor does (a piece wider than the
    line takes a line of its own)."""
    lines: list[str] = []
    for piece in pieces:
        joined = f"{lines[-1]} {piece}" if lines else piece
        if lines and text_width_cm(joined, size_pt, bold=bold, loose=loose) <= width_cm:
            lines[-1] = joined
        else:
            lines.append(piece)
    return lines


def lines_needed(
    text: str, width_cm: float, size_pt: float, *, bold: bool = False, loose: bool = False
) -> int:
    """How many lines ``text`` takes in a column ``width_cm`` wide."""
    return len(_wrap(words(text), width_cm, size_pt, bold, loose))


def balanced_lines(text: str, width_cm: float, size_pt: float, *, bold: bool = False) -> list[str]:
    """``text`` in as few lines as fit in ``width_cm`` (measured loose), made as even as they
    can be, so that a long title does not end on an orphan word ("... năm / 2023")."""
    pieces = words(text)
    count = len(_wrap(pieces, width_cm, size_pt, bold, True))
    if count <= 1:
        return [" ".join(pieces)] if pieces else []
    low = max(text_width_cm(piece, size_pt, bold=bold, loose=True) for piece in pieces)
    high = width_cm
    for _ in range(30):  # the narrowest width that needs no more lines
        middle = (low + high) / 2
        if len(_wrap(pieces, middle, size_pt, bold, True)) <= count:
            high = middle
        else:
            low = middle
    return _wrap(pieces, high, size_pt, bold, True)
