"""Months, quarters and recurring days."""

from __future__ import annotations

import datetime

import pytest

from raquan.domain.dates.periods import Recurrence, month_span, quarter_of, quarter_span, roman

D = datetime.date


def test_month_and_quarter_spans() -> None:
    assert month_span(2024, 2) == (D(2024, 2, 1), D(2024, 2, 29))
    assert month_span(2023, 2) == (D(2023, 2, 1), D(2023, 2, 28))
    assert quarter_span(2024, 2) == (D(2024, 4, 1), D(2024, 6, 30))
    assert quarter_span(2024, 4) == (D(2024, 10, 1), D(2024, 12, 31))
    assert [roman(q) for q in (1, 2, 3, 4)] == ["I", "II", "III", "IV"]
    assert quarter_of(D(2024, 9, 30)) == 3
    with pytest.raises(ValueError, match="Quý phải từ 1 đến 4"):
        quarter_span(2024, 5)


def test_monthly_occurrences_within_bounds() -> None:
    monthly = Recurrence("hằng tháng", 25)
    found = monthly.occurrences(D(2024, 1, 10), D(2024, 4, 24))
    assert [o.day for o in found] == [D(2024, 1, 25), D(2024, 2, 25), D(2024, 3, 25)]
    assert [o.label for o in found] == ["tháng 1/2024", "tháng 2/2024", "tháng 3/2024"]
    assert [o.key for o in found] == ["2024-01", "2024-02", "2024-03"]
    assert monthly.phrase() == "ngày 25 hằng tháng"


def test_a_day_beyond_the_month_end_is_the_last_day() -> None:
    found = Recurrence("hằng tháng", 31).occurrences(D(2024, 1, 1), D(2024, 4, 30))
    assert [o.day for o in found] == [
        D(2024, 1, 31),
        D(2024, 2, 29),
        D(2024, 3, 31),
        D(2024, 4, 30),
    ]


def test_quarterly_and_yearly() -> None:
    quarterly = Recurrence("hằng quý", 15)
    found = quarterly.occurrences(D(2024, 1, 1), D(2024, 12, 31))
    assert [o.day for o in found] == [
        D(2024, 3, 15),
        D(2024, 6, 15),
        D(2024, 9, 15),
        D(2024, 12, 15),
    ]
    assert found[1].label == "Quý II/2024"
    assert found[1].key == "2024-Q2"
    assert quarterly.phrase() == "ngày 15 của tháng cuối quý"
    assert Recurrence("hằng quý", 5, 1).phrase() == "ngày 05 của tháng đầu quý"
    yearly = Recurrence("hằng năm", 15, 12)
    assert [o.day for o in yearly.occurrences(D(2024, 1, 1), D(2025, 12, 31))] == [
        D(2024, 12, 15),
        D(2025, 12, 15),
    ]
    assert yearly.phrase() == "ngày 15/12 hằng năm"


def test_rrule_parts() -> None:
    assert Recurrence("hằng tháng", 25).rrule() == {"FREQ": ["MONTHLY"], "BYMONTHDAY": [25]}
    assert Recurrence("hằng quý", 31).rrule()["BYMONTHDAY"] == [-1]
    assert Recurrence("hằng năm", 15, 12).rrule() == {
        "FREQ": ["YEARLY"],
        "BYMONTH": [12],
        "BYMONTHDAY": [15],
    }
    assert Recurrence("hằng tháng", 28).exact_in_rrule
    assert not Recurrence("hằng tháng", 30).exact_in_rrule


def test_invalid_recurrences_say_why_in_vietnamese() -> None:
    with pytest.raises(ValueError, match="Ngày trong tháng phải từ 1 đến 31"):
        Recurrence("hằng tháng", 32)
    with pytest.raises(ValueError, match="phải ghi tháng"):
        Recurrence("hằng năm", 15)
    with pytest.raises(ValueError, match="tháng thứ mấy của quý"):
        Recurrence("hằng quý", 15, 4)
