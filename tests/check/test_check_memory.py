"""Memory of ``check`` on hostile and many result files (issue 11, item 7), measured in a
subprocess: its peak resident memory comes from ``os.wait4``, under an address-space limit.
The figures beside peers are in ``benchmarks/memory.py``."""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.plans import BUNDLED_PLAN, RESULT_FILE_HEAD

MIB = 1024 * 1024
HEAD = RESULT_FILE_HEAD


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (768 * MIB, 768 * MIB))


LAUNCHER = """\
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"\\nPEAK {usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""
"""Run a command and say its peak RSS (KiB) last on stderr. Linux carries a process's peak RSS
across ``exec`` from the memory it was forked with, so ``raquan`` forked straight from a test
worker (hundreds of MiB after other tests) would show the worker's peak, not its own; the
launcher is a fresh small interpreter (as in ``benchmarks/memory.py``)."""


def _check(*args: str) -> tuple[int, str, int]:
    """Exit code, output and peak memory (KiB) of ``raquan check`` on ``args``."""
    command = [sys.executable, "-m", "raquan", "check", "--format", "concise", *args]
    with subprocess.Popen(
        [sys.executable, "-S", "-c", LAUNCHER, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        preexec_fn=_limited,  # noqa: PLW1509  (the test process starts no threads)
    ) as process:
        assert process.stdout is not None
        output = process.stdout.read().decode("utf-8", "replace")
        code = process.wait()
    output, _, peak = output.rstrip("\n").rpartition("\nPEAK ")
    return code, output, int(peak)


def _result_file(works: int, number: int) -> str:
    return (
        HEAD + f"duty: bao-cao-tong-hop-xa-phuong\nunit: xã Đoàn Kết\ntype: tổng hợp\n"
        f"submitted: 2023-03-{(number % 20) + 1:02d}\nnumber: {number}/BC-UBND\nworks:\n"
        + "".join(
            f"  - {{name: Bê tông hóa đường thôn {n} đoạn {number}, quantity: {n}.5, measure: m}}\n"
            for n in range(works)
        )
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("works: [" + ",".join(["1"] * 2_000_000) + "]\n", "quá nhiều phần tử"),
        ("works: " + "[" * 60 + ",".join(["1"] * 2_500_000) + "]" * 60 + "\n", "quá nhiều"),
        (
            "x: [[" + "], [".join(",".join(["1"] * 19_000) for _ in range(120)) + "]]\n",
            "quá nhiều giá trị",
        ),
    ],
)
def test_a_5_mib_file_of_millions_of_values_is_refused_early(
    tmp_path: Path, text: str, words: str
) -> None:
    path = tmp_path / "bao-cao.yaml"
    path.write_text(HEAD + text, encoding="utf-8")
    assert path.stat().st_size < 5 * MIB
    code, output, peak = _check(str(path))
    assert code == 1, output
    assert "RQ010" in output
    assert words in output
    assert peak < 30 * path.stat().st_size // 1024, f"{peak // 1024} MiB"


def test_peak_memory_does_not_grow_with_the_number_of_result_files(tmp_path: Path) -> None:
    peaks = []
    for count in (10, 100):
        folder = tmp_path / str(count)
        reports = folder / "bao-cao"
        reports.mkdir(parents=True)
        shutil.copy(BUNDLED_PLAN, folder)
        shutil.copy(BUNDLED_PLAN.with_name("units.yaml"), folder)
        for number in range(count):
            (reports / f"r{number:03d}.yaml").write_text(
                _result_file(400, number), encoding="utf-8"
            )
        code, output, peak = _check(str(folder))
        assert code == 0, output
        assert "RQ505" in output  # each file is reported (same duty and unit), and located
        peaks.append(peak)
    # 90 more files of about 40 kB (3.6 MB of YAML, some 40 MB once loaded) cost next to nothing.
    assert peaks[1] < peaks[0] + 12 * 1024, [p // 1024 for p in peaks]
