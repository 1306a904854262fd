"""The benchmark corpus generator (``benchmarks/generate.py``) writes valid, deterministic corpora.

A small corpus (100 kB of plans) is generated and checked with raquan's own checks: no error at
all, warnings rare, and the counts the benchmark relies on.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from raquan.check import run as check
from raquan.models.plan import Plan
from raquan.read.loader import load_file
from support.plans import ROOT

SIZE = 100_000


@pytest.fixture(scope="module")
def generate() -> Iterator[ModuleType]:
    """The generator's ``corpus`` module, imported from ``benchmarks/`` as the script does."""
    folder = str(ROOT / "benchmarks")
    sys.path.insert(0, folder)
    try:
        yield importlib.import_module("generator.corpus")
    finally:
        sys.path.remove(folder)


@pytest.fixture(scope="module")
def corpus(generate: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate.generate_corpus(out, SIZE, 1)


def _contents(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "manifest.json"  # the manifest names the folder
    }


def test_corpus_has_no_errors(corpus: tuple[Path, Any]) -> None:
    out, stats = corpus
    result = check.run([out / "plans", out / "reports"])
    problems = [f"{d.source.display}: {d.code} {d.message}" for d in result.diagnostics]
    assert result.errors == 0, problems[:10]
    assert result.warnings <= stats.duties // 100, problems[:10]
    assert len(result.files) == stats.plan_files + 1 + stats.report_files


def test_counts_match_the_files(corpus: tuple[Path, Any]) -> None:
    out, stats = corpus
    plans = sorted(p for p in (out / "plans").glob("*.yaml") if p.name != "units.yaml")
    assert len(plans) == stats.plan_files == SIZE // 20_000
    assert sum(p.stat().st_size for p in plans) == stats.plan_bytes >= SIZE
    duties = 0
    for path in plans:
        plan = load_file(path).model
        assert isinstance(plan, Plan)
        duties += sum(1 for _ in plan.duties())
    assert duties == stats.duties
    assert stats.duties >= 90 * stats.plan_files  # 1 MB: >= 50 files and >= 5,000 duties
    assert len(list((out / "reports").rglob("*.yaml"))) == stats.report_files > 0
    assert stats.due_unit


def test_same_seed_same_bytes(generate: ModuleType, tmp_path: Path) -> None:
    generate.generate_corpus(tmp_path / "a", SIZE // 2, 7)
    generate.generate_corpus(tmp_path / "b", SIZE // 2, 7)
    generate.generate_corpus(tmp_path / "c", SIZE // 2, 8)
    a, b, c = (_contents(tmp_path / name) for name in "abc")
    assert a == b
    assert a != c


@pytest.mark.parametrize(
    ("text", "size"),
    [("1MB", 1_000_000), ("10MB", 10_000_000), ("250kB", 250_000), ("2MiB", 2 * 1024**2)],
)
def test_sizes(generate: ModuleType, text: str, size: int) -> None:
    assert generate.parse_size(text) == size
    assert generate.parse_size(str(size)) == size
