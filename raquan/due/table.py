"""The agenda as tables (Rich), one table per date, plan or unit: ``raquan due``'s default
format, on a terminal or in a text file."""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import short_date
from raquan.domain.phrasing import moment_phrase, shorten
from raquan.domain.units import display_name
from raquan.due.items import TITLE_LIMIT, AgendaItem, Status, grouped, left

_STATUS_STYLE = {
    Status.OVERDUE: "bold red",
    Status.DUE_TODAY: "bold yellow",
    Status.IN_PROGRESS: "cyan",
    Status.DONE: "green",
    Status.DONE_LATE: "yellow",
    Status.PAST: "dim",
}


def _due(item: AgendaItem) -> str:
    text = escape(item.due_text) if item.due_text else "[dim]không ghi thời hạn[/dim]"
    if item.kind == "duty" and item.start is not None:
        text = f"từ {escape(moment_phrase(item.start))}\n{text}"
    style = _STATUS_STYLE.get(item.status)
    if item.status is not Status.UPCOMING and item.status is not Status.NO_DEADLINE:
        label = item.status.label
        text += f"\n[{style}]{label}[/{style}]" if style else f"\n{label}"
    if item.day_off:
        text += f"\n[yellow]⚠ hạn rơi vào ngày nghỉ: {escape(item.day_off)}[/yellow]"
    return text


def _what(item: AgendaItem) -> str:
    lines = [escape(shorten(item.title, TITLE_LIMIT))]
    if item.place and item.kind == "event":
        lines.append(f"[dim]Địa điểm: {escape(item.place)}[/dim]")
    lines.append(f"[dim]{escape(item.source)}[/dim]")
    return "\n".join(lines)


def _role(item: AgendaItem) -> str:
    text = item.role.label
    if item.lead_phrase is not None:
        text += f"\n({escape(item.lead_phrase)})"
    if item.via is not None:
        text += f"\n[dim](giao cho {escape(item.via.name)})[/dim]"
    return text


def render_table(
    items: Sequence[AgendaItem],
    *,
    title: str,
    today: datetime.date,
    group_by: str,
    color: bool,
    width: int | None,
    notices: Sequence[str] = (),
) -> str:
    """The agenda as tables, ``width`` columns wide (None: the terminal's width, as printing
    to standard output would have it), in colour when ``color``; ``notices`` (what became of
    a unit asked for) under the title."""
    console = Console(
        file=None if width is None else io.StringIO(),
        no_color=not color,
        highlight=False,
        width=width,
        soft_wrap=False,
    )
    with console.capture() as captured:
        console.print(f"[bold]{escape(title)}[/bold]")
        for notice in notices:
            console.print(f"[yellow]{escape(notice)}[/yellow]")
        console.print(f"Tính đến {weekday_name(today)}, {short_date(today)}.")
        if not items:
            console.print("Không có việc nào.")
        with_unit = group_by != "unit" and len({item.unit.id for item in items}) > 1
        for heading, group in grouped(items, group_by, today):
            table = Table(title=heading, title_justify="left", show_lines=True, expand=True)
            if with_unit:
                table.add_column("Đơn vị", ratio=2)
            table.add_column("Thời hạn", ratio=3)
            # "fold": a long file name wraps instead of losing its line number to "…".
            table.add_column("Việc", ratio=6, overflow="fold")
            table.add_column("Vai trò", ratio=2)
            table.add_column("Gửi về", ratio=2)
            table.add_column("Còn lại", ratio=2)
            for item in group:
                row = [
                    _due(item),
                    _what(item),
                    _role(item),
                    escape(", ".join(item.recipients)),
                    escape(left(item).replace(", ", "\n")),
                ]
                if with_unit:
                    row.insert(0, escape(display_name(item.unit)))
                table.add_row(*row)
            console.print(table)
    return captured.get()
