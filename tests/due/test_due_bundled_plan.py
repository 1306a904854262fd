"""``raquan due`` on the bundled plan: what xã Đoàn Kết and Phòng Kinh tế owe."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import SAMPLE_REPORTS

runner = CliRunner()
PLANS = str(bundled("plans"))


def agenda(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["due", PLANS, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    items: list[dict[str, Any]] = json.loads(result.stdout)
    return items


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["duty"]: item for item in items}


def test_doan_ket_agenda_has_what_the_plan_asks_of_it() -> None:
    items = by_id(agenda("--unit", "xã Đoàn Kết", "--today", "2023-01-10"))

    detailed = items["ke-hoach-chi-tiet"]
    assert detailed["due_text"] == "trước ngày 15/01/2023"
    assert detailed["due"] == "2023-01-14T23:59:59+07:00"
    assert detailed["via"] == "UBND các xã, phường"
    assert detailed["role"] == "chu-tri"
    assert detailed["to"] == ["UBND thành phố", "Phòng Kinh tế thành phố"]
    assert detailed["status"] == "upcoming"
    assert detailed["day_off"] == "thứ Bảy"  # the last day, 14/01, is a Saturday
    assert (detailed["days_left"], detailed["working_days_left"]) == (4, 3)

    ceremony = items["le-ra-quan-thanh-pho"]
    assert ceremony["kind"] == "event"
    assert ceremony["role"] == "to-chuc"
    assert ceremony["due"] == "2023-01-31T08:30:00+07:00"
    assert ceremony["place"] == "Thôn 8, xã Đoàn Kết, thành phố Kon Tum"
    assert "08h30' (thứ Ba), ngày 31 tháng 01 năm 2023" in ceremony["due_text"]

    quick = items["bao-cao-nhanh-xa-phuong"]
    assert quick["due_text"] == "trước 09h00' ngày 31 tháng 01 năm 2023 (thứ Ba)"
    assert quick["due"] == "2023-01-31T08:59:59+07:00"
    assert quick["deliverable"] == "báo cáo nhanh"

    works = items["chuan-bi-va-duy-tri"]
    assert works["due_text"] == "đến hết Quý I năm 2023"
    assert works["start"] == "2023-01-31T08:30:00+07:00"  # after the ceremony
    assert works["due"] == "2023-03-31T23:59:59+07:00"

    summary = items["bao-cao-tong-hop-xa-phuong"]
    assert summary["due_text"] == "trước ngày 01 tháng 4 năm 2023"
    assert summary["due"] == "2023-03-31T23:59:59+07:00"

    partner = items["pkt-chuan-bi-le-ra-quan-diem"]
    assert partner["role"] == "phoi-hop"
    assert partner["via"] is None
    assert "Lễ ra quân điểm của thành phố" in partner["due_text"]

    for item in items.values():
        assert item["unit"] == "Ủy ban nhân dân xã Đoàn Kết"
        assert item["plan"] == "ke-hoach-ra-quan-2023"
        assert item["source"].startswith(PLANS)


def test_json_items_are_overdue_first_then_by_moment() -> None:
    items = agenda("--unit", "xã Đoàn Kết", "--today", "2023-02-01")
    statuses = [item["status"] for item in items]
    assert statuses[0] == "overdue"
    dated = [item["due"] for item in items if item["status"] != "overdue" and item["due"]]
    assert dated == sorted(dated)


def test_phong_kinh_te_checks_the_preparations_no_later_than_30_january() -> None:
    items = by_id(agenda("--unit", "Phòng Kinh tế", "--today", "2023-01-10"))
    check = items["pkt-kiem-tra-chuan-bi"]
    assert check["due_text"] == "chậm nhất ngày 30/01/2023"
    assert check["due"] == "2023-01-30T23:59:59+07:00"
    assert check["unit"] == "Phòng Kinh tế thành phố"
    assert check["role"] == "chu-tri"


NFD = unicodedata.normalize("NFD", "xã Đoàn Kết")


@pytest.mark.parametrize(
    "name", ["doan ket", "UBND xã Đoàn Kết", NFD, "Ủy ban nhân dân xã Đoàn Kết"]
)
def test_every_way_of_writing_the_name_gives_the_same_agenda(name: str) -> None:
    assert name != "xã Đoàn Kết"
    expected = agenda("--unit", "xã Đoàn Kết", "--today", "2023-01-10")
    assert agenda("--unit", name, "--today", "2023-01-10") == expected


def test_unknown_name_exits_2_with_the_closest_names() -> None:
    result = runner.invoke(app, ["due", PLANS, "--unit", "Doan Kte"])
    assert result.exit_code == 2, result.output
    assert "Không có đơn vị nào tên 'Doan Kte'" in result.output
    assert "'UBND xã Đoàn Kết'" in result.output
    assert "Traceback" not in result.output


def test_part_of_a_name_exits_2_with_the_names_it_may_mean() -> None:
    result = runner.invoke(app, ["due", PLANS, "--unit", "Thắng"])
    assert result.exit_code == 2, result.output
    assert "Không có đơn vị nào tên 'Thắng'" in result.output
    assert "Có phải ý bạn là:" in result.output
    assert "UBND phường Quyết Thắng" in result.output
    assert "UBND phường Thắng Lợi" in result.output


def test_table_and_markdown_show_the_same_items() -> None:
    table = runner.invoke(
        app, ["due", PLANS, "-u", "xã Đoàn Kết", "--today", "2023-01-10"], env={"COLUMNS": "200"}
    )
    assert table.exit_code == 0, table.output
    assert "Lịch việc của UBND xã Đoàn Kết" in table.output
    assert "trước ngày 15/01/2023" in table.output
    assert "hạn rơi vào ngày nghỉ: thứ Bảy" in table.output
    assert "còn 4 ngày" in table.output
    assert "3 ngày làm việc" in table.output
    markdown = runner.invoke(
        app, ["due", PLANS, "-u", "xã Đoàn Kết", "--today", "2023-01-10", "--format", "md"]
    )
    assert markdown.exit_code == 0, markdown.output
    assert markdown.stdout.startswith("# Lịch việc của UBND xã Đoàn Kết\n")
    assert "## Thứ Bảy, 14/01/2023" in markdown.stdout
    assert "- **trước ngày 15/01/2023**: Chủ tịch UBND các xã, phường" in markdown.stdout
    assert "giao cho UBND các xã, phường" in markdown.stdout


def test_fail_on_overdue() -> None:
    late = runner.invoke(
        app, ["due", PLANS, "-u", "xã Đoàn Kết", "--today", "2023-02-01", "--fail-on-overdue"]
    )
    assert late.exit_code == 1, late.output
    early = runner.invoke(
        app, ["due", PLANS, "-u", "xã Đoàn Kết", "--today", "2023-01-10", "--fail-on-overdue"]
    )
    assert early.exit_code == 0, early.output


def test_every_unit_without_unit_option() -> None:
    items = agenda("--today", "2023-01-10")
    units = {item["unit_id"] for item in items}
    assert {"xa-doan-ket", "phuong-quyet-thang", "phong-kinh-te", "van-phong-hdnd-ubnd"} <= units
    assert "ubnd-tinh" not in units  # the province is given nothing


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--today", "30/02/2023"], "không có thật"),
        (["--today", "mai"], "phải viết 2023-01-10 hoặc 10/01/2023"),
        (["--within", "3", "--from", "2023-01-01"], "không dùng cả hai"),
        (["--role", "lanh-dao"], "Vai trò 'lanh-dao' không có"),
        (["--format", "pdf"], "Dạng 'pdf' không có"),
        (["--group-by", "week"], "Cách nhóm 'week' không có"),
    ],
)
def test_bad_options_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["due", PLANS, "-u", "xã Đoàn Kết", *args])
    assert result.exit_code == 2, result.output
    assert message in result.output


SAMPLES = str(SAMPLE_REPORTS)


def test_result_files_mark_report_duties_done_on_time_or_late() -> None:
    hoa_binh = by_id(agenda(SAMPLES, "--unit", "xã Hòa Bình", "--today", "2023-04-10", "--all"))
    assert hoa_binh["bao-cao-nhanh-xa-phuong"]["status"] == "done"
    assert hoa_binh["bao-cao-nhanh-xa-phuong"]["completed"] == "2023-01-31T08:50:00+07:00"
    assert hoa_binh["bao-cao-tong-hop-xa-phuong"]["status"] == "done-late"
    quyet_thang = by_id(
        agenda(SAMPLES, "--unit", "phường Quyết Thắng", "--today", "2023-04-10", "--all")
    )
    assert quyet_thang["bao-cao-nhanh-xa-phuong"]["status"] == "done-late"  # sent at 09h40'
    assert quyet_thang["bao-cao-tong-hop-xa-phuong"]["status"] == "done"
    ia_chim = by_id(agenda(SAMPLES, "--unit", "xã Ia Chim", "--today", "2023-04-10"))
    assert ia_chim["bao-cao-tong-hop-xa-phuong"]["status"] == "overdue"  # never sent


def test_done_items_are_hidden_without_all() -> None:
    items = by_id(agenda(SAMPLES, "--unit", "xã Đoàn Kết", "--today", "2023-04-10"))
    assert "bao-cao-tong-hop-xa-phuong" not in items


def test_a_span_shows_its_start_and_end() -> None:
    markdown = runner.invoke(
        app, ["due", PLANS, "-u", "xã Đoàn Kết", "--today", "2023-01-10", "--format", "md"]
    )
    assert "**từ 08h30' ngày 31/01/2023 đến hết Quý I năm 2023**" in markdown.stdout
    table = runner.invoke(
        app, ["due", PLANS, "-u", "xã Đoàn Kết", "--today", "2023-01-10"], env={"COLUMNS": "200"}
    )
    assert "từ 08h30' ngày 31/01/2023" in table.stdout
