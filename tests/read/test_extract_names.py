"""Unit names in a document matched against the registry: the registry's own matching on what
surrounds names in plans, guesses marked, unknown names kept with suggestions."""

from __future__ import annotations

import pytest

from raquan.domain.units import UnitIndex
from raquan.models.units import Registry
from raquan.read.extract.names import Names, is_general, looks_like_unit, strip_name
from raquan.read.loader import load_file
from support.plans import BUNDLED_PLAN


@pytest.fixture(scope="module")
def names() -> Names:
    registry = load_file(BUNDLED_PLAN.parent / "units.yaml").model
    assert isinstance(registry, Registry)
    return Names(UnitIndex(registry))


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("UBND các xã, phường:", "ubnd-cac-xa-phuong"),
        ("Đề nghị Ban Thường trực UBMTTQVN và các tổ chức Chính trị - Xã hội thành phố:", None),
        ("Ủy ban nhân dân xã Đoàn Kết", "xa-doan-ket"),
        ("UBND huyện (b/c)", None),
        ("VP. UBND tỉnh", "van-phong-ubnd-tinh"),
        ("Chủ tịch UBND các xã, phường", "ubnd-cac-xa-phuong"),
        ("Chủ tịch UBND thành phố", "chu-tich-ubnd-thanh-pho"),
        ("TT. HĐND TP", "thuong-truc-hdnd-thanh-pho"),
        ("Đối với UBND xã Đoàn Kết", "xa-doan-ket"),
    ],
)
def test_names_as_plans_write_them(names: Names, written: str, unit: str | None) -> None:
    target, guess = names.lookup(written)
    if unit is None:
        return
    assert target is not None
    assert target.id == unit
    assert guess is None


def test_a_name_without_the_area_is_a_guess(names: Names) -> None:
    target, guess = names.lookup("Văn phòng HĐND và UBND")
    assert target is not None
    assert target.id == "van-phong-hdnd-ubnd"
    assert guess == "'Văn phòng HĐND và UBND' được hiểu là 'Văn phòng HĐND và UBND thành phố'"


def test_an_unknown_name_is_kept_with_suggestions(names: Names) -> None:
    found = names.match("Phòng Kinh tế thanh pho Kon Tom", 12)
    assert found.target is None
    assert found.ref == "Phòng Kinh tế thanh pho Kon Tom"
    assert "Phòng Kinh tế thành phố" in found.suggestions
    assert found.paragraph == 12


def test_names_listed_in_running_text(names: Names) -> None:
    text = (
        "Phối hợp với Phòng Kinh tế thành phố, UBND xã Đoàn Kết và các đơn vị liên quan trong "
        "công tác chuẩn bị"
    )
    found = names.scan(text, len("Phối hợp với "))
    assert [name for _, _, name in found] == ["Phòng Kinh tế thành phố", "UBND xã Đoàn Kết"]
    comma = "Phối hợp với Trung tâm Văn hóa, Thể thao, Du lịch và Truyền thông thành phố tổ chức"
    found = names.scan(comma, len("Phối hợp với "))
    assert [name for _, _, name in found] == [
        "Trung tâm Văn hóa, Thể thao, Du lịch và Truyền thông thành phố"
    ]


def test_without_a_registry_names_are_kept_as_written() -> None:
    names = Names(None)
    found = names.match("Đề nghị Công an xã:")
    assert (found.ref, found.target, found.suggestions) == ("Công an xã", None, ())
    scanned = names.scan("Phối hợp với Công an xã tổ chức", len("Phối hợp với "))
    assert [name for _, _, name in scanned] == ["Công an xã"]


def test_helpers() -> None:
    assert strip_name("- UBND huyện (b/c);") == "UBND huyện"
    assert is_general("các cơ quan, đơn vị liên quan")
    assert not is_general("Công an xã")
    assert looks_like_unit("Trạm Y tế xã")
    assert not looks_like_unit("Thời gian, địa điểm")
