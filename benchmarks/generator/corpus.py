"""The corpus: the registry, the plans and the result files written to a folder, the
manifest, and the command line of ``benchmarks/generate.py``."""

from __future__ import annotations

import argparse
import datetime
import json
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from random import Random

from generator.digest import generator_digest
from generator.plans import BuiltPlan, PlanBuilder, span
from generator.province import LOCAL_DAY_OFF, District, Province, make_province
from generator.results import report_data
from generator.themes import THEMES, Theme
from generator.words import slug
from generator.yaml_emitter import to_yaml
from raquan.domain.dates.workdays import WorkCalendar

FILE_BUDGET = 20_000
"""Bytes of YAML per plan file: the corpus has ``size // FILE_BUDGET`` plan files."""

REPORT_SHARE = 0.3
"""Share of the units given a report duty that send a result file for it."""

DESCRIPTION = (
    "Realistic synthetic corpora for raquan's benchmarks: a province, its plans, and result files."
)


@dataclass(slots=True)
class CorpusStats:
    """What was written."""

    folder: str
    seed: int
    target_bytes: int
    plan_files: int = 0
    duties: int = 0
    plan_bytes: int = 0
    units: int = 0
    groups: int = 0
    registry_bytes: int = 0
    report_files: int = 0
    report_bytes: int = 0
    due_unit: str = ""
    due_today: str = ""
    generator: str = ""
    by_district: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"{self.plan_files} plan files, {self.duties} duties, {self.plan_bytes:,} bytes of "
            f"plans; registry: {self.units} units, {self.groups} groups ({self.registry_bytes:,} "
            f"bytes); {self.report_files} result files ({self.report_bytes:,} bytes)"
        )


def parse_size(text: str) -> int:
    """``1MB`` (10^6 bytes), ``10MB``, ``100kB``, ``2MiB`` or a number of bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]i?[bB]?|[bB])?\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 1MB, 10MB, 250kB, 123456)")
    number = float(match.group(1))
    unit = (match.group(2) or "").lower().rstrip("b")
    factor = {"": 1, "k": 1000, "m": 1000**2, "ki": 1024, "mi": 1024**2}[unit]
    return max(1, int(number * factor))


def _write(path: Path, text: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode()
    path.write_bytes(data)
    return len(data)


def _prepare(out: Path) -> None:
    """Make ``out`` ready: a new or empty folder, or a corpus written before (replaced)."""
    if out.exists() and any(out.iterdir()) and not (out / "manifest.json").exists():
        raise SystemExit(f"{out} is not empty and holds no generated corpus; not touching it.")
    for name in ("plans", "reports"):
        if (out / name).exists():
            shutil.rmtree(out / name)
    out.mkdir(parents=True, exist_ok=True)


def _plan_specs(
    rng: Random, province: Province, count: int
) -> Iterable[tuple[District, Theme, int, str]]:
    used: Counter[str] = Counter()
    for n in range(count):
        district = province.districts[n % len(province.districts)]
        theme = rng.choice(THEMES)
        year = rng.choice([2023, 2024, 2025, 2026])
        base = f"{theme.slug}-{year}-{slug(district.name)}"
        used[base] += 1
        yield district, theme, year, base if used[base] == 1 else f"{base}-{used[base]}"


def generate_corpus(out: Path, size: int, seed: int = 1) -> CorpusStats:
    """Write a corpus whose plan files total at least ``size`` bytes; return its counts."""
    rng = Random(seed)
    _prepare(out)
    province = make_province(rng)
    month, day = LOCAL_DAY_OFF
    stats = CorpusStats(str(out), seed, size, generator=generator_digest())
    registry = province.data()
    stats.units, stats.groups = len(province.units), len(province.groups)
    stats.registry_bytes = _write(
        out / "plans" / "units.yaml",
        to_yaml(
            registry, [f"Danh mục đơn vị tỉnh {province.name}: dữ liệu tổng hợp, không có thật."]
        ),
    )
    count = max(1, size // FILE_BUDGET)
    plans: list[BuiltPlan] = []
    for n, (district, theme, year, plan_id) in enumerate(_plan_specs(rng, province, count)):
        days_off = {datetime.date(year, month, day): "Ngày giải phóng tỉnh"}
        calendar = WorkCalendar(extra_days_off=days_off)
        budget = (size - stats.plan_bytes) // (count - n)
        plan = PlanBuilder(rng, province, district, theme, year, calendar, plan_id).build(budget)
        stats.plan_bytes += _write(out / "plans" / f"{plan.id}.yaml", plan.text)
        stats.plan_files += 1
        stats.duties += plan.duties
        stats.by_district[district.label] = stats.by_district.get(district.label, 0) + 1
        plans.append(plan)
    for plan in plans:
        for duty in plan.reports:
            for unit in duty.units:
                if rng.random() < REPORT_SHARE:
                    data = report_data(rng, plan, duty, unit)
                    path = out / "reports" / plan.id / f"{unit.id}--{duty.duty}.yaml"
                    stats.report_bytes += _write(
                        path, to_yaml(data, ["Báo cáo kết quả: dữ liệu tổng hợp."])
                    )
                    stats.report_files += 1
    first = plans[0]
    due = next(u for u in first.district.communes if u.kind == "xã")
    stats.due_unit = due.name.removeprefix("Ủy ban nhân dân ")
    stats.due_today = (first.issued + span(20)).isoformat()
    manifest = json.dumps(asdict(stats), ensure_ascii=False, indent=2)
    (out / "manifest.json").write_text(manifest + "\n", encoding="utf-8")
    return stats


def check_corpus(out: Path) -> tuple[int, int, Counter[str]]:
    """Errors, warnings, and the count of each code, of ``raquan check`` on the whole corpus."""
    from raquan.check import run as check

    paths = [out / "plans"] + ([out / "reports"] if (out / "reports").exists() else [])
    result = check.run(paths)
    return result.errors, result.warnings, Counter(d.code for d in result.diagnostics)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    parser.add_argument("out", type=Path, help="folder to write the corpus into")
    parser.add_argument(
        "--size",
        type=parse_size,
        default=parse_size("1MB"),
        help="total size of the plan files: 1MB, 10MB, 250kB or bytes (default 1MB)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--check", action="store_true", help="run raquan's checks on the corpus afterwards"
    )
    args = parser.parse_args(argv)
    stats = generate_corpus(args.out, args.size, args.seed)
    print(f"{args.out}: {stats.summary()}")
    if args.check:
        errors, warnings, codes = check_corpus(args.out)
        listed = ", ".join(f"{code} x{n}" for code, n in sorted(codes.items())) or "none"
        print(f"raquan check: {errors} errors, {warnings} warnings ({listed})")
        return 1 if errors else 0
    return 0
