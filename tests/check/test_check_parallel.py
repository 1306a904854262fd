"""Large runs checked on several cores give exactly what one process gives."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from raquan.check import parallel
from raquan.check import run as check
from raquan.check.parallel import workers
from raquan.read.resources import bundled
from raquan.read.workspace import Workspace, collect_files
from support.plans import BUNDLED_PLAN, SAMPLE_REPORTS


def _corpus(folder: Path, copies: int) -> Path:
    plans = folder / "plans"
    plans.mkdir()
    shutil.copyfile(bundled("plans") / "units.yaml", plans / "units.yaml")
    text = BUNDLED_PLAN.read_text(encoding="utf-8")
    for number in range(copies):
        copy = text.replace("id: ke-hoach-ra-quan-2023", f"id: ke-hoach-{number}")
        if number % 3 == 0:
            copy = copy.replace("host: xã Đoàn Kết", "host: xã Không Có")
        if number % 4 == 1:
            copy = copy.replace("  place: Kon Tum", "  place: Kon Tum\n  place: Kon Tum")
        (plans / f"ke-hoach-{number:02d}.yaml").write_text(copy, encoding="utf-8")
    return plans


def _summary(result: object) -> list[tuple[str, int, int, str, str, str]]:
    return [
        (
            d.path,
            d.position.line,
            d.position.column,
            d.code,
            d.message,
            d.source.line(d.position.line),
        )
        for d in result.diagnostics  # type: ignore[attr-defined]
    ]


def test_several_processes_find_the_same_problems(tmp_path: Path) -> None:
    plans = _corpus(tmp_path, 12)
    serial = check.run([plans], jobs=1)
    parallel = check.run([plans], jobs=2)
    assert workers(collect_files([plans]), 2) == 2
    assert _summary(parallel) == _summary(serial)
    assert {d.code for d in serial.diagnostics} == {"RQ003", "RQ101", "RQ202"}
    assert len(parallel.files) == len(serial.files) == 13
    assert parallel.errors == serial.errors
    assert parallel.warnings == serial.warnings


def test_a_run_with_result_files_stays_in_one_process(tmp_path: Path) -> None:
    plans = _corpus(tmp_path, 6)
    shutil.copytree(SAMPLE_REPORTS, plans / "bao-cao")
    assert workers(collect_files([plans]), 2) == 1


def test_small_runs_stay_in_one_process(tmp_path: Path) -> None:
    plans = _corpus(tmp_path, 4)
    assert workers(collect_files([plans]), None) == 1


# Issue 11, item 9: a file's kind comes from parsing it -------------------------------------


def _mixed_corpus(folder: Path) -> Path:
    """Plans, a registry, and result files that hide their kind behind a long comment, quotes
    or a late key: every kind, and nothing a look at the first bytes would get right."""
    plans = _corpus(folder, 8)
    reports = plans / "bao-cao"
    reports.mkdir()
    comment = "".join(f"# Ghi chú dòng {n}: " + "x" * 60 + "\n" for n in range(80))
    for number, sample in enumerate(sorted(SAMPLE_REPORTS.glob("*.yaml"))):
        text = sample.read_text(encoding="utf-8")
        if number % 3 == 0:
            text = comment + text
        elif number % 3 == 1:
            text = text.replace("kind: report", 'kind: "report"')
        else:
            lines = text.splitlines(keepends=True)
            kind = next(line for line in lines if line.startswith("kind:"))
            text = "".join(line for line in lines if line is not kind) + kind
        (reports / sample.name).write_text(text, encoding="utf-8")
    return plans


def test_serial_and_parallel_runs_agree_on_a_mixed_corpus(tmp_path: Path) -> None:
    plans = _mixed_corpus(tmp_path)
    written = list((plans / "bao-cao").iterdir())
    assert len(written) == 6
    assert any(p.read_text(encoding="utf-8").startswith("#" * 2) is False for p in written)
    assert any(p.read_text(encoding="utf-8").startswith("# Ghi chú") for p in written)
    assert workers(collect_files([plans]), 2) == 1  # result files found by parsing
    serial = check.run([plans], jobs=1)
    default = check.run([plans])
    parallel = check.run([plans], jobs=2)
    assert _summary(default) == _summary(serial) == _summary(parallel)
    assert "RQ501" not in {d.code for d in serial.diagnostics}
    only_plans = check.run([plans / f"ke-hoach-{n:02d}.yaml" for n in range(8)], jobs=2)
    alone = check.run([plans / f"ke-hoach-{n:02d}.yaml" for n in range(8)], jobs=1)
    assert _summary(only_plans) == _summary(alone)


# Issue 11, item 8: a dead worker never hangs the run ------------------------------------------

_PARENT: list[int] = []
_REAL_PART = parallel._part


def _dying(task: Any) -> Any:
    """``parallel._part``, except that the worker given ``ke-hoach-03.yaml`` is killed."""
    if os.getpid() not in _PARENT and any(i.path.name == "ke-hoach-03.yaml" for i in task[0]):
        (task[0][0].path.parent.parent / "killed").touch()
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return _REAL_PART(task)


def _failing(task: Any) -> Any:
    """``parallel._part``, except that in a worker it fails as a bug would."""
    if os.getpid() not in _PARENT:
        raise RuntimeError("a bug in a worker")
    return _REAL_PART(task)


@pytest.mark.parametrize("stand_in", [_dying, _failing], ids=["killed", "failing"])
def test_a_worker_that_dies_or_fails_has_its_part_checked_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stand_in: Any
) -> None:
    plans = _corpus(tmp_path, 12)
    serial = check.run([plans], jobs=1)
    _PARENT.append(os.getpid())
    monkeypatch.setattr(parallel, "_part", stand_in)
    began = time.monotonic()
    result = check.run([plans], jobs=2)
    assert time.monotonic() - began < 120
    if stand_in is _dying:
        assert (tmp_path / "killed").exists()  # a worker really died
    assert _summary(result) == _summary(serial)
    assert len(result.files) == len(serial.files)


def test_completion_records_are_checked_against_plans_of_other_parts(tmp_path: Path) -> None:
    """A completion file needs the plan it answers, as a result file does: a run that has one
    stays in one process, so that its plan is never in another worker's part."""
    plans = _corpus(tmp_path, 12)
    records = plans / "hoan-thanh"
    records.mkdir()
    for number in (2, 7, 11):
        (records / f"xa-{number}.yaml").write_text(
            f"raquan: 1\nkind: completions\nplan: ke-hoach-{number}\nunit: xã Đoàn Kết\n"
            "entries:\n  - duty: ke-hoach-chi-tit\n    date: 2023-01-13\n",
            encoding="utf-8",
        )
    assert workers(collect_files([plans]), 2) == 1
    serial = check.run([plans], jobs=1)
    assert _summary(check.run([plans], jobs=2)) == _summary(serial)
    found = [d for d in serial.diagnostics if d.code == "RQ510"]
    assert len(found) == 3
    assert all("ke-hoach-chi-tit" in d.message for d in found), [d.message for d in found]


def test_files_already_loaded_are_shared_with_the_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``raquan due`` has read its plans when it checks them: forked workers inherit them and
    only run the rules (they do not read the files again: here the files are gone)."""
    plans = _corpus(tmp_path, 12)
    serial = check.run([plans], jobs=1)
    workspace = Workspace()
    for item in collect_files([plans]):
        workspace.load(item.path, item.display)
    shared: list[object] = []
    real = parallel.check

    def spy(*args: Any, **kwargs: Any) -> Any:
        shared.append(args[6])
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel, "check", spy)
    for path in plans.iterdir():
        path.write_text("kind: plan\n", encoding="utf-8")  # what a second read would see
    result = check.run(sorted(plans.glob("ke-hoach-*.yaml")), jobs=2, workspace=workspace)
    assert shared == [workspace]
    assert parallel._shared is None  # not kept after the run
    expected = [s for s in _summary(serial) if "units.yaml" not in s[0]]
    assert [s[:5] for s in _summary(result)] == [s[:5] for s in expected]


def test_a_system_that_cannot_fork_any_more_checks_the_rest_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plans = _corpus(tmp_path, 12)
    serial = check.run([plans], jobs=1)
    real_fork = os.fork
    forks: list[int] = []

    def fork_once() -> int:
        if forks:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        forks.append(1)
        return real_fork()

    monkeypatch.setattr(os, "fork", fork_once)
    result = check.run([plans], jobs=3)
    assert forks == [1]
    assert _summary(result) == _summary(serial)


def test_workers_reaped_by_the_system_still_answer(tmp_path: Path) -> None:
    """A parent started with SIGCHLD ignored (it is inherited across exec) has its children
    reaped by the kernel: waiting for one is an error, not a reason to fail the run."""
    plans = _corpus(tmp_path, 12)
    serial = check.run([plans], jobs=1)
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        result = check.run([plans], jobs=2)
    finally:
        signal.signal(signal.SIGCHLD, previous)
    assert _summary(result) == _summary(serial)


def test_a_process_with_other_threads_is_not_forked(tmp_path: Path) -> None:
    """A progress bar draws from its own thread; a fork would copy the locks it holds, locked
    for ever in the worker."""
    plans = _corpus(tmp_path, 12)
    inputs = collect_files([plans])
    assert workers(inputs, 2) == 2
    stop = threading.Event()
    drawing = threading.Thread(target=stop.wait)
    drawing.start()
    try:
        assert workers(inputs, 2) == 1
    finally:
        stop.set()
        drawing.join()


def test_ctrl_c_as_a_worker_is_made_leaves_no_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C waits while a worker is made, and comes once it is known: every worker is
    stopped, none is left waiting."""
    plans = _corpus(tmp_path, 12)
    real_fork = os.fork
    forks: list[int] = []

    def interrupted_fork() -> int:
        if len(forks) == 1:
            signal.pthread_kill(
                threading.get_ident(), signal.SIGINT
            )  # pending: raised once this worker is made
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", interrupted_fork)
    with pytest.raises(KeyboardInterrupt):
        check.run([plans], jobs=3)
    assert len(forks) == 2
    for pid in forks:  # no worker left running, nor unwaited for
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
