"""The name index as of a date: names mean the units in force then; the others are historic."""

from __future__ import annotations

import datetime

import pytest
from ruamel.yaml import YAML

from raquan.domain.history import Period
from raquan.domain.units import UnitIndex, resolve_targets
from raquan.errors import UserError
from raquan.models.units import Registry
from support.plans import UNITS_WITH_HISTORY

BEFORE = Period.day(datetime.date(2023, 1, 10))
AFTER = Period.day(datetime.date(2026, 3, 1))


@pytest.fixture
def index() -> UnitIndex:
    return UnitIndex(Registry.model_validate(YAML(typ="safe").load(UNITS_WITH_HISTORY)))


def test_a_name_shared_over_time_means_the_unit_in_force(index: UnitIndex) -> None:
    assert index.as_of(BEFORE).find("xã Ia Chim") is index.units["xa-ia-chim"]
    assert index.as_of(AFTER).find("UBND xã Ia Chim") is index.units["xa-ia-chim-2025"]
    # Without a date the name is ambiguous, as two units carry it.
    assert index.find("xã Ia Chim") is None
    assert {t.id for t in index.resolve("xã Ia Chim").candidates} == {
        "xa-ia-chim",
        "xa-ia-chim-2025",
    }


def test_the_official_code_finds_the_unit_of_its_time(index: UnitIndex) -> None:
    assert index.as_of(BEFORE).find("23326") is index.units["xa-ia-chim"]
    assert index.as_of(AFTER).find("23326") is index.units["xa-ia-chim-2025"]


def test_a_unit_no_longer_in_force_is_historic_not_unknown(index: UnitIndex) -> None:
    found = index.as_of(AFTER).resolve("xã Đoàn Kết")
    assert found.target is None
    assert not found.candidates
    assert [u.id for u in found.historic] == ["xa-doan-ket"]
    assert found.suggestions == ()


def test_a_unit_not_yet_in_force_is_historic_too(index: UnitIndex) -> None:
    found = index.as_of(BEFORE).resolve("phường Kon Tum")
    assert [u.id for u in found.historic] == ["phuong-kon-tum"]


def test_a_historic_unit_is_found_by_its_name_but_never_by_a_part_of_it(
    index: UnitIndex,
) -> None:
    found = index.as_of(AFTER).resolve("phong kinh te")
    assert [u.id for u in found.historic] == ["phong-kinh-te"]
    # A part of a name is only ever a suggestion, and suggestions name units in force.
    found = index.as_of(AFTER).resolve("Kinh tế")
    assert found.target is None
    assert not found.historic
    assert index.as_of(BEFORE).resolve("Kinh tế").suggestions == ("Phòng Kinh tế thành phố",)


def test_groups_take_the_units_in_force(index: UnitIndex) -> None:
    group = index.groups["ubnd-cac-xa-phuong"]
    before = [u.id for u in index.as_of(BEFORE).members(group)]
    after = [u.id for u in index.as_of(AFTER).members(group)]
    assert before == ["xa-doan-ket", "xa-ia-chim", "phuong-quyet-thang"]
    assert after == ["xa-ia-chim-2025", "phuong-kon-tum"]
    assert index.as_of(AFTER).members(index.groups["lanh-dao"]) == ()


def test_suggestions_name_units_in_force_first(index: UnitIndex) -> None:
    typed = "phuong"
    before = index.as_of(BEFORE).resolve(typed).suggestions
    after = index.as_of(AFTER).resolve(typed).suggestions
    assert before[0] == "UBND phường Quyết Thắng"
    assert after[0] == "UBND phường Kon Tum"
    # A unit gone since is still offered, after those in force: raquan then tells its story.
    assert after[-1] == "UBND phường Quyết Thắng"


def test_views_are_made_once_and_share_the_history(index: UnitIndex) -> None:
    assert index.as_of(AFTER) is index.as_of(AFTER)
    assert index.as_of(None) is index
    assert index.as_of(AFTER).history is index.history


def test_resolve_targets_gives_the_unit_in_force_then(index: UnitIndex) -> None:
    [target] = resolve_targets([index], ["Ia Chim"], as_of=AFTER)
    assert target.id == "xa-ia-chim-2025"
    [target] = resolve_targets([index], ["Ia Chim"], as_of=BEFORE)
    assert target.id == "xa-ia-chim"


def test_resolve_targets_gives_a_unit_no_longer_in_force_for_its_history(
    index: UnitIndex,
) -> None:
    [target] = resolve_targets([index], ["doan ket"], as_of=AFTER)
    assert target.id == "xa-doan-ket"


def test_resolve_targets_without_a_date_finds_a_shared_name_ambiguous(index: UnitIndex) -> None:
    with pytest.raises(UserError, match="chỉ chung nhiều đơn vị"):
        resolve_targets([index], ["xã Ia Chim"])
