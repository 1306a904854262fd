"""Working days of state offices, days off and the next working day of a deadline."""

from __future__ import annotations

import datetime

import pytest

from raquan.domain.dates import DECLARED_DAY_OFF, WorkCalendar

D = datetime.date


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    return WorkCalendar()


def test_sunday_deadline_moves_to_monday(calendar: WorkCalendar) -> None:
    assert calendar.day_off_reason(D(2023, 1, 15)) == "Chủ nhật"
    assert calendar.next_working_day(D(2023, 1, 15)) == D(2023, 1, 16)
    assert calendar.day_off_reason(D(2023, 1, 14)) == "thứ Bảy"


def test_a_working_day_is_its_own_next_working_day(calendar: WorkCalendar) -> None:
    assert calendar.is_working_day(D(2023, 1, 31))
    assert calendar.day_off_reason(D(2023, 1, 31)) is None
    assert calendar.next_working_day(D(2023, 1, 31)) == D(2023, 1, 31)
    assert calendar.following_working_day(D(2023, 1, 31)) == D(2023, 2, 1)


def test_tet_2023(calendar: WorkCalendar) -> None:
    assert calendar.day_off_reason(D(2023, 1, 24)) == "Mùng ba Tết Nguyên Đán"
    assert all(not calendar.is_working_day(D(2023, 1, day)) for day in range(20, 27))
    assert calendar.next_working_day(D(2023, 1, 20)) == D(2023, 1, 27)
    assert calendar.following_working_day(D(2023, 1, 19)) == D(2023, 1, 27)


def test_other_public_holidays(calendar: WorkCalendar) -> None:
    assert calendar.day_off_reason(D(2023, 4, 29)) == "Ngày Giỗ Tổ Hùng Vương"
    assert calendar.day_off_reason(D(2023, 9, 2)) == "Quốc khánh"
    assert calendar.next_working_day(D(2023, 4, 29)) == D(2023, 5, 4)


def test_swapped_weekend_day_is_a_working_day(calendar: WorkCalendar) -> None:
    # Saturday 27/12/2014 was worked in exchange for Friday 02/01/2015.
    assert calendar.is_working_day(D(2014, 12, 27))
    assert calendar.day_off_reason(D(2015, 1, 2)) is not None


def test_years_without_holiday_data_have_weekends_only(calendar: WorkCalendar) -> None:
    assert calendar.is_working_day(D(2150, 1, 1))
    assert calendar.day_off_reason(D(2150, 1, 3)) == "thứ Bảy"


def test_declared_overrides_win() -> None:
    calendar = WorkCalendar(
        extra_days_off={D(2023, 2, 3): "Nghỉ phục vụ Lễ ra quân", D(2023, 2, 6): ""},
        extra_working_days=[D(2023, 1, 24), D(2023, 2, 4)],
    )
    assert calendar.day_off_reason(D(2023, 2, 3)) == "Nghỉ phục vụ Lễ ra quân"
    assert calendar.day_off_reason(D(2023, 2, 6)) == DECLARED_DAY_OFF
    assert calendar.is_working_day(D(2023, 1, 24))
    assert calendar.is_working_day(D(2023, 2, 4))
    assert calendar.next_working_day(D(2023, 2, 3)) == D(2023, 2, 4)
    assert calendar.following_working_day(D(2023, 2, 4)) == D(2023, 2, 7)


def test_declared_days_off_as_plain_dates() -> None:
    calendar = WorkCalendar(extra_days_off=[D(2023, 1, 31)])
    assert calendar.day_off_reason(D(2023, 1, 31)) == DECLARED_DAY_OFF
    assert calendar.extra_days_off == {D(2023, 1, 31): DECLARED_DAY_OFF}


def test_a_day_declared_both_ways_is_refused() -> None:
    with pytest.raises(ValueError, match="31/01/2023 vừa được khai báo là ngày nghỉ"):
        WorkCalendar(extra_days_off=[D(2023, 1, 31)], extra_working_days=[D(2023, 1, 31)])


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        (D(2023, 1, 30), D(2023, 1, 30), 0),
        (D(2023, 1, 30), D(2023, 1, 31), 1),
        (D(2023, 1, 31), D(2023, 2, 3), 3),  # "còn 3 ngày làm việc"
        (D(2023, 1, 13), D(2023, 1, 16), 1),  # the weekend does not count
        (D(2023, 1, 19), D(2023, 1, 27), 1),  # neither does Tết
        (D(2022, 12, 30), D(2023, 1, 3), 1),  # 31/12, 01/01 and its substitute 02/01 are off
        (D(2023, 2, 3), D(2023, 1, 31), -3),
        # 2022 and 2023 each have 260 weekdays, 11 of them public holidays or substitutes.
        (D(2022, 1, 1), D(2024, 1, 1), 249 + 249),
    ],
)
def test_working_days_between(
    calendar: WorkCalendar, start: datetime.date, end: datetime.date, count: int
) -> None:
    assert calendar.working_days_between(start, end) == count


def test_working_days_between_counts_what_is_working_day_says(calendar: WorkCalendar) -> None:
    start = D(2022, 11, 20)
    days = [start + datetime.timedelta(days=n) for n in range(1, 500)]
    expected = 0
    for day in days:
        expected += calendar.is_working_day(day)
        assert calendar.working_days_between(start, day) == expected
