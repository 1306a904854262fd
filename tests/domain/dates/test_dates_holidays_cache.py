"""The disk cache of official days off gives what the holidays package says."""

from __future__ import annotations

import datetime
from pathlib import Path

from raquan.domain.dates.holidays_cache import HolidayCache, compute


def test_cached_years_equal_computed_ones(tmp_path: Path) -> None:
    first = HolidayCache(tmp_path)
    assert first.year(2023) == compute(2023)
    assert list(tmp_path.glob("holidays-vn-*.json"))
    second = HolidayCache(tmp_path)  # a new process: read back from the file
    names, worked = second.year(2023)
    assert names[datetime.date(2023, 1, 24)] == "Mùng ba Tết Nguyên Đán"
    assert (names, worked) == compute(2023)
    assert second.year(2025) == compute(2025)  # a swapped Saturday: 26/04/2025
    assert datetime.date(2025, 4, 26) in second.year(2025)[1]


def test_a_broken_cache_file_is_ignored(tmp_path: Path) -> None:
    HolidayCache(tmp_path).year(2023)
    [path] = tmp_path.glob("holidays-vn-*.json")
    path.write_text("{không phải json", encoding="utf-8")
    assert HolidayCache(tmp_path).year(2023) == compute(2023)


def test_an_unwritable_cache_folder_is_only_slower(tmp_path: Path) -> None:
    blocked = tmp_path / "tep"
    blocked.write_text("", encoding="utf-8")  # a file where the folder should be
    assert HolidayCache(blocked / "raquan").year(2024) == compute(2024)
