"""RQ115: a duty due (or an event held) after its unit ended is a warning naming the successor."""

from __future__ import annotations

from raquan.check.rules import rq115_unit_ends_before_deadline
from support.checks import Diagnose, Lint, assert_documented
from support.plans import PLAN_HEAD, UNITS_WITH_HISTORY

HEAD = PLAN_HEAD.replace("2023-01-10", "2025-06-16")

DUTY = """
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: {to}
        heading: Các đơn vị
        duties:
          - id: bao-cao
            partners: [{partner}]
            text: Báo cáo kết quả {{deadline}}.
            deadline:
              kind: chậm nhất
              date: {date}
"""
"""A duty due on ``date``; its deadline's date is on line 22."""

WRONG = """\
to: xã Đoàn Kết
deadline:
  kind: chậm nhất
  date: 2025-08-15
"""
RIGHT = WRONG.replace("2025-08-15", "2025-06-30")


def test_docstring_examples_are_the_ones_tested(lint: Lint) -> None:
    assert_documented(rq115_unit_ends_before_deadline, WRONG, RIGHT)
    wrong = DUTY.format(to="xã Đoàn Kết", partner="xã Ia Chim", date="2025-08-15")
    right = DUTY.format(to="xã Đoàn Kết", partner="xã Ia Chim", date="2025-06-30")
    assert lint(wrong, "RQ115", head=HEAD, units=UNITS_WITH_HISTORY) == [
        ("RQ115", 22),  # xã Đoàn Kết, merged into the new xã Ia Chim
        ("RQ115", 22),  # the old xã Ia Chim, its partner, too
    ]
    assert lint(right, "RQ115", head=HEAD, units=UNITS_WITH_HISTORY) == []


def test_the_warning_names_what_happened_and_who_takes_over(diagnose: Diagnose) -> None:
    snippet = DUTY.format(to="xã Đoàn Kết", partner="UBND tỉnh Quảng Ngãi", date="2025-08-15")
    [found] = diagnose(
        snippet,
        "RQ115",
        head=HEAD,
        units=UNITS_WITH_HISTORY.replace("    began:\n      date: 2025-07-01\ngroups:", "groups:"),
    )
    assert found.message == (
        "Thời hạn 'chậm nhất ngày 15/08/2025' sau ngày xã Đoàn Kết thôi hoạt động: xã Đoàn Kết "
        "đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)."
    )
    assert found.hint == (
        "Từ 01/07/2025 việc của xã Đoàn Kết do 'UBND xã Ia Chim' đảm nhận; khi sửa đổi kế "
        "hoạch, giao lại việc này, hoặc đặt thời hạn trước ngày đó."
    )


def test_an_event_after_its_host_ended_is_flagged(diagnose: Diagnose) -> None:
    snippet = """
    events:
      - id: le
        title: Lễ ra quân
        date: 2025-07-15
        place: Thôn 8
        host: Phòng Kinh tế
    """
    [found] = diagnose(snippet, "RQ115", head=HEAD, units=UNITS_WITH_HISTORY)
    assert found.message.startswith("Sự kiện 'Lễ ra quân' (15/07/2025) sau ngày Phòng Kinh tế")
    assert found.hint is not None
    assert found.hint.startswith("Giao việc này cho cơ quan đảm nhận phần việc đó từ 01/07/2025")


def test_groups_follow_their_units_and_are_not_flagged(lint: Lint) -> None:
    snippet = DUTY.format(to="UBND các xã, phường", partner="UBND xã Đoàn Kết", date="2025-08-15")
    snippet = snippet.replace("            partners: [UBND xã Đoàn Kết]\n", "")
    assert lint(snippet, "RQ115", head=HEAD, units=UNITS_WITH_HISTORY) == []
