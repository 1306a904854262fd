"""Large runs checked on several cores give exactly what one process gives."""

from __future__ import annotations

import shutil
from pathlib import Path

from raquan.check import run as check
from raquan.check.parallel import workers
from raquan.read.resources import bundled
from raquan.read.workspace import collect_files
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
