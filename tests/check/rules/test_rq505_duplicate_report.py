"""RQ505: one result file per unit and report duty."""

from __future__ import annotations

from support.checks import LintResultFile

SUMMARY = """\
duty: bao-cao-tong-hop-xa-phuong
unit: {unit}
type: tổng hợp
submitted: 2023-03-28
"""


def test_two_files_for_the_same_unit_and_duty_are_flagged(lint_result_file: LintResultFile) -> None:
    found = lint_result_file(
        SUMMARY.format(unit="xã Đoàn Kết"), "RQ505", extra=[SUMMARY.format(unit="doan ket")]
    )
    assert found == [("RQ505", 4)]


def test_files_of_different_units_pass(lint_result_file: LintResultFile) -> None:
    found = lint_result_file(
        SUMMARY.format(unit="xã Đoàn Kết"), "RQ505", extra=[SUMMARY.format(unit="xã Hòa Bình")]
    )
    assert found == []
