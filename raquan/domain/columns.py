"""Column widths and alignments of a table, from what its cells hold.

Widths, in the spirit of a browser's automatic table layout, measured in Times New Roman:

- a column is never narrower than its widest unbreakable piece of text (a word, or words held
  together by no-break spaces such as a unit's name), header and totals included, so that no
  word and no name is cut;
- it wants the width at which its typical cell (three cells in four), and every short cell (a
  few words: "đúng hạn", "công trình"), fit on one line, and its header on at most two lines
  ("Đơn vị tính" on one or two lines, not three);
- room beyond the wants goes to the columns whose longest cells still wrap, in proportion to
  how much more they would need, and then to every column in proportion to its width;
- when the page cannot give every column its want, each gets what the level below needs and
  a share of the rest in proportion to what it lacks; only when even the minimums do not fit
  are they scaled down (and long words break);
- a table too wide for its text size at the first size tried is set smaller
  (``table_size``: 12 pt, then 11 pt, ``layout.TABLE_CELL_STYLE``).

Measures are ``loose`` (``raquan.domain.textwidth``): a name must not wrap in LibreOffice without
Times New Roman either.

Alignments: a column's explicit alignment (Markdown's ``:-:``, ``--:``) wins; otherwise a
column of numbers (``1.250``, ``4,5``, ``12%``) is right-aligned, a sequence-number column
("STT") centred, any other left-aligned. Header cells are centred.

>>> widths = column_widths(
...     [["STT", "Đơn vị", "Ngày công"], ["1", "UBND xã\u00a0Đăk\u00a0Rơ\u00a0Wa", "2.100"]],
...     total_cm=10, size_pt=12)
>>> round(sum(widths), 2)
10.0
>>> column_alignments([["STT", "Đơn vị", "Ngày công"], ["1", "xã A", "2.100"]], [None] * 3)
['center', 'left', 'right']
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from raquan.domain.layout import CELL_MARGIN_CM
from raquan.domain.textwidth import longest_word_cm, text_width_cm, words

Alignment = str
"""``left``, ``center`` or ``right``."""

SLACK_CM = 0.05
"""Added to every measure, for the renderers' rounding. Text is measured ``loose``: as wide
as LibreOffice may print it without Times New Roman, so that a name does not wrap there
either (``textwidth.LOOSE``)."""
SHORT_CM = 3.0
"""A cell whose text is at most this wide on one line is short: it is never wrapped."""
TYPICAL = 0.75
"""The share of a column's cells its wanted width fits on one line."""
_NUMBER = re.compile(r"[+-]?\d[\d.,\u00a0 ]*%?")
_SEQUENCE_HEADERS = {"stt", "tt", "số tt", "số thứ tự"}
_TOTALS = re.compile(r"(tổng cộng|tổng số|tổng|cộng)\b", re.IGNORECASE)


def padding_cm() -> float:
    """What a cell adds to its text: its left and right inner margins, and the slack."""
    return 2 * CELL_MARGIN_CM + SLACK_CM


def _two_lines_cm(text: str, size_pt: float, *, bold: bool) -> float:
    """The narrowest width at which ``text`` takes at most two lines."""
    pieces = words(text)

    def width(part: Sequence[str]) -> float:
        return text_width_cm(" ".join(part), size_pt, bold=bold, loose=True)

    best = width(pieces)
    for cut in range(1, len(pieces)):
        best = min(best, max(width(pieces[:cut]), width(pieces[cut:])))
    return best


def _quantile(values: Sequence[float], share: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    ordered = sorted(values)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive")
    return cuts[max(0, min(98, round(share * 100) - 1))]


@dataclass(frozen=True, slots=True)
class Needs:
    """What each column of a table needs at one text size, in cm, each level at least the one
    before it: ``minimum`` (no word or name cut), ``need`` (and no short cell wrapped, the
    header on at most two lines), ``want`` (and the typical cell on one line), ``most`` (every
    cell on one line)."""

    size_pt: float
    minimum: list[float]
    need: list[float]
    want: list[float]
    most: list[float]

    def levels(self) -> list[list[float]]:
        return [self.minimum, self.need, self.want, self.most]


@dataclass(frozen=True, slots=True)
class _Column:
    """A column's text measured at 1 pt (widths scale with the size)."""

    low: float
    head: float
    body: list[float]


def _columns(
    rows: Sequence[Sequence[str]], header_rows: int, bold_rows: Sequence[int]
) -> list[_Column]:
    bold = set(bold_rows) | set(range(header_rows))
    columns = max((len(row) for row in rows), default=0)
    measured = []
    for column in range(columns):
        cells = [
            (row[column], index in bold, index < header_rows)
            for index, row in enumerate(rows)
            if column < len(row) and row[column].strip()
        ]
        low = max((longest_word_cm(text, 1, bold=b, loose=True) for text, b, _ in cells), default=0)
        head = max(
            (_two_lines_cm(text, 1, bold=True) for text, _, is_head in cells if is_head),
            default=0.0,
        )
        body = [text_width_cm(text, 1, bold=b, loose=True) for text, b, h in cells if not h]
        measured.append(_Column(low, head, body))
    return measured


def _needs(columns: Sequence[_Column], size_pt: float) -> Needs:
    pad = padding_cm()
    needs = Needs(size_pt, [], [], [], [])
    for column in columns:
        body = [width * size_pt for width in column.body]
        low = column.low * size_pt
        short = max((width for width in body if width <= SHORT_CM), default=0.0)
        need = max(low, column.head * size_pt, short)
        want = max(need, _quantile(body, TYPICAL))
        most = max(want, *body) if body else want
        needs.minimum.append(low + pad)
        needs.need.append(need + pad)
        needs.want.append(want + pad)
        needs.most.append(most + pad)
    return needs


def measure(
    rows: Sequence[Sequence[str]],
    *,
    size_pt: float,
    header_rows: int = 1,
    bold_rows: Sequence[int] = (),
) -> Needs:
    """What each column of ``rows`` needs at ``size_pt``. The first ``header_rows`` rows are
    the header; they and ``bold_rows`` are measured in bold."""
    return _needs(_columns(rows, header_rows, bold_rows), size_pt)


def table_size(
    rows: Sequence[Sequence[str]],
    *,
    total_cm: float,
    sizes: Sequence[float],
    header_rows: int = 1,
    bold_rows: Sequence[int] = (),
) -> Needs:
    """The needs at the largest of ``sizes`` at which the table's ``need`` fits in
    ``total_cm`` (no word cut, no short cell wrapped); failing that, at which its ``minimum``
    fits; failing that, at the smallest size."""
    columns = _columns(rows, header_rows, bold_rows)
    measured = [_needs(columns, size) for size in sorted(sizes, reverse=True)]
    for level in ("need", "minimum"):
        for needs in measured:
            if sum(getattr(needs, level)) <= total_cm:
                return needs
    return measured[-1]


def column_widths(
    rows: Sequence[Sequence[str]],
    *,
    total_cm: float,
    size_pt: float,
    header_rows: int = 1,
    bold_rows: Sequence[int] = (),
) -> list[float]:
    """The widths (cm) of a table's columns at ``size_pt``, summing to ``total_cm``."""
    needs = measure(rows, size_pt=size_pt, header_rows=header_rows, bold_rows=bold_rows)
    return share(needs, total_cm)


def share(needs: Needs, total: float) -> list[float]:
    """Widths summing to ``total``: the highest level of ``needs`` that fits, and the room
    left shared towards the next level in proportion to what each column lacks (or, above
    ``most``, in proportion to the widths); below ``minimum``, the minimums scaled down."""
    if not needs.minimum:
        return [round(total, 2)]
    levels = needs.levels()
    if sum(needs.minimum) >= total:
        widths = [value * total / sum(needs.minimum) for value in needs.minimum]
    elif sum(needs.most) <= total:
        rest = total - sum(needs.most)
        widths = [m + rest * m / sum(needs.most) for m in needs.most]
    else:
        k = max(i for i, level in enumerate(levels) if sum(level) <= total)
        low, high = levels[k], levels[k + 1]
        gap = sum(high) - sum(low)
        part = (total - sum(low)) / gap if gap else 0.0
        widths = [a + (b - a) * part for a, b in zip(low, high, strict=True)]
    rounded = [round(width, 2) for width in widths]
    rounded[-1] = round(total - sum(rounded[:-1]), 2)
    return rounded


def is_number(text: str) -> bool:
    """Whether a cell holds a number as documents write it: ``1.250``, ``4,5``, ``12%``."""
    return bool(_NUMBER.fullmatch(text.strip()))


def is_totals(cells: Sequence[str]) -> bool:
    """Whether a row is a totals row: its first non-empty cell starts with "Tổng cộng",
    "Tổng", "Cộng"."""
    first = next((cell.strip() for cell in cells if cell.strip()), "")
    return bool(_TOTALS.match(first))


def column_alignments(
    rows: Sequence[Sequence[str]],
    explicit: Sequence[Alignment | None],
    *,
    header_rows: int = 1,
) -> list[Alignment]:
    """The alignment of each column's body cells (see the module docstring)."""
    columns = max((len(row) for row in rows), default=0)
    result: list[Alignment] = []
    for column in range(columns):
        given = explicit[column] if column < len(explicit) else None
        if given is not None:
            result.append(given)
            continue
        header = " ".join(row[column] for row in rows[:header_rows] if column < len(row)).strip()
        body = [
            row[column].strip()
            for row in rows[header_rows:]
            if column < len(row) and row[column].strip() and not is_totals(row)
        ]
        if header.casefold() in _SEQUENCE_HEADERS:
            result.append("center")
        elif body and all(is_number(text) for text in body):
            result.append("right")
        else:
            result.append("left")
    return result
