"""The Vietnamese lunar calendar: known dates, the holidays package, and round trips."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raquan.domain.dates import (
    MAX_DATE,
    MIN_DATE,
    LunarDate,
    leap_month,
    lunar_new_year,
    lunar_to_solar,
    month_length,
    solar_to_lunar,
)

D = datetime.date


@pytest.mark.parametrize(
    ("year", "tet", "chinese_tet"),
    [
        (1968, D(1968, 1, 29), D(1968, 1, 30)),
        (1985, D(1985, 1, 21), D(1985, 2, 20)),
        (2007, D(2007, 2, 17), D(2007, 2, 18)),
    ],
)
def test_tet_follows_vietnam_not_china(
    year: int, tet: datetime.date, chinese_tet: datetime.date
) -> None:
    assert lunar_new_year(year) == tet
    assert lunar_new_year(year) != chinese_tet


@pytest.mark.parametrize(
    ("year", "tet"),
    [
        (1900, D(1900, 1, 31)),
        (2023, D(2023, 1, 22)),
        (2024, D(2024, 2, 10)),
        (2025, D(2025, 1, 29)),
        (2026, D(2026, 2, 17)),
    ],
)
def test_known_tet(year: int, tet: datetime.date) -> None:
    assert lunar_new_year(year) == tet
    assert solar_to_lunar(tet) == LunarDate(day=1, month=1, year=year)
    assert solar_to_lunar(tet - datetime.timedelta(days=1)).year == year - 1


@pytest.mark.parametrize(
    ("solar", "lunar"),
    [
        (D(2023, 1, 31), LunarDate(day=10, month=1, year=2023)),
        (D(2023, 2, 20), LunarDate(day=1, month=2, year=2023)),
        (D(2023, 3, 22), LunarDate(day=1, month=2, year=2023, leap=True)),
        (D(2023, 4, 29), LunarDate(day=10, month=3, year=2023)),  # Giỗ Tổ Hùng Vương
        (D(2023, 1, 21), LunarDate(day=30, month=12, year=2022)),  # Giao thừa, 30 Tết
        (D(2023, 9, 29), LunarDate(day=15, month=8, year=2023)),  # Tết Trung thu
        (D(2024, 4, 18), LunarDate(day=10, month=3, year=2024)),  # Giỗ Tổ 2024
        (D(1900, 1, 1), LunarDate(day=1, month=12, year=1899)),
    ],
)
def test_known_dates(solar: datetime.date, lunar: LunarDate) -> None:
    assert solar_to_lunar(solar) == lunar
    assert lunar_to_solar(lunar) == solar


def test_leap_months() -> None:
    assert leap_month(2023) == 2
    assert leap_month(2020) == 4
    assert leap_month(2025) == 6
    assert leap_month(2024) is None
    assert month_length(2023, 2, leap=True) == 29
    assert month_length(2022, 12) == 30


@pytest.mark.parametrize(
    ("lunar", "message_part"),
    [
        (LunarDate(day=1, month=3, year=2023, leap=True), "tháng nhuận năm đó là tháng Hai"),
        (LunarDate(day=1, month=2, year=2024, leap=True), "năm đó không có tháng nhuận"),
        (LunarDate(day=30, month=2, year=2023, leap=True), "chỉ có 29 ngày"),
        (LunarDate(day=1, month=13, year=2023), "không có tháng 13"),
        (LunarDate(day=0, month=1, year=2023), "không có ngày 0"),
        (LunarDate(day=1, month=1, year=2200), "01/01/1900 đến 31/12/2199"),
        (LunarDate(day=1, month=1, year=1899), "01/01/1900 đến 31/12/2199"),
    ],
)
def test_impossible_lunar_dates_are_refused(lunar: LunarDate, message_part: str) -> None:
    with pytest.raises(ValueError, match=message_part):
        lunar_to_solar(lunar)


@pytest.mark.parametrize("day", [D(1899, 12, 31), D(2200, 1, 1)])
def test_out_of_range_solar_dates_are_refused(day: datetime.date) -> None:
    with pytest.raises(ValueError, match="từ 01/01/1900 đến 31/12/2199"):
        solar_to_lunar(day)


def _holidays_tet_dates() -> dict[int, list[datetime.date]]:
    import holidays
    from holidays.calendars.chinese import _ChineseLunisolar
    from holidays.countries.vietnam import Vietnam

    # The years the package's Vietnamese calendar covers: its lunisolar table, within the
    # years the Vietnam class accepts.
    table = _ChineseLunisolar.LUNAR_NEW_YEAR_DATES
    first = max(min(table), Vietnam.start_year)
    last = min(max(table), Vietnam.end_year)
    assert last - first > 100
    calendar = holidays.country_holidays("VN", years=range(first, last + 1), language="vi")
    found: dict[int, list[datetime.date]] = {year: [] for year in range(first, last + 1)}
    for day, names in calendar.items():
        if "Tết Nguyên Đán" in names.split("; "):
            found[day.year].append(day)
    return found


def test_tet_matches_holidays_package_in_every_year_it_covers() -> None:
    found = _holidays_tet_dates()
    mismatches = {
        year: (days, lunar_new_year(year))
        for year, days in found.items()
        if days != [lunar_new_year(year)]
    }
    assert mismatches == {}


@settings(derandomize=True, max_examples=400)
@given(st.dates(min_value=MIN_DATE, max_value=MAX_DATE))
def test_solar_lunar_round_trip(day: datetime.date) -> None:
    lunar = solar_to_lunar(day)
    assert 1 <= lunar.day <= month_length(lunar.year, lunar.month, lunar.leap)
    assert lunar_to_solar(lunar) == day


def test_every_day_of_the_range_follows_the_previous_one() -> None:
    day = MIN_DATE
    previous = solar_to_lunar(day)
    while day < MAX_DATE:
        day += datetime.timedelta(days=1)
        lunar = solar_to_lunar(day)
        if lunar.day != 1:
            assert lunar == LunarDate(
                previous.day + 1, previous.month, previous.year, previous.leap
            )
        else:
            assert previous.day in (29, 30)
            if lunar.leap:
                assert (lunar.month, lunar.year) == (previous.month, previous.year)
            elif lunar.month == 1:
                assert (previous.month, lunar.year) == (12, previous.year + 1)
            else:
                assert (lunar.month, lunar.year) == (previous.month + 1, previous.year)
        assert lunar_to_solar(lunar) == day
        previous = lunar
