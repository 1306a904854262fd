"""RQ103: duties, events, attachments, legal bases, units and groups need ids of their own."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq103_duplicate_id
from support.checks import CheckRegistry, Diagnose, Lint, assert_documented, located
from support.plans import UNITS

DOC_WRONG = """\
duties:
  - id: bao-cao-nhanh
    text: Báo cáo nhanh kết quả tổ chức Lễ ra quân.
  - id: bao-cao-nhanh
    text: Báo cáo tổng hợp kết quả thực hiện.
"""
DOC_RIGHT = """\
duties:
  - id: bao-cao-nhanh
    text: Báo cáo nhanh kết quả tổ chức Lễ ra quân.
  - id: bao-cao-tong-hop
    text: Báo cáo tổng hợp kết quả thực hiện.
"""

SECTION = """\
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: Phòng Kinh tế
        heading: Phòng Kinh tế
"""
"""Lines 11-15; the ``duties:`` of the docstring example follow, indented, from line 16."""


def _with_duties(duties: str) -> str:
    return SECTION + textwrap.indent(duties, "        ")


def test_docstring_examples_are_the_ones_tested() -> None:
    assert DOC_RIGHT != DOC_WRONG
    assert_documented(rq103_duplicate_id, DOC_WRONG, DOC_RIGHT)


def test_docstring_duplicate_duty_is_flagged_at_the_second_id(lint: Lint) -> None:
    assert lint(_with_duties(DOC_WRONG), "RQ103") == [("RQ103", 19)]


def test_docstring_distinct_duties_pass(lint: Lint) -> None:
    assert lint(_with_duties(DOC_RIGHT), "RQ103") == []


def test_message_gives_the_line_of_the_first_use(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(_with_duties(DOC_WRONG), "RQ103")
    assert diagnostic.message == "Mã 'bao-cao-nhanh' đã được dùng ở dòng 17."
    assert (diagnostic.position.line, diagnostic.position.column) == (19, 17)


def test_sub_item_reusing_its_parents_id_is_flagged(lint: Lint) -> None:
    duties = """\
    duties:
      - id: bao-cao
        text: Báo cáo kết quả, cụ thể
        items:
          - id: bao-cao
            text: Báo cáo nhanh.
          - id: bao-cao-tong-hop
            text: Báo cáo tổng hợp.
    """
    assert lint(_with_duties(textwrap.dedent(duties)), "RQ103") == [("RQ103", 20)]


def test_duplicate_legal_bases_events_and_attachments_are_flagged(lint: Lint) -> None:
    snippet = """
    legal_bases:
      - id: kh-36
        type: Kế hoạch
        number: 36/KH-UBND
        date: 2023-01-06
        issuer: Ủy ban nhân dân tỉnh Kon Tum
        summary: triển khai các hoạt động Lễ ra quân đầu năm 2023
      - id: kh-36
        type: Công văn
        number: 1766-CV/TU
        date: 2023-01-06
        issuer: Ban Thường vụ Thành ủy
        summary: triển khai tổ chức các hoạt động ra quân
    events:
      - id: le-ra-quan
        title: Lễ ra quân tại các xã, phường
        date: 2023-01-31
        place: Các xã, phường
        host: UBND các xã, phường
      - id: le-ra-quan
        title: Lễ ra quân điểm của thành phố
        date: 2023-01-31
        place: Thôn 8, xã Đoàn Kết
        host: xã Đoàn Kết
    attachments:
      - id: bang
        title: Bảng đăng ký nội dung ra quân
        kind: đăng ký ra quân
      - id: bang
        title: Bảng phân công phụ trách địa bàn
        kind: phân công phụ trách địa bàn
    """
    assert lint(snippet, "RQ103") == [("RQ103", 18), ("RQ103", 30), ("RQ103", 39)]


def test_distinct_ids_of_every_kind_pass(lint: Lint) -> None:
    snippet = """
    events:
      - id: le-ra-quan-xa-phuong
        title: Lễ ra quân tại các xã, phường
        date: 2023-01-31
        place: Các xã, phường
        host: UBND các xã, phường
      - id: le-ra-quan-thanh-pho
        title: Lễ ra quân điểm của thành phố
        date: 2023-01-31
        place: Thôn 8, xã Đoàn Kết
        host: xã Đoàn Kết
    attachments:
      - id: bang-dang-ky
        title: Bảng đăng ký nội dung ra quân
        kind: đăng ký ra quân
      - id: bang-phan-cong
        title: Bảng phân công phụ trách địa bàn
        kind: phân công phụ trách địa bàn
    """
    assert lint(snippet, "RQ103") == []


def test_duplicate_unit_and_group_ids_in_the_registry_are_flagged(
    check_registry: CheckRegistry,
) -> None:
    # A unit reusing a commune's id goes before "groups:" (lines 37-40), a group reusing a
    # department's id after the last group (line 45).
    units = (
        UNITS.replace(
            "groups:\n",
            "  - id: xa-doan-ket\n"
            "    name: Ủy ban nhân dân phường Thống Nhất\n"
            "    kind: phường\n"
            "    level: xã\n"
            "groups:\n",
        )
        + "  - id: phong-kinh-te\n"
        + "    name: Các phòng thành phố\n"
        + "    kinds: [phòng]\n"
    )
    result = check_registry(units, "RQ103")
    assert located(result) == [("RQ103", 37, 9), ("RQ103", 45, 9)]
    assert [d.message for d in result.diagnostics] == [
        "Mã 'xa-doan-ket' đã được dùng ở dòng 22.",
        "Mã 'phong-kinh-te' đã được dùng ở dòng 9.",
    ]


def test_small_registry_has_no_duplicate_ids(check_registry: CheckRegistry) -> None:
    assert check_registry(UNITS, "RQ103").diagnostics == []
