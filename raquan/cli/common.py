"""What every command shares: the console, turning known errors into exit code 2."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer

from raquan.errors import UserError

EXIT_PROBLEMS = 1
EXIT_CANNOT = 2


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


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn ``UserError`` from the core into a message and exit code 2."""
    try:
        yield
    except UserError as error:
        fail(error.message, error.hint)


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
