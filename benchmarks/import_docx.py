"""``raquan import`` beside ``pandoc -f docx -t markdown``, alone (the full table is run.py's).

``python benchmarks/import_docx.py [--runs 7]`` renders the bundled plan to .docx once, then
runs ``raquan import`` on it and ``pandoc -f docx -t markdown`` on the same file in turn, round
robin, after one warm-up run each, and prints the medians and their ratio (target: at most 3).
It then prints where the import's time goes: the slowest modules to import
(``python -X importtime``) and the time of the import's own work, measured in-process.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import BUNDLED_PLAN, _import_commands, machine, measure

TARGET = 3.0


def importtime(rendered: Path, out: Path, top: int = 12) -> list[tuple[int, str]]:
    """The modules with the longest cumulative import time of one ``raquan import`` run."""
    code = (
        "from raquan.cli.app import main; import sys; "
        f"sys.argv = ['raquan', 'import', {str(rendered)!r}, '-o', {str(out)!r}, '--units', "
        f"{str(BUNDLED_PLAN.parent / 'units.yaml')!r}]\ntry:\n    main()\nexcept SystemExit:\n"
        "    pass"
    )
    out.unlink(missing_ok=True)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    )
    found: list[tuple[int, str]] = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|(\s*)(\S+)", line)
        if match and len(match.group(2)) <= 3:  # top-level imports only
            found.append((int(match.group(1)), match.group(3)))
    return sorted(found, reverse=True)[:top]


def work_time(rendered: Path, out: Path) -> dict[str, float]:
    """Seconds of each step of the import, in this process, modules already imported."""
    from raquan.importer.run import run
    from raquan.read.extract import extract
    from raquan.read.plandoc import read_document

    out.unlink(missing_ok=True)
    run(rendered, output=out, units=BUNDLED_PLAN.parent / "units.yaml")  # warm caches
    steps: dict[str, float] = {}
    start = time.perf_counter()
    document = read_document(rendered)
    steps["read .docx"] = time.perf_counter() - start
    start = time.perf_counter()
    extract(document)
    steps["extract (no registry)"] = time.perf_counter() - start
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    run(rendered, output=out, units=BUNDLED_PLAN.parent / "units.yaml", check=False)
    steps["whole import, without the check"] = time.perf_counter() - start
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    run(rendered, output=out, units=BUNDLED_PLAN.parent / "units.yaml")
    steps["whole import, with the check"] = time.perf_counter() - start
    return steps


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7, help="measured runs (default 7)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="raquan-bench-import-") as temporary:
        work = Path(temporary)
        ours, peer = _import_commands(work)
        measure({ours.key: ours, peer.key: peer}, args.runs)
        info = machine()
        ratio = ours.median / peer.median
        print("| machine | |\n|---|---|")
        for key, value in info.items():
            print(f"| {key} | {value} |")
        print()
        print("| measure | raquan | peer | ratio | target | met |")
        print("|---|---|---|---|---|---|")
        print(
            f"| `raquan import` rendered bundled plan / `pandoc -f docx -t markdown` | "
            f"{ours.median:.3f} s | {peer.median:.3f} s | {ratio:.2f} | ≤ {TARGET:g} | "
            f"{'yes' if ratio <= TARGET else '**no**'} |"
        )
        rendered = work / "ban-in.docx"
        out = work / "lan-do.yaml"
        print("\nSlowest top-level imports of one `raquan import` (cumulative, ms):")
        for micros, name in importtime(rendered, out):
            print(f"  {micros / 1000:7.1f}  {name}")
        print("\nThe import's own work, in-process (s):")
        for step, seconds in work_time(rendered, out).items():
            print(f"  {seconds:7.3f}  {step}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
