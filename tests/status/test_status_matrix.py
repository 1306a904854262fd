"""``raquan status``: the matrix says of each (duty, unit) what ``raquan due`` says, counts it,
and puts the units with the most overdue duties first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import FIXTURES, SAMPLE_REPORTS

runner = CliRunner()
PLANS = str(bundled("plans"))
REPORTS = str(SAMPLE_REPORTS)


def status(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["status", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def agenda(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["due", *args, "--all", "--format", "json"])
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


@pytest.mark.parametrize("today", ["2023-01-10", "2023-01-31", "2023-04-10"])
def test_every_cell_is_the_agendas_status(today: str) -> None:
    [matrix] = status(PLANS, REPORTS, "--today", today)
    items = agenda(PLANS, REPORTS, "--today", today)
    said = {(i["unit_id"], i["duty"]): i["status"] for i in items if i["kind"] == "duty"}
    leads = {
        (i["unit_id"], i["duty"]) for i in items if i["kind"] == "duty" and i["role"] == "chu-tri"
    }
    duties = {d["duty"] for d in matrix["duties"]}
    cells = {
        (row["unit_id"], duty): cell["status"]
        for row in matrix["units"]
        for duty, cell in row["cells"].items()
    }
    assert cells
    for key, value in cells.items():
        assert said[key] == value, key
    # Every unit that leads a tracked duty has its cell.
    assert {key for key in leads if key[1] in duties} <= set(cells)


def test_the_sample_reports_show_on_time_late_and_missing() -> None:
    [matrix] = status(PLANS, REPORTS, "--today", "2023-04-10")
    rows = {row["unit_id"]: row for row in matrix["units"]}
    quick = "bao-cao-nhanh-xa-phuong"
    summary = "bao-cao-tong-hop-xa-phuong"
    assert rows["xa-doan-ket"]["cells"][quick]["status"] == "done"
    assert rows["phuong-quyet-thang"]["cells"][quick]["status"] == "done-late"
    assert rows["xa-hoa-binh"]["cells"][summary]["status"] == "done-late"
    assert rows["xa-vinh-quang"]["cells"][summary]["status"] == "overdue"
    assert rows["xa-doan-ket"]["cells"][quick]["completed"] == "2023-01-31T08:45:00+07:00"
    # The preparation of a ceremony that took place is not "overdue".
    assert rows["xa-vinh-quang"]["cells"]["ke-hoach-chi-tiet"]["status"] == "event-passed"


def test_counts_per_duty_and_per_unit_add_up() -> None:
    [matrix] = status(PLANS, REPORTS, "--today", "2023-04-10")
    for duty in matrix["duties"]:
        found: dict[str, int] = {}
        for row in matrix["units"]:
            cell = row["cells"].get(duty["duty"])
            if cell is not None:
                found[cell["category"]] = found.get(cell["category"], 0) + 1
        assert duty["counts"] == found, duty["duty"]
    for row in matrix["units"]:
        found = {}
        for cell in row["cells"].values():
            found[cell["category"]] = found.get(cell["category"], 0) + 1
        assert row["counts"] == found, row["unit_id"]
    quick = next(d for d in matrix["duties"] if d["duty"] == "bao-cao-nhanh-xa-phuong")
    assert quick["counts"] == {"overdue": 18, "late": 1, "on-time": 2}
    assert sum(matrix["totals"].values()) == sum(len(r["cells"]) for r in matrix["units"])


def test_units_with_the_most_overdue_duties_come_first() -> None:
    [matrix] = status(PLANS, REPORTS, "--today", "2023-04-10")
    overdue = [row["counts"].get("overdue", 0) for row in matrix["units"]]
    assert overdue == sorted(overdue, reverse=True)
    assert overdue[0] == 2
    last = matrix["units"][-1]
    assert last["unit_id"] == "xa-doan-ket"  # both reports sent on time


def test_a_completion_record_makes_a_duty_done(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(bundled("plans"), folder)
    recorded = runner.invoke(
        app,
        [
            "done",
            "ke-hoach-chi-tiet",
            "--plan",
            str(folder / "ke-hoach-ra-quan-2023.yaml"),
            "-u",
            "xã Đoàn Kết",
            "--date",
            "2023-01-13",
            "--so",
            "05/KH-UBND",
        ],
    )
    assert recorded.exit_code == 0, recorded.output
    [matrix] = status(str(folder), "--today", "2023-01-20")
    rows = {row["unit_id"]: row for row in matrix["units"]}
    assert rows["xa-doan-ket"]["cells"]["ke-hoach-chi-tiet"]["status"] == "done"
    assert rows["xa-hoa-binh"]["cells"]["ke-hoach-chi-tiet"]["status"] == "overdue"


def test_a_recurring_duty_is_one_cell_counting_its_occurrences(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    shutil.copytree(FIXTURES / "thoi-han", folder)
    (folder / "ket-qua.yaml").write_text(
        "raquan: 1\nkind: completions\nplan: ke-hoach-thoi-han-2024\nunit: xã Đoàn Kết\n"
        "entries:\n"
        "  - {duty: bao-cao-dinh-ky, date: 2024-01-20}\n"
        "  - {duty: bao-cao-dinh-ky, date: 2024-03-28}\n",
        encoding="utf-8",
    )
    [matrix] = status(str(folder), "--today", "2024-04-10")
    monthly = next(d for d in matrix["duties"] if d["duty"] == "bao-cao-dinh-ky")
    assert monthly["recurring"] is True
    rows = {row["unit_id"]: row for row in matrix["units"]}
    cell = rows["xa-doan-ket"]["cells"]["bao-cao-dinh-ky"]
    # January on time; the report of 28/03 answers February, the earliest one open (late);
    # March was not sent (overdue); April is to come.
    assert [o["status"] for o in cell["occurrences"][:4]] == [
        "done",
        "done-late",
        "overdue",
        "upcoming",
    ]
    assert cell["status"] == "overdue"
    other = rows["xa-hoa-binh"]["cells"]["bao-cao-dinh-ky"]
    assert [o["status"] for o in other["occurrences"][:3]] == ["overdue"] * 3


def test_filters_by_unit_duty_and_plan() -> None:
    [matrix] = status(
        PLANS, REPORTS, "--today", "2023-04-10", "-u", "doan ket", "--duty", "ke-hoach-chi-tiet"
    )
    assert [row["unit_id"] for row in matrix["units"]] == ["xa-doan-ket"]
    assert [duty["duty"] for duty in matrix["duties"]] == ["ke-hoach-chi-tiet"]
    group = status(PLANS, "-u", "UBND các xã, phường", "--today", "2023-04-10")
    assert len(group[0]["units"]) == 21


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--duty", "ke-hoach-chi-tiett", "Có phải ý bạn là 'ke-hoach-chi-tiet'?"),
        ("--plan", "ke-hoach-2023", "Không có kế hoạch nào mã 'ke-hoach-2023'"),
        ("-u", "xã Không Có", "xã Không Có"),
    ],
)
def test_an_unknown_name_is_exit_code_2(option: str, value: str, said: str) -> None:
    result = runner.invoke(app, ["status", PLANS, option, value])
    assert result.exit_code == 2, result.output
    assert said in result.stderr
