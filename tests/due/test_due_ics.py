"""``raquan due --format ics``: a calendar that parses back with the right UIDs and times."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.english import english

runner = CliRunner()
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def _calendar(*more: str, plans: Path | None = None) -> Calendar:
    result = runner.invoke(
        app,
        [
            "due",
            str(plans or bundled("plans")),
            "-u",
            "xã Đoàn Kết",
            "--today",
            "2023-01-10",
            "--format",
            "ics",
            *more,
        ],
    )
    assert result.exit_code == 0, result.output
    return Calendar.from_ical(result.stdout_bytes)


def test_ics_has_an_event_per_deadline_on_its_day_with_a_reminder() -> None:
    calendar = _calendar()
    assert not calendar.walk("VTODO")
    events = {str(c["uid"]): c for c in calendar.walk("VEVENT")}
    # "trước ngày 15/01/2023": all day on 14/01, the last day on time.
    detailed = events["ke-hoach-ra-quan-2023.ke-hoach-chi-tiet.xa-doan-ket@raquan"]
    assert detailed.decoded("dtstart") == datetime.date(2023, 1, 14)
    assert detailed.decoded("dtend") == datetime.date(2023, 1, 15)
    assert str(detailed["summary"]).startswith("Hạn: ")
    assert str(detailed["transp"]) == "TRANSPARENT"
    # 3 working days before Saturday 14/01: Wednesday 11/01 at 08:00.
    [alarm] = detailed.walk("VALARM")
    assert alarm.decoded("trigger") == -datetime.timedelta(days=3) + datetime.timedelta(hours=8)
    # "trước 09h00' ngày 31/01/2023": at 09:00 that day.
    quick = events["ke-hoach-ra-quan-2023.bao-cao-nhanh-xa-phuong.xa-doan-ket@raquan"]
    assert quick.decoded("dtstart") == datetime.datetime(2023, 1, 31, 9, 0, tzinfo=HCM)
    assert str(quick["dtstart"].params["TZID"]) == "Asia/Ho_Chi_Minh"
    [alarm] = quick.walk("VALARM")
    # Counted back over the Tết break (20-26/01/2023): Mon 30, Fri 27, then Thu 19/01.
    assert alarm.decoded("trigger") == -datetime.timedelta(days=12)
    # The ceremony: reminded one day before.
    ceremony = events["ke-hoach-ra-quan-2023.le-ra-quan-thanh-pho.xa-doan-ket@raquan"]
    [alarm] = ceremony.walk("VALARM")
    assert alarm.decoded("trigger") == -datetime.timedelta(days=1)


def test_reminders_follow_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "raquan.toml").write_text("remind-duty = 1\nremind-event = false\n", "utf-8")
    plans = tmp_path / "plans"
    shutil.copytree(bundled("plans"), plans)
    events = {str(c["uid"]): c for c in _calendar(plans=plans).walk("VEVENT")}
    quick = events["ke-hoach-ra-quan-2023.bao-cao-nhanh-xa-phuong.xa-doan-ket@raquan"]
    [alarm] = quick.walk("VALARM")
    assert alarm.decoded("trigger") == -datetime.timedelta(days=1)  # Mon 30/01
    ceremony = events["ke-hoach-ra-quan-2023.le-ra-quan-thanh-pho.xa-doan-ket@raquan"]
    assert not ceremony.walk("VALARM")


def test_a_wrong_reminder_setting_is_refused_in_vietnamese(tmp_path: Path) -> None:
    (tmp_path / "raquan.toml").write_text('remind-duty = "ba"\n', "utf-8")
    plans = tmp_path / "plans"
    shutil.copytree(bundled("plans"), plans)
    result = runner.invoke(app, ["due", str(plans), "--format", "ics"])
    assert result.exit_code == 2, result.output
    assert "'remind-duty' phải là một số ngày từ 0 đến 60" in result.output


def test_ics_with_todo_has_a_todo_per_duty_and_an_event_per_event() -> None:
    calendar = _calendar("--todo")
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
    [alarm] = detailed.walk("VALARM")
    assert alarm.decoded("trigger") == -datetime.timedelta(days=3)
    assert str(alarm["trigger"].params["RELATED"]) == "END"

    quick = todos["ke-hoach-ra-quan-2023.bao-cao-nhanh-xa-phuong.xa-doan-ket@raquan"]
    assert quick.decoded("due") == datetime.datetime(2023, 1, 31, 9, 0, tzinfo=HCM)

    ceremony = events["ke-hoach-ra-quan-2023.le-ra-quan-thanh-pho.xa-doan-ket@raquan"]
    assert ceremony.decoded("dtstart") == datetime.datetime(2023, 1, 31, 8, 30, tzinfo=HCM)
    assert str(ceremony["location"]) == "Thôn 8, xã Đoàn Kết, thành phố Kon Tum"
    assert str(ceremony["summary"]).startswith("Tổ chức: Lễ ra quân điểm của thành phố")


def test_ics_carries_its_time_zone_definition() -> None:
    zones = [str(z["tzid"]) for z in _calendar().walk("VTIMEZONE")]
    assert zones == ["Asia/Ho_Chi_Minh"]


def test_the_calendar_says_nothing_in_english() -> None:
    """A calendar application shows the notes of a file: icalendar's English note on the
    time zone ("This timezone only works from 1970-01-01 to 2038-01-01") is not kept."""
    text = _calendar().to_ical().decode("utf-8")
    notes = [line for line in text.splitlines() if line.startswith(("COMMENT", "DESCRIPTION"))]
    assert not [line for line in notes if english(line.partition(":")[2])]
    assert "COMMENT" not in text


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
