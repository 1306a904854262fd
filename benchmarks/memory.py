"""Peak memory of ``raquan check`` on hostile and large result files, beside its peers.

    python benchmarks/memory.py [--counts 10,100,400] [--json OUT] [--raquan-only]

Every command runs in its own subprocess; its peak resident memory (max RSS) comes from
``os.wait4``. The files are written to a temporary folder:

* the worst result files of 5 MiB: a flat list and a list nested 62 levels deep, each in two
  sizes: one that raquan accepts (just under its limits: 262,144 values, 20,000 items in one
  list) and one far beyond them (2 to 2.5 million values, as in issue 11), which raquan must
  refuse early with RQ010;
* a folder with the bundled plan and many result files (``--counts``) of about 40 kB each
  (``--works``, default 400 works), so that the peak of ``check`` can be compared as their
  number grows.

Peers, measured in the same run on the same files: a bare load of the YAML with ruamel.yaml's
C parser (the least any YAML tool must do), and ``check-jsonschema`` with the schema that
``raquan schema report`` writes. Targets (issue 11): peak RSS <= 30 times the file size for any
file raquan accepts; the peak of ``check`` on a folder of result files does not grow with
their number. Prints a Markdown table; exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from launch import launch

ROOT = Path(__file__).resolve().parent.parent
RAQUAN = str(Path(sys.executable).with_name("raquan"))
CHECK_JSONSCHEMA = str(Path(sys.executable).with_name("check-jsonschema"))
PLANS = ROOT / "plans"
MIB = 1024 * 1024

HEAD = """\
raquan: 1
kind: report
plan: ke-hoach-ra-quan-2023
duty: bao-cao-tong-hop-xa-phuong
unit: xã Đoàn Kết
type: tổng hợp
submitted: 2023-03-28
"""

BARE_LOAD = """\
import sys
from pathlib import Path
from ruamel.yaml import YAML

yaml = YAML(typ="safe", pure=False)
for name in sys.argv[1:]:
    target = Path(name)
    for path in sorted(target.rglob("*.yaml")) if target.is_dir() else [target]:
        yaml.load(path.read_text(encoding="utf-8"))
"""


@dataclass(slots=True)
class Measure:
    """One command's run."""

    label: str
    tool: str
    size: int
    peak_kib: int
    seconds: float
    exit_code: int
    output: str


def run(label: str, tool: str, size: int, command: list[str]) -> Measure:
    with tempfile.TemporaryFile() as out:
        executable = shutil.which(command[0]) or command[0]
        seconds, peak_kib, code = launch([executable, *command[1:]], stdout=out, stderr=out)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return Measure(label, tool, size, peak_kib, seconds, code, text[-2000:])


def flat(count: int) -> str:
    """A result file whose ``works`` key holds a flat list of ``count`` numbers, written as
    densely as YAML allows (two bytes each)."""
    return HEAD + "works: [" + ",".join(["1"] * count) + "]\n"


def flat_lists(lists: int, count: int, width: int) -> str:
    """``lists`` unknown keys, each a flat list of ``count`` strings (many values, each list
    within the per-list limit)."""
    item = "x" * width
    body = "".join(f"k{n}: [{', '.join([item] * count)}]\n" for n in range(lists))
    return HEAD + body


def nested(depth: int, leaves: int, width: int) -> str:
    """``works`` as a list nested ``depth`` levels deep, the innermost holding ``leaves``
    strings, every level also holding a few strings of its own."""
    item = "x" * width
    inner = "[" + ",".join([item] * leaves) + "]"
    for _ in range(depth):
        inner = f"[{item},{inner},{item}]"
    return HEAD + "works: " + inner + "\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def report_with_works(number: int, works: int) -> str:
    lines = [
        HEAD.replace("unit: xã Đoàn Kết", f"unit: xã Đoàn Kết\nnumber: {number}/BC-UBND"),
        "participants: 1250\nworkdays: 2100\nworks:\n",
    ]
    lines.extend(
        f"  - {{name: Bê tông hóa đường thôn {n} đoạn số {number}, quantity: {n}.5, "
        f"measure: m, place: Thôn {n}}}\n"
        for n in range(works)
    )
    return "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", default="10,100,400")
    parser.add_argument("--works", type=int, default=400)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--raquan-only",
        action="store_true",
        help="skip the peers (their runs on the refused files take half an hour)",
    )
    options = parser.parse_args()
    counts = [int(part) for part in options.counts.split(",")]
    measures: list[Measure] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="raquan-memory-") as scratch:
        folder = Path(scratch)
        schema = folder / "report.schema.json"
        subprocess.run([RAQUAN, "schema", "report", "-o", str(schema)], check=True)
        files = {
            # Accepted: just under the limits (262,144 values; 20,000 items in a list).
            "phẳng, nhận (13 danh sách × 19.000)": write(
                folder, "flat-accepted.yaml", flat_lists(13, 19_000, 18)
            ),
            "lồng 62 cấp, nhận": write(folder, "nested-accepted.yaml", nested(62, 19_000, 250)),
            # Refused: the files of issue 11.
            "phẳng 2 triệu phần tử, từ chối": write(folder, "flat-refused.yaml", flat(2_000_000)),
            "lồng 62 cấp 2,5 triệu phần tử, từ chối": write(
                folder, "nested-refused.yaml", nested(62, 2_500_000, 1)
            ),
        }
        for label, path in files.items():
            size = path.stat().st_size
            for tool, command in (
                ("raquan check", [RAQUAN, "check", "--format", "concise", str(path)]),
                ("ruamel.yaml (chỉ đọc)", [sys.executable, "-c", BARE_LOAD, str(path)]),
                (
                    "check-jsonschema",
                    [CHECK_JSONSCHEMA, "--schemafile", str(schema), str(path)],
                ),
            ):
                if tool == "raquan check" or not options.raquan_only:
                    measures.append(run(label, tool, size, command))
            ours = next(m for m in reversed(measures) if m.tool == "raquan check")
            if "nhận" in label and ours.peak_kib * 1024 > 30 * size:
                failures.append(f"{label}: {ours.peak_kib // 1024} MiB > 30 × kích thước")
            if "từ chối" in label and "RQ010" not in ours.output:
                failures.append(f"{label}: không bị từ chối bằng RQ010")
        peaks: list[int] = []
        for count in counts:
            corpus = folder / f"corpus-{count}"
            corpus.mkdir()
            shutil.copy(PLANS / "units.yaml", corpus)
            shutil.copy(PLANS / "ke-hoach-ra-quan-2023.yaml", corpus)
            reports = corpus / "reports"
            reports.mkdir()
            for number in range(count):
                write(
                    reports, f"bao-cao-{number:04d}.yaml", report_with_works(number, options.works)
                )
            size = sum(p.stat().st_size for p in reports.iterdir())
            label = f"{count} tệp kết quả ({size / MIB:.0f} MiB)"
            ours = run(label, "raquan check", size, [RAQUAN, "check", "--jobs", "1", str(corpus)])
            measures.append(ours)
            peaks.append(ours.peak_kib)
            if not options.raquan_only:
                measures.append(
                    run(
                        label,
                        "ruamel.yaml (chỉ đọc)",
                        size,
                        [sys.executable, "-c", BARE_LOAD, str(reports)],
                    )
                )
            shutil.rmtree(reports)
        if len(peaks) > 1 and peaks[-1] > 1.25 * peaks[0] + 8 * 1024:
            failures.append(
                f"bộ nhớ của check tăng theo số tệp kết quả: {peaks[0] // 1024} MiB → "
                f"{peaks[-1] // 1024} MiB"
            )
    print("| Tệp | Công cụ | Kích thước | Bộ nhớ tối đa | Tỉ lệ | Thời gian | Mã thoát |")
    print("|---|---|--:|--:|--:|--:|--:|")
    for m in measures:
        print(
            f"| {m.label} | {m.tool} | {m.size / MIB:.1f} MiB | {m.peak_kib / 1024:.0f} MiB | "
            f"{m.peak_kib * 1024 / m.size:.1f} | {m.seconds:.2f} s | {m.exit_code} |"
        )
    for failure in failures:
        print(f"KHÔNG ĐẠT: {failure}")
    if options.json is not None:
        options.json.write_text(json.dumps([asdict(m) for m in measures], ensure_ascii=False))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
