"""``raquan due --format ics``: a calendar that parses back with the right UIDs and times."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled

runner = CliRunner()
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def _calendar() -> Calendar:
    result = runner.invoke(
        app,
        [
            "due",
            str(bundled("plans")),
            "-u",
            "xã Đoàn Kết",
            "--today",
            "2023-01-10",
            "--format",
            "ics",
        ],
    )
    assert result.exit_code == 0, result.output
    return Calendar.from_ical(result.stdout_bytes)


def test_ics_has_a_todo_per_duty_and_an_event_per_event() -> None:
    calendar = _calendar()
    todos = {str(c["uid"]): c for c in calendar.walk("VTODO")}
    events = {str(c["uid"]): c for c in calendar.walk("VEVENT")}
    assert "ke-hoach-ra-quan-2023.ke-hoach-chi-tiet.xa-doan-ket@raquan" in todos
    assert "ke-hoach-ra-quan-2023.le-ra-quan-thanh-pho.xa-doan-ket@raquan" in events

    detailed = todos["ke-hoach-ra-quan-2023.ke-hoach-chi-tiet.xa-doan-ket@raquan"]
    due = detailed.decoded("due")
    assert due == datetime.datetime(2023, 1, 15, 0, 0, tzinfo=HCM)
    assert str(detailed["due"].params["TZID"]) == "Asia/Ho_Chi_Minh"
    assert str(detailed["status"]) == "NEEDS-ACTION"
    assert "Chủ tịch UBND các xã, phường" in str(detailed["summary"])

    quick = todos["ke-hoach-ra-quan-2023.bao-cao-nhanh-xa-phuong.xa-doan-ket@raquan"]
    assert quick.decoded("due") == datetime.datetime(2023, 1, 31, 9, 0, tzinfo=HCM)

    ceremony = events["ke-hoach-ra-quan-2023.le-ra-quan-thanh-pho.xa-doan-ket@raquan"]
    assert ceremony.decoded("dtstart") == datetime.datetime(2023, 1, 31, 8, 30, tzinfo=HCM)
    assert str(ceremony["location"]) == "Thôn 8, xã Đoàn Kết, thành phố Kon Tum"
    assert str(ceremony["summary"]).startswith("Tổ chức: Lễ ra quân điểm của thành phố")


def test_ics_carries_its_time_zone_definition() -> None:
    zones = [str(z["tzid"]) for z in _calendar().walk("VTIMEZONE")]
    assert zones == ["Asia/Ho_Chi_Minh"]


def test_uids_are_stable_across_runs() -> None:
    first = sorted(str(c["uid"]) for c in _calendar().walk() if "uid" in c)
    second = sorted(str(c["uid"]) for c in _calendar().walk() if "uid" in c)
    assert first == second
    assert len(first) == len(set(first))


def test_output_file_is_never_overwritten(tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "lich.ics"
    target.write_text("của tôi", encoding="utf-8")
    result = runner.invoke(
        app,
        ["due", str(bundled("plans")), "-u", "xã Đoàn Kết", "--format", "ics", "-o", str(target)],
    )
    assert result.exit_code == 2, result.output
    assert "đã có" in result.output
    assert target.read_text(encoding="utf-8") == "của tôi"
