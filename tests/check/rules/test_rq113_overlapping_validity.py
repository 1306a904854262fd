"""RQ113: the dates of a unit, and of a unit and its successors, must fit together."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq113_overlapping_validity
from support.checks import CheckRegistry, assert_documented, located
from support.plans import CHAINS, UNITS_WITH_HISTORY

HEAD = "raquan: 1\nkind: units\narea: thử\nunits:\n"

WRONG = """\
- id: xa-doan-ket
  name: Ủy ban nhân dân xã Đoàn Kết
  kind: xã
  ended: {date: 2025-07-01, change: nhập, successors: [xa-ia-chim-2025]}
- id: xa-ia-chim-2025
  name: Ủy ban nhân dân xã Ia Chim
  kind: xã
  began: {date: 2025-08-01}
"""
RIGHT = WRONG.replace("2025-08-01", "2025-07-01")


def registry(entries: str) -> str:
    return HEAD + textwrap.indent(entries, "  ")


def test_docstring_examples_are_the_ones_tested(check_registry: CheckRegistry) -> None:
    assert_documented(rq113_overlapping_validity, WRONG, RIGHT)
    assert located(check_registry(registry(WRONG), "RQ113")) == [("RQ113", 8, 58)]
    assert located(check_registry(registry(RIGHT), "RQ113")) == []


def test_a_gap_before_the_successor_names_the_days_without_a_unit(
    check_registry: CheckRegistry,
) -> None:
    [found] = check_registry(registry(WRONG), "RQ113").diagnostics
    assert found.message == (
        "xã Ia Chim chỉ bắt đầu từ 01/08/2025, sau ngày xã Đoàn Kết thôi hoạt động (01/07/2025): "
        "từ 01/07/2025 đến 31/07/2025 không có đơn vị nào."
    )


def test_real_and_fictional_histories_pass(check_registry: CheckRegistry) -> None:
    assert located(check_registry(UNITS_WITH_HISTORY, "RQ113")) == []
    assert located(check_registry(CHAINS, "RQ113")) == []


def test_a_unit_ending_before_it_begins_is_flagged(check_registry: CheckRegistry) -> None:
    entries = """\
    - id: xa-a
      name: Ủy ban nhân dân xã An
      kind: xã
      began: {date: 2025-07-01}
      ended: {date: 2025-07-01}
    """
    result = check_registry(registry(textwrap.dedent(entries)), "RQ113")
    assert located(result) == [("RQ113", 9, 19)]
    assert result.diagnostics[0].message == (
        "xã An thôi hoạt động từ 01/07/2025, không sau ngày bắt đầu hoạt động (01/07/2025)."
    )


def test_a_successor_gone_before_the_change_is_flagged(check_registry: CheckRegistry) -> None:
    entries = RIGHT + "  ended: {date: 2025-06-01}\n"
    entries = entries.replace("began: {date: 2025-07-01}", "began: {date: 2020-01-01}")
    [found] = check_registry(registry(entries), "RQ113").diagnostics
    assert found.message.startswith("xã Ia Chim đã thôi hoạt động từ 01/06/2025")


def test_a_rename_whose_new_name_existed_before_overlaps(check_registry: CheckRegistry) -> None:
    text = CHAINS.replace("began: {date: 2020-01-01}", "began: {date: 2019-01-01}")
    [found] = check_registry(text, "RQ113").diagnostics
    assert found.message == (
        "xã Bình đã hoạt động từ 01/01/2019, trước khi xã An đổi tên (01/01/2020): hai đơn vị "
        "chồng lên nhau."
    )


def test_a_merge_into_a_unit_that_already_existed_is_fine(check_registry: CheckRegistry) -> None:
    # xã Cường has no dates: it existed before xã Bình merged into it.
    assert "xa-c" in CHAINS
    assert located(check_registry(CHAINS, "RQ113")) == []
