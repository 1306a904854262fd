"""``raquan done``: a record written for a clerk, checked first, never losing another one; and
the agenda statuses it leads to (issue 17's "Must show")."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled

runner = CliRunner()
RECORDS = Path("plans/hoan-thanh/ke-hoach-ra-quan-2023/xa-doan-ket.yaml")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with a copy of the bundled plans in ``plans/``."""
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _done(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["done", *args])
    return result.exit_code, result.output


def _statuses(today: str, *more: str) -> dict[str, str]:
    result = runner.invoke(
        app, ["due", "-u", "xã Đoàn Kết", "--today", today, "--format", "json", *more]
    )
    assert result.exit_code == 0, result.output
    return {item["duty"]: item["status"] for item in json.loads(result.stdout)}


def test_the_detailed_plan_recorded_on_13_01_is_done_on_time(here: Path) -> None:
    code, output = _done(
        "ke-hoach-chi-tiet", "--unit", "xã Đoàn Kết", "--date", "2023-01-13", "--so", "05/KH-UBND"
    )
    assert code == 0, output
    assert output.strip() == (
        f"Đã tạo {RECORDS}: UBND xã Đoàn Kết hoàn thành nhiệm vụ 'ke-hoach-chi-tiet' ngày "
        "13/01/2023 (Kế hoạch số 05/KH-UBND ngày 13/01/2023)."
    )
    result = runner.invoke(
        app, ["due", "-u", "xã Đoàn Kết", "--today", "2023-01-20", "--all", "--format", "json"]
    )
    [item] = [i for i in json.loads(result.stdout) if i["duty"] == "ke-hoach-chi-tiet"]
    assert item["status"] == "done"
    assert item["status_label"] == "đã xong, đúng hạn"
    assert item["completed_by"] == "Kế hoạch số 05/KH-UBND ngày 13/01/2023"
    assert item["completed_source"] == f"{RECORDS}:7"  # the line of its "- duty:"
    # Done: not on the agenda unless --all.
    assert "ke-hoach-chi-tiet" not in _statuses("2023-01-20")


def test_without_a_record_the_detailed_plan_is_overdue(here: Path) -> None:
    assert _statuses("2023-01-20")["ke-hoach-chi-tiet"] == "overdue"


def test_a_record_after_the_deadline_is_done_late(here: Path) -> None:
    code, output = _done("ke-hoach-chi-tiet", "-u", "doan ket", "--date", "16/01/2023")
    assert code == 0, output
    assert _statuses("2023-01-20", "--all")["ke-hoach-chi-tiet"] == "done-late"


def test_after_the_ceremony_preparations_are_not_overdue(here: Path) -> None:
    after = _statuses("2023-02-05", "--all")
    for duty in ("ke-hoach-chi-tiet", "le-ra-quan-diem-doan-ket", "chuong-trinh-le-ra-quan-xa"):
        assert after[duty] == "event-passed", duty
    assert "ke-hoach-chi-tiet" not in _statuses("2023-02-05")  # finished: hidden
    # A report owed after the ceremony is still overdue.
    assert _statuses("2023-02-05")["bao-cao-nhanh-xa-phuong"] == "overdue"


def test_a_second_record_is_appended_and_the_clerks_comments_kept(here: Path) -> None:
    assert _done("ke-hoach-chi-tiet", "-u", "xã Đoàn Kết", "--date", "2023-01-13")[0] == 0
    records = here / RECORDS
    records.write_text(
        records.read_text(encoding="utf-8") + "    # gửi qua hệ thống văn bản\n", encoding="utf-8"
    )
    code, output = _done(
        "bao-cao-nhanh-xa-phuong", "-u", "xã Đoàn Kết", "--date", "2023-01-31", "--time", "08:45"
    )
    assert code == 0, output
    text = records.read_text(encoding="utf-8")
    assert "# gửi qua hệ thống văn bản" in text
    assert text.count("- duty:") == 2
    assert '    time: "08:45"' in text
    check = runner.invoke(app, ["check", "plans/", "--format", "concise"])
    assert check.exit_code == 0, check.output


def test_refusals_write_nothing(here: Path) -> None:
    code, output = _done("ke-hoach-chi-tiet", "-u", "Phòng Kinh tế", "--date", "2023-01-13")
    assert code == 2
    assert "Phòng Kinh tế thành phố không được giao nhiệm vụ 'ke-hoach-chi-tiet'" in output
    code, output = _done("ke-hoach-chi-tiet", "-u", "xã Đoàn Kết", "--date", "2022-01-13")
    assert code == 2
    assert "trước ngày ban hành kế hoạch" in output
    code, output = _done("ke-hoach-chi-tit", "-u", "xã Đoàn Kết", "--date", "2023-01-13")
    assert code == 2
    assert "Có phải ý bạn là 'ke-hoach-chi-tiet'?" in output
    code, output = _done(
        "ke-hoach-chi-tiet", "-u", "xã Đoàn Kết", "--date", "2023-01-13", "--so", "KH 05"
    )
    assert code == 2
    assert "'KH 05' không phải số và ký hiệu văn bản" in output
    assert not (here / RECORDS).exists()


def test_an_invalid_existing_file_is_left_untouched(here: Path) -> None:
    records = here / RECORDS
    records.parent.mkdir(parents=True)
    broken = (
        "raquan: 1\nkind: completions\nplan: ke-hoach-ra-quan-2023\nunit: xã Đoàn Kết\n"
        "entries:\n  - duty: x\n    date: 2023-02-30\n"
    )
    records.write_text(broken, encoding="utf-8")
    code, output = _done("ke-hoach-chi-tiet", "-u", "xã Đoàn Kết", "--date", "2023-01-13")
    assert code == 2
    assert f"Tệp '{RECORDS}':7:11 không phải tệp ghi nhận hoàn thành hợp lệ" in output
    assert records.read_text(encoding="utf-8") == broken


RECORDER = textwrap.dedent(
    """
    import sys
    from raquan.cli.app import main
    start, count = int(sys.argv[1]), int(sys.argv[2])
    for day in range(start, start + count):
        sys.argv = ["raquan", "done", "ke-hoach-chi-tiet", "-u", "xã Đoàn Kết",
                    "--date", f"2023-01-{day:02d}", "--note", f"lần {day}"]
        try:
            main()
        except SystemExit as exit:
            if exit.code:
                raise
    """
)


def test_two_recorders_at_once_lose_nothing(here: Path) -> None:
    """Two processes record for the same unit at the same time, ten entries each: every
    entry survives (the lock serialises the read-modify-write of the file)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", RECORDER, str(start), "10"],
            cwd=here,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for start in (10, 20)
    ]
    for process in processes:
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, errors
    text = (here / RECORDS).read_text(encoding="utf-8")
    notes = sorted(line.split('"')[1] for line in text.splitlines() if "note:" in line)
    assert notes == sorted(f"lần {day}" for day in [*range(10, 20), *range(20, 30)])
    check = runner.invoke(app, ["check", "plans/", "--format", "concise"])
    assert "RQ514" in check.output  # twenty records of one duty: flagged, none lost


def test_the_same_record_twice_is_not_written_twice(here: Path) -> None:
    args = ("ke-hoach-chi-tiet", "-u", "xã Đoàn Kết", "--date", "2023-01-13")
    assert _done(*args)[0] == 0
    before = (here / RECORDS).read_text(encoding="utf-8")
    code, output = _done(*args)
    assert code == 2
    assert (
        "UBND xã Đoàn Kết đã được ghi nhận hoàn thành nhiệm vụ 'ke-hoach-chi-tiet' ngày "
        "13/01/2023 (mục thứ 1" in " ".join(output.split())
    )
    assert (here / RECORDS).read_text(encoding="utf-8") == before


def test_a_day_still_to_come_is_not_recorded(here: Path) -> None:
    """A completion is of work done: ``--date 2030-01-01`` is a slip, said before anything is
    written."""
    code, output = _done("ke-hoach-chi-tiet", "-u", "xã Đoàn Kết", "--date", "2030-01-01")
    assert code == 2
    assert "Ngày hoàn thành 01/01/2030 còn ở phía trước" in " ".join(output.split())
    assert not (here / RECORDS).exists()
