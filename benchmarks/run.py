"""raquan's benchmarks: raquan and its peers measured side by side, in one run.

``python benchmarks/run.py [--runs 5] [--quick] [--json OUT]`` generates (or reuses) the
synthetic corpora of ``benchmarks/generate.py`` in ``benchmarks/corpus/`` (git-ignored), runs
every command once to warm up, then ``--runs`` times, round robin (one run of each command in
turn, so that a change in the machine's load affects all of them alike), and prints the machine
and a Markdown table of medians:

* check, bundled plan: ``raquan check plans/ke-hoach-ra-quan-2023.yaml`` against
  ``check-jsonschema`` with the schema that ``raquan schema plan`` writes;
* check, 1 MB: ``raquan check`` on the 1 MB corpus against ``check-jsonschema`` on its plan
  files, and against a bare load of the same files with ruamel.yaml's C parser;
* due: ``raquan due --unit X --format json`` on the 1 MB corpus against the same bare load;
* render: ``raquan render plan`` (bundled plan) against ``pandoc`` turning the reference
  Markdown into a .docx;
* import: ``raquan import`` of the bundled plan rendered to .docx (read, extracted, written as
  YAML and checked) against ``pandoc -f docx -t markdown`` of the same file;
* scaling: ``raquan check`` on the 10 MB corpus against the same on the 1 MB corpus;
* memory: the peak resident memory of ``raquan check`` on the 1 MB corpus.

``--only render`` measures the render pair alone (no corpora are generated): a quick look at
the one figure that depends on neither corpus.

Every command is a subprocess of this interpreter's environment (``raquan`` and
``check-jsonschema`` next to ``sys.executable``); its wall time is ``time.perf_counter`` around
it, its peak memory comes from ``os.wait4``, both taken by the small launcher of
``launch.py`` (a child forked straight from this runner would report the runner's own
peak). Exit codes and outputs are checked: a run that fails, or that does not do the work it
should, stops the benchmark.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from launch import launch

from generator.digest import generator_digest

ROOT = Path(__file__).resolve().parent.parent
RAQUAN = str(Path(sys.executable).with_name("raquan"))
CHECK_JSONSCHEMA = str(Path(sys.executable).with_name("check-jsonschema"))
BUNDLED_PLAN = ROOT / "plans" / "ke-hoach-ra-quan-2023.yaml"
REFERENCE_MD = ROOT / "tests" / "fixtures" / "reference" / "ke-hoach-ra-quan-2023-kon-tum.md"
CORPUS_DIR = ROOT / "benchmarks" / "corpus"
GENERATOR = ROOT / "benchmarks" / "generate.py"
SMALL = 1_000_000
LARGE = 10_000_000
"""Sizes of the two corpora: 1 MB and 10 MB of plan files (as ``generate.py --size``)."""

BARE_LOAD = """\
import sys
from pathlib import Path
from ruamel.yaml import YAML

yaml = YAML(typ="safe", pure=False)
count = 0
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"))
    count += 1
parser = type(yaml.parser)
print(count, f"{parser.__module__}.{parser.__qualname__}")
"""
"""Load every YAML file of a folder with ruamel.yaml's C-accelerated safe loader; print the
number of files and the class of the parser that did it (``...CParser`` when the C extension of
``ruamel.yaml.clib`` was used)."""


class BenchmarkError(RuntimeError):
    """A run failed, or did not do what the measure needs: the figures would be wrong."""


@dataclass(slots=True)
class Run:
    """One run of a command."""

    seconds: float
    max_rss_kib: int
    returncode: int
    stdout: str
    stderr: str


def run_once(argv: Sequence[str], cwd: Path) -> Run:
    """Run ``argv``, output captured in files (no pipe to drain), timed, its peak memory read."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        program = shutil.which(argv[0]) or argv[0]
        seconds, peak_kib, returncode = launch(
            [program, *argv[1:]], cwd=cwd, stdout=out, stderr=err
        )
        out.seek(0)
        err.seek(0)
        return Run(
            seconds,
            peak_kib,
            returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


@dataclass(slots=True)
class Command:
    """A command to measure: how to run it, and how to tell that a run did its work."""

    key: str
    argv: list[str]
    validate: Callable[[Run], str]
    """Raises ``BenchmarkError`` on a bad run; returns a short note about a good one."""
    prepare: Callable[[], None] | None = None
    """Called before each run, outside the timing (to remove the previous output)."""
    runs: list[Run] = field(default_factory=list)
    note: str = ""

    def once(self, cwd: Path) -> Run:
        if self.prepare is not None:
            self.prepare()
        run = run_once(self.argv, cwd)
        try:
            self.note = self.validate(run)
        except BenchmarkError as error:
            shown = " ".join(self.argv)
            output = (run.stdout[-1500:] + "\n" + run.stderr[-1500:]).strip()
            raise BenchmarkError(
                f"{self.key}: {error}\n  command: {shown}\n  exit code: {run.returncode}\n"
                f"  output (end):\n{output}"
            ) from None
        return run

    @property
    def median(self) -> float:
        return statistics.median(run.seconds for run in self.runs)

    @property
    def peak_mib(self) -> float:
        return max(run.max_rss_kib for run in self.runs) / 1024


# --------------------------------------------------------------------------------------------
# What a good run looks like.
# --------------------------------------------------------------------------------------------


def _exit_zero(run: Run) -> None:
    if run.returncode != 0:
        raise BenchmarkError(f"exit code {run.returncode}, expected 0")


def raquan_check_ok(run: Run) -> str:
    """``raquan check`` found no error (exit 0; warnings are allowed)."""
    _exit_zero(run)
    return (run.stdout.strip().splitlines() or [""])[-1]


def schema_ok(run: Run) -> str:
    _exit_zero(run)
    if "ok -- validation done" not in run.stdout:
        raise BenchmarkError("check-jsonschema did not report 'ok -- validation done'")
    return "ok -- validation done"


def bare_load_ok(expected_files: int) -> Callable[[Run], str]:
    def validate(run: Run) -> str:
        _exit_zero(run)
        parts = run.stdout.split()
        if len(parts) != 2 or parts[0] != str(expected_files):
            raise BenchmarkError(f"expected '{expected_files} <parser>', got {run.stdout!r}")
        if not parts[1].endswith("CParser") or "_ruamel_yaml" not in parts[1]:
            raise BenchmarkError(f"the C parser of ruamel.yaml.clib was not used: {parts[1]}")
        return f"{parts[0]} files, parser {parts[1]}"

    return validate


def due_ok(run: Run) -> str:
    _exit_zero(run)
    try:
        items = json.loads(run.stdout)
    except json.JSONDecodeError as error:
        raise BenchmarkError(f"output is not JSON: {error}") from None
    if not isinstance(items, list) or not items:
        raise BenchmarkError("the agenda is empty: the unit has no duties in this corpus")
    via_group = sum(1 for item in items if item.get("via"))
    return f"{len(items)} agenda items, {via_group} through a group"


def status_ok(run: Run) -> str:
    """``raquan status --format json``: exit 0, and matrices with cells."""
    _exit_zero(run)
    try:
        matrices = json.loads(run.stdout)
    except json.JSONDecodeError as error:
        raise BenchmarkError(f"output is not JSON: {error}") from None
    cells = sum(len(unit["cells"]) for matrix in matrices for unit in matrix["units"])
    if not cells:
        raise BenchmarkError("the follow-up matrix is empty")
    done = sum(
        1
        for matrix in matrices
        for unit in matrix["units"]
        for cell in unit["cells"].values()
        if cell["completed"]
    )
    return f"{len(matrices)} plans, {cells} cells, {done} done by result files"


def file_written(path: Path, magic: bytes = b"PK") -> Callable[[Run], str]:
    def validate(run: Run) -> str:
        _exit_zero(run)
        if not path.is_file() or not path.read_bytes().startswith(magic):
            raise BenchmarkError(f"{path} was not written (or is not a .docx)")
        return f"{path.name}: {path.stat().st_size:,} bytes"

    return validate


def remover(path: Path) -> Callable[[], None]:
    def remove() -> None:
        path.unlink(missing_ok=True)

    return remove


# --------------------------------------------------------------------------------------------
# Corpora, machine.
# --------------------------------------------------------------------------------------------


def corpus(size: int, seed: int, folder: Path, regenerate: bool) -> dict[str, Any]:
    """The manifest of a corpus of ``size`` bytes in ``folder``, generated when missing/stale.

    ``generate.py`` runs as a subprocess, and the generator's digest is read from its files
    (``generator.digest`` imports nothing of raquan): this process stays small, which matters
    for the memory figures (on Linux a child's peak memory is never reported lower than its
    parent's when it was started).
    """
    manifest_path = folder / "manifest.json"
    digest = generator_digest()
    if manifest_path.exists() and not regenerate:
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
        fresh = manifest.get("generator") == digest
        if fresh and manifest.get("target_bytes") == size and manifest.get("seed") == seed:
            return manifest
    started = time.perf_counter()
    argv = [sys.executable, str(GENERATOR), str(folder), "--size", str(size), "--seed", str(seed)]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchmarkError(f"generate.py failed:\n{done.stdout}{done.stderr}")
    print(
        f"generated in {time.perf_counter() - started:.1f} s: {done.stdout.strip()}",
        file=sys.stderr,
    )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    if manifest.get("generator") != digest:
        raise BenchmarkError(f"{manifest_path} was not written by {GENERATOR}")
    return manifest


def _version(argv: Sequence[str]) -> str:
    try:
        done = subprocess.run(list(argv), capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        return f"unavailable ({error})"
    return (done.stdout.strip() or done.stderr.strip()).splitlines()[0]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, str]:
    def dist(name: str) -> str:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return "not installed"

    return {
        "cpu": f"{os.cpu_count()} × {_cpu_model()}",
        "system": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()} "
        f"({sys.executable})",
        "raquan": _version([RAQUAN, "--version"]),
        "check-jsonschema": _version([CHECK_JSONSCHEMA, "--version"]),
        "pandoc": _version(["pandoc", "--version"]),
        "ruamel.yaml": f"{dist('ruamel.yaml')}, ruamel.yaml.clib {dist('ruamel.yaml.clib')}",
    }


# --------------------------------------------------------------------------------------------
# The run.
# --------------------------------------------------------------------------------------------


def commands(work: Path, small: dict[str, Any], large: dict[str, Any]) -> dict[str, Command]:
    """Every command of the benchmark, by key."""
    schema = work / "plan.schema.json"
    with schema.open("w", encoding="utf-8") as handle:
        subprocess.run([RAQUAN, "schema", "plan"], stdout=handle, check=True, cwd=ROOT)
    small_plans = Path(small["folder"]) / "plans"
    large_plans = Path(large["folder"]) / "plans"
    large_reports = Path(large["folder"]) / "reports"
    plan_files = sorted(str(p) for p in small_plans.glob("*.yaml") if p.name != "units.yaml")
    yaml_files = len(list(small_plans.rglob("*.yaml")))
    listed = [*_import_commands(work)]
    listed += [
        Command("check-bundled", [RAQUAN, "check", str(BUNDLED_PLAN)], raquan_check_ok),
        Command(
            "schema-bundled",
            [CHECK_JSONSCHEMA, "--schemafile", str(schema), str(BUNDLED_PLAN)],
            schema_ok,
        ),
        Command("check-1mb", [RAQUAN, "check", str(small_plans)], raquan_check_ok),
        Command(
            "schema-1mb", [CHECK_JSONSCHEMA, "--schemafile", str(schema), *plan_files], schema_ok
        ),
        Command(
            "load-1mb",
            [sys.executable, "-c", BARE_LOAD, str(small_plans)],
            bare_load_ok(yaml_files),
        ),
        Command(
            "due-1mb",
            [
                RAQUAN,
                "due",
                str(small_plans),
                "--unit",
                small["due_unit"],
                "--format",
                "json",
                "--today",
                small["due_today"],
            ],
            due_ok,
        ),
        *render_commands(work).values(),
        Command("check-10mb", [RAQUAN, "check", str(large_plans)], raquan_check_ok),
        Command(
            "check-10mb-results",
            [RAQUAN, "check", str(large_plans), str(large_reports)],
            raquan_check_ok,
        ),
        Command(
            "status-10mb",
            [RAQUAN, "status", str(large_plans), str(large_reports), "--format", "json"],
            status_ok,
        ),
    ]
    return {command.key: command for command in listed}


def render_commands(work: Path) -> dict[str, Command]:
    """``raquan render plan`` on the bundled plan and ``pandoc`` on the reference text."""
    docx = work / "ke-hoach-ra-quan-2023.docx"
    pandoc_docx = work / "reference.docx"
    listed = [
        Command(
            "render-bundled",
            [RAQUAN, "render", "plan", str(BUNDLED_PLAN), "-o", str(docx)],
            file_written(docx),
            prepare=remover(docx),
        ),
        Command(
            "pandoc-reference",
            ["pandoc", str(REFERENCE_MD), "-o", str(pandoc_docx)],
            file_written(pandoc_docx),
            prepare=remover(pandoc_docx),
        ),
    ]
    return {command.key: command for command in listed}


def _import_commands(work: Path) -> list[Command]:
    """``raquan import`` of the rendered bundled plan, and ``pandoc`` reading the same .docx."""
    rendered = work / "ban-in.docx"
    subprocess.run(
        [RAQUAN, "render", "plan", str(BUNDLED_PLAN), "-o", str(rendered)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    imported = work / "nhap.yaml"
    markdown = work / "pandoc.md"
    return [
        Command(
            "import-rendered",
            [
                RAQUAN,
                "import",
                str(rendered),
                "-o",
                str(imported),
                "--units",
                str(BUNDLED_PLAN.parent / "units.yaml"),
            ],
            file_written(imported, b"# "),
            prepare=remover(imported),
        ),
        Command(
            "pandoc-docx-markdown",
            ["pandoc", "-f", "docx", "-t", "markdown", str(rendered), "-o", str(markdown)],
            file_written(markdown, b""),
            prepare=remover(markdown),
        ),
    ]


def measure(all_commands: dict[str, Command], runs: int) -> None:
    """Warm every command up once, then run them all ``runs`` times, round robin."""
    for command in all_commands.values():
        print(f"warm-up: {command.key}", file=sys.stderr)
        command.once(ROOT)
    for n in range(runs):
        print(f"run {n + 1}/{runs}", file=sys.stderr)
        for command in all_commands.values():
            command.runs.append(command.once(ROOT))


@dataclass(slots=True)
class Row:
    """One line of the table."""

    measure: str
    raquan: str
    peer: str
    ratio: float
    target: float
    unit: str = ""

    @property
    def met(self) -> bool:
        return self.ratio <= self.target

    def markdown(self) -> str:
        target = f"≤ {self.target:g}{self.unit}"
        ratio = f"{self.ratio:.1f}{self.unit}" if self.unit else f"{self.ratio:.2f}"
        met = "yes" if self.met else "**no**"
        return f"| {self.measure} | {self.raquan} | {self.peer} | {ratio} | {target} | {met} |"


def _s(seconds: float) -> str:
    return f"{seconds:.3f} s"


RENDER_ROW = "`raquan render plan` bundled plan / `pandoc` reference .md to .docx"


def render_rows(c: dict[str, Command]) -> list[Row]:
    """The render pair alone (``--only render``)."""
    a, b = c["render-bundled"].median, c["pandoc-reference"].median
    return [Row(RENDER_ROW, _s(a), _s(b), a / b, 4.0)]


def rows(c: dict[str, Command], small: dict[str, Any]) -> list[Row]:
    def pair(name: str, ours: str, peer: str, target: float) -> Row:
        a, b = c[ours].median, c[peer].median
        return Row(name, _s(a), _s(b), a / b, target)

    unit = small["due_unit"]
    return [
        pair(
            "`raquan check` bundled plan / `check-jsonschema` (plan schema)",
            "check-bundled",
            "schema-bundled",
            0.8,
        ),
        pair(
            "`raquan check` 1 MB corpus / `check-jsonschema` same plan files",
            "check-1mb",
            "schema-1mb",
            1.0,
        ),
        pair(
            "`raquan check` 1 MB corpus / bare C YAML load of the same files",
            "check-1mb",
            "load-1mb",
            1.5,
        ),
        pair(
            f"`raquan due --unit '{unit}' --format json` 1 MB / bare C YAML load",
            "due-1mb",
            "load-1mb",
            1.5,
        ),
        *render_rows(c),
        pair(
            "`raquan import` rendered bundled plan / `pandoc -f docx -t markdown` same file",
            "import-rendered",
            "pandoc-docx-markdown",
            3.0,
        ),
        pair(
            "`raquan check` 10 MB corpus / 1 MB corpus (linear: 10)",
            "check-10mb",
            "check-1mb",
            11.0,
        ),
        pair(
            "`raquan status` 10 MB corpus with its result files / `raquan check` same files",
            "status-10mb",
            "check-10mb-results",
            1.5,
        ),
        Row(
            "peak memory (max RSS) of `raquan check` 1 MB corpus",
            f"{c['check-1mb'].peak_mib:.1f} MiB",
            "—",
            c["check-1mb"].peak_mib,
            150.0,
            " MiB",
        ),
    ]


def report(
    info: dict[str, str],
    manifests: dict[str, dict[str, Any]],
    c: dict[str, Command],
    table: list[Row],
    runs: int,
) -> str:
    lines = ["## Machine", ""]
    lines += [f"- {key}: {value}" for key, value in info.items()]
    lines += ["", "## Corpora", ""] if manifests else []
    for name, m in manifests.items():
        lines.append(
            f"- {name}: {m['plan_files']} plan files, {m['duties']:,} duties, "
            f"{m['plan_bytes']:,} bytes of plans (+ units.yaml: {m['units']} units, "
            f"{m['groups']} groups, {m['registry_bytes']:,} bytes), seed {m['seed']}, in "
            f"`{m['folder']}`"
        )
    lines += [
        "",
        f"## Results (median of {runs} runs after one warm-up run; memory: highest of the runs)",
        "",
        "| measure | raquan | peer | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    lines += [row.markdown() for row in table]
    lines += ["", "Notes:"]
    lines += [f"- {command.key}: {command.note}" for command in c.values()]
    return "\n".join(lines)


def raw(
    info: dict[str, str],
    manifests: dict[str, dict[str, Any]],
    c: dict[str, Command],
    table: list[Row],
    runs: int,
) -> dict[str, Any]:
    return {
        "machine": info,
        "corpora": manifests,
        "runs": runs,
        "commands": {
            key: {
                "argv": command.argv
                if key != "schema-1mb"
                else [*command.argv[:3], "<plan files>"],
                "seconds": [run.seconds for run in command.runs],
                "max_rss_kib": [run.max_rss_kib for run in command.runs],
                "median_seconds": command.median,
                "note": command.note,
            }
            for key, command in c.items()
        },
        "rows": [{**asdict(row), "met": row.met} for row in table],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--runs", type=int, default=5, help="measured runs of each command (default 5)"
    )
    parser.add_argument("--quick", action="store_true", help="2 runs instead of --runs")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the raw timings to OUT")
    parser.add_argument("--seed", type=int, default=1, help="seed of the corpora (default 1)")
    parser.add_argument(
        "--corpus-dir", type=Path, default=CORPUS_DIR, help="where the corpora are kept"
    )
    parser.add_argument("--regenerate", action="store_true", help="write the corpora again")
    parser.add_argument(
        "--only",
        choices=["render"],
        help="measure only this pair (render: raquan render plan against pandoc, no corpora)",
    )
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs
    if runs < 1:
        parser.error("--runs must be at least 1")
    try:
        sizes = () if args.only else (("1 MB", SMALL, "1MB"), ("10 MB", LARGE, "10MB"))
        manifests = {
            name: corpus(
                size, args.seed, args.corpus_dir / f"{tag}-seed{args.seed}", args.regenerate
            )
            for name, size, tag in sizes
        }
        info = machine()
        with tempfile.TemporaryDirectory(prefix="raquan-bench-") as temporary:
            if args.only:
                all_commands = render_commands(Path(temporary))
            else:
                all_commands = commands(Path(temporary), manifests["1 MB"], manifests["10 MB"])
            own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            info["runner peak memory"] = (
                f"{own:.1f} MiB (commands run from launch.py's small launcher: this does not "
                "bound their figures)"
            )
            measure(all_commands, runs)
    except BenchmarkError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 2
    table = render_rows(all_commands) if args.only else rows(all_commands, manifests["1 MB"])
    print(report(info, manifests, all_commands, table, runs))
    if args.json is not None:
        data = raw(info, manifests, all_commands, table, runs)
        args.json.write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print(f"\nraw timings: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
