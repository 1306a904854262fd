"""RQ208: a deadline counted from another duty's completion names a duty that exists, that has
a deadline of its own, and no cycle."""

from __future__ import annotations

from raquan.check.rules import rq208_unknown_duty_origin
from support.checks import Diagnose, Lint, assert_documented
from support.plans import duty_section

DOC_WRONG = """\
- id: bao-cao-ket-qua
  deadline:
    kind: trong thời hạn
    days: 5
    counting: ngày làm việc
    from: {duty: bao-cao-ket-qua}
"""
DOC_RIGHT = """\
- id: bao-cao-ket-qua
  deadline:
    kind: trong thời hạn
    days: 5
    counting: ngày làm việc
    from: {duty: ke-hoach-chi-tiet}
"""

PLANNING = """\
- id: ke-hoach-chi-tiet
  text: Xây dựng kế hoạch chi tiết {deadline}.
  deadline: {kind: trước, date: 2023-01-16}
"""


def _duties(*duties: str) -> str:
    """Phòng Kinh tế's duties from line 17 on, each given a text."""
    text = "".join(
        duty.replace("\n  deadline:", "\n  text: Báo cáo kết quả {deadline}.\n  deadline:", 1)
        if "text:" not in duty
        else duty
        for duty in duties
    )
    return duty_section(text)


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq208_unknown_duty_origin, DOC_WRONG, DOC_RIGHT)


def test_a_duty_counted_from_itself_is_a_cycle(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(_duties(PLANNING, DOC_WRONG), "RQ208")
    assert diagnostic.message == ("Thời hạn tính vòng: bao-cao-ket-qua → bao-cao-ket-qua.")


def test_counted_from_an_earlier_duty_passes(lint: Lint) -> None:
    assert lint(_duties(PLANNING, DOC_RIGHT), "RQ208") == []


def test_an_unknown_duty_is_named_with_a_suggestion(diagnose: Diagnose) -> None:
    wrong = DOC_RIGHT.replace("ke-hoach-chi-tiet}", "ke-hoach-chi-tit}")
    [diagnostic] = diagnose(_duties(PLANNING, wrong), "RQ208")
    assert diagnostic.message == "Không có nhiệm vụ nào mã 'ke-hoach-chi-tit' trong kế hoạch."
    assert diagnostic.hint == "Có phải ý bạn là 'ke-hoach-chi-tiet'?"
    assert diagnostic.position.line == 26  # the 'from:' line of the second duty


def test_a_duty_without_a_deadline_cannot_give_an_estimate(diagnose: Diagnose) -> None:
    planning = "- id: ke-hoach-chi-tiet\n  text: Xây dựng kế hoạch chi tiết.\n"
    [diagnostic] = diagnose(_duties(planning, DOC_RIGHT), "RQ208")
    assert diagnostic.message.startswith("Nhiệm vụ 'ke-hoach-chi-tiet' không có thời hạn")
