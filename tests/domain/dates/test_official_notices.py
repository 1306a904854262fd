"""The days off and swapped working days of the yearly notices (2024-2026), bundled beside
``holidays``, and the same shape declared by a registry or a plan."""

from __future__ import annotations

import datetime

from raquan.domain.dates.holidays_cache import official_notices
from raquan.domain.dates.workdays import WorkCalendar
from raquan.models.units import CalendarOverrides
from raquan.read.workspace import merged_calendar

D = datetime.date


def test_every_entry_cites_its_notice_and_covers_2024_to_2026() -> None:
    notices = official_notices()
    cited = [(day.date, day.notice) for day in notices.days_off]
    cited += [(day.date, day.notice) for day in notices.working_days]
    assert {day.year for day, _ in cited} == {2024, 2025, 2026}
    for day, notice in cited:
        assert notice is not None, day
        assert " số " in notice
        assert " ngày " in notice


def test_the_2026_new_year_swap_that_holidays_lacks() -> None:
    calendar = WorkCalendar()
    assert calendar.day_off_reason(D(2026, 1, 2)) == (
        "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)"
    )
    assert calendar.is_working_day(D(2026, 1, 10))  # a Saturday worked
    # Friday 2 off, Saturday 10 worked: from 31/12/2025 to 12/01/2026, 7 working days
    # (05, 06, 07, 08, 09, 10, 12).
    assert calendar.working_days_between(D(2025, 12, 31), D(2026, 1, 12)) == 7


def test_the_tet_breaks_and_swaps() -> None:
    calendar = WorkCalendar()
    assert not calendar.is_working_day(D(2024, 2, 8))
    assert calendar.is_working_day(D(2024, 5, 4))  # Saturday worked for Monday 29/04/2024
    assert not calendar.is_working_day(D(2024, 4, 29))
    assert not calendar.is_working_day(D(2025, 5, 2))
    assert calendar.is_working_day(D(2025, 4, 26))
    assert not calendar.is_working_day(D(2026, 2, 16))


def test_a_registry_or_plan_declares_swaps_in_the_same_shape() -> None:
    declared = CalendarOverrides.model_validate(
        {
            "days_off": [
                {
                    "date": "2027-02-05",
                    "reason": "Nghỉ hoán đổi dịp Tết",
                    "notice": "Thông báo số 1/TB-BNV ngày 01/10/2026 của Bộ Nội vụ",
                }
            ],
            "working_days": ["2027-02-20", {"date": "2027-02-27", "reason": "Làm bù"}],
        }
    )
    calendar = merged_calendar(declared)
    assert calendar.day_off_reason(D(2027, 2, 5)) == "Nghỉ hoán đổi dịp Tết"
    assert calendar.is_working_day(D(2027, 2, 20))
    assert calendar.is_working_day(D(2027, 2, 27))


def test_the_schema_takes_a_plain_date_or_a_table_for_a_working_day() -> None:
    from raquan.models.schema import schema_dict

    schema = schema_dict("units")
    defs = schema["$defs"]
    assert isinstance(defs, dict)
    items = defs["CalendarOverrides"]["properties"]["working_days"]["items"]
    assert items == {
        "anyOf": [{"format": "date", "type": "string"}, {"$ref": "#/$defs/WorkingDay"}]
    }
