"""``raquan render`` reads unit names as of the plan's issue date: the bundled plan of January
2023 renders, a copy dated 2026 (after the 2025 reform) is refused with one located error per
unit that no longer exists, and a plan of 2026 naming the new communes renders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.docx_text import sections, texts
from support.plans import FIXTURES, PLAN_NAME

runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copyfile(bundled("plans") / "units.yaml", tmp_path / "units.yaml")
    plan = (bundled("plans") / PLAN_NAME).read_text(encoding="utf-8")
    (tmp_path / "2023.yaml").write_text(plan, encoding="utf-8")
    dated = plan.replace("  date: 2023-01      #", "  date: 2026-01-15 #", 1)
    assert dated != plan
    (tmp_path / "2023-ghi-2026.yaml").write_text(dated, encoding="utf-8")
    shutil.copyfile(FIXTURES / "history" / "ke-hoach-2026.yaml", tmp_path / "2026.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_plan_as_issued_renders(folder: Path) -> None:
    result = runner.invoke(app, ["render", "plan", "2023.yaml", "-o", "2023.docx"])
    assert result.exit_code == 0, result.output
    assert (folder / "2023.docx").is_file()


def test_a_copy_dated_after_the_reform_is_refused_naming_the_successors(folder: Path) -> None:
    result = runner.invoke(app, ["render", "plan", "2023-ghi-2026.yaml", "-o", "x.docx"])
    assert result.exit_code == 1, result.output
    flat = " ".join(result.output.split())
    assert (
        "lỗi RQ110: xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết "
        "1677/NQ-UBTVQH15)" in flat
    )
    assert "2023-ghi-2026.yaml:" in flat
    assert not (folder / "x.docx").exists()


def test_a_plan_of_2026_naming_the_new_communes_renders(folder: Path) -> None:
    result = runner.invoke(app, ["render", "plan", "2026.yaml", "-o", "2026.docx"])
    assert result.exit_code == 0, result.output
    text = " ".join(line for part in sections(folder / "2026.docx") for line in texts(part))
    assert "UBND xã Ia Chim" in text
