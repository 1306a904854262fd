"""Column widths and alignments from the content of a table."""

from __future__ import annotations

import pytest

from raquan.domain.columns import (
    column_alignments,
    column_widths,
    is_number,
    is_totals,
    measure,
    padding_cm,
    table_size,
)
from raquan.domain.textwidth import lines_needed, text_width_cm

NAMES = [
    "UBND\u00a0phường\u00a0Lê\u00a0Lợi",
    "UBND\u00a0xã\u00a0Đăk\u00a0Rơ\u00a0Wa",
    "UBND\u00a0xã\u00a0Chư\u00a0Hreng",
    "UBND\u00a0phường\u00a0Trần\u00a0Hưng\u00a0Đạo",
]
REGISTRATION = [
    ["STT", "Đơn vị", "Nội dung, công trình ra quân", "Khối lượng", "Đơn vị tính", "Ghi chú"],
    *[
        [str(i + 1), name, "Bê tông hóa đường giao thông nông thôn " * (1 + i % 3), "850", "m", ""]
        for i, name in enumerate(NAMES * 5)
    ],
]


def test_widths_fill_the_width_and_keep_names_whole() -> None:
    widths = column_widths(REGISTRATION, total_cm=25.7, size_pt=12)
    assert sum(widths) == pytest.approx(25.7)
    widest = max(text_width_cm(name, 12, loose=True) for name in NAMES)
    assert widths[1] >= widest + padding_cm()
    assert widths[1] < 8  # ... but the long text gets the room


def test_the_header_takes_at_most_two_lines_and_short_cells_one() -> None:
    widths = column_widths(REGISTRATION, total_cm=25.7, size_pt=12)
    inner = [width - padding_cm() for width in widths]
    assert lines_needed("Đơn vị tính", inner[4], 12, bold=True) <= 2
    assert lines_needed("Khối lượng", inner[3], 12, bold=True) <= 2
    rows = [["STT", "Đúng hạn", "Nội dung"], *[["1", "đúng hạn", "x " * 80]] * 5]
    widths = column_widths(rows, total_cm=16.5, size_pt=12)
    assert lines_needed("đúng hạn", widths[1] - padding_cm(), 12) == 1


def test_a_table_too_wide_is_measured_smaller_then_scaled() -> None:
    money = [
        ["STT", "Đơn vị", *[f"Cột số {n} (đồng)" for n in range(8)]],
        *[["1", NAMES[3], *["210.000.000"] * 8]] * 3,
    ]
    needs = table_size(money, total_cm=25.7, sizes=(12, 11))
    assert needs.size_pt == 11
    huge = [["A" * 40] * 6] * 2
    needs = table_size(huge, total_cm=16.5, sizes=(12, 11))
    assert needs.size_pt == 11
    widths = column_widths(huge, total_cm=16.5, size_pt=11)
    assert sum(widths) == pytest.approx(16.5)  # scaled down: the words must break


def test_levels_grow() -> None:
    needs = measure(REGISTRATION, size_pt=12)
    for low, high in zip(needs.levels(), needs.levels()[1:], strict=False):
        assert all(a <= b + 1e-9 for a, b in zip(low, high, strict=True))


def test_alignments_numbers_right_sequence_centred_explicit_wins() -> None:
    rows = [
        ["STT", "Đơn vị", "Khối lượng", "Tỷ lệ", "Ghi chú"],
        ["1", "xã A", "1.250", "12,5%", "x"],
        ["2", "xã B", "4,5", "100%", ""],
        ["", "Tổng cộng", "1.254,5", "", ""],
    ]
    assert column_alignments(rows, [None] * 5) == ["center", "left", "right", "right", "left"]
    assert column_alignments(rows, [None, None, "center", None, None])[2] == "center"


def test_numbers_and_totals_are_recognised() -> None:
    assert is_number("1.250.000")
    assert is_number("4,5")
    assert is_number("12%")
    assert not is_number("m²")
    assert not is_number("ngày 05/04/2023")
    assert is_totals(["", "Tổng cộng", "1"])
    assert is_totals(["Cộng", ""])
    assert not is_totals(["1", "xã Tổng"])


def test_the_examples_in_the_docstrings_hold() -> None:
    import doctest

    from raquan.domain import columns, textwidth

    for module in (columns, textwidth):
        result = doctest.testmod(module)
        assert result.attempted > 0
        assert result.failed == 0


def test_blocks_and_tables_use_values_inside_their_ranges() -> None:
    from raquan.domain import layout

    left, right = layout.HEADER_COLUMNS
    assert left.holds(layout.HEADER_LEFT_CM)
    assert right.holds(layout.PORTRAIT.text_width_cm - layout.HEADER_LEFT_CM)
    left, right = layout.CLOSING_COLUMNS
    assert left.holds(layout.CLOSING_LEFT_CM)
    assert right.holds(layout.PORTRAIT.text_width_cm - layout.CLOSING_LEFT_CM)
    assert layout.TABLE_SPACES.holds(layout.TABLE_SPACE_PT)
    assert layout.LANDSCAPE.header_mm < layout.LANDSCAPE.top_mm
    assert layout.PORTRAIT.header_mm < layout.PORTRAIT.top_mm
    # The rule under the summary is set off from it; the others sit right under their text.
    assert layout.SUMMARY_RULE.gap_pt > layout.MOTTO_RULE.gap_pt
