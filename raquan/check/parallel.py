"""Checking a large run of files on every core.

Plans and unit registries are independent of each other (a plan only needs its registry, which
each worker loads once), so a large run is split into parts of about equal size, checked in
forked worker processes, and the diagnostics come back with their positions already resolved.
Result files need the plans they answer, so a run that has any stays in one process. Forking
shares the imported modules with the workers; where the platform cannot fork, or the run is
small, everything stays in one process.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from raquan.check.engine import CheckResult, check_inputs
from raquan.check.suppress import Selection
from raquan.diagnostics import Diagnostic, Position, Severity
from raquan.read.loader import Document
from raquan.read.source import Source
from raquan.read.workspace import InputFile, Workspace

PARALLEL_FROM_BYTES = 300_000
"""Runs smaller than this finish before workers would have started."""

_REPORT = re.compile(rb"^kind:[ \t]*[\"']?report\b", re.M)


def workers(inputs: Sequence[InputFile], jobs: int | None) -> int:
    """How many processes to use for ``inputs``."""
    if (jobs is not None and jobs <= 1) or len(inputs) < 4:
        return 1
    try:
        if jobs is None and sum(item.path.stat().st_size for item in inputs) < PARALLEL_FROM_BYTES:
            return 1
        for item in inputs:
            with item.path.open("rb") as stream:
                if _REPORT.search(stream.read(4096)):
                    return 1  # result files need their plans: one process
    except OSError:
        return 1
    import multiprocessing  # noqa: PLC0415  (only large runs need it)

    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    available = jobs if jobs is not None else (os.cpu_count() or 1)
    return max(1, min(available, len(inputs), 16))


@dataclass(frozen=True, slots=True)
class _Found:
    """A diagnostic with its position resolved, small enough to send between processes."""

    path: str
    file: str
    line: int
    column: int
    end_column: int | None
    code: str
    severity: str
    message: str
    hint: str | None
    text: str


class _Lines(Source):
    """A source that only knows the lines its diagnostics point at."""

    def __init__(self, path: Path, display: str) -> None:
        super().__init__(path, None, display=display)
        self.known: dict[int, str] = {}

    def line(self, number: int) -> str:
        return self.known.get(number, "")


def _part(
    task: tuple[list[InputFile], Selection, bool, Sequence[Path]],
) -> tuple[list[_Found], list[str], int]:
    inputs, selection, only_raquan, units = task
    result = check_inputs(
        inputs,
        set(selection.codes),
        only_raquan=only_raquan,
        workspace=Workspace(units),
        selection=selection,
    )
    found = []
    for d in result.diagnostics:
        position = d.position
        found.append(
            _Found(
                d.path,
                str(d.source.path),
                position.line,
                position.column,
                position.end_column,
                d.code,
                d.severity.value,
                d.message,
                d.hint,
                d.source.line(position.line),
            )
        )
    checked = [str(document.source.path.resolve()) for document in result.files]
    return found, checked, result.suppressed


def _split(inputs: Sequence[InputFile], parts: int) -> list[list[InputFile]]:
    """Parts of about equal size in bytes (largest files first, each to the lightest part)."""
    size = {item.path: item.path.stat().st_size for item in inputs}
    loads = [0] * parts
    chunks: list[list[InputFile]] = [[] for _ in range(parts)]
    for item in sorted(inputs, key=lambda item: size[item.path], reverse=True):
        lightest = loads.index(min(loads))
        chunks[lightest].append(item)
        loads[lightest] += size[item.path]
    order = {item.path: n for n, item in enumerate(inputs)}
    return [sorted(chunk, key=lambda item: order[item.path]) for chunk in chunks if chunk]


def check(
    inputs: Sequence[InputFile],
    processes: int,
    selection: Selection,
    only_raquan: bool,
    progress: Callable[[int, int], None] | None,
    units: Sequence[Path] = (),
) -> CheckResult:
    """Check ``inputs`` in ``processes`` forked workers."""
    chunks = _split(inputs, processes * 2)
    sources: dict[str, _Lines] = {}
    seen: set[tuple[str, int, int, str, str]] = set()
    files: dict[str, None] = {}
    result = CheckResult()
    done = 0
    import multiprocessing  # noqa: PLC0415

    context = multiprocessing.get_context("fork")
    with context.Pool(processes) as pool:
        tasks = [(chunk, selection, only_raquan, units) for chunk in chunks]
        for (found, checked, suppressed), chunk in zip(
            pool.imap(_part, tasks), chunks, strict=True
        ):
            result.suppressed += suppressed
            done += len(chunk)
            if progress is not None:
                progress(done, len(inputs))
            files.update(dict.fromkeys(checked))
            for item in found:
                key = (item.file, item.line, item.column, item.code, item.message)
                if key in seen:
                    continue  # a registry outside the run, reported by several workers
                seen.add(key)
                source = sources.setdefault(item.file, _Lines(Path(item.file), item.path))
                source.known[item.line] = item.text
                result.diagnostics.append(
                    Diagnostic(
                        source,
                        item.code,
                        Severity(item.severity),
                        item.message,
                        Position(item.line, item.column, item.end_column),
                        hint=item.hint,
                    )
                )
    result.files = [Document(Source(Path(name), None)) for name in files]
    result.diagnostics.sort(key=Diagnostic.sort_key)
    return result
