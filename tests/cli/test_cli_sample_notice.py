"""A command given no path, in a folder without ``plans/``, works on the sample plan that comes
with raquan: it says so, so that a clerk does not take the sample's result for their own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled

runner = CliRunner()

COMMANDS = [
    ["check"],
    ["status", "--today", "2023-01-20"],
    ["render", "plan"],
    ["render", "report", "--kind", "summary"],
    ["due", "--unit", "xã Đoàn Kết", "--today", "2023-01-20"],
]
NOTICE = "lưu ý: ở đây không có thư mục plans/"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_the_sample_plan_is_named_when_it_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, command)
    assert result.exit_code in (0, 1, 2), result.output
    said = " ".join(result.output.split())
    assert NOTICE in said or "kế hoạch mẫu đi kèm raquan" in said


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_nothing_is_said_with_a_plans_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, command)
    assert "mẫu đi kèm" not in result.output
