"""Dates and times written as documents write them."""

from __future__ import annotations

import datetime

import pytest

from raquan.domain.dates import (
    bracketed_lunar,
    bracketed_weekday,
    day_number,
    long_date,
    lunar_phrase,
    month_number,
    short_date,
    time_phrase,
    weekday_long_date,
)

D = datetime.date


def test_short_date_always_has_two_digit_day_and_month() -> None:
    assert short_date(D(2023, 1, 6)) == "06/01/2023"
    assert short_date(D(2023, 12, 31)) == "31/12/2023"


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (D(2023, 1, 6), "ngày 06 tháng 01 năm 2023"),
        (D(2023, 6, 29), "ngày 29 tháng 6 năm 2023"),
        (D(2023, 4, 1), "ngày 01 tháng 4 năm 2023"),
        (D(2023, 2, 5), "ngày 05 tháng 02 năm 2023"),
        (D(2023, 12, 10), "ngày 10 tháng 12 năm 2023"),
    ],
)
def test_long_date_leading_zero_rule(day: datetime.date, text: str) -> None:
    assert long_date(day) == text


def test_building_blocks_for_a_blank_draft_day() -> None:
    assert [month_number(m) for m in (1, 2, 3, 12)] == ["01", "02", "3", "12"]
    assert [day_number(d) for d in (1, 9, 10, 31)] == ["01", "09", "10", "31"]
    assert f"ngày      tháng {month_number(1)} năm 2023" == "ngày      tháng 01 năm 2023"
    with pytest.raises(ValueError, match="không có tháng 13"):
        month_number(13)
    with pytest.raises(ValueError, match="không có ngày 0"):
        day_number(0)


def test_time_phrase() -> None:
    assert time_phrase(datetime.time(8, 30)) == "08h30'"
    assert time_phrase(datetime.time(9, 0)) == "09h00'"
    assert time_phrase(datetime.time(14, 5)) == "14h05'"


def test_lunar_phrases() -> None:
    assert lunar_phrase(D(2023, 1, 31)) == "ngày Mùng 10 tháng Giêng năm Quý Mão"
    assert lunar_phrase(D(2023, 3, 22)) == "ngày Mùng 1 tháng Hai nhuận năm Quý Mão"
    assert lunar_phrase(D(2023, 9, 29)) == "ngày 15 tháng Tám năm Quý Mão"
    assert lunar_phrase(D(2024, 1, 20)) == "ngày Mùng 10 tháng Chạp năm Quý Mão"
    assert bracketed_lunar(D(2023, 1, 31)) == "(nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)"


def test_weekday_phrases() -> None:
    assert bracketed_weekday(D(2023, 1, 31)) == "(thứ Ba)"
    assert bracketed_weekday(D(2023, 1, 15)) == "(Chủ nhật)"
    assert weekday_long_date(D(2023, 1, 31)) == "thứ Ba, ngày 31 tháng 01 năm 2023"
