"""Shell completion offers unit names from the registry of the plans in plans/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from raquan.cli.due import _complete_units
from raquan.read.resources import bundled


def test_unit_names_complete_from_the_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    assert "UBND xã Đoàn Kết" in _complete_units("doan")
    assert "UBND xã Đoàn Kết" in _complete_units("Đoàn")
    names = _complete_units("dak")
    assert {"UBND xã Đăk Cấm", "UBND xã Đăk Blà", "UBND xã Đăk Rơ Wa", "UBND xã Đăk Năng"} <= set(
        names
    )
    assert _complete_units("khong co ten nay") == []


def test_completion_never_breaks_the_shell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "hong.yaml").write_text("{{{", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _complete_units("doan") == []
