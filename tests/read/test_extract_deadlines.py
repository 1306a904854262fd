"""Deadline phrases as clerks write them, read into the plan's deadlines; the words kept when
raquan would print them differently."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from raquan.read.extract.deadlines import find_deadlines
from raquan.read.extract.duties import checked_deadline

D = datetime.date
T = datetime.time


@pytest.mark.parametrize(
    ("text", "written", "data"),
    [
        (
            "hoàn thành trước ngày 15/01/2023, gửi về",
            "trước ngày 15/01/2023",
            {"kind": "trước", "date": D(2023, 1, 15)},
        ),
        (
            "hoàn thành trước 17 giờ 00 phút ngày 5/6/2024.",
            "trước 17 giờ 00 phút ngày 5/6/2024",
            {"kind": "trước", "date": D(2024, 6, 5), "time": T(17, 0)},
        ),
        (
            "Báo cáo nhanh trước 09h00' ngày 31 tháng 01 năm 2023 (thứ Ba)",
            "trước 09h00' ngày 31 tháng 01 năm 2023 (thứ Ba)",
            {
                "kind": "trước",
                "date": D(2023, 1, 31),
                "time": T(9, 0),
                "format": "ngày dd tháng mm năm yyyy",
                "weekday": True,
            },
        ),
        (
            "gửi về chậm nhất là ngày 15/01/2023",
            "chậm nhất là ngày 15/01/2023",
            {"kind": "chậm nhất", "date": D(2023, 1, 15)},
        ),
        (
            "hạn chót: 20/6/2024",
            "hạn chót: 20/6/2024",
            {"kind": "chậm nhất", "date": D(2024, 6, 20)},
        ),
        (
            "không muộn hơn ngày 30/6/2024",
            "không muộn hơn ngày 30/6/2024",
            {"kind": "chậm nhất", "date": D(2024, 6, 30)},
        ),
        (
            "chậm nhất vào ngày 10.5.2024",
            "chậm nhất vào ngày 10.5.2024",
            {"kind": "chậm nhất", "date": D(2024, 5, 10)},
        ),
        (
            "vào lúc 14 giờ ngày 10/5/2024",
            "vào lúc 14 giờ ngày 10/5/2024",
            {"kind": "vào lúc", "date": D(2024, 5, 10), "time": T(14, 0)},
        ),
        (
            "duy trì sau Lễ ra quân đến hết Quý I năm 2023 và",
            "đến hết Quý I năm 2023",
            {"kind": "đến hết", "date": D(2023, 3, 31)},
        ),
        ("đến hết Quý II/2024", "đến hết Quý II/2024", {"kind": "đến hết", "date": D(2024, 6, 30)}),
        (
            "đến hết tháng 2 năm 2024",
            "đến hết tháng 2 năm 2024",
            {"kind": "đến hết", "date": D(2024, 2, 29)},
        ),
        (
            "từ ngày 01/3/2024 đến hết ngày 31/3/2024",
            "từ ngày 01/3/2024 đến hết ngày 31/3/2024",
            {"kind": "đến hết", "date": D(2024, 3, 31), "start": D(2024, 3, 1)},
        ),
        (
            "tổ chức vào ngày 21/02/2024.",
            "vào ngày 21/02/2024",
            {"kind": "vào ngày", "date": D(2024, 2, 21)},
        ),
        (
            "Trong tháng 6/2024",
            "Trong tháng 6/2024",
            {"kind": "trong", "year": 2024, "month": 6},
        ),
        (
            "hoàn thành trong Quý III năm 2024.",
            "trong Quý III năm 2024",
            {"kind": "trong", "year": 2024, "quarter": 3},
        ),
        (
            "trong thời hạn 05 ngày làm việc kể từ ngày 05/02/2024.",
            "trong thời hạn 05 ngày làm việc kể từ ngày 05/02/2024",
            {
                "kind": "trong thời hạn",
                "days": 5,
                "counting": "ngày làm việc",
                "from": {"date": D(2024, 2, 5)},
            },
        ),
        (
            "báo cáo định kỳ trước ngày 25 hằng tháng.",
            "trước ngày 25 hằng tháng",
            {"kind": "trước", "repeat": "hằng tháng", "day": 25},
        ),
        (
            "Từ ngày 05/6 đến ngày 30/6/2024",
            "Từ ngày 05/6 đến ngày 30/6/2024",
            {"kind": "đến hết", "date": D(2024, 6, 30), "start": D(2024, 6, 5)},
        ),
    ],
)
def test_deadline_phrases(text: str, written: str, data: dict[str, Any]) -> None:
    (found,) = find_deadlines(text, year=2024)
    assert found.written == written
    assert found.data == data
    assert text[found.start : found.end] == written


def test_a_date_that_is_no_deadline_is_left_alone() -> None:
    text = "Thực hiện Kế hoạch số 36/KH-UBND ngày 06/01/2023 của UBND tỉnh"
    assert find_deadlines(text) == []


def test_in_a_deadline_column_a_bare_date_is_a_deadline() -> None:
    (moment,) = find_deadlines("07h30' ngày 05/6/2024 (thứ Tư)", bare=True)
    assert moment.data == {
        "kind": "vào lúc",
        "date": D(2024, 6, 5),
        "time": T(7, 30),
        "weekday": True,
    }
    (day,) = find_deadlines("31/5/2024", bare=True)
    assert day.data == {"kind": "chậm nhất", "date": D(2024, 5, 31)}


def test_a_quarter_without_its_year_takes_the_plans_year() -> None:
    (found,) = find_deadlines("đến hết Quý I", year=2023)
    assert found.data == {"kind": "đến hết", "date": D(2023, 3, 31)}
    assert found.notes == ["năm không được ghi; được hiểu là năm 2023"]


def test_a_quarter_without_a_year_is_printed_without_one() -> None:
    (found,) = find_deadlines("trong Quý II", year=2024)
    assert found.data == {"kind": "trong", "year": 2024, "quarter": 2, "show_year": False}
    assert checked_deadline(found) == found.data


def test_during_an_event_of_the_plan() -> None:
    events = [{"id": "le-ra-quan", "title": "Lễ ra quân đầu xuân", "date": D(2023, 1, 31)}]
    (found,) = find_deadlines("bảo đảm an ninh trong thời gian diễn ra Lễ ra quân đầu xuân.")
    assert checked_deadline(found, events) == {"kind": "trong thời gian", "event": "le-ra-quan"}
    assert checked_deadline(found, []) is None


def test_words_raquan_prints_the_same_way_need_no_text() -> None:
    (same,) = find_deadlines("hoàn thành trước ngày 15/01/2023.")
    assert checked_deadline(same) == {"kind": "trước", "date": D(2023, 1, 15)}
    (other,) = find_deadlines("hoàn thành trước ngày 5/6/2024.")
    assert checked_deadline(other) == {
        "kind": "trước",
        "date": D(2024, 6, 5),
        "text": "trước ngày 5/6/2024",
    }
