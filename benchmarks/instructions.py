"""The first line of ``run.py``'s table counted in machine instructions instead of seconds.

``python benchmarks/instructions.py [--runs 1]`` runs ``raquan check
plans/ke-hoach-ra-quan-2023.yaml`` and ``check-jsonschema --schemafile <schema>`` on the same
file (the schema that ``raquan schema plan`` writes, as ``run.py`` does) under valgrind's
cachegrind (``--cache-sim=no``: it only counts), with ``PYTHONHASHSEED=0``, after one run of
each outside valgrind (raquan fills its holidays cache), and prints the instructions each
executed and their ratio. On a shared, busy machine wall times vary by tens of percent from
one run to the next; the instruction count of the same command varies by well under one per
cent, so it is the figure to compare two versions of the start-up with. It runs each command
about 50 times slower than usual (a few seconds to a minute each). Both commands are taken
next to ``sys.executable``: run it with the interpreter of the environment to measure (a
plain ``pip install ".[bench]"``, as ``run.py``: an editable install adds its own import
finder).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAQUAN = str(Path(sys.executable).with_name("raquan"))
CHECK_JSONSCHEMA = str(Path(sys.executable).with_name("check-jsonschema"))
BUNDLED_PLAN = ROOT / "plans" / "ke-hoach-ra-quan-2023.yaml"
TARGET = 0.8
"""The target of ``run.py``'s first line: raquan / check-jsonschema."""

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(argv: list[str]) -> int:
    """The instructions that ``argv`` executes (cachegrind's ``I refs``)."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            *argv,
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    found = _REFS.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind did not count {argv[0]}:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="runs of each (median)")
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as work:
        schema = Path(work) / "plan.schema.json"
        with schema.open("w", encoding="utf-8") as handle:
            subprocess.run([RAQUAN, "schema", "plan"], stdout=handle, check=True, cwd=ROOT)
        commands = {
            "raquan check": [RAQUAN, "check", str(BUNDLED_PLAN)],
            "check-jsonschema": [CHECK_JSONSCHEMA, "--schemafile", str(schema), str(BUNDLED_PLAN)],
        }
        for argv in commands.values():  # warm-up: raquan's holidays cache, the OS's file cache
            subprocess.run(argv, cwd=ROOT, capture_output=True, check=False)
        counts: dict[str, list[int]] = {name: [] for name in commands}
        for _ in range(options.runs):
            for name, argv in commands.items():
                counts[name].append(instructions(argv))
    medians = {name: statistics.median(values) for name, values in counts.items()}
    for name, value in medians.items():
        print(f"{name:<18} {value / 1e9:6.3f} G instructions")
    ratio = medians["raquan check"] / medians["check-jsonschema"]
    print(f"{'ratio':<18} {ratio:6.3f} (target <= {TARGET})")


if __name__ == "__main__":
    main()
