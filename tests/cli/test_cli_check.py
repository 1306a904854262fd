"""``raquan check`` as a user runs it: the bundled plan, output forms, options, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import BUNDLED_PLAN

runner = CliRunner()
PLANS = bundled("plans")


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def test_bundled_plans_pass_with_the_sunday_warning_at_its_line() -> None:
    result = runner.invoke(app, ["check", str(PLANS)])
    assert result.exit_code == 0, result.output
    line = _line_of(BUNDLED_PLAN, "date: 2023-01-15")
    assert f"ke-hoach-ra-quan-2023.yaml:{line}:21: cảnh báo RQ202" in result.output
    assert "15/01/2023 là Chủ nhật" in result.output
    assert "thứ Hai, 16/01/2023" in result.output  # the next working day (Điều 148)
    assert "date: 2023-01-15" in result.output  # the source line
    assert "^^^^^^^^^^" in result.output  # the caret under the date
    assert "Tìm thấy 0 lỗi, 1 cảnh báo trong 2 tệp." in result.output


def test_strict_makes_the_warning_fail() -> None:
    result = runner.invoke(app, ["check", str(PLANS), "--strict"])
    assert result.exit_code == 1, result.output


def test_json_output_has_the_documented_fields() -> None:
    result = runner.invoke(app, ["check", str(PLANS), "--format", "json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 1
    item = items[0]
    assert {"path", "line", "column", "code", "severity", "message"} <= item.keys()
    assert item["code"] == "RQ202"
    assert item["severity"] == "warning"
    assert item["line"] == _line_of(BUNDLED_PLAN, "date: 2023-01-15")


def test_concise_and_github_forms() -> None:
    concise = runner.invoke(app, ["check", str(PLANS), "--format", "concise"])
    line = _line_of(BUNDLED_PLAN, "date: 2023-01-15")
    assert concise.stdout.strip().endswith("ngày nghỉ cuối tuần.")
    assert f"ke-hoach-ra-quan-2023.yaml:{line}:21: RQ202 [cảnh báo] Thời hạn" in concise.stdout
    github = runner.invoke(app, ["check", str(PLANS), "--format", "github"])
    assert github.stdout.startswith(f"::warning file={BUNDLED_PLAN},line={line},col=21,")
    assert "title=RQ202::" in github.stdout


def test_select_and_ignore_by_code_and_prefix() -> None:
    ignored = runner.invoke(app, ["check", str(PLANS), "--ignore", "RQ202", "--strict"])
    assert ignored.exit_code == 0, ignored.output
    assert "Không có vấn đề nào trong 2 tệp." in ignored.output
    selected = runner.invoke(app, ["check", str(PLANS), "--select", "RQ1,RQ3", "--strict"])
    assert selected.exit_code == 0, selected.output
    kept = runner.invoke(app, ["check", str(PLANS), "--select", "RQ2", "--strict"])
    assert kept.exit_code == 1, kept.output


def test_unknown_code_is_exit_2() -> None:
    result = runner.invoke(app, ["check", str(PLANS), "--select", "XX9"])
    assert result.exit_code == 2, result.output
    assert "Không có mã kiểm tra 'XX9'" in result.output


def test_unknown_format_is_exit_2() -> None:
    result = runner.invoke(app, ["check", str(PLANS), "--format", "xml"])
    assert result.exit_code == 2, result.output
    assert "Dạng 'xml' không có" in result.output


def test_list_and_explain() -> None:
    listed = runner.invoke(app, ["check", "--list"])
    assert listed.exit_code == 0
    assert "RQ202  cảnh báo  deadline-on-day-off" in listed.stdout
    explained = runner.invoke(app, ["check", "--explain", "rq202"])
    assert explained.exit_code == 0
    assert "Điều 148 Bộ luật" in explained.stdout
    assert "Ví dụ sai" in explained.stdout
    assert "Ví dụ đúng" in explained.stdout


def test_default_path_is_plans_folder_or_the_bundled_plan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0, result.output
    assert "1 cảnh báo trong 2 tệp" in result.output
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "units.yaml").write_text("raquan: 1\nkind: units\n", encoding="utf-8")
    local = runner.invoke(app, ["check", "--format", "concise"])
    assert local.exit_code == 1
    assert "plans/units.yaml:1:1: RQ005" in local.stdout


def test_a_folder_skips_yaml_files_that_are_not_raquan_files(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("name: ci\non: push\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.yaml").write_text("{{{", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path)])
    # Nothing of raquan's to check is a failure (issue 12, item 9), naming what was skipped.
    assert result.exit_code == 2, result.output
    assert "(1 tệp YAML khác không phải của raquan)" in result.stderr
    explicit = runner.invoke(app, ["check", str(tmp_path / "config.yaml")])
    assert explicit.exit_code == 1
    assert "RQ008" in explicit.output
