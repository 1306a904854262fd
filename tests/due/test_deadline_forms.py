"""A plan that uses every deadline form: it checks, renders as offices write it, gives the
right agenda dates (a working-day count across the Tết break, worked out by hand below) and
exports a valid calendar whose recurring deadlines are RRULEs."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, vRecur
from typer.testing import CliRunner

from raquan.cli.app import app
from support.docx_text import sections, texts
from support.plans import FIXTURES

runner = CliRunner()
HCM = ZoneInfo("Asia/Ho_Chi_Minh")
PLAN_ID = "ke-hoach-thoi-han-2024"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "plans"
    shutil.copytree(FIXTURES / "thoi-han", target)
    return target


def _due(folder: Path, unit: str, today: str, *more: str) -> list[dict[str, object]]:
    result = runner.invoke(
        app, ["due", str(folder), "-u", unit, "--today", today, "--format", "json", *more]
    )
    assert result.exit_code == 0, result.output
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def test_the_plan_checks_with_one_warning_per_occurrence_on_a_day_off(folder: Path) -> None:
    result = runner.invoke(app, ["check", str(folder), "--format", "concise"])
    assert result.exit_code == 0, result.output
    assert " lỗi" not in result.output.replace("[cảnh báo]", "")
    # RQ202 applies to each occurrence of a recurring deadline: February's falls on Saturday.
    assert (
        "RQ202 [cảnh báo] Thời hạn 'trước ngày 25 hằng tháng (kỳ tháng 2/2024: hạn cuối "
        "24/02/2024)' (25/02/2024 là Chủ nhật): ngày cuối cùng để hoàn thành là thứ Bảy, "
        "24/02/2024, ngày nghỉ cuối tuần." in result.output
    )
    assert "kỳ tháng 1/2024" not in result.output  # 24/01/2024 is a Wednesday


def test_every_form_renders_as_offices_write_it(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "ke-hoach.docx"
    result = runner.invoke(app, ["render", "plan", str(folder / f"{PLAN_ID}.yaml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = " ".join(texts(sections(out)[0]))
    for written in (
        "hoàn thành trong thời hạn 05 ngày làm việc kể từ ngày 05/02/2024.",
        "trong thời hạn 03 ngày làm việc kể từ ngày hoàn thành kế hoạch chi tiết.",
        "Tổ chức ra quân đồng loạt vào ngày 21/02/2024.",
        "Báo cáo định kỳ kết quả thực hiện trước ngày 25 hằng tháng.",
        "Báo cáo tổng hợp hằng quý chậm nhất ngày 15 của tháng cuối quý.",
        "Ra quân tổng vệ sinh môi trường trong tháng 6/2024.",
        "Trồng cây xanh tại các tuyến đường, khu dân cư trong Quý II.",
        "vệ sinh môi trường trong thời gian diễn ra Lễ ra quân đầu xuân Giáp Thìn năm 2024.",
        "trong thời hạn 07 ngày kể từ ngày diễn ra Lễ ra quân đầu xuân Giáp Thìn năm 2024.",
    ):
        assert written in body, written


def test_working_days_across_the_tet_break(folder: Path) -> None:
    """ "05 ngày làm việc kể từ ngày 05/02/2024" (a Monday), counted by hand: 06/02 (1),
    07/02 (2); 08/02-14/02 are the Tết break of 2024 (Thursday 29 tháng Chạp to Wednesday
    Mùng 5, a weekend inside); 15/02 (3), 16/02 (4); 17-18/02 a weekend; 19/02 (5). So the
    plan is due by the end of Monday 19/02/2024."""
    items = {i["duty"]: i for i in _due(folder, "xã Đoàn Kết", "2024-02-06")}
    plan = items["ke-hoach-chi-tiet"]
    assert plan["due"] == "2024-02-19T23:59:59+07:00"
    assert plan["status"] == "in-progress"
    assert plan["due_text"] == (
        "trong thời hạn 05 ngày làm việc kể từ ngày 05/02/2024 (hạn cuối 19/02/2024)"
    )
    assert plan["working_days_left"] == 4  # 07, 15, 16 and 19/02
    # Counted from that plan's completion: waiting until the commune has done it.
    assert items["dang-ky-cong-trinh"]["status"] == "waiting"
    assert items["dang-ky-cong-trinh"]["status_label"] == "chờ hoàn thành việc trước"
    assert items["dang-ky-cong-trinh"]["estimated"] is True
    # ... estimated meanwhile from the plan's own deadline: 3 working days after 19/02.
    assert items["dang-ky-cong-trinh"]["due"] == "2024-02-22T23:59:59+07:00"


def test_the_other_forms_give_their_days(folder: Path) -> None:
    items = _due(folder, "xã Đoàn Kết", "2024-02-21", "--all")
    by_duty: dict[str, list[dict[str, object]]] = {}
    for item in items:
        by_duty.setdefault(str(item["duty"]), []).append(item)
    [day] = by_duty["ra-quan"]
    assert (day["due"], day["status"]) == ("2024-02-21T23:59:59+07:00", "due-today")
    [month] = by_duty["tong-ve-sinh"]
    assert month["due"] == "2024-06-30T23:59:59+07:00"
    [quarter] = by_duty["trong-cay"]
    assert quarter["due"] == "2024-06-30T23:59:59+07:00"
    monthly = [i["due"] for i in by_duty["bao-cao-dinh-ky"]]
    assert monthly[:3] == [
        "2024-01-24T23:59:59+07:00",
        "2024-02-24T23:59:59+07:00",
        "2024-03-24T23:59:59+07:00",
    ]
    assert len(monthly) == 12
    assert by_duty["bao-cao-dinh-ky"][0]["occurrence"] == "tháng 1/2024"
    quarterly = [i["due"] for i in by_duty["bao-cao-quy"]]
    assert quarterly == [
        "2024-03-15T23:59:59+07:00",
        "2024-06-15T23:59:59+07:00",
        "2024-09-15T23:59:59+07:00",
        "2024-12-15T23:59:59+07:00",
    ]
    urban = {i["duty"]: i for i in _due(folder, "Phòng Quản lý đô thị", "2024-02-21")}
    assert urban["trat-tu-le"]["start"] == "2024-02-21T07:30:00+07:00"
    assert urban["trat-tu-le"]["due"] == "2024-02-21T10:59:59+07:00"
    assert urban["bao-cao-trat-tu"]["due"] == "2024-02-28T23:59:59+07:00"  # 21/02 + 7 days
    after = {i["duty"]: i for i in _due(folder, "Phòng Quản lý đô thị", "2024-02-22", "--all")}
    assert after["trat-tu-le"]["status"] == "ended"  # the event is over: not overdue


def test_without_all_only_the_next_occurrence_to_come_is_shown(folder: Path) -> None:
    monthly = [
        i["occurrence"]
        for i in _due(folder, "xã Đoàn Kết", "2024-02-06")
        if i["duty"] == "bao-cao-dinh-ky"
    ]
    assert monthly == ["tháng 1/2024", "tháng 2/2024"]  # January overdue, February next


def test_ics_writes_recurring_deadlines_as_all_day_events_with_rrules_and_alarms(
    folder: Path,
) -> None:
    result = runner.invoke(
        app,
        ["due", str(folder), "-u", "xã Đoàn Kết", "--today", "2024-02-06", "--format", "ics"],
    )
    assert result.exit_code == 0, result.output
    calendar = Calendar.from_ical(result.stdout_bytes)
    assert not calendar.walk("VTODO")
    events = {str(c["uid"]): c for c in calendar.walk("VEVENT") if "recurrence-id" not in c}
    monthly = events[f"{PLAN_ID}.bao-cao-dinh-ky.xa-doan-ket@raquan"]
    assert str(monthly["summary"]).startswith("Hạn: Báo cáo định kỳ")
    # "trước ngày 25 hằng tháng": all day on the 24th, the last day on time, Jan to Dec 2024
    assert monthly.decoded("dtstart") == datetime.date(2024, 1, 24)
    assert monthly.decoded("dtend") == datetime.date(2024, 1, 25)
    rule = monthly["rrule"]
    assert isinstance(rule, vRecur)
    assert rule["FREQ"] == ["MONTHLY"]
    assert rule["BYMONTHDAY"] == [24]
    assert rule["UNTIL"] == [datetime.date(2024, 12, 24)]  # each day: test_due_khal.py
    # Reminded 3 working days before (Wed 24/01 -> Fri 19/01), at 08:00.
    [alarm] = monthly.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == -datetime.timedelta(days=5) + datetime.timedelta(hours=8)
    assert "Báo cáo định kỳ" in str(alarm["description"])
    quarterly = events[f"{PLAN_ID}.bao-cao-quy.xa-doan-ket@raquan"]["rrule"]
    assert isinstance(quarterly, vRecur)
    assert (quarterly["FREQ"], quarterly["INTERVAL"], quarterly["BYMONTHDAY"]) == (
        ["MONTHLY"],
        [3],
        [15],
    )
    day = events[f"{PLAN_ID}.ra-quan.xa-doan-ket@raquan"]
    assert day.decoded("dtstart") == datetime.date(2024, 2, 21)


def test_ics_writes_recurring_duties_as_todos_with_rrules(folder: Path) -> None:
    result = runner.invoke(
        app,
        [
            "due",
            str(folder),
            "-u",
            "xã Đoàn Kết",
            "--today",
            "2024-02-06",
            "--format",
            "ics",
            "--todo",
        ],
    )
    assert result.exit_code == 0, result.output
    calendar = Calendar.from_ical(result.stdout_bytes)
    todos = {str(c["uid"]): c for c in calendar.walk("VTODO")}
    monthly = todos[f"{PLAN_ID}.bao-cao-dinh-ky.xa-doan-ket@raquan"]
    rule = monthly["rrule"]
    assert isinstance(rule, vRecur)
    assert rule["FREQ"] == ["MONTHLY"]
    assert rule["BYMONTHDAY"] == [24]
    assert rule["UNTIL"] == [datetime.datetime(2024, 12, 24, 16, 59, 59, tzinfo=datetime.UTC)]
    assert monthly.decoded("dtstart") == datetime.datetime(2024, 1, 24, 23, 59, 59, tzinfo=HCM)
    assert monthly.decoded("due") == datetime.datetime(2024, 1, 25, 0, 0, tzinfo=HCM)
    quarterly = todos[f"{PLAN_ID}.bao-cao-quy.xa-doan-ket@raquan"]["rrule"]
    assert isinstance(quarterly, vRecur)
    assert (quarterly["FREQ"], quarterly["INTERVAL"], quarterly["BYMONTHDAY"]) == (
        ["MONTHLY"],
        [3],
        [15],
    )
    working = todos[f"{PLAN_ID}.ke-hoach-chi-tiet.xa-doan-ket@raquan"]
    assert working.decoded("due") == datetime.datetime(2024, 2, 20, 0, 0, tzinfo=HCM)
    day = todos[f"{PLAN_ID}.ra-quan.xa-doan-ket@raquan"]
    assert day.decoded("due") == datetime.datetime(2024, 2, 22, 0, 0, tzinfo=HCM)
