"""Hostile files are refused quickly and in little memory, as the kernel measures it.

Each hostile file is checked by ``raquan check`` in a subprocess whose address space is
limited to what a normal check of a small plan needs plus 100 MiB, and which the kernel stops
(SIGPROF) once it has used one CPU second more than that normal check: a file that needed more
time or memory would kill the process instead of giving exit code 1 and RQ010.
"""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from raquan.read.resources import bundled

MIB = 1024 * 1024
PROBE = (
    "import resource, sys\n"
    "from raquan.cli.app import main\n"
    "sys.argv = ['raquan', 'check', sys.argv[1], '--format', 'json']\n"
    "try:\n    main()\nexcept SystemExit:\n    pass\n"
    "usage = resource.getrusage(resource.RUSAGE_SELF)\n"
    "peak = [l for l in open('/proc/self/status') if l.startswith('VmPeak')][0].split()[1]\n"
    "print('PROBE', usage.ru_utime + usage.ru_stime, int(peak) * 1024, file=sys.stderr)\n"
)


@pytest.fixture(scope="module")
def baseline() -> tuple[float, int]:
    """CPU seconds and peak address space of checking the bundled plan."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(bundled("plans"))],
        capture_output=True,
        text=True,
        check=False,
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("PROBE"))
    _, cpu, peak = line.split()
    return float(cpu), int(peak)


def _limited(cpu: float, memory: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        signal.setitimer(signal.ITIMER_PROF, cpu)

    return apply


def check_limited(
    path: Path, baseline: tuple[float, int], env: dict[str, str] | None = None
) -> list[dict[str, object]]:
    cpu, peak = baseline
    result = subprocess.run(
        [sys.executable, "-m", "raquan", "check", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=_limited(cpu + 1.0, peak + 100 * MIB),
        env=env,
    )
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def test_billion_laughs(tmp_path: Path, baseline: tuple[float, int]) -> None:
    rows = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        rows.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    path = tmp_path / "bom.yaml"
    path.write_text("raquan: 1\nkind: units\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert [i["code"] for i in check_limited(path, baseline)] == ["RQ010"]


def test_ten_thousand_nested_brackets(tmp_path: Path, baseline: tuple[float, int]) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("raquan: 1\nkind: plan\nid: " + "[" * 10_000 + "]" * 10_000 + "\n")
    assert [i["code"] for i in check_limited(path, baseline)] == ["RQ010"]


def test_ten_thousand_nested_block_sequences(tmp_path: Path, baseline: tuple[float, int]) -> None:
    path = tmp_path / "deep-block.yaml"
    path.write_text("raquan: 1\nkind: plan\nid:\n  " + "- " * 10_000 + "x\n")
    assert [i["code"] for i in check_limited(path, baseline)] == ["RQ010"]


def test_a_file_over_the_default_size_limit(tmp_path: Path, baseline: tuple[float, int]) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("raquan: 1\nkind: units\narea: " + "a" * (6 * MIB) + "\n")
    found = check_limited(path, baseline)
    assert [(i["code"], i["line"]) for i in found] == [("RQ010", 1)]
    assert "giới hạn 5,0 MiB" in str(found[0]["message"])


def test_the_size_limit_is_configurable(tmp_path: Path, baseline: tuple[float, int]) -> None:
    path = tmp_path / "units.yaml"
    path.write_text((bundled("plans") / "units.yaml").read_text(encoding="utf-8"))
    env = {**__import__("os").environ, "RAQUAN_MAX_FILE_SIZE": "1000"}
    found = check_limited(path, baseline, env=env)
    assert [i["code"] for i in found] == ["RQ010"]
