"""RQ111: a group a plan names must still stand for units in force when the plan is issued."""

from __future__ import annotations

from raquan.check.rules import rq111_group_not_in_force
from support.checks import Diagnose, Lint, assert_documented
from support.plans import HEAD_2026, PLAN_HEAD, UNITS_WITH_HISTORY

DUTY = """
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: {to}
        heading: Các đơn vị
        duties:
          - id: bao-cao
            text: Báo cáo kết quả.
"""
"""A section assigned to ``to``, named on line 14."""

MIXED = (
    UNITS_WITH_HISTORY
    + """\
  - id: xa-va-phong
    name: Các xã và Phòng Kinh tế
    members: [xa-ia-chim-2025, phong-kinh-te]
"""
)


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(
        rq111_group_not_in_force,
        "to: Thành viên UBND thành phố\n",
        "to: UBND các xã, phường\n",
    )


def test_a_group_left_without_units_says_what_became_of_them(diagnose: Diagnose) -> None:
    [found] = diagnose(
        DUTY.format(to="Lãnh đạo thành phố"), "RQ111", head=HEAD_2026, units=UNITS_WITH_HISTORY
    )
    assert found.message == (
        "Nhóm 'Lãnh đạo thành phố' không còn đơn vị nào vào ngày ban hành kế hoạch (15/01/2026): "
        "Ủy ban nhân dân thành phố Kon Tum, Phòng Kinh tế thành phố đã kết thúc hoạt động từ "
        "01/07/2025 (Nghị quyết 203/2025/QH15)."
    )
    assert found.position.line == 14


def test_a_group_by_kinds_left_empty_is_flagged(lint: Lint) -> None:
    snippet = DUTY.format(to="các phòng, ban thành phố")
    assert lint(snippet, "RQ111", head=HEAD_2026, units=UNITS_WITH_HISTORY) == [("RQ111", 14)]


def test_a_group_by_kinds_follows_the_units_of_its_time(lint: Lint) -> None:
    # In 2026 "UBND các xã, phường" is the new communes: nothing to report.
    snippet = DUTY.format(to="UBND các xã, phường")
    assert lint(snippet, "RQ111", head=HEAD_2026, units=UNITS_WITH_HISTORY) == []


def test_a_named_member_gone_is_flagged_while_others_remain(diagnose: Diagnose) -> None:
    [found] = diagnose(
        DUTY.format(to="Các xã và Phòng Kinh tế"), "RQ111", head=HEAD_2026, units=MIXED
    )
    assert found.message == (
        "Nhóm 'Các xã và Phòng Kinh tế' có thành viên không còn vào ngày ban hành kế hoạch "
        "(15/01/2026): Phòng Kinh tế thành phố đã kết thúc hoạt động từ 01/07/2025 (Nghị quyết "
        "203/2025/QH15)."
    )


def test_before_the_change_the_group_passes(lint: Lint) -> None:
    assert lint(DUTY.format(to="Lãnh đạo thành phố"), "RQ111", units=UNITS_WITH_HISTORY) == []
    assert lint(DUTY.format(to="các phòng, ban thành phố"), "RQ111", head=PLAN_HEAD) == []
