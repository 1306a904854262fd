"""What every command shares: exit codes, the console, messages, dates and codes as options."""

from __future__ import annotations

import datetime
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from raquan.diagnostics import Diagnostic

EXIT_PROBLEMS = 1
EXIT_CANNOT = 2
EXIT_BUG = 3


def use_color(stream: object = None) -> bool:
    """Whether to colour output: a terminal, and NO_COLOR not set."""
    target = stream if stream is not None else sys.stdout
    isatty = getattr(target, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ


def fail(message: str, hint: str | None = None) -> NoReturn:
    """Print an error (Vietnamese) to stderr and exit with code 2."""
    lines = [f"lỗi: {message}"]
    if hint:
        lines.append(f"gợi ý: {hint}")
    typer.echo("\n".join(lines), err=True)
    raise typer.Exit(EXIT_CANNOT)


def either(choices: Iterable[str]) -> str:
    """``a, b hoặc c``: the choices of an option, for a message."""
    names = list(choices)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " hoặc " + names[-1]


def require_choice(label: str, value: str, choices: Iterable[str]) -> None:
    """Exit with code 2 unless ``value`` is one of ``choices``; ``label`` names what was
    chosen ("Dạng", "Vai trò")."""
    names = list(choices)
    if value not in names:
        fail(f"{label} '{value}' không có; chọn: {', '.join(names)}.")


def parse_day(text: str, option: str) -> datetime.date:
    """A date typed on the command line: 2023-01-10 or 10/01/2023."""
    value = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    written = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", value)
    from raquan.models.base import FIRST_YEAR, LAST_YEAR  # noqa: PLC0415

    try:
        if iso:
            day = datetime.date(*(int(part) for part in iso.groups()))
        elif written:
            number, month, year = (int(part) for part in written.groups())
            day = datetime.date(year, month, number)
        else:
            day = None
    except ValueError:
        fail(f"Ngày '{text}' của {option} không có thật.")
    if day is not None:
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            fail(
                f"Ngày '{text}' của {option} nằm ngoài khoảng raquan làm việc được (từ "
                f"01/01/{FIRST_YEAR} đến 31/12/{LAST_YEAR})."
            )
        return day
    fail(f"Ngày '{text}' của {option} phải viết 2023-01-10 hoặc 10/01/2023.")


def show_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    """Print located problems to stderr as ``raquan check`` shows them, then a blank line."""
    from raquan.check.formats import text  # noqa: PLC0415

    typer.echo(text(diagnostics, color=use_color(sys.stderr)) + "\n", err=True)


def report_problems(problems: Sequence[Diagnostic]) -> None:
    """Say on stderr which files a command left out for their errors, one line each."""
    from raquan.check.formats import concise  # noqa: PLC0415

    typer.echo(
        "lỗi: bỏ qua các tệp có lỗi (chạy 'raquan check' để xem chi tiết):\n" + concise(problems),
        err=True,
    )


def split_codes(values: list[str] | None) -> list[str]:
    """Option values that may repeat or be comma-separated: ``--select RQ1,RQ2``."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


PROGRESS_FROM = 20
"""Runs over fewer files than this finish before a progress bar would help."""


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` callback drawing a bar on a terminal's stderr.

    Nothing is drawn when stderr is not a terminal (piped output, CI logs), nor for short runs.
    """
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn  # noqa: PLC0415

    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        transient=True,
        console=Console(stderr=True),
    )
    task: list[object] = []

    def update(done: int, total: int) -> None:
        if total < PROGRESS_FROM:
            return
        if not task:
            bar.start()
            task.append(bar.add_task(label, total=total))
        bar.update(task[0], completed=done)  # type: ignore[arg-type]

    try:
        yield update
    finally:
        if task:
            bar.stop()


def say_if_sample(done: str, hint: str) -> None:
    """Say, on the error stream, that a command given no path works on the sample plan that
    comes with raquan (there is no ``plans/`` folder here, and no configured one): a clerk
    must not believe their own plan was ``done``. ``hint`` says how to name theirs."""
    from raquan.read.resources import bundled, default_plans  # noqa: PLC0415

    if default_plans().resolve() == bundled("plans").resolve():
        typer.echo(
            f"lưu ý: ở đây không có thư mục plans/, nên raquan {done} kế hoạch mẫu đi kèm; {hint}",
            err=True,
        )
