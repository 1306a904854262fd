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
            deadline=datetime.timedelta(seconds=10),
            suppress_health_check=list(HealthCheck),
            database=None,
        )(given(test_fuzz.mutated(original))(case))
    )
    began = time.perf_counter()
    runner()
    elapsed = time.perf_counter() - began
    print(f"{name}: {count} trường hợp, {elapsed:.0f} s, không có lỗi", flush=True)
    return count, elapsed


def job(cases: int, start: int) -> tuple[int, float]:
    """One process's share: half plans, half result files."""
    half = cases // 2
    plans = run("kế hoạch", test_fuzz.PLAN_TEXT, "plan", half, start)
    reports = run("báo cáo", test_fuzz.REPORT_TEXT, "report", cases - half, start + 1)
    return plans[0] + reports[0], plans[1] + reports[1]


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
        print(f"LỖI: {type(error).__name__}: {error}", file=sys.stderr)
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
