"""Names of weekdays, can chi years, lunar months and days, and their parsers."""

from __future__ import annotations

import datetime
import unicodedata

import pytest

from raquan.domain.dates import (
    is_year_named,
    lunar_day_phrase,
    lunar_month_name,
    parse_lunar_day,
    parse_lunar_month,
    parse_weekday,
    parse_year_name,
    weekday_name,
    year_name,
)


def test_weekday_names_follow_nd30_capitals() -> None:
    monday = datetime.date(2023, 1, 30)
    names = [weekday_name(monday + datetime.timedelta(days=n)) for n in range(7)]
    assert names == ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("thứ Ba", 1),
        ("Thứ ba", 1),
        ("THỨ BA", 1),
        ("thu ba", 1),
        ("thứ 3", 1),
        ("thứ 2", 0),
        ("thứ 7", 5),
        ("thứ bẩy", 5),
        ("Chủ nhật", 6),
        ("chủ nhật", 6),
        ("chu nhat", 6),
        ("CN", 6),
        ("  thứ   Tư ", 2),
        (unicodedata.normalize("NFD", "thứ Tư"), 2),
    ],
)
def test_parse_weekday(text: str, weekday: int) -> None:
    assert parse_weekday(text) == weekday


@pytest.mark.parametrize("text", ["thứ tự", "thứ 8", "thứ", "ngày", "", "thứ nhất"])
def test_parse_weekday_refuses_non_weekdays(text: str) -> None:
    assert parse_weekday(text) is None


@pytest.mark.parametrize(
    ("year", "name"),
    [
        (2023, "Quý Mão"),
        (1968, "Mậu Thân"),
        (2024, "Giáp Thìn"),
        (2025, "Ất Tỵ"),
        (1984, "Giáp Tý"),
    ],
)
def test_year_name(year: int, name: str) -> None:
    assert year_name(year) == name
    assert is_year_named(year, name)
    assert is_year_named(year + 60, name)
    assert not is_year_named(year + 1, name)


@pytest.mark.parametrize(
    ("text", "indices"),
    [
        ("Quý Mão", (9, 3)),
        ("quy mao", (9, 3)),
        ("QUÍ MẸO", (9, 3)),
        ("Ất Tỵ", (1, 5)),
        ("at ty", (1, 5)),  # Tỵ, not Tý: a stem and a branch share their parity
        ("giap ty", (0, 0)),
        ("Kỉ Hợi", (5, 11)),
    ],
)
def test_parse_year_name(text: str, indices: tuple[int, int]) -> None:
    assert parse_year_name(text) == indices


@pytest.mark.parametrize("text", ["Quý Thìn", "Quý", "Mão Quý", "năm Quý Mão", ""])
def test_parse_year_name_refuses_non_names(text: str) -> None:
    assert parse_year_name(text) is None


def test_lunar_month_names() -> None:
    names = [lunar_month_name(month) for month in range(1, 13)]
    assert names == [
        "Giêng",
        "Hai",
        "Ba",
        "Tư",
        "Năm",
        "Sáu",
        "Bảy",
        "Tám",
        "Chín",
        "Mười",
        "Mười Một",
        "Chạp",
    ]
    for month, name in enumerate(names, start=1):
        assert parse_lunar_month(name) == month
        assert parse_lunar_month(name.upper()) == month
        assert parse_lunar_month(str(month)) == month
        assert parse_lunar_month(f"{month:02d}") == month


@pytest.mark.parametrize(
    ("text", "month"),
    [("gieng", 1), ("tháng Giêng", 1), ("muoi mot", 11), ("Mười Hai", 12), ("chap", 12)],
)
def test_parse_lunar_month_variants(text: str, month: int) -> None:
    assert parse_lunar_month(text) == month


@pytest.mark.parametrize("text", ["13", "0", "Một", "Giếng", ""])
def test_parse_lunar_month_refuses(text: str) -> None:
    assert parse_lunar_month(text) is None


def test_lunar_day_phrases() -> None:
    assert [lunar_day_phrase(day) for day in (1, 10, 11, 15, 30)] == [
        "Mùng 1",
        "Mùng 10",
        "11",
        "15",
        "30",
    ]
    with pytest.raises(ValueError, match="không có ngày 31"):
        lunar_day_phrase(31)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Mùng 10", 10),
        ("mồng 5", 5),
        ("Mừng 10", 10),
        ("MÙNG 1", 1),
        ("mung 3", 3),
        ("mùng10", 10),
        ("15", 15),
        ("05", 5),
    ],
)
def test_parse_lunar_day(text: str, day: int) -> None:
    assert parse_lunar_day(text) == day


@pytest.mark.parametrize("text", ["31", "0", "Mùng", "mưng 5", ""])
def test_parse_lunar_day_refuses(text: str) -> None:
    assert parse_lunar_day(text) is None
