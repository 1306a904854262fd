"""Units in time: periods, who is in force, what became of a unit, and the links' problems."""

from __future__ import annotations

import datetime

import pytest
from ruamel.yaml import YAML

from raquan.domain.history import Period, in_force, place_name
from raquan.domain.units import UnitIndex
from raquan.models.base import IssueDate
from raquan.models.units import Registry
from support.plans import CHAINS, UNITS_WITH_HISTORY

D = datetime.date


def index_of(text: str) -> UnitIndex:
    return UnitIndex(Registry.model_validate(YAML(typ="safe").load(text)))


def test_a_plan_with_a_day_is_looked_at_on_that_day() -> None:
    assert Period.of_issue(IssueDate(2023, 1, 10)) == Period(D(2023, 1, 10), D(2023, 1, 10))
    assert Period.of_issue(IssueDate(2023, 1, 10)).describe() == "ngày 10/01/2023"


def test_a_draft_is_looked_at_over_its_whole_month() -> None:
    assert Period.of_issue(IssueDate(2023, 2)) == Period(D(2023, 2, 1), D(2023, 2, 28))
    assert Period.of_issue(IssueDate(2024, 12)) == Period(D(2024, 12, 1), D(2024, 12, 31))
    assert Period.of_issue(IssueDate(2023, 1)).describe() == "tháng 01/2023"


def test_a_unit_is_in_force_from_its_first_day_until_the_day_before_it_ended() -> None:
    index = index_of(UNITS_WITH_HISTORY)
    old, new = index.units["xa-doan-ket"], index.units["xa-ia-chim-2025"]
    june_30, july_1 = Period.day(D(2025, 6, 30)), Period.day(D(2025, 7, 1))
    assert in_force(old, june_30)
    assert not in_force(old, july_1)
    assert not in_force(new, june_30)
    assert in_force(new, july_1)
    assert in_force(old, None)
    assert in_force(new, None)


def test_a_draft_month_keeps_a_unit_that_ends_within_it() -> None:
    index = index_of(UNITS_WITH_HISTORY)
    old = index.units["xa-doan-ket"]
    assert in_force(old, Period.of_issue(IssueDate(2025, 6)))
    assert not in_force(old, Period.of_issue(IssueDate(2025, 7)))


def test_a_commune_is_named_by_its_place_other_bodies_by_their_full_name() -> None:
    index = index_of(UNITS_WITH_HISTORY)
    assert place_name(index.units["xa-doan-ket"]) == "xã Đoàn Kết"
    assert place_name(index.units["ubnd-thanh-pho"]) == "Ủy ban nhân dân thành phố Kon Tum"


def test_a_merge_is_explained_with_the_successor_the_date_and_the_act() -> None:
    index = index_of(UNITS_WITH_HISTORY)
    fate = index.history.fate(index.units["xa-doan-ket"], Period.day(D(2026, 3, 1)))
    assert [u.id for u in fate.current] == ["xa-ia-chim-2025"]
    assert fate.explain() == (
        "xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)"
    )


def test_units_sharing_a_name_are_told_apart_by_their_dates() -> None:
    index = index_of(UNITS_WITH_HISTORY)
    fate = index.history.fate(index.units["xa-ia-chim"], Period.day(D(2026, 3, 1)))
    # The old unit gives no act; the new unit's is used.
    assert fate.explain() == (
        "xã Ia Chim (đến 30/06/2025) đã nhập vào xã Ia Chim (từ 01/07/2025) từ 01/07/2025 "
        "(Nghị quyết 1677/NQ-UBTVQH15)"
    )


def test_a_link_by_name_is_resolved_as_of_the_day_of_the_change() -> None:
    # "xã Ia Chim" names two units; on 01/07/2025 only the new one is in force.
    index = index_of(UNITS_WITH_HISTORY)
    assert [u.id for u in index.history.successors["xa-ia-chim"]] == ["xa-ia-chim-2025"]
    assert [u.id for u in index.history.successors["phuong-quyet-thang"]] == ["phuong-kon-tum"]
    assert index.history.problems == []


def test_links_written_on_either_side_are_joined() -> None:
    index = index_of(UNITS_WITH_HISTORY)
    history = index.history
    assert [u.id for u in history.predecessors["xa-ia-chim-2025"]] == ["xa-doan-ket", "xa-ia-chim"]
    assert [u.id for u in history.predecessors["phuong-kon-tum"]] == ["phuong-quyet-thang"]
    origin = history.origin(index.units["phuong-kon-tum"])
    assert origin is not None
    assert origin.explain() == (
        "phường Kon Tum được hình thành từ ngày 01/07/2025 trên cơ sở phường Quyết Thắng "
        "(Nghị quyết 1677/NQ-UBTVQH15)"
    )


def test_an_abolished_unit_has_no_successor_and_says_so() -> None:
    index = index_of(UNITS_WITH_HISTORY)
    fate = index.history.fate(index.units["ubnd-thanh-pho"], Period.day(D(2026, 1, 5)))
    assert fate.current == ()
    assert fate.explain() == (
        "Ủy ban nhân dân thành phố Kon Tum đã kết thúc hoạt động từ 01/07/2025 "
        "(Nghị quyết 203/2025/QH15)"
    )


def test_a_chain_of_rename_then_merge_leads_to_the_unit_in_force() -> None:
    index = index_of(CHAINS)
    fate = index.history.fate(index.units["xa-a"], Period.day(D(2026, 1, 1)))
    assert [u.id for u in fate.current] == ["xa-c"]
    assert fate.explain() == (
        "xã An đã đổi tên thành xã Bình từ 01/01/2020 (Nghị quyết 1/NQ-TEST); "
        "xã Bình đã nhập vào xã Cường từ 01/07/2025 (Nghị quyết 2/NQ-TEST)"
    )


def test_a_chain_stops_at_the_unit_in_force_on_the_date_asked() -> None:
    index = index_of(CHAINS)
    fate = index.history.fate(index.units["xa-a"], Period.day(D(2023, 1, 1)))
    assert [u.id for u in fate.current] == ["xa-b"]
    assert len(fate.changes) == 1


def test_a_split_leads_to_every_part_still_in_force() -> None:
    index = index_of(CHAINS)
    fate = index.history.fate(index.units["xa-d"], Period.day(D(2026, 1, 1)))
    assert [u.id for u in fate.current] == ["xa-e"]
    assert fate.explain() == (
        "xã Đông đã được chia thành xã Đông Bắc, xã Đông Nam từ 01/01/2024 (Nghị quyết "
        "3/NQ-TEST); xã Đông Nam đã giải thể từ 01/07/2025 (Nghị quyết 4/NQ-TEST)"
    )


def test_lineage_lists_every_change_in_order() -> None:
    index = index_of(CHAINS)
    changes = list(index.history.lineage(index.units["xa-a"]))
    assert [(c.unit.id, c.date) for c in changes] == [
        ("xa-a", D(2020, 1, 1)),
        ("xa-b", D(2025, 7, 1)),
    ]


CYCLE = """\
raquan: 1
kind: units
area: thử
units:
  - id: xa-a
    name: xã A
    kind: xã
    ended: {date: 2020-01-01, successors: [xa-b]}
  - id: xa-b
    name: xã B
    kind: xã
    ended: {date: 2021-01-01, successors: [xa-c]}
  - id: xa-c
    name: xã C
    kind: xã
    ended: {date: 2022-01-01, successors: [xa-a]}
  - id: xa-d
    name: xã D
    kind: xã
    ended: {date: 2022-01-01, successors: [xa-d]}
"""


def test_cycles_are_found_once_each_as_a_path_back_to_the_start() -> None:
    index = index_of(CYCLE)
    cycles = [[u.id for u in cycle] for cycle in index.history.cycles()]
    assert cycles == [["xa-a", "xa-b", "xa-c", "xa-a"], ["xa-d", "xa-d"]]


def test_following_a_cycle_ends() -> None:
    index = index_of(CYCLE)
    fate = index.history.fate(index.units["xa-a"], Period.day(D(2030, 1, 1)))
    assert [c.unit.id for c in fate.changes] == ["xa-a", "xa-b", "xa-c"]
    assert fate.current == ()


def test_a_long_chain_is_followed_without_recursion() -> None:
    count = 3000
    entries = "".join(
        f"  - id: xa-{n}\n    name: xã Số {n}\n    kind: xã\n"
        + (
            f"    ended: {{date: {2000 + n // 365:04d}-01-01, successors: [xa-{n + 1}]}}\n"
            if n < count - 1
            else ""
        )
        for n in range(count)
    )
    index = index_of(f"raquan: 1\nkind: units\narea: thử\nunits:\n{entries}")
    assert index.history.cycles() == []
    fate = index.history.fate(index.units["xa-0"], Period.day(D(2100, 1, 1)))
    assert [u.id for u in fate.current] == [f"xa-{count - 1}"]


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("xa-khong-co", "Không có đơn vị nào tên 'xa-khong-co' trong danh mục."),
        ("ubnd-cac-xa-phuong", "'ubnd-cac-xa-phuong' là một nhóm"),
    ],
)
def test_a_link_that_names_no_unit_is_a_problem(ref: str, message: str) -> None:
    text = UNITS_WITH_HISTORY.replace("successors: [xa-ia-chim-2025]", f"successors: [{ref}]")
    index = index_of(text)
    [problem] = index.history.problems
    assert problem.path == ("units", 2, "ended", "successors", 0)
    assert problem.message.startswith(message)
