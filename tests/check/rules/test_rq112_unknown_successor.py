"""RQ112: the units a history links to must exist, and both sides must agree."""

from __future__ import annotations

from raquan.check.rules import rq112_unknown_successor
from support.checks import CheckRegistry, assert_documented, located
from support.plans import UNITS_WITH_HISTORY

WRONG = """\
ended:
  date: 2025-07-01
  change: nhập
  successors: [xa-ia-chim-moi]
"""
RIGHT = WRONG.replace("xa-ia-chim-moi", "xa-ia-chim-2025")


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq112_unknown_successor, WRONG, RIGHT)


def test_a_history_that_holds_together_passes(check_registry: CheckRegistry) -> None:
    assert located(check_registry(UNITS_WITH_HISTORY, "RQ112")) == []


def test_an_unknown_successor_is_flagged_where_it_is_written(
    check_registry: CheckRegistry,
) -> None:
    units = UNITS_WITH_HISTORY.replace("successors: [xa-ia-chim-2025]", "successors: [xa-moi]")
    result = check_registry(units, "RQ112")
    # The unknown successor, and xã Ia Chim listing xã Đoàn Kết, which no longer names it.
    assert located(result) == [("RQ112", 31, 20), ("RQ112", 60, 22)]
    unknown, disagree = result.diagnostics
    assert unknown.message == "Không có đơn vị nào tên 'xa-moi' trong danh mục."
    assert unknown.hint == "Thêm đơn vị đó vào danh mục, hoặc sửa tên cho đúng."
    assert disagree.message.startswith("xã Ia Chim ghi xã Đoàn Kết là đơn vị trước")


def test_an_unknown_predecessor_name_gets_a_suggestion(check_registry: CheckRegistry) -> None:
    units = UNITS_WITH_HISTORY.replace(
        "predecessors: [xa-doan-ket, xa-ia-chim]", "predecessors: [xã Đoàn Kêt Mới, xa-ia-chim]"
    )
    found = {d.message: d.hint for d in check_registry(units, "RQ112").diagnostics}
    hint = found["Không có đơn vị nào tên 'xã Đoàn Kêt Mới' trong danh mục."]
    # The names suggested are those of units in force the day before the new unit began.
    assert hint is not None
    assert "'UBND xã Đoàn Kết'" in hint


def test_a_group_cannot_be_a_successor(check_registry: CheckRegistry) -> None:
    units = UNITS_WITH_HISTORY.replace(
        "successors: [xa-ia-chim-2025]", 'successors: ["UBND các xã, phường"]'
    )
    found = check_registry(units, "RQ112").diagnostics[0]
    assert found.message.startswith("'UBND các xã, phường' là một nhóm")


def test_two_sides_that_disagree_are_flagged(check_registry: CheckRegistry) -> None:
    # xã Đoàn Kết names xã Ia Chim as its successor; xã Ia Chim lists only the old xã Ia Chim.
    units = UNITS_WITH_HISTORY.replace(
        "predecessors: [xa-doan-ket, xa-ia-chim]", "predecessors: [xa-ia-chim]"
    )
    [found] = check_registry(units, "RQ112").diagnostics
    assert found.message == (
        "xã Đoàn Kết ghi xã Ia Chim là đơn vị kế tiếp, nhưng xã Ia Chim không ghi xã Đoàn Kết "
        "trong 'predecessors'."
    )


def test_an_abolished_unit_cannot_be_a_predecessor(check_registry: CheckRegistry) -> None:
    units = UNITS_WITH_HISTORY.replace(
        "predecessors: [xa-doan-ket, xa-ia-chim]",
        "predecessors: [xa-doan-ket, xa-ia-chim, phong-kinh-te]",
    )
    [found] = check_registry(units, "RQ112").diagnostics
    assert found.message == (
        "Phòng Kinh tế thành phố đã kết thúc hoạt động, không có đơn vị kế tiếp, nhưng được ghi "
        "là đơn vị trước của xã Ia Chim."
    )
