"""RQ108: in a unit registry, a name, short name or alias should stand for one unit or group."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq108_registry_name_clash
from support.checks import CheckRegistry, assert_documented, located
from support.plans import UNITS, UNITS_WITH_HISTORY

REGISTRY_HEAD = """\
raquan: 1
kind: units
area: thành phố Kon Tum
"""
"""Three lines; ``units:`` is line 4 and the first unit starts on line 5."""

DOC_WRONG = """\
units:
  - id: van-phong-thanh-pho
    name: Văn phòng HĐND và UBND thành phố
    aliases: [Văn phòng]
    kind: văn phòng
  - id: van-phong-tinh
    name: Văn phòng UBND tỉnh
    aliases: [Văn phòng]
    kind: văn phòng
    level: tỉnh
"""
DOC_RIGHT = """\
units:
  - id: van-phong-thanh-pho
    name: Văn phòng HĐND và UBND thành phố
    aliases: [Văn phòng]
    kind: văn phòng
  - id: van-phong-tinh
    name: Văn phòng UBND tỉnh
    kind: văn phòng
    level: tỉnh
"""

HINT = "Bỏ tên gọi trùng khỏi 'aliases' của một trong các đơn vị."


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq108_registry_name_clash, DOC_WRONG, DOC_RIGHT)


def test_alias_shared_by_two_offices_is_flagged_once_at_the_first(
    check_registry: CheckRegistry,
) -> None:
    result = check_registry(REGISTRY_HEAD + textwrap.dedent(DOC_WRONG), "RQ108")
    assert located(result) == [("RQ108", 5, 5)]
    [diagnostic] = result.diagnostics
    assert diagnostic.message == "Tên gọi 'Văn phòng' trùng với: 'Văn phòng UBND tỉnh'."
    assert diagnostic.hint == HINT


def test_alias_kept_by_one_office_only_passes(check_registry: CheckRegistry) -> None:
    assert check_registry(REGISTRY_HEAD + textwrap.dedent(DOC_RIGHT), "RQ108").diagnostics == []


def test_names_clash_after_folding_case_diacritics_and_ubnd(check_registry: CheckRegistry) -> None:
    body = """\
    units:
      - id: xa-doan-ket
        name: Ủy ban nhân dân xã Đoàn Kết
        kind: xã
        level: xã
      - id: phong-kinh-te
        name: Phòng Kinh tế thành phố
        kind: phòng
      - id: doan-ket-cu
        name: Xã Đoàn Kết (cũ)
        aliases: [UBND XA DOAN KET]
        kind: xã
        level: xã
    """
    result = check_registry(REGISTRY_HEAD + textwrap.dedent(body), "RQ108")
    assert located(result) == [("RQ108", 5, 5)]
    assert "'Xã Đoàn Kết (cũ)'" in result.diagnostics[0].message


def test_group_named_like_a_unit_is_flagged(check_registry: CheckRegistry) -> None:
    body = """\
    units:
      - id: phong-kinh-te
        name: Phòng Kinh tế thành phố
        aliases: [Các phòng]
        kind: phòng
    groups:
      - id: cac-phong
        name: Các phòng
        kinds: [phòng]
    """
    result = check_registry(REGISTRY_HEAD + textwrap.dedent(body), "RQ108")
    assert located(result) == [("RQ108", 5, 5)]
    assert result.diagnostics[0].message == "Tên gọi 'Các phòng' trùng với: 'Các phòng'."


def test_alias_shared_by_three_units_is_one_finding_naming_the_two_others(
    check_registry: CheckRegistry,
) -> None:
    body = """\
    units:
      - id: phong-kinh-te
        name: Phòng Kinh tế thành phố
        aliases: [PKT]
        kind: phòng
      - id: phong-ke-toan
        name: Phòng Kế toán
        aliases: [PKT]
        kind: phòng
      - id: phong-khao-thi
        name: Phòng Khảo thí
        aliases: [PKT]
        kind: phòng
    """
    result = check_registry(REGISTRY_HEAD + textwrap.dedent(body), "RQ108")
    assert located(result) == [("RQ108", 5, 5)]
    assert result.diagnostics[0].message == (
        "Tên gọi 'PKT' trùng với: 'Phòng Kế toán', 'Phòng Khảo thí'."
    )


def test_short_name_shared_by_two_units_is_flagged(check_registry: CheckRegistry) -> None:
    # The docstring covers "tên, tên ngắn và tên gọi khác": two units with the same short
    # name make every plan that writes "Phòng Văn hóa" fail with RQ102.
    body = """\
    units:
      - id: phong-van-hoa-thong-tin
        name: Phòng Văn hóa và Thông tin thành phố
        short: Phòng Văn hóa
        kind: phòng
      - id: phong-van-hoa-xa-hoi
        name: Phòng Văn hóa - Xã hội thành phố
        short: Phòng Văn hóa
        kind: phòng
    """
    result = check_registry(REGISTRY_HEAD + textwrap.dedent(body), "RQ108")
    assert located(result) == [("RQ108", 5, 5)]
    assert "'Phòng Văn hóa'" in result.diagnostics[0].message


def test_small_test_registry_has_exactly_its_one_clash(check_registry: CheckRegistry) -> None:
    assert located(check_registry(UNITS, "RQ108")) == [("RQ108", 13, 5)]


def test_units_sharing_a_name_at_different_times_do_not_clash(
    check_registry: CheckRegistry,
) -> None:
    # The old and the new xã Ia Chim: one ended on 01/07/2025, the other began that day.
    assert located(check_registry(UNITS_WITH_HISTORY, "RQ108")) == []


def test_units_sharing_a_name_at_the_same_time_clash(check_registry: CheckRegistry) -> None:
    overlapping = UNITS_WITH_HISTORY.replace(
        '    code: "23326"\n    began:\n      date: 2025-07-01',
        '    code: "23326"\n    began:\n      date: 2025-06-01',
    )
    assert overlapping != UNITS_WITH_HISTORY
    assert [c for c, _, _ in located(check_registry(overlapping, "RQ108"))] == ["RQ108"]
