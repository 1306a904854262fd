"""RQ504: a report is not sent before the event it reports on, nor before the plan."""

from __future__ import annotations

from support.checks import LintResultFile

QUICK = """\
duty: bao-cao-nhanh-xa-phuong
unit: xã Đoàn Kết
type: nhanh
submitted: "{when}"
"""


def test_quick_report_before_the_ceremony_is_flagged(lint_result_file: LintResultFile) -> None:
    assert lint_result_file(QUICK.format(when="2023-01-31 08:00"), "RQ504") == [("RQ504", 7)]


def test_quick_report_after_the_ceremony_passes(lint_result_file: LintResultFile) -> None:
    assert lint_result_file(QUICK.format(when="2023-01-31 08:45"), "RQ504") == []


def test_report_before_the_plan_is_flagged(lint_result_file: LintResultFile) -> None:
    assert lint_result_file(QUICK.format(when="2022-12-20"), "RQ504") == [("RQ504", 7)]
