"""Vietnamese names of weekdays, lunar years (can chi), lunar months and lunar days.

Each name is written as official documents write it, and each has a tolerant parser that
accepts any case, NFC or NFD, and the word written either correctly or without diacritics.
Hand-written: these are short fixed tables, and no library knows the documents' spelling
(capitals per Phụ lục II, Nghị định 30/2020/NĐ-CP: "thứ Ba", "tháng Giêng", "Quý Mão").
"""

from __future__ import annotations

import datetime
import re

from raquan.domain.folding import match_any, normalize_words

WEEKDAY_NAMES: tuple[str, ...] = (
    "thứ Hai",
    "thứ Ba",
    "thứ Tư",
    "thứ Năm",
    "thứ Sáu",
    "thứ Bảy",
    "Chủ nhật",
)
"""Weekday names indexed by Python's weekday number (Monday = 0)."""

CAN: tuple[str, ...] = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
"""The ten heavenly stems (thiên can)."""

CHI: tuple[str, ...] = (
    "Tý",
    "Sửu",
    "Dần",
    "Mão",
    "Thìn",
    "Tỵ",
    "Ngọ",
    "Mùi",
    "Thân",
    "Dậu",
    "Tuất",
    "Hợi",
)
"""The twelve earthly branches (địa chi)."""

LUNAR_MONTH_NAMES: tuple[str, ...] = (
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
)
"""Lunar month names, index 0 = month 1 (tháng Giêng) … index 11 = month 12 (tháng Chạp)."""

_WEEKDAY_SPELLINGS: tuple[tuple[str, int], ...] = (
    *((name, number) for number, name in enumerate(WEEKDAY_NAMES)),
    ("thứ Bẩy", 5),
    ("thứ Tư", 2),
    ("thứ Bốn", 2),
    *((f"thứ {number + 2}", number) for number in range(6)),
    ("CN", 6),
)

_CAN_SPELLINGS: tuple[tuple[str, int], ...] = (
    *((name, index) for index, name in enumerate(CAN)),
    ("Kỉ", 5),
    ("Quí", 9),
)

_CHI_SPELLINGS: tuple[tuple[str, int], ...] = (
    *((name, index) for index, name in enumerate(CHI)),
    ("Tí", 0),
    ("Mẹo", 3),
    ("Tị", 5),
)

_MONTH_SPELLINGS: tuple[tuple[str, int], ...] = (
    *((name, index + 1) for index, name in enumerate(LUNAR_MONTH_NAMES)),
    ("Bốn", 4),
    ("Mười Hai", 12),
)

_NUMBER = re.compile(r"\d{1,2}")
_LUNAR_DAY = re.compile(r"(?:(?:mùng|mồng|mừng|mung|mong) ?)?(\d{1,2})")


def weekday_name(d: datetime.date) -> str:
    """The weekday of ``d`` as documents write it: "thứ Hai" … "thứ Bảy", "Chủ nhật"."""
    return WEEKDAY_NAMES[d.weekday()]


def parse_weekday(text: str) -> int | None:
    """Python's weekday number (Monday = 0) of a written weekday, or None if it is not one.

    Accepts any case, NFC or NFD, with or without diacritics: "thứ Ba", "Thứ ba", "thu ba",
    "thứ 3", "Chủ nhật", "chu nhat", "CN". A word with other diacritics is refused
    ("thứ tự" is not "thứ tư").
    """
    found = match_any(normalize_words(text), _WEEKDAY_SPELLINGS)
    return found[0] if found else None


def year_name(lunar_year: int) -> str:
    """The can chi name of a lunar year: 2023 -> "Quý Mão", 1968 -> "Mậu Thân"."""
    can, chi = year_name_indices(lunar_year)
    return f"{CAN[can]} {CHI[chi]}"


def year_name_indices(lunar_year: int) -> tuple[int, int]:
    """The (can, chi) indices of a lunar year into :data:`CAN` and :data:`CHI`."""
    return (lunar_year + 6) % 10, (lunar_year + 8) % 12


def parse_year_name(text: str) -> tuple[int, int] | None:
    """The (can, chi) indices of a written can chi name, or None if it is not one.

    Tolerates case, NFD and missing diacritics ("quy mao"), and the variants "Quí", "Kỉ", "Tí",
    "Tị", "Mẹo". Without diacritics "Ty" may be Tý or Tỵ: the stem decides, because a stem
    and a branch of a real year always have the same parity.
    """
    words = normalize_words(text)
    if len(words) != 2:
        return None
    cans = match_any(words[:1], _CAN_SPELLINGS)
    chis = match_any(words[1:], _CHI_SPELLINGS)
    pairs = {(can, chi) for can in cans for chi in chis if can % 2 == chi % 2}
    if len(pairs) != 1:
        return None
    return pairs.pop()


def is_year_named(lunar_year: int, text: str) -> bool:
    """Whether ``text`` is the can chi name of ``lunar_year`` ("Quý Mão" for 2023)."""
    return parse_year_name(text) == year_name_indices(lunar_year)


def lunar_month_name(month: int) -> str:
    """The name of a lunar month: 1 -> "Giêng", 4 -> "Tư", 11 -> "Mười Một", 12 -> "Chạp"."""
    if not 1 <= month <= 12:
        raise ValueError(f"Tháng âm lịch phải từ 1 đến 12, không có tháng {month}.")
    return LUNAR_MONTH_NAMES[month - 1]


def parse_lunar_month(text: str) -> int | None:
    """The number of a written lunar month, or None if it is not one.

    Accepts the names ("Giêng", "Tư", "Mười Một", "Chạp", also "Mười Hai" and "Bốn"; not
    "Một", which in the North colloquially means month 11),
    digits ("1", "01", "12"), an optional leading "tháng", any case, with or without
    diacritics.
    """
    words = normalize_words(text)
    if words and match_any(words[:1], (("tháng", 0),)):
        words = words[1:]
    if len(words) == 1 and _NUMBER.fullmatch(words[0]):
        number = int(words[0])
        return number if 1 <= number <= 12 else None
    found = match_any(words, _MONTH_SPELLINGS)
    return found[0] if found else None


def lunar_day_phrase(day: int) -> str:
    """A lunar day as documents write it: "Mùng 1" … "Mùng 10", then the number ("15")."""
    if not 1 <= day <= 30:
        raise ValueError(f"Ngày âm lịch phải từ 1 đến 30, không có ngày {day}.")
    return f"Mùng {day}" if day <= 10 else str(day)


def parse_lunar_day(text: str) -> int | None:
    """The number of a written lunar day, or None if it is not one.

    Accepts "Mùng 10", "mồng 10", the common typo "Mừng 10", "mung 10", "mùng10", "10", "05",
    any case, NFC or NFD. Days run from 1 to 30.
    """
    match = _LUNAR_DAY.fullmatch(" ".join(normalize_words(text)))
    if match is None:
        return None
    day = int(match.group(1))
    return day if 1 <= day <= 30 else None
