"""Dates found in free Vietnamese text, with their times and weekday and lunar claims."""

from __future__ import annotations

import datetime
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from raquan.domain.dates import (
    MAX_DATE,
    MIN_DATE,
    DateForm,
    DateMention,
    bracketed_lunar,
    find_dates,
    long_date,
    short_date,
    time_phrase,
    weekday_name,
)
from support.plans import FIXTURES

D = datetime.date
T = datetime.time
REFERENCE = FIXTURES / "reference" / "ke-hoach-ra-quan-2023-kon-tum.md"

Summary = tuple[
    str,
    datetime.date | None,
    datetime.time | None,
    tuple[str, int] | None,
    tuple[str, int, int, bool, tuple[int, int] | None] | None,
]


def _summary(mention: DateMention) -> Summary:
    weekday = mention.weekday
    lunar = mention.lunar
    return (
        mention.text,
        mention.date,
        mention.time.time if mention.time else None,
        (weekday.text, weekday.weekday) if weekday else None,
        (lunar.text, lunar.day, lunar.month, lunar.leap, lunar.can_chi) if lunar else None,
    )


def _check_offsets(text: str, mentions: list[DateMention]) -> None:
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        for claim in (mention.time, mention.weekday, mention.lunar):
            if claim is not None:
                assert text[claim.start : claim.end] == claim.text


def test_every_date_of_the_reference_plan() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    mentions = find_dates(text)
    report_due = (
        "ngày 31 tháng 01 năm 2023",
        D(2023, 1, 31),
        T(9, 0),
        ("Thứ Ba", 1),
        None,
    )
    summary_due: Summary = ("ngày 01 tháng 4 năm 2023", D(2023, 4, 1), None, None, None)
    assert [_summary(m) for m in mentions] == [
        ("ngày 06/01/2023", D(2023, 1, 6), None, None, None),
        ("ngày 06/01/2023", D(2023, 1, 6), None, None, None),
        ("ngày 28/12/2022", D(2022, 12, 28), None, None, None),
        ("ngày 31 tháng 12 năm 2020", D(2020, 12, 31), None, None, None),
        (
            "ngày 31 tháng 01 năm 2023",
            D(2023, 1, 31),
            T(8, 30),
            ("thứ ba", 1),
            ("nhằm ngày Mừng 10 tháng Giêng năm Quý Mão", 10, 1, False, (9, 3)),
        ),
        ("ngày 15/01/2023", D(2023, 1, 15), None, None, None),
        report_due,
        summary_due,
        report_due,
        summary_due,
        ("ngày 30/01/2023", D(2023, 1, 30), None, None, None),
        (*report_due[:3], ("thứ Ba", 1), None),
        summary_due,
    ]
    _check_offsets(text, mentions)
    ceremony = mentions[4]
    assert ceremony.time is not None
    assert ceremony.time.text == "08h30’"
    assert ceremony.weekday_agrees is True
    assert ceremony.lunar_agrees is True
    assert all(m.claims_agree and m.problem is None for m in mentions)
    assert [m.form for m in mentions[:5]] == [DateForm.SLASH] * 3 + [DateForm.WORDS] * 2


def test_document_numbers_and_other_numbers_are_not_dates() -> None:
    text = (
        "Kế hoạch số 36/KH-UBND; Công văn số 1766-CV/TU; Báo cáo 918/BC-PKT; hết Quý I năm "
        "2023; nhiệm kỳ 2020 - 2025; Chỉ thị số 45/CT-TTg; Nghị định 30/2020/NĐ-CP; "
        "Thông tư 01/2011/TT-BNV; tỷ lệ 1/2, 3/4; tháng 01 năm 2023; ngày      tháng 01 năm 2023; "
        "ngày 15/01; phiên bản 1.2.3; Thôn 8, xã Đoàn Kết; 127-QĐ/TW; 15/01/20"
    )
    assert find_dates(text) == []


def test_weekday_claim_that_disagrees() -> None:
    [mention] = find_dates("Họp vào thứ hai, ngày 31/01/2023.")
    assert mention.weekday is not None
    assert mention.weekday.weekday == 0
    assert mention.weekday_agrees is False
    assert mention.claims_agree is False


def test_lunar_claim_that_disagrees() -> None:
    [mention] = find_dates("ngày 31/01/2023 (nhằm ngày 11 tháng Giêng)")
    assert mention.lunar is not None
    assert (mention.lunar.day, mention.lunar.month, mention.lunar.can_chi) == (11, 1, None)
    assert mention.lunar_agrees is False
    assert mention.claims_agree is False


def test_wrong_can_chi_year_disagrees() -> None:
    [mention] = find_dates("ngày 31/01/2023 (nhằm ngày Mùng 10 tháng Giêng năm Nhâm Dần)")
    assert mention.lunar_agrees is False


def test_leap_month_claims() -> None:
    leap, plain = find_dates(
        "ngày 22/03/2023 (nhằm ngày Mùng 1 tháng Hai nhuận năm Quý Mão), "
        "ngày 20/02/2023 (nhằm ngày Mùng 1 tháng Hai năm Quý Mão), "
    )
    assert leap.lunar is not None
    assert leap.lunar.leap
    assert leap.lunar_agrees is True
    assert plain.lunar is not None
    assert not plain.lunar.leap
    assert plain.lunar_agrees is True


def test_impossible_date_is_reported_without_a_date() -> None:
    [mention] = find_dates("hoàn thành trước ngày 30/02/2023.")
    assert mention.date is None
    assert (mention.day, mention.month, mention.year) == (30, 2, 2023)
    assert mention.problem == "Không có ngày 30/02/2023: tháng 2 năm 2023 chỉ có 28 ngày."
    assert mention.text == "ngày 30/02/2023"


def test_impossible_month() -> None:
    [mention] = find_dates("ngày 12 tháng 13 năm 2023")
    assert mention.date is None
    assert mention.problem == "Không có ngày 12/13/2023: tháng chỉ từ 1 đến 12."


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("15/01/2023", DateForm.SLASH),
        ("15-01-2023", DateForm.DASH),
        ("15.01.2023", DateForm.DOT),
        ("ngày 15 tháng 01 năm 2023", DateForm.WORDS),
        ("ngày 15 tháng 1 năm 2023", DateForm.WORDS),
        ("Ngày 15/1/2023", DateForm.SLASH),
    ],
)
def test_accepted_forms(text: str, form: DateForm) -> None:
    [mention] = find_dates(f"Hạn chót: {text}.")
    assert mention.date == D(2023, 1, 15)
    assert mention.form == form


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("lúc 09h00' ngày 31/01/2023", T(9, 0)),
        ("lúc 09h00’ ngày 31/01/2023", T(9, 0)),
        ("08 giờ 30 phút, ngày 31/01/2023", T(8, 30)),
        ("9h ngày 31/01/2023", T(9, 0)),
        ("lúc 08h30 ngày 31/01/2023", T(8, 30)),
        ("ngày 31/01/2023, lúc 14:00", T(14, 0)),
        ("ngày 31/01/2023 vào lúc 14 giờ", T(14, 0)),
    ],
)
def test_times(text: str, time: datetime.time) -> None:
    [mention] = find_dates(text)
    assert mention.time is not None
    assert mention.time.time == time


@pytest.mark.parametrize(
    "text",
    [
        "thứ ba, ngày 31/01/2023",
        "ngày 31/01/2023 (thứ Ba)",
        "08h30' (thứ ba), ngày 31 tháng 01 năm 2023",
        "Thứ Ba ngày 31/01/2023",
        "31/01/2023 (thứ 3)",
    ],
)
def test_weekday_claim_positions(text: str) -> None:
    [mention] = find_dates(text)
    assert mention.weekday is not None
    assert mention.weekday_agrees is True


@pytest.mark.parametrize(
    "text",
    [
        "Kỳ họp thứ năm, ngày 15/01/2023",
        "Hội nghị lần thứ hai, ngày 15/01/2023",
        "sắp xếp theo thứ tự, ngày 15/01/2023",
    ],
)
def test_ordinals_are_not_weekday_claims(text: str) -> None:
    [mention] = find_dates(text)
    assert mention.weekday is None


@pytest.mark.parametrize(
    "text",
    [
        "ngày 31/01/2023 (nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)",
        "ngày 31/01/2023 (nhằm ngày Mừng 10 tháng Giêng năm Quý Mão)",
        "ngày 31/01/2023, nhằm ngày mồng 10 tháng Giêng",
        "ngày 31/01/2023 (tức ngày 10 tháng 01 năm Quý Mão âm lịch)",
        "ngày 31/01/2023 (tức ngày 10/01 âm lịch)",
        "ngày Mùng 10 tháng Giêng năm Quý Mão (31/01/2023)",
    ],
)
def test_lunar_claim_forms(text: str) -> None:
    [mention] = find_dates(text)
    assert mention.lunar is not None
    assert (mention.lunar.day, mention.lunar.month) == (10, 1)
    assert mention.lunar_agrees is True


def test_two_dates_share_a_sentence() -> None:
    first, second = find_dates("từ ngày 15/01/2023 (Chủ nhật) - 20/01/2023 (thứ Sáu)")
    assert first.weekday is not None
    assert first.weekday.text == "Chủ nhật"
    assert second.weekday is not None
    assert second.weekday.text == "thứ Sáu"
    assert first.claims_agree
    assert second.claims_agree


def test_range_without_spaces() -> None:
    first, second = find_dates("từ 07h30-11h00 ngày 15/01/2023-20/01/2023")
    assert (first.date, second.date) == (D(2023, 1, 15), D(2023, 1, 20))
    assert first.time is not None
    assert first.time.text == "11h00"  # one time per date: the nearest


def test_offsets_index_nfd_text_as_given() -> None:
    nfc = (
        "Lễ ra quân lúc 08h30’ (thứ ba), ngày 31 tháng 01 năm 2023 (nhằm ngày Mừng 10 tháng Giêng)."
    )
    nfd = unicodedata.normalize("NFD", nfc)
    assert len(nfd) > len(nfc)
    [mention] = find_dates(nfd)
    _check_offsets(nfd, [mention])
    assert unicodedata.normalize("NFC", mention.text) == "ngày 31 tháng 01 năm 2023"
    assert mention.weekday_agrees is True
    assert mention.lunar_agrees is True


@settings(derandomize=True, max_examples=300)
@given(
    st.dates(min_value=MIN_DATE, max_value=MAX_DATE),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.booleans(),
    st.booleans(),
)
def test_rendered_phrases_are_found_again(
    day: datetime.date, time: datetime.time, words: bool, nfd: bool
) -> None:
    written = long_date(day) if words else f"ngày {short_date(day)}"
    text = (
        f"Báo cáo trước {time_phrase(time)} ({weekday_name(day)}), {written} "
        f"{bracketed_lunar(day)}; Kế hoạch số 12/KH-UBND."
    )
    if nfd:
        text = unicodedata.normalize("NFD", text)
    [mention] = find_dates(text)
    _check_offsets(text, [mention])
    assert mention.date == day
    assert mention.time is not None
    assert mention.time.time == time
    assert mention.weekday_agrees is True
    assert mention.lunar_agrees is True
