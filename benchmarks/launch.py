"""Run a command from a small launcher process, for a true peak memory and wall time.

Linux carries a process's peak resident memory across ``exec`` from the memory it was forked
with: a command forked straight from a benchmark script that has grown (it built large files,
or kept the outputs of earlier runs) reports the script's peak, not its own. The launcher is a
fresh ``python -S`` that forks and execs the command, times it from fork to exit, reads its
peak with ``os.wait4`` and writes both to a file; what it forks starts from its own small
size (about 8 MiB, below any command measured here).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO

LAUNCHER = """\
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
with open(sys.argv[1], "w") as out:
    out.write(f"{seconds!r} {usage.ru_maxrss}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def launch(
    argv: Sequence[str], *, cwd: Path | None = None, stdout: IO[bytes], stderr: IO[bytes]
) -> tuple[float, int, int]:
    """Run ``argv`` (its first item a path to the program) through the launcher; return its
    wall time in seconds, its peak RSS in KiB and its exit code."""
    with tempfile.TemporaryDirectory() as scratch:
        figures = Path(scratch, "figures")
        code = subprocess.call(
            [sys.executable, "-S", "-c", LAUNCHER, str(figures), *argv],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
        )
        seconds, peak = figures.read_text().split()
    return float(seconds), int(peak), code
