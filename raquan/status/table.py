"""The follow-up matrix as text that fits a terminal of 80 columns.

Each duty is a one-character column numbered 1, 2, ... (its name, deadline and counts are in
the list under the table), each unit a row named without "UBND" and cut with "…" when long;
the counts of each unit come first. A plan with more duties than fit is printed in parts, the
unit names repeated. Symbols, not only colours, say the status, so the table reads the same
piped into a file or pasted into a message.

Written by hand rather than with Rich: the widths are fixed and known, and a province's
hundreds of plans print in a fraction of the time.
"""

from __future__ import annotations

import datetime
import textwrap
from collections.abc import Iterator, Sequence

from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import short_date
from raquan.domain.phrasing import document_reference
from raquan.domain.progress import Status
from raquan.status.matrix import CATEGORIES, Category, Cell, Column, Matrix, Row

WIDTH = 80
"""Columns of the text, whatever the terminal's width."""

NAME_WIDTH = 24
"""Columns given to a unit's name."""

SYMBOLS: dict[Status, str] = {
    Status.DONE: "✓",
    Status.DONE_LATE: "T",
    Status.OVERDUE: "✗",
    Status.DUE_TODAY: "!",
    Status.IN_PROGRESS: "·",
    Status.UPCOMING: "·",
    Status.WAITING: "…",
    Status.EVENT_PASSED: "–",
    Status.ENDED: "–",
    Status.PAST: "–",
    Status.NO_DEADLINE: "○",
}
"""One character per status; the legend says what each means."""

LEGEND = (
    ("✓", "đã xong, đúng hạn"),
    ("T", "đã xong, trễ hạn"),
    ("✗", "quá hạn"),
    ("!", "đến hạn hôm nay"),
    ("·", "chưa đến hạn"),
    ("…", "chờ hoàn thành việc trước"),
    ("–", "hết thời gian, không ghi nhận hoàn thành"),
    ("○", "không ghi thời hạn"),
    (" ", "không giao cho đơn vị"),
)

_COLOURS = {
    Category.OVERDUE: "\x1b[1;31m",
    Category.LATE: "\x1b[33m",
    Category.ON_TIME: "\x1b[32m",
    Category.LAPSED: "\x1b[2m",
}
_DUE_TODAY = "\x1b[1;33m"
_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"

COUNTED = (Category.OVERDUE, Category.LATE, Category.ON_TIME)
"""The counts each row shows (the others are in the list of duties)."""
_COUNT_HEADS = ("Quá", "Trễ", "Đúng")
_COUNT_WIDTH = 5


def fit(text: str, width: int) -> str:
    """``text`` cut with "…" to ``width`` characters, padded with spaces to it."""
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    return text.ljust(width)


class _Paint:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, code: str | None) -> str:
        return f"{code}{text}{_RESET}" if self.color and code else text

    def cell(self, cell: Cell | None) -> str:
        if cell is None:
            return " "
        symbol = SYMBOLS[cell.status]
        code = _DUE_TODAY if cell.status is Status.DUE_TODAY else _COLOURS.get(cell.category)
        return self(symbol, code)


def heading(matrix: Matrix) -> str:
    """The plan as a follow-up sheet names it: "Kế hoạch số 36/KH-UBND ngày 10/01/2023 của
    Ủy ban nhân dân thành phố Kon Tum: Tổ chức ra quân ..." ("Kế hoạch (dự thảo) của ..." for
    a draft)."""
    loaded = matrix.loaded
    plan = loaded.plan
    header = plan.header
    issuer = loaded.index.official(header.issuer) if loaded.index else header.issuer
    title = " ".join(plan.title.split())
    if header.number is None:  # a draft: its number and day are blanks to fill in
        return f"{header.type} (dự thảo) của {issuer}: {title}"
    return f"{document_reference(header, issuer)}: {title}"


def summary(matrix: Matrix) -> str:
    """ "25 đơn vị, 18 nhiệm vụ được theo dõi: 21 quá hạn, 2 trễ hạn, ..."."""
    totals = matrix.totals
    counts = ", ".join(
        f"{totals[category]} {category.words}" for category in CATEGORIES if totals[category]
    )
    return (
        f"{len(matrix.rows)} đơn vị, {len(matrix.columns)} nhiệm vụ được theo dõi"
        + (f" ({matrix.plan_id}): " if counts else f" ({matrix.plan_id}).")
        + (f"{counts}." if counts else "")
    )


def _parts(columns: Sequence[Column], first_room: int, room: int) -> Iterator[list[Column]]:
    """The columns in parts: as many as fit in ``first_room`` characters, then ``room``."""
    at = 0
    width = first_room
    while at < len(columns):
        count = max(1, width // 2)
        yield list(columns[at : at + count])
        at += count
        width = room


def _table(matrix: Matrix, paint: _Paint) -> list[str]:
    counts_width = len(COUNTED) * _COUNT_WIDTH
    first_room = WIDTH - NAME_WIDTH - counts_width - 1
    room = WIDTH - NAME_WIDTH - 1
    lines: list[str] = []
    parts = list(_parts(matrix.columns, first_room, room))
    for part_number, part in enumerate(parts):
        with_counts = part_number == 0
        head = fit("Đơn vị", NAME_WIDTH)
        if with_counts:
            head += "".join(name.rjust(_COUNT_WIDTH) for name in _COUNT_HEADS)
        head += " " + " ".join(str(column.number % 10) for column in part)
        tens = " " * (len(head) - 2 * len(part) + 1) + " ".join(
            str(column.number // 10) if column.number >= 10 else " " for column in part
        )
        if part_number or any(column.number >= 10 for column in part):
            lines.append(paint(tens.rstrip(), _BOLD))
        lines.append(paint(head.rstrip(), _BOLD))
        lines.append("─" * min(WIDTH, len(head.rstrip())))
        for row in matrix.rows:
            lines.append(_row(row, part, paint, with_counts=with_counts))
        if part_number + 1 < len(parts):
            lines.append("")
    return lines


def _row(row: Row, part: Sequence[Column], paint: _Paint, *, with_counts: bool) -> str:
    text = fit(row.name, NAME_WIDTH)
    if with_counts:
        counts = row.counts
        for category in COUNTED:
            number = counts[category]
            shown = str(number).rjust(_COUNT_WIDTH) if number else " " * (_COUNT_WIDTH - 1) + "-"
            text += paint(shown, _COLOURS.get(category) if number else None)
    cells = " ".join(paint.cell(row.cells.get(column.duty_id)) for column in part)
    return f"{text} {cells}".rstrip()


def _duty_lines(matrix: Matrix) -> list[str]:
    lines = ["Nhiệm vụ:"]
    for column in matrix.columns:
        counts = matrix.column_counts(column)
        said = ", ".join(
            f"{counts[category]} {category.words}" for category in CATEGORIES if counts[category]
        )
        total = sum(counts.values())
        label = f"{column.number:>2}. {column.label} ({column.due_text})"
        if column.recurring:
            label += ", định kỳ"
        lines.extend(textwrap.wrap(label, WIDTH, subsequent_indent="    "))
        lines.extend(
            textwrap.wrap(
                f"{total} đơn vị: {said}.", WIDTH, initial_indent="    ", subsequent_indent="    "
            )
        )
    return lines


def legend() -> list[str]:
    """The symbols and what they mean, wrapped to the width."""
    said = "; ".join(
        f"{symbol} {meaning}" if symbol.strip() else f"(trống) {meaning}"
        for symbol, meaning in LEGEND
    )
    return textwrap.wrap(f"Ký hiệu: {said}.", WIDTH)


def render_text(matrices: Sequence[Matrix], *, today: datetime.date, color: bool = False) -> str:
    """Every matrix, its heading, table and list of duties, then the legend."""
    paint = _Paint(color)
    lines = [f"Theo dõi thực hiện, tính đến {weekday_name(today)}, {short_date(today)}."]
    if not matrices:
        lines += ["", "Không có nhiệm vụ nào được theo dõi."]
    for matrix in matrices:
        lines.append("")
        lines.extend(paint(line, _BOLD) for line in textwrap.wrap(heading(matrix), WIDTH))
        lines.extend(textwrap.wrap(summary(matrix), WIDTH))
        lines.append("")
        lines.extend(_table(matrix, paint))
        lines.append("")
        lines.extend(_duty_lines(matrix))
    lines.append("")
    lines.extend(legend())
    return "\n".join(lines) + "\n"
