"""RQ503: a quick report answers a quick-report duty, a summary a summary duty."""

from __future__ import annotations

from support.checks import LintResultFile


def test_summary_for_a_quick_report_duty_is_flagged(lint_result_file: LintResultFile) -> None:
    snippet = """\
    duty: bao-cao-nhanh-xa-phuong
    unit: xã Đoàn Kết
    type: tổng hợp
    submitted: "2023-01-31 08:45"
    """
    assert lint_result_file(snippet, "RQ503") == [("RQ503", 6)]


def test_matching_type_passes(lint_result_file: LintResultFile) -> None:
    snippet = """\
    duty: bao-cao-nhanh-xa-phuong
    unit: xã Đoàn Kết
    type: nhanh
    submitted: "2023-01-31 08:45"
    """
    assert lint_result_file(snippet, "RQ503") == []
