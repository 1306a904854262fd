"""Printed widths of Times New Roman text: words, lines, even titles, loose measures."""

from __future__ import annotations

import unicodedata

import pytest

from raquan.domain.textwidth import (
    balanced_lines,
    lines_needed,
    longest_word_cm,
    text_width_cm,
    words,
)


def text_width_pt(text: str, size_pt: float, *, bold: bool = False, loose: bool = False) -> float:
    return text_width_cm(text, size_pt, bold=bold, loose=loose) * 72 / 2.54


def test_widths_are_those_of_times_new_roman() -> None:
    # Times New Roman: "n" is half an em, a space a quarter, bold "A" 0.722 em.
    assert text_width_pt("n", 12) == pytest.approx(6)
    assert text_width_pt(" ", 12) == pytest.approx(3)
    assert text_width_pt("A", 10, bold=True) == pytest.approx(7.22, abs=0.01)
    assert text_width_cm("n" * 10, 72 / 2.54) == pytest.approx(5)


def test_vietnamese_letters_nfc_or_nfd_measure_alike() -> None:
    name = "Ủy ban nhân dân phường Trần Hưng Đạo"
    assert text_width_pt(unicodedata.normalize("NFD", name), 12) == pytest.approx(
        text_width_pt(name, 12)
    )
    assert text_width_pt("ơ", 12) > text_width_pt("o", 12)  # the horn adds width


def test_loose_widens_only_the_letters_old_fonts_lack() -> None:
    assert text_width_pt("UBND xã Kroong", 12, loose=True) == text_width_pt("UBND xã Kroong", 12)
    assert text_width_pt("Đạo", 12, loose=True) > text_width_pt("Đạo", 12)


def test_a_no_break_space_holds_words_together() -> None:
    assert words("xã\u00a0Đăk Rơ\u00a0Wa") == ["xã\u00a0Đăk", "Rơ\u00a0Wa"]
    name = "UBND\u00a0xã\u00a0Chư\u00a0Hreng"
    assert longest_word_cm(name, 12) == pytest.approx(text_width_cm(name, 12))


def test_lines_needed_breaks_at_spaces() -> None:
    one_line = text_width_cm("đúng hạn", 12)
    assert lines_needed("đúng hạn", one_line + 0.01, 12) == 1
    assert lines_needed("đúng hạn", one_line - 0.01, 12) == 2
    assert lines_needed("", 5, 12) == 0


def test_a_long_title_is_broken_into_even_lines() -> None:
    title = "Kết quả thực hiện Kế hoạch tổ chức ra quân đầu Xuân Quý Mão năm 2023"
    lines = balanced_lines(title, 15.5, 14, bold=True)
    assert lines == ["Kết quả thực hiện Kế hoạch tổ chức", "ra quân đầu Xuân Quý Mão năm 2023"]
    assert balanced_lines("Tổ chức ra quân", 15.5, 14, bold=True) == ["Tổ chức ra quân"]
    assert balanced_lines("", 15.5, 14) == []
