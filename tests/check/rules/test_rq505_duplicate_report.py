"""RQ505: one result file per unit and report duty."""

from __future__ import annotations

from support.checks import LintReport

SUMMARY = """\
duty: bao-cao-tong-hop-xa-phuong
unit: {unit}
type: tổng hợp
submitted: 2023-03-28
"""


def test_two_files_for_the_same_unit_and_duty_are_flagged(lint_report: LintReport) -> None:
    found = lint_report(
        SUMMARY.format(unit="xã Đoàn Kết"), "RQ505", extra=[SUMMARY.format(unit="doan ket")]
    )
    assert found == [("RQ505", 4)]


def test_files_of_different_units_pass(lint_report: LintReport) -> None:
    found = lint_report(
        SUMMARY.format(unit="xã Đoàn Kết"), "RQ505", extra=[SUMMARY.format(unit="xã Hòa Bình")]
    )
    assert found == []
