"""RQ506: a result file answering a plan that is still a draft (no number or day)."""

from __future__ import annotations

from pathlib import Path

from raquan.check import run as check
from support.checks import LintResultFile
from support.plans import RESULT_FILE_HEAD, dedent, issued_copy

SUMMARY = """\
duty: bao-cao-tong-hop-xa-phuong
unit: xã Đoàn Kết
type: tổng hợp
submitted: 2023-03-28
"""


def test_a_report_on_the_draft_plan_is_flagged_at_its_plan_line(
    lint_result_file: LintResultFile,
) -> None:
    # The bundled plan is a draft: "number:" empty and "date: 2023-01".
    assert lint_result_file(SUMMARY, "RQ506") == [("RQ506", 3)]


def test_the_message_says_what_is_missing_and_where_to_write_it(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    issued_copy(plans, ("  number: 15\n", "  number:\n"))  # issued date, no number yet
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "bc.yaml").write_text(RESULT_FILE_HEAD + dedent(SUMMARY), encoding="utf-8")
    [found] = list(check.run([plans, reports], select=["RQ506"]).diagnostics)
    assert found.severity.label == "cảnh báo"
    assert "còn là dự thảo (chưa có số ban hành)" in found.message
    assert found.hint is not None
    assert "điền số (number) và ngày (date" in found.hint
    assert "ke-hoach-ra-quan-2023.yaml" in found.hint


def test_a_report_on_an_issued_plan_passes(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    issued_copy(plans)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "bc.yaml").write_text(RESULT_FILE_HEAD + dedent(SUMMARY), encoding="utf-8")
    assert check.run([plans, reports], select=["RQ506"]).diagnostics == []
