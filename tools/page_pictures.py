"""The sample documents of the README: an issued plan with both appendices filled, the
summary of 21 communes' reports, and pictures of their pages.

``python tools/page_pictures.py --examples`` (re)writes ``examples/da-ban-hanh/``:

- ``plans/ke-hoach-ra-quan-2023.yaml``: the bundled plan as issued (number 15, dated
  12/01/2023: sample values) with both appendices filled: a registration row and an
  assignment row for each of the 21 communes and wards, and a row of a department;
- ``plans/units.yaml``: a copy of the bundled registry;
- ``bao-cao/<unit>.yaml``: a summary result file for 20 of the 21 communes and wards (two of
  them late, the last one missing, so that the summary names it).

``python tools/page_pictures.py [--out FOLDER]`` renders them with ``raquan render plan`` and
``raquan render report --kind summary`` (``--pdf``: LibreOffice) in a scratch folder and turns
chosen pages into PNG files with ``pdftoppm`` in ``docs/images/``:

- ``ke-hoach-trang-1.png``: page 1 of the plan;
- ``ke-hoach-phu-luc-1.png``, ``ke-hoach-phu-luc-2.png``: the first page of each appendix;
- ``bao-cao-tong-hop-trang-1.png``: page 1 of the summary;
- ``bao-cao-tong-hop-phu-luc.png``: the first page of its appendix (all 21 communes).

Every figure in these files is SAMPLE DATA (DỮ LIỆU MẪU), not the real figures of any unit.
``SOURCE_DATE_EPOCH`` is set, so the documents' properties do not depend on the day of the run.
Needs LibreOffice (``soffice``) and poppler (``pdftoppm``, ``pdftotext``).
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
PLANS = ROOT / "plans"
IMAGES = ROOT / "docs" / "images"
EXAMPLES = ROOT / "examples" / "da-ban-hanh"
PLAN = "ke-hoach-ra-quan-2023.yaml"
RESOLUTION = 70
EPOCH = "1680825600"  # 2023-04-07, the summary's date

WORKS = (
    ("Bê tông hóa đường giao thông nông thôn", "m"),
    ("Nạo vét kênh mương nội đồng", "m"),
    ("Trồng cây xanh ven đường liên thôn", "cây"),
    ("Phát dọn đường làng, ngõ xóm", "km"),
    ("Sửa chữa nhà văn hóa thôn", "công trình"),
    ("Xây dựng đường điện chiếu sáng", "m"),
    ("Vệ sinh môi trường khu dân cư", "m²"),
)
MEMBERS = (
    "chu-tich-ubnd-thanh-pho",
    "pho-chu-tich-ubnd-thanh-pho",
    "phong-kinh-te",
    "phong-quan-ly-do-thi",
    "van-phong-hdnd-ubnd",
    "trung-tam-vhttdl-tt",
)
"""The ids of the members who follow a commune in the assignment appendix."""


def amount(measure: str, rng: random.Random) -> float:
    """A plausible quantity of work in ``measure``."""
    if measure == "công trình":
        return rng.choice((1, 2))
    if measure == "km":
        return rng.randint(5, 60) / 10
    return rng.randint(3, 90) * 10


ISSUED = datetime.date(2023, 1, 12)
"""The sample date of issue of the plan: the communes are those of that day."""


def _in_force(unit: dict[str, Any], day: datetime.date) -> bool:
    began = (unit.get("began") or {}).get("date")
    ended = (unit.get("ended") or {}).get("date")
    return (began is None or began <= day) and (ended is None or day < ended)


def communes() -> list[dict[str, Any]]:
    """The communes and wards of the bundled registry in force when the plan was issued (the
    21 of 2023, not the 6 they were merged into in 2025), in its order."""
    data = YAML(typ="safe").load((PLANS / "units.yaml").read_text(encoding="utf-8"))
    return [
        unit
        for unit in data["units"]
        if unit.get("kind") in ("xã", "phường") and _in_force(unit, ISSUED)
    ]


def issued_plan(text: str, units: list[dict[str, Any]], rng: random.Random) -> str:
    """The bundled plan with a number, a full date and both appendices filled."""
    text = text.replace("  number:            # dự thảo: chưa lấy số\n", "  number: 15\n")
    text = text.replace("  date: 2023-01      # dự thảo: tháng 01 năm 2023, chưa ghi ngày\n",
                        "  date: 2023-01-12\n")  # fmt: skip
    head, _, _ = text.partition("attachments:\n")
    lines = [
        "attachments:",
        "  - id: bang-dang-ky",
        "    title: Bảng đăng ký nội dung, hoạt động ra quân đầu xuân Quý Mão",
        "    kind: đăng ký ra quân",
        "    registrations:",
    ]
    for unit in units:
        work, measure = rng.choice(WORKS)
        place = f"Thôn {rng.randint(1, 9)}" if unit["kind"] == "xã" else f"Tổ {rng.randint(1, 9)}"
        quantity = amount(measure, rng)
        lines += [
            f"      - unit: {unit['id']}",
            f"        content: {work}",
            f"        place: {place}",
            f"        quantity: {quantity}",
            f"        measure: {measure}",
        ]
    lines += [
        "      - unit: phong-quan-ly-do-thi",
        "        content: Ra quân lập lại trật tự đô thị, an toàn giao thông trên các tuyến phố",
        "        place: Các tuyến phố trung tâm",
        "        note: Phối hợp Công an thành phố",
        "  - id: bang-phan-cong",
        "    title: Bảng phân công phụ trách địa bàn ra quân năm 2023",
        "    kind: phân công phụ trách địa bàn",
        "    assignments:",
    ]
    for index, unit in enumerate(units):
        members = [MEMBERS[index % 2], MEMBERS[2 + index % 4]]
        lines += [f"      - area: {unit['id']}", f"        members: [{', '.join(members)}]"]
        if index == 4:
            lines.append("        note: Điểm ra quân của thành phố")
    return head + "\n".join(lines) + "\n"


def result_file(unit: dict[str, Any], rng: random.Random, *, late: bool) -> str:
    """A summary result file of ``unit`` (sample figures)."""
    day = rng.randint(2, 6) if late else rng.randint(20, 31)
    submitted = f"2023-04-{day:02d}" if late else f"2023-03-{day:02d}"
    works = []
    for work, measure in rng.sample(WORKS, 2):
        quantity = amount(measure, rng)
        works.append(f'  - {{name: "{work}", quantity: {quantity}, measure: {measure}}}')
    people = rng.randint(30, 160) * 10
    return "\n".join(
        [
            "# DỮ LIỆU MẪU: số liệu minh họa, không phải số liệu thật.",
            "raquan: 1",
            "kind: report",
            "plan: ke-hoach-ra-quan-2023",
            "duty: bao-cao-tong-hop-xa-phuong",
            f"unit: {unit['id']}",
            "type: tổng hợp",
            f"submitted: {submitted}",
            f"participants: {people}",
            f"workdays: {people + rng.randint(0, 80) * 10}",
            "money:",
            f"  state_budget: {rng.randint(0, 30) * 10_000_000}",
            f"  people: {rng.randint(2, 40) * 5_000_000}",
            f"  businesses: {rng.randint(0, 10) * 2_000_000}",
            "works:",
            *works,
            "",
        ]
    )


def raquan(*args: str, cwd: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    subprocess.run([sys.executable, "-m", "raquan", *args], cwd=cwd, env=env, check=True)


def picture(pdf: Path, page: int, target: Path) -> None:
    """Page ``page`` of ``pdf`` as ``target`` (PNG)."""
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(RESOLUTION), "-png", "-f", str(page), "-l", str(page),
         "-singlefile", str(pdf), str(stem)],
        check=True,
    )  # fmt: skip


def first_pages(pdf: Path, marker: str) -> list[int]:
    """The pages of ``pdf`` whose text starts an appendix (holds ``marker``)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [number for number, page in enumerate(text.split("\f"), 1) if marker in page]


def write_examples(folder: Path) -> None:
    """Write the issued plan, its registry and the result files into ``folder``."""
    rng = random.Random(2023)  # noqa: S311 (sample figures, not secrets)
    plans = folder / "plans"
    reports = folder / "bao-cao"
    for sub in (plans, reports):
        if sub.exists():
            shutil.rmtree(sub)
        sub.mkdir(parents=True)
    units = communes()
    shutil.copyfile(PLANS / "units.yaml", plans / "units.yaml")
    plan_text = (PLANS / PLAN).read_text(encoding="utf-8")
    (plans / PLAN).write_text(issued_plan(plan_text, units, rng), encoding="utf-8")
    late = {units[3]["id"], units[12]["id"]}
    for unit in units[:-1]:  # the last commune has not sent its report
        text = result_file(unit, rng, late=unit["id"] in late)
        (reports / f"{unit['id']}.yaml").write_text(text, encoding="utf-8")


def take_pictures(examples: Path, out: Path, scratch: Path) -> None:
    """Render the examples in ``scratch`` and write the pictures into ``out``."""
    plan = examples / "plans" / PLAN
    plan_docx = scratch / "ke-hoach.docx"
    summary_docx = scratch / "bao-cao-tong-hop.docx"
    raquan("render", "plan", str(plan), "-o", str(plan_docx), "--pdf", cwd=scratch)
    raquan(
        "render", "report", "--plan", str(plan), "--reports", str(examples / "bao-cao"),
        "--kind", "summary", "--date", "2023-04-07", "--to", "UBND tỉnh Kon Tum",
        "-o", str(summary_docx), "--pdf", cwd=scratch,
    )  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    plan_pdf = plan_docx.with_suffix(".pdf")
    summary_pdf = summary_docx.with_suffix(".pdf")
    picture(plan_pdf, 1, out / "ke-hoach-trang-1.png")
    for number, page in enumerate(first_pages(plan_pdf, "(Kèm theo"), 1):
        picture(plan_pdf, page, out / f"ke-hoach-phu-luc-{number}.png")
    picture(summary_pdf, 1, out / "bao-cao-tong-hop-trang-1.png")
    for page in first_pages(summary_pdf, "(Kèm theo")[:1]:
        picture(summary_pdf, page, out / "bao-cao-tong-hop-phu-luc.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", action="store_true", help=f"rewrite {EXAMPLES}")
    parser.add_argument("--out", type=Path, default=IMAGES, help="where the pictures go")
    parser.add_argument("--keep", action="store_true", help="keep and name the scratch folder")
    args = parser.parse_args(argv)
    if args.examples:
        write_examples(EXAMPLES)
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="raquan-pictures-"))
    try:
        take_pictures(EXAMPLES, args.out, scratch)
    finally:
        if args.keep:
            sys.stderr.write(f"scratch folder: {scratch}\n")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
