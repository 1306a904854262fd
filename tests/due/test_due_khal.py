"""``raquan due --format ics`` imported into a real calendar client, khal (from the test extra):
every deadline and every event of the agenda is listed on its day, recurring ones on each of
theirs; a second import of a later export updates the items instead of duplicating them."""

from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import FIXTURES

runner = CliRunner()
KHAL = Path(sys.executable).parent / "khal"

CONFIG = """\
[calendars]
[[lich]]
path = {folder}/lich
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Asia/Ho_Chi_Minh
default_timezone = Asia/Ho_Chi_Minh
[sqlite]
path = {folder}/khal.db
"""


class Khal:
    """A khal with a calendar of its own under ``folder``."""

    def __init__(self, folder: Path) -> None:
        (folder / "lich").mkdir(parents=True)
        self.config = folder / "khal.conf"
        self.config.write_text(CONFIG.format(folder=folder), encoding="utf-8")
        self.env = {**os.environ, "TZ": "Asia/Ho_Chi_Minh", "LC_ALL": "C.UTF-8"}

    def run(self, *args: str) -> str:
        done = subprocess.run(
            [str(KHAL), "-c", str(self.config), *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def import_(self, calendar: Path) -> None:
        self.run("import", "--batch", "-a", "lich", str(calendar))

    def listed(self, start: str, days: int) -> list[tuple[str, str]]:
        """(day, UID) of every item khal lists from ``start`` on."""
        out = self.run(
            "list", "--format", "{start-date}|{uid}", "--day-format", "", start, f"{days}d"
        )
        return [
            (day, uid) for day, _, uid in (line.partition("|") for line in out.splitlines()) if uid
        ]


def _export(plans: Path, unit: str, today: str, target: Path) -> list[dict[str, object]]:
    """Write ``unit``'s whole agenda as a calendar to ``target``; its items as JSON."""
    common = ["due", str(plans), "-u", unit, "--today", today, "--all"]
    result = runner.invoke(app, [*common, "--format", "ics", "-o", str(target)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, [*common, "--format", "json"])
    assert result.exit_code == 0, result.output
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def _uid(item: dict[str, object]) -> str:
    return f"{item['plan']}.{item['duty']}.{item['unit_id']}@raquan"


@pytest.fixture
def khal(tmp_path: Path) -> Khal:
    assert KHAL.exists(), "khal (from raquan[test]) must be installed beside Python"
    return Khal(tmp_path / "khal")


def test_every_deadline_and_event_is_listed_on_its_day(khal: Khal, tmp_path: Path) -> None:
    calendar = tmp_path / "doan-ket.ics"
    items = _export(bundled("plans"), "xã Đoàn Kết", "2023-01-10", calendar)
    khal.import_(calendar)
    listed = Counter(khal.listed("2023-01-01", 365))
    dated = [item for item in items if item["due"] is not None]
    assert len(dated) >= 12
    for item in dated:
        day = str(item["due"])[:10]
        assert listed[(day, _uid(item))] == 1, (day, item["duty"], sorted(listed))
    assert sum(listed.values()) == len(dated)


def test_recurring_deadlines_are_listed_on_each_of_their_days(khal: Khal, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(FIXTURES / "thoi-han", plans)
    calendar = tmp_path / "doan-ket.ics"
    items = _export(plans, "xã Đoàn Kết", "2024-02-06", calendar)
    khal.import_(calendar)
    listed = Counter(khal.listed("2024-01-01", 366))
    monthly = [i for i in items if i["duty"] == "bao-cao-dinh-ky"]
    assert len(monthly) == 12
    for item in [*monthly, *(i for i in items if i["duty"] == "bao-cao-quy")]:
        assert listed[(str(item["due"])[:10], _uid(item))] == 1, item
    days = sorted(day for day, uid in listed if uid == _uid(monthly[0]))
    assert days == [f"2024-{month:02}-24" for month in range(1, 13)]


def test_a_new_export_updates_the_calendar_instead_of_duplicating(
    khal: Khal, tmp_path: Path
) -> None:
    first = tmp_path / "1.ics"
    items = _export(bundled("plans"), "xã Đoàn Kết", "2023-01-10", first)
    khal.import_(first)
    second = tmp_path / "2.ics"
    _export(bundled("plans"), "xã Đoàn Kết", "2023-02-10", second)
    khal.import_(second)
    listed = Counter(khal.listed("2023-01-01", 365))
    assert sum(listed.values()) == len([i for i in items if i["due"] is not None])
    assert max(listed.values()) == 1
    assert datetime.date(2023, 1, 14).isoformat() in {day for day, _ in listed}
