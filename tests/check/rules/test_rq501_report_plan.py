"""RQ501: a result file names a plan and a report duty that exist."""

from __future__ import annotations

from pathlib import Path

from raquan.check import run as check
from support.checks import LintResultFile

BODY = """\
unit: xã Đoàn Kết
type: tổng hợp
submitted: 2023-03-28
"""


def test_unknown_duty_is_flagged_at_duty(lint_result_file: LintResultFile) -> None:
    assert lint_result_file("duty: bao-cao-tong-hop\n" + BODY, "RQ501") == [("RQ501", 4)]


def test_a_duty_that_is_not_a_report_is_flagged(lint_result_file: LintResultFile) -> None:
    assert lint_result_file("duty: ke-hoach-chi-tiet\n" + BODY, "RQ501") == [("RQ501", 4)]


def test_a_report_duty_passes(lint_result_file: LintResultFile) -> None:
    assert lint_result_file("duty: bao-cao-tong-hop-xa-phuong\n" + BODY, "RQ501") == []


def test_plan_that_cannot_be_found(tmp_path: Path) -> None:
    folder = tmp_path
    report = folder / "bao-cao.yaml"
    report.write_text(
        "raquan: 1\nkind: report\nplan: ke-hoach-khac\nduty: bao-cao\nunit: xã Đoàn Kết\n"
        "type: nhanh\nsubmitted: 2023-01-31\n",
        encoding="utf-8",
    )
    result = check.run([report], select=["RQ501"])
    assert [(d.code, d.position.line) for d in result.diagnostics] == [("RQ501", 3)]
    assert "ke-hoach-khac" in result.diagnostics[0].message
