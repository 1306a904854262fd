"""The fuzz test of the suite (``tests/test_fuzz.py``), run much longer: 100,000 cases.

    python benchmarks/fuzz_long.py [--cases 100000] [--seed 0] [--jobs 2]

Half the cases damage the bundled plan (both appendix tables filled in), half a sample result
file; every case must end in located diagnostics or a clear error, a plan that passes must
render, and a result file that passes renders as its unit's report and in the city's summary
(one valid file in ``RAQUAN_FUZZ_RENDER_EVERY``, default 10, chosen by checksum: a render
costs about 0.5 s). ``--jobs`` runs that many processes, each with its own
share of the cases and its own seed. Prints how many cases ran, how long they took, and the
first failing case if any (exit code 1).
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import test_fuzz


def run(name: str, original: bytes, files: str, cases: int, start: int) -> tuple[int, float]:
    """Run ``cases`` mutations of ``original``; return (cases run, seconds)."""
    count = 0

    def case(data: bytes) -> None:
        nonlocal count
        count += 1
        if files == "plan":
            test_fuzz._run({"plan.yaml": data}, render=True)
        else:
            test_fuzz._run({"plan.yaml": test_fuzz.PLAN_TEXT, "bao-cao.yaml": data}, render=False)

    runner = seed(start)(
        settings(
            max_examples=cases,
            deadline=datetime.timedelta(seconds=60),  # a shared machine can be slow
            suppress_health_check=list(HealthCheck),
            database=None,
        )(given(test_fuzz.mutated(original))(case))
    )
    began = time.perf_counter()
    runner()
    elapsed = time.perf_counter() - began
    return count, elapsed


BATCH = 1000
"""Cases run between two progress lines (each batch with its own seed)."""


def job(cases: int, start: int) -> tuple[int, float]:
    """One process's share, in batches of ``BATCH``: half plans, half result files. A line
    after each batch says how far the process got, so a run stopped early still tells."""
    count, seconds = 0, 0.0
    for batch, begin in enumerate(range(0, cases, BATCH)):
        size = min(BATCH, cases - begin)
        half = size // 2
        seed_of = start * 100_000 + 2 * batch
        plans = run("kế hoạch", test_fuzz.PLAN_TEXT, "plan", half, seed_of)
        reports = run("báo cáo", test_fuzz.REPORT_TEXT, "report", size - half, seed_of + 1)
        count += plans[0] + reports[0]
        seconds += plans[1] + reports[1]
        print(f"tiến trình {start}: {count}/{cases} trường hợp, {seconds:.0f} s", flush=True)
    return count, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1)
    options = parser.parse_args()
    jobs = max(1, options.jobs)
    shares = [options.cases // jobs + (1 if n < options.cases % jobs else 0) for n in range(jobs)]
    began = time.perf_counter()
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(job, shares, [options.seed + 2 * n for n in range(jobs)]))
    except Exception as error:  # report the failing case, do not hide it
        causes = [error, *getattr(error, "exceptions", ())]
        for cause in causes:
            print(f"LỖI: {type(cause).__name__}: {str(cause)[-2000:]}", file=sys.stderr)
        return 1
    total = sum(count for count, _ in results)
    cpu = sum(seconds for _, seconds in results)
    wall = time.perf_counter() - began
    print(
        f"Tổng: {total} trường hợp, không có traceback; {wall:.0f} s ({jobs} tiến trình), "
        f"{cpu / total * 1000:.1f} ms mỗi trường hợp"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
