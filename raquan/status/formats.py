"""The follow-up in each of its forms: ``FORMATS``, the table of ``raquan status --format``.

``text`` (the terminal table, 80 columns), ``json`` (for scripts), ``html`` (one page that
works offline) and ``xlsx`` (the workbook that replaces the hand-kept sheet). The page and the
workbook are files: without ``-o`` they are written under a default name
(``Format.file_name``), never over a file raquan did not make (``raquan.owned``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from raquan.owned import package_intact
from raquan.status.matrix import CATEGORIES, Matrix

if TYPE_CHECKING:
    from raquan.status.run import Dashboard


@dataclass(frozen=True, slots=True)
class Output:
    """Where the follow-up goes: a terminal (colours when ``color``) or a file."""

    terminal: bool = False
    color: bool = False


def _text(dashboard: Dashboard, output: Output) -> str:
    from raquan.status.table import render_text  # noqa: PLC0415

    return render_text(dashboard.matrices, today=dashboard.today, color=output.color)


def as_dicts(matrices: list[Matrix]) -> list[dict[str, Any]]:
    """The matrices as plain data (the JSON export)."""
    found = []
    for matrix in matrices:
        found.append(
            {
                "plan": matrix.plan_id,
                "duties": [
                    {
                        "number": column.number,
                        "duty": column.duty_id,
                        "label": column.label,
                        "due_text": column.due_text,
                        "recurring": column.recurring,
                        "to": list(column.recipients),
                        "counts": {
                            c.value: n for c, n in matrix.column_counts(column).items() if n
                        },
                        "source": column.source,
                    }
                    for column in matrix.columns
                ],
                "units": [
                    {
                        "unit": row.unit.name,
                        "unit_id": row.unit.id,
                        "counts": {c.value: n for c, n in row.counts.items() if n},
                        "cells": {
                            duty: {
                                "status": cell.status.value,
                                "status_label": cell.status.label,
                                "category": cell.category.value,
                                "due": cell.due.isoformat() if cell.due else None,
                                "completed": cell.completion.at.isoformat()
                                if cell.completion
                                else None,
                                "occurrences": [
                                    {
                                        "occurrence": s.occurrence,
                                        "status": s.status.value,
                                        "due": s.due.isoformat() if s.due else None,
                                    }
                                    for s in cell.standings
                                ]
                                if cell.recurring
                                else None,
                            }
                            for duty, cell in row.cells.items()
                        },
                    }
                    for row in matrix.rows
                ],
                "totals": {c.value: matrix.totals[c] for c in CATEGORIES if matrix.totals[c]},
            }
        )
    return found


def _json(dashboard: Dashboard, output: Output) -> str:
    return json.dumps(as_dicts(dashboard.matrices), ensure_ascii=False, indent=2) + "\n"


def _html(dashboard: Dashboard, output: Output) -> bytes:
    from raquan.status.page import render_page  # noqa: PLC0415

    return render_page(dashboard.matrices, dashboard.today)


def _xlsx(dashboard: Dashboard, output: Output) -> bytes:
    from raquan.status.workbook import render_workbook  # noqa: PLC0415

    return render_workbook(dashboard)


def _page_intact(path: Path) -> bool:
    from raquan.status.page import MARK  # noqa: PLC0415

    return MARK.intact(path)


@dataclass(frozen=True, slots=True)
class Format:
    """One output format: how to make it, and for a file format, its default name and how to
    tell a file of raquan's from another (see ``raquan.owned``)."""

    make: Callable[[Dashboard, Output], str | bytes]
    suffix: str | None = None
    """The file name's ending, for a format written to a file by default."""
    intact: Callable[[Path], bool] | None = None
    needs_figures: bool = False
    """Whether the format shows the figures of the result files (they are checked first)."""

    def file_name(self, dashboard: Dashboard) -> Path:
        """``theo-doi-<plan id>.<suffix>`` for one plan, ``theo-doi.<suffix>`` for several."""
        assert self.suffix is not None
        ids = [matrix.plan_id for matrix in dashboard.matrices]
        stem = f"theo-doi-{ids[0]}" if len(ids) == 1 else "theo-doi"
        return Path(f"{stem}.{self.suffix}")


FORMATS: dict[str, Format] = {
    "text": Format(_text),
    "json": Format(_json),
    "html": Format(_html, "html", _page_intact),
    "xlsx": Format(_xlsx, "xlsx", package_intact, needs_figures=True),
}
"""``--format`` name -> format, in the order the help lists them."""
