"""RQ502: a result file comes from a unit of the registry that was given the duty."""

from __future__ import annotations

from support.checks import LintResultFile

TAIL = """\
type: tổng hợp
submitted: 2023-03-28
"""


def test_unit_not_given_the_duty_is_flagged(lint_result_file: LintResultFile) -> None:
    snippet = "duty: bao-cao-tong-hop-xa-phuong\nunit: Sở Nông nghiệp và PTNT\n" + TAIL
    assert lint_result_file(snippet, "RQ502") == [("RQ502", 5)]


def test_unknown_unit_is_flagged(lint_result_file: LintResultFile) -> None:
    snippet = "duty: bao-cao-tong-hop-xa-phuong\nunit: xã Không Có\n" + TAIL
    assert lint_result_file(snippet, "RQ502") == [("RQ502", 5)]


def test_a_group_is_not_a_reporting_unit(lint_result_file: LintResultFile) -> None:
    snippet = "duty: bao-cao-tong-hop-xa-phuong\nunit: UBND các xã, phường\n" + TAIL
    assert lint_result_file(snippet, "RQ502") == [("RQ502", 5)]


def test_a_commune_in_the_group_passes_whatever_the_spelling(
    lint_result_file: LintResultFile,
) -> None:
    for name in ("xã Đoàn Kết", "doan ket", "UBND phường Quyết Thắng"):
        snippet = f"duty: bao-cao-tong-hop-xa-phuong\nunit: {name}\n" + TAIL
        assert lint_result_file(snippet, "RQ502") == [], name
