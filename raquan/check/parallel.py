"""Checking a large run of files on every core.

Plans and unit registries are independent of each other (a plan only needs its registry, which
each worker loads once), so a large run is split into parts of about equal size, checked in
forked worker processes, and the diagnostics come back with their positions already resolved.
Result files and completion records need the plans they answer, so a run that has any (by the
kind each file's parser finds, not by a look at its first bytes) stays in one process. A worker
that dies is noticed, and its part checked again in the parent. Forking shares the imported
modules with the workers, and the files already loaded when the caller has them (``raquan due``
checks the plans it has just read: the workers only run the rules); where the platform cannot
fork, or the run is small, everything stays in one process.
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from raquan import forking
from raquan.check.engine import CheckResult, check_inputs
from raquan.check.suppress import Selection
from raquan.diagnostics import Diagnostic, Position, Severity
from raquan.read.loader import Document
from raquan.read.source import Source
from raquan.read.workspace import InputFile, Workspace, file_kind

PARALLEL_FROM_BYTES = 300_000
"""Runs smaller than this finish before workers would have started."""

NEED_PLANS = ("report", "completions")
"""Kinds of files checked against the plan they answer, which may be in any part of a run."""

_shared: Workspace | None = None
"""The loaded files a run's workers inherit when they fork (see ``check``)."""


def workers(inputs: Sequence[InputFile], jobs: int | None) -> int:
    """How many processes to use for ``inputs``."""
    if (jobs is not None and jobs <= 1) or len(inputs) < 4:
        return 1
    try:
        if jobs is None and sum(item.path.stat().st_size for item in inputs) < PARALLEL_FROM_BYTES:
            return 1
        if any(item.path.suffix.lower() in (".docx", ".docm", ".dotx") for item in inputs):
            return 1  # Word documents are few and checked here
        if any(file_kind(item.path) in NEED_PLANS for item in inputs):
            return 1  # result files and completion records need their plans: one process
    except OSError:
        return 1
    if not forking.can_fork():
        return 1  # a lock that another thread (a progress bar's) holds would stay locked
    available = jobs if jobs is not None else forking.cores()
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


_Answer = tuple[list[_Found], list[str], int]
"""What a worker sends back: its diagnostics, the files it checked, how many were silenced."""


class _Lines(Source):
    """A source that only knows the lines its diagnostics point at."""

    def __init__(self, path: Path, display: str) -> None:
        super().__init__(path, None, display=display)
        self.known: dict[int, str] = {}

    def line(self, number: int) -> str:
        return self.known.get(number, "")


def _part(task: tuple[list[InputFile], Selection, bool, Sequence[Path]]) -> _Answer:
    inputs, selection, only_raquan, units = task
    result = check_inputs(
        inputs,
        set(selection.codes),
        only_raquan=only_raquan,
        workspace=_shared if _shared is not None else Workspace(units),
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
    shared: Workspace | None = None,
) -> CheckResult:
    """Check ``inputs`` in ``processes`` forked workers, which inherit ``shared`` (a workspace
    holding every input already) when given, else each load their part.

    A worker that dies (the kernel's out-of-memory killer, a signal, a bug) never leaves the
    run waiting: its pipe closes without a whole answer, and its part is checked again here,
    so the result is the same as a run in one process (and a bug shows here, as it would).
    """
    global _shared  # noqa: PLW0603  (what forked workers inherit; reset below)

    chunks = _split(inputs, processes)
    answers: dict[int, _Answer] = {}
    done = 0

    def count(number: int) -> None:
        nonlocal done
        done += len(chunks[number])
        if progress is not None:
            progress(done, len(inputs))

    _shared = shared
    try:
        for number, answer in _forked(chunks, selection, only_raquan, units):
            answers[number] = answer
            count(number)
        for number, chunk in enumerate(chunks):
            if number not in answers:  # its worker died: checked here
                answers[number] = _part((chunk, selection, only_raquan, units))
                count(number)
    finally:
        _shared = None
    return _gathered([answers[number] for number in range(len(chunks))])


def _forked(
    chunks: Sequence[list[InputFile]],
    selection: Selection,
    only_raquan: bool,
    units: Sequence[Path],
) -> Iterator[tuple[int, _Answer]]:
    """The answers of one forked worker per chunk (``raquan.forking``), as they are read; a
    worker that dies gives none, and a worker that cannot be made leaves its chunk (and the
    rest) unanswered. An interrupted run leaves no worker behind."""
    helpers: dict[int, forking.Helper] = {}
    try:
        for number, chunk in enumerate(chunks):
            held = [fd for helper in helpers.values() for fd in helper.descriptors]
            task = (chunk, selection, only_raquan, units)
            keep = functools.partial(helpers.__setitem__, number)
            if forking.start(functools.partial(_work, task), keep, inherited=held) is None:
                break  # no more processes, memory or descriptors: the rest is checked here
        for number in list(helpers):
            helper = helpers[number]
            data = helper.answer()
            helper.stop()
            del helpers[number]  # stopped: not again below (a Ctrl-C above leaves it there)
            if data is not None:
                yield number, pickle.loads(data)  # noqa: S301  (from our own fork, _work)
    finally:
        for helper in helpers.values():
            helper.stop()


def _work(task: tuple[list[InputFile], Selection, bool, Sequence[Path]], _: forking.Inbox) -> bytes:
    """A forked worker: its part checked, as the answer to send back."""
    return pickle.dumps(_part(task), protocol=pickle.HIGHEST_PROTOCOL)


def _gathered(answers: Sequence[_Answer]) -> CheckResult:
    """One result from the workers' answers, in the order of the parts."""
    sources: dict[str, _Lines] = {}
    seen: set[tuple[str, int, int, str, str]] = set()
    files: dict[str, None] = {}
    result = CheckResult()
    for found, checked, suppressed in answers:
        result.suppressed += suppressed
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
