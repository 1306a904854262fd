"""RQ101: every unit or group name a plan (or a group of the registry) uses must be known."""

from __future__ import annotations

from raquan.check.rules import rq101_unknown_unit
from support.checks import CheckRegistry, Diagnose, Lint, assert_documented, located
from support.plans import HEAD_2026, PLAN_HEAD, UNITS, UNITS_WITH_HISTORY

PARTNERS = """
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: Phòng Kinh tế
        heading: Phòng Kinh tế
        duties:
          - id: huong-dan
            partners: [{partner}]
            text: Hướng dẫn các xã triển khai ra quân.
"""
"""A duty whose partner is named on line 18."""

WRONG = "partners: [Phòng Kinh tết thành phố]"
RIGHT = "partners: [Phòng Kinh tế thành phố]"


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq101_unknown_unit, f"{WRONG}\n", f"{RIGHT}\n")


def test_misspelt_partner_is_flagged(lint: Lint) -> None:
    assert lint(PARTNERS.format(partner="Phòng Kinh tết thành phố"), "RQ101") == [("RQ101", 18)]


def test_correct_partner_passes(lint: Lint) -> None:
    assert lint(PARTNERS.format(partner="Phòng Kinh tế thành phố"), "RQ101") == []


def test_message_names_the_unknown_unit_and_hint_suggests_the_right_one(
    diagnose: Diagnose,
) -> None:
    [diagnostic] = diagnose(PARTNERS.format(partner="Phòng Kinh tết thành phố"), "RQ101")
    assert diagnostic.message == (
        "Không có đơn vị hoặc nhóm nào tên 'Phòng Kinh tết thành phố' trong danh mục."
    )
    assert diagnostic.hint is not None
    assert diagnostic.hint.startswith("Có phải ý bạn là: 'Phòng Kinh tế thành phố'")
    # The caret starts at the name, inside the brackets.
    assert (diagnostic.position.line, diagnostic.position.column) == (18, 24)


def test_hint_without_a_close_name_says_to_add_the_unit(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(PARTNERS.format(partner="Kho bạc Nhà nước"), "RQ101")
    assert diagnostic.hint == "Thêm đơn vị này vào danh mục đơn vị, hoặc kiểm tra chính tả."


def test_unknown_issuer_is_flagged_in_the_header(lint: Lint) -> None:
    head = PLAN_HEAD.replace("issuer: UBND thành phố", "issuer: UBND thành phố Kon Tumm")
    assert head != PLAN_HEAD
    assert lint("", "RQ101", head=head) == [("RQ101", 5)]


def test_every_place_a_unit_is_named_is_checked(lint: Lint) -> None:
    snippet = """
    sections:
      - title: TỔ CHỨC THỰC HIỆN
        assignments:
          - to: Phòng Tài chính
            heading: Phòng Tài chính
            duties:
              - id: bao-cao
                to: Phòng Nội vụ
                text: Báo cáo kết quả.
                deliverable:
                  kind: báo cáo
                  to: [Sở Tài chính]
    events:
      - id: le-ra-quan
        title: Lễ ra quân
        date: 2023-01-31
        place: Thôn 8, xã Đoàn Kết
        host: xã Đoàn Kết
        attendees: [Thành ủy]
    recipients:
      - unit: Sở Nông nghiệp và PTNT
      - text: Đ/c Chủ tịch UBND TP
        covers: [Chủ tịch UBND thành phố]
    attachments:
      - id: bang-phan-cong
        title: Bảng phân công phụ trách địa bàn
        kind: phân công phụ trách địa bàn
        assignments:
          - area: xã Ngọk Bay
            members: [Phòng Kinh tế, Phòng Y tế]
    """
    assert lint(snippet, "RQ101") == [
        ("RQ101", 14),  # assignment's "to"
        ("RQ101", 18),  # duty's "to"
        ("RQ101", 22),  # deliverable's "to"
        ("RQ101", 29),  # event's attendees
        ("RQ101", 31),  # recipient unit
        ("RQ101", 33),  # recipient covers
        ("RQ101", 39),  # area of the assignment table
        ("RQ101", 40),  # member of the assignment table
    ]


def test_names_match_ignoring_case_diacritics_and_the_ubnd_prefix(lint: Lint) -> None:
    snippet = """
    events:
      - id: le-ra-quan
        title: Lễ ra quân
        date: 2023-01-31
        place: Thôn 8, xã Đoàn Kết
        host:
          - doan ket
          - xã Hoà Bình
          - UBND phuong quyet thang
          - Ủy ban nhân dân xã Đoàn Kết
          - ubnd-thanh-pho
          - PHÒNG KINH TẾ THÀNH PHỐ
          - UBND các xã, phường
    """
    assert lint(snippet, "RQ101") == []


def test_ambiguous_name_is_not_reported_as_unknown(lint: Lint) -> None:
    # "Văn phòng" names two offices: that is RQ102, not RQ101.
    assert lint(PARTNERS.format(partner="Văn phòng"), "RQ101") == []


GROUP_WITH_MEMBERS = """\
  - id: xa-va-phong-kinh-te
    name: Các xã và Phòng Kinh tế
    members:
      - xa-doan-ket
      - {member}
      - UBND các xã, phường
"""
"""A group appended to ``UNITS`` (which ends on line 40): its second member is on line 45."""


def test_unknown_group_member_in_the_registry_is_flagged(check_registry: CheckRegistry) -> None:
    units = UNITS + GROUP_WITH_MEMBERS.format(member="Phòng Kinh tết")
    result = check_registry(units, "RQ101")
    assert located(result) == [("RQ101", 45, 9)]
    assert result.diagnostics[0].path.endswith("units.yaml")
    assert "'Phòng Kinh tết'" in result.diagnostics[0].message
    assert result.diagnostics[0].hint is not None
    assert "'Phòng Kinh tế thành phố'" in result.diagnostics[0].hint


def test_known_group_members_pass(check_registry: CheckRegistry) -> None:
    units = UNITS + GROUP_WITH_MEMBERS.format(member="Phòng Kinh tế")
    assert check_registry(units, "RQ101").diagnostics == []


def test_a_unit_no_longer_in_force_is_not_unknown(lint: Lint) -> None:
    # It is in the registry, with its history: that is RQ110's to explain.
    snippet = PARTNERS.format(partner="xã Đoàn Kết").replace("Phòng Kinh tế", "UBND xã Ia Chim")
    assert lint(snippet, "RQ101", head=HEAD_2026, units=UNITS_WITH_HISTORY) == []
    assert lint(snippet, "RQ110", head=HEAD_2026, units=UNITS_WITH_HISTORY) == [("RQ110", 18)]
