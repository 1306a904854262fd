"""The follow-up as one self-contained web page (``raquan status --format html``).

Everything the page needs is inside it: the styles (inline CSS), the bar chart of progress
per duty and the timeline of the plan's deadlines and events (inline SVG), and no script, no
font or image from elsewhere, so it opens offline from a shared folder and on a phone. Each
cell of the matrix says its status in a symbol and in words (for a screen reader, and when
printed without colour), and carries ``data-unit``, ``data-duty`` and ``data-status`` so that
scripts (and the tests) read it back.

The page is a Jinja template (``page.html.j2``) with autoescaping on, fed plain data only.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from raquan import __version__
from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import short_date
from raquan.domain.phrasing import moment_phrase
from raquan.owned import TextMark
from raquan.status.matrix import CATEGORIES, Category, Cell, Column, Matrix
from raquan.status.table import LEGEND, SYMBOLS, heading

MARK = TextMark("<!-- raquan-fingerprint: ", " -->")
"""The last line of a page: its fingerprint (see ``raquan.owned``)."""

_TEMPLATE = Path(__file__).with_name("page.html.j2")

_CHART_WIDTH = 400
_BAR_HEIGHT = 12


def _day(day: datetime.date) -> str:
    return f"{weekday_name(day)}, {short_date(day)}"


def _cell(cell: Cell | None, column: Column, name: str) -> dict[str, Any] | None:
    if cell is None:
        return None
    words = cell.status.label
    completion = cell.completion
    if completion is not None:
        words += f" (gửi {moment_phrase(completion.at)})"
    if cell.recurring:
        done, due = cell.counted
        words += f"; {done}/{due} kỳ đã xong"
    return {
        "status": cell.status.value,
        "category": cell.category.value,
        "symbol": SYMBOLS[cell.status],
        "label": cell.status.label,
        "detail": f"{column.number}. {column.label} — {name}: {words}. Hạn: {column.due_text}.",
    }


def _bars(counts: dict[Category, int], total: int) -> list[dict[str, Any]]:
    """The segments of one stacked bar: done on time, late, lapsed, pending, overdue."""
    order = (
        Category.ON_TIME,
        Category.LATE,
        Category.LAPSED,
        Category.NO_DEADLINE,
        Category.PENDING,
        Category.OVERDUE,
    )
    segments = []
    x = 0.0
    for category in order:
        count = counts.get(category, 0)
        if not count or not total:
            continue
        width = _CHART_WIDTH * count / total
        segments.append(
            {"category": category.value, "x": round(x, 2), "width": round(width, 2), "count": count}
        )
        x += width
    return segments


def _columns(matrix: Matrix) -> list[dict[str, Any]]:
    found = []
    for column in matrix.columns:
        counts = matrix.column_counts(column)
        total = sum(counts.values())
        done = counts[Category.ON_TIME] + counts[Category.LATE]
        found.append(
            {
                "number": column.number,
                "id": column.duty_id,
                "label": column.label,
                "title": column.title,
                "due_text": column.due_text,
                "recipients": ", ".join(column.recipients),
                "recurring": column.recurring,
                "counts": [
                    {"category": c.value, "words": c.words, "count": counts[c]}
                    for c in CATEGORIES
                    if counts[c]
                ],
                "total": total,
                "done": done,
                "percent": round(100 * done / total) if total else 0,
                "bars": _bars(dict(counts), total),
            }
        )
    return found


def _timeline(matrix: Matrix, today: datetime.date) -> dict[str, Any]:
    """The plan's deadlines (each occurrence) and events, by date, and an SVG strip."""
    entries: list[dict[str, Any]] = []
    for column in matrix.columns:
        moments: dict[datetime.date, list[Category]] = {}
        for row in matrix.rows:
            cell = row.cells.get(column.duty_id)
            if cell is None:
                continue
            for standing in cell.standings:
                if standing.due is not None:
                    moments.setdefault(standing.due.date(), []).append(Category.of(standing.status))
        for day, categories in sorted(moments.items()):
            worst = min(categories, key=CATEGORIES.index)
            counted = [
                f"{categories.count(c)} {c.words}" for c in CATEGORIES if categories.count(c)
            ]
            entries.append(
                {
                    "date": day,
                    "kind": "deadline",
                    "badge": "Hạn",
                    "label": f"{column.number}. {column.label}",
                    "detail": f"{column.due_text}: " + ", ".join(counted),
                    "category": worst.value,
                }
            )
    for event in matrix.loaded.plan.events:
        entries.append(
            {
                "date": event.date,
                "kind": "event",
                "badge": "Sự kiện",
                "label": event.title,
                "detail": event.place,
                "category": "event",
            }
        )
    entries.sort(key=lambda entry: (entry["date"], entry["kind"] != "event"))
    if not entries:
        return {"entries": [], "svg": None}
    plan = matrix.loaded.plan
    days: list[datetime.date] = [entry["date"] for entry in entries]
    first = min(days[0], plan.period.start) if plan.period else days[0]
    last = max(days[-1], plan.period.end) if plan.period else days[-1]
    span = max((last - first).days, 1)

    def x(day: datetime.date) -> float:
        return round(20 + 360 * (day - first).days / span, 2)

    ticks = []
    month = first.replace(day=1)
    while month <= last:
        if month >= first:
            ticks.append({"x": x(month), "label": f"{month.month}/{month.year % 100:02d}"})
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    if len(ticks) > 12:
        step = -(-len(ticks) // 12)
        ticks = ticks[::step]
    points = [
        {"x": x(e["date"]), "kind": e["kind"], "category": e["category"], "title": e["label"]}
        for e in entries
    ]
    now = x(today) if first <= today <= last else None
    rows = []
    for entry in entries:
        rows.append(
            {
                **entry,
                "iso": entry["date"].isoformat(),
                "day": _day(entry["date"]),
                "past": entry["date"] < today,
                "today": entry["date"] == today,
            }
        )
    return {"entries": rows, "svg": {"ticks": ticks, "points": points, "today": now}}


def page_data(matrices: Sequence[Matrix], today: datetime.date) -> dict[str, Any]:
    """What the page template sees: plain data, no objects."""
    plans = []
    for matrix in matrices:
        totals = matrix.totals
        columns = _columns(matrix)
        plans.append(
            {
                "id": matrix.plan_id,
                "heading": heading(matrix),
                "units": len(matrix.rows),
                "summary": [
                    {"category": c.value, "label": c.short, "count": totals[c]}
                    for c in CATEGORIES
                    if totals[c]
                ],
                "columns": columns,
                "rows": [
                    {
                        "name": row.name,
                        "unit_id": row.unit.id,
                        "official": row.unit.name,
                        "overdue": row.counts[Category.OVERDUE],
                        "late": row.counts[Category.LATE],
                        "on_time": row.counts[Category.ON_TIME],
                        "cells": [
                            {"duty": column.duty_id, **found}
                            if (found := _cell(row.cells.get(column.duty_id), column, row.name))
                            else {"duty": column.duty_id, "status": None}
                            for column in matrix.columns
                        ],
                    }
                    for row in matrix.rows
                ],
                "timeline": _timeline(matrix, today),
            }
        )
    return {
        "title": "Theo dõi thực hiện kế hoạch",
        "today": _day(today),
        "today_iso": today.isoformat(),
        "version": __version__,
        "plans": plans,
        "legend": [
            {"symbol": symbol, "label": label, "status": _legend_status(symbol)}
            for symbol, label in LEGEND
        ],
        "chart_width": _CHART_WIDTH,
        "bar_height": _BAR_HEIGHT,
    }


def _legend_status(symbol: str) -> str:
    for status, shown in SYMBOLS.items():
        if shown == symbol:
            return Category.of(status).value
    return "none"


def render_page(matrices: Sequence[Matrix], today: datetime.date) -> bytes:
    """The page, stamped with its fingerprint."""
    from jinja2 import Environment, StrictUndefined  # noqa: PLC0415

    env = Environment(
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    template = env.from_string(_TEMPLATE.read_text(encoding="utf-8"))
    return MARK.stamp(template.render(**page_data(matrices, today)) + MARK.placeholder + "\n")
