"""``raquan units new --province``: a province's registry from the package of administrative
divisions (the optional extra ``raquan[units]``)."""

from __future__ import annotations

import datetime
import shlex
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from raquan.check import run as check
from raquan.cli.app import app
from raquan.diagnostics import Severity
from raquan.units.new import registry_text
from raquan.units.provinces import load

runner = CliRunner()

NEEDS_PACKAGE = pytest.mark.skipif(
    "vietnamadminunits" not in sys.modules
    and __import__("importlib.util").util.find_spec("vietnamadminunits") is None,
    reason="the optional extra raquan[units] (vietnamadminunits) is not installed",
)

SIX = {
    "phuong-kon-tum": ("Ủy ban nhân dân phường Kon Tum", "phường", "23293"),
    "phuong-dak-cam": ("Ủy ban nhân dân phường Đăk Cấm", "phường", "23284"),
    "phuong-dak-bla": ("Ủy ban nhân dân phường Đăk Bla", "phường", "23302"),
    "xa-ngok-bay": ("Ủy ban nhân dân xã Ngọk Bay", "xã", "23317"),
    "xa-ia-chim": ("Ủy ban nhân dân xã Ia Chim", "xã", "23326"),
    "xa-dak-ro-wa": ("Ủy ban nhân dân xã Đăk Rơ Wa", "xã", "23332"),
}
"""The six communes and wards formed from thành phố Kon Tum's 21 on 01/07/2025."""


def new(tmp_path: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["units", "new", *args])
    return result.exit_code, result.output


@NEEDS_PACKAGE
def test_quang_ngai_registry_is_accepted_by_check_with_the_six_units_and_codes(
    tmp_path: Path,
) -> None:
    target = tmp_path / "units.yaml"
    code, output = new(tmp_path, "--province", "Quảng Ngãi", "-o", str(target))
    assert code == 0, output
    assert f"Đã tạo {target}: tỉnh Quảng Ngãi, 86 xã, 9 phường, 1 đặc khu." in output
    result = check.run([target])
    assert result.diagnostics == []
    data = YAML(typ="safe").load(target.read_text(encoding="utf-8"))
    units = {unit["id"]: unit for unit in data["units"]}
    for unit_id, (name, kind, unit_code) in SIX.items():
        assert (units[unit_id]["name"], units[unit_id]["kind"], units[unit_id]["code"]) == (
            name,
            kind,
            unit_code,
        )
    assert units["ubnd-tinh"]["code"] == "51"
    assert len(units) == 97
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=.raquan/units.schema.json\n")
    assert "vietnamadminunits" in text.splitlines()[2]
    assert (tmp_path / ".raquan" / "units.schema.json").is_file()


ROOT = Path(__file__).parents[2]


def _commands(document: Path) -> list[list[str]]:
    """The ``raquan`` lines of the shell block of ``document`` that shows ``units new``."""
    text = document.read_text(encoding="utf-8")
    [block] = [b for b in text.split("```sh\n")[1:] if "raquan units new" in b.split("```")[0]]
    lines = block.split("```", 1)[0].splitlines()
    assert lines[0] == 'pip install ".[units]"'  # the extra, as CI installs it (.ci/run)
    return [shlex.split(line)[1:] for line in lines if line.startswith("raquan ")]


@NEEDS_PACKAGE
@pytest.mark.parametrize("document", ["README.md", "docs/don-vi-thay-doi.md"])
def test_the_documented_commands_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: str
) -> None:
    commands = _commands(ROOT / document)
    assert commands[0][:3] == ["units", "new", "--province"]
    monkeypatch.chdir(tmp_path)
    for args in commands:
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    written = tmp_path / commands[0][commands[0].index("-o") + 1]
    assert "Ủy ban nhân dân xã Ia Chim" in written.read_text(encoding="utf-8")


@NEEDS_PACKAGE
def test_a_plan_of_2026_checks_against_the_new_registry(tmp_path: Path) -> None:
    code, output = new(tmp_path, "--province", "quang ngai", "-o", str(tmp_path / "units.yaml"))
    assert code == 0, output
    plan = (Path(__file__).parents[1] / "fixtures" / "history" / "ke-hoach-2026.yaml").read_text(
        encoding="utf-8"
    )
    (tmp_path / "ke-hoach.yaml").write_text(plan, encoding="utf-8")
    result = check.run([tmp_path / "ke-hoach.yaml"])
    assert [(d.code, d.message) for d in result.diagnostics] == []


@NEEDS_PACKAGE
@pytest.mark.parametrize("typed", ["tỉnh Quảng Ngãi", "QUẢNG NGÃI", "quảng ngai", "Quảng  Ngãi"])
def test_the_province_is_found_however_it_is_typed(tmp_path: Path, typed: str) -> None:
    code, output = new(tmp_path, "--province", typed, "-o", str(tmp_path / "units.yaml"))
    assert code == 0, output


@NEEDS_PACKAGE
def test_an_unknown_province_exits_2_with_the_nearest_names(tmp_path: Path) -> None:
    code, output = new(tmp_path, "--province", "Quảng Ngải", "-o", str(tmp_path / "u.yaml"))
    assert code == 2, output
    assert "Không có tỉnh, thành phố nào tên 'Quảng Ngải'" in output
    assert "Có phải ý bạn là: 'Quảng Ngãi'" in output
    code, output = new(tmp_path, "--province", "Kon Tum", "-o", str(tmp_path / "u.yaml"))
    assert code == 2, output
    assert not (tmp_path / "u.yaml").exists()


@NEEDS_PACKAGE
def test_an_existing_file_is_never_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "units.yaml"
    target.write_text("# của tôi\n", encoding="utf-8")
    code, output = new(tmp_path, "--province", "Quảng Ngãi", "-o", str(target))
    assert code == 2, output
    assert "đã có; raquan không ghi đè" in output
    assert target.read_text(encoding="utf-8") == "# của tôi\n"
    code, output = new(tmp_path, "--province", "Quảng Ngãi", "-o", str(target), "--force")
    assert code == 0, output
    assert "kind: units" in target.read_text(encoding="utf-8")


@NEEDS_PACKAGE
def test_a_missing_folder_is_a_message(tmp_path: Path) -> None:
    code, output = new(tmp_path, "--province", "Huế", "-o", str(tmp_path / "khong" / "u.yaml"))
    assert code == 2, output
    assert "Không có thư mục" in output


@NEEDS_PACKAGE
def test_every_province_gives_a_registry_check_accepts(tmp_path: Path) -> None:
    provinces, source = load()
    assert len(provinces) == 34
    assert sum(len(p.communes) for p in provinces) == 3321
    for number, province in enumerate(provinces):
        path = tmp_path / f"{number}.yaml"
        path.write_text(registry_text(province, source, datetime.date(2026, 1, 1)), "utf-8")
    result = check.run([tmp_path])
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    assert [(d.path, d.code, d.message) for d in errors] == []
    # Only warnings remain: communes whose names differ by marks alone ("xã Cẩm Giang" and
    # "xã Cẩm Giàng" in one province), which name matching treats as a clash (RQ108).
    assert {d.code for d in result.diagnostics} <= {"RQ108"}


def test_without_the_package_the_command_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "vietnamadminunits", None)
    monkeypatch.setitem(sys.modules, "vietnamadminunits.database", None)
    code, output = new(tmp_path, "--province", "Quảng Ngãi", "-o", str(tmp_path / "u.yaml"))
    assert code == 2, output
    assert "cần gói vietnamadminunits" in output
    assert 'pip install "raquan[units]"' in output
    assert not (tmp_path / "u.yaml").exists()
