"""``raquan units show`` and ``raquan units list`` on the bundled registry and its history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import ROOT

runner = CliRunner()
UNITS = str(bundled("plans") / "units.yaml")


def units(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["units", *args, "--units", UNITS])
    return result.exit_code, result.output


def test_show_tells_a_merged_commune_s_story_and_who_it_is_now() -> None:
    code, output = units("show", "xã Đoàn Kết", "--as-of", "2026-03-01")
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0] == "UBND xã Đoàn Kết (xa-doan-ket)"
    assert "  Mã đơn vị hành chính: 23329" in lines
    assert "  Hoạt động: đến 30/06/2025; không hoạt động ngày 01/03/2026" in lines
    assert "  Thuộc các nhóm: UBND các xã, phường; UBND các xã" in lines
    assert (
        "  Thay đổi: xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết "
        "1677/NQ-UBTVQH15)." in lines
    )
    assert "  Nay là: UBND xã Ia Chim." in lines


def test_show_finds_both_units_that_carried_a_name() -> None:
    code, output = units("show", "xã Ia Chim", "--as-of", "2023-01-10", "--format", "json")
    assert code == 0, output
    found = json.loads(output)
    assert [(u["id"], u["in_force"]) for u in found] == [
        ("xa-ia-chim", True),
        ("xa-ia-chim-2025", False),
    ]
    new = found[1]
    assert new["code"] == "23326"
    assert new["since"] == "2025-07-01"
    assert new["predecessors"] == ["xa-doan-ket", "xa-dak-nang", "xa-ia-chim"]


def test_show_by_official_code_gives_the_unit_of_the_day() -> None:
    code, output = units("show", "23302", "--as-of", "2026-03-01")
    assert code == 0, output
    assert output.startswith("UBND phường Đăk Bla (phuong-dak-bla)\n")
    assert (
        "Hình thành: phường Đăk Bla được hình thành từ ngày 01/07/2025 trên cơ sở phường Lê "
        "Lợi, phường Nguyễn Trãi, phường Trần Hưng Đạo (Nghị quyết 1677/NQ-UBTVQH15)."
    ) in output
    # The old phường Lê Lợi had that code before.
    assert "UBND phường Lê Lợi (phuong-le-loi)" in output


def test_show_a_group_lists_its_units_of_the_day() -> None:
    code, output = units("show", "UBND các xã", "--as-of", "2026-03-01")
    assert code == 0, output
    assert output.splitlines()[-1] == "  Ngày 01/03/2026: xã Ngọk Bay, xã Ia Chim, xã Đăk Rơ Wa"


def test_show_an_abolished_body_names_the_act() -> None:
    code, output = units("show", "Phòng Kinh tế thành phố")
    assert code == 0, output
    assert (
        "Thay đổi: Phòng Kinh tế thành phố đã kết thúc hoạt động từ 01/07/2025 (Nghị quyết "
        "203/2025/QH15)." in output
    )


def test_show_an_unknown_name_exits_2_with_suggestions() -> None:
    code, output = units("show", "xã Đoàn Kêt")
    assert code == 2, output
    assert "Không có đơn vị hoặc nhóm nào tên 'xã Đoàn Kêt'" in output
    assert "'UBND xã Đoàn Kết'" in output


def test_list_gives_the_units_in_force_on_the_day_of_a_kind() -> None:
    code, output = units("list", "--as-of", "2026-03-01", "--kind", "xã", "--kind", "phường")
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0].startswith("6 đơn vị của")
    assert "  23326  UBND xã Ia Chim  [xa-ia-chim-2025] (từ 01/07/2025)" in lines
    code, output = units("list", "--as-of", "2023-01-10", "--kind", "xã", "--format", "json")
    assert code == 0, output
    found = json.loads(output)
    assert len(found) == 11
    assert {u["until"] for u in found} == {"2025-07-01"}


def test_list_all_includes_units_gone_since() -> None:
    code, output = units("list", "--all", "--format", "json")
    assert code == 0, output
    ids = {u["id"] for u in json.loads(output)}
    assert {"xa-doan-ket", "xa-ia-chim", "xa-ia-chim-2025", "ubnd-tinh-quang-ngai"} <= ids


def test_list_refuses_an_unknown_kind_and_a_contradiction() -> None:
    code, output = units("list", "--kind", "làng")
    assert code == 2, output
    assert "Loại đơn vị 'làng' không có" in output
    code, output = units("list", "--all", "--as-of", "2026-01-01")
    assert code == 2, output


def test_a_broken_registry_is_a_message(tmp_path: Path) -> None:
    broken = tmp_path / "units.yaml"
    broken.write_text("raquan: 1\nkind: units\nunits: []\n", encoding="utf-8")
    result = runner.invoke(app, ["units", "list", "--units", str(broken)])
    assert result.exit_code == 2, result.output
    assert f"Danh mục đơn vị '{broken}' có lỗi." in result.output
    result = runner.invoke(app, ["units", "show", "x", "--units", str(tmp_path / "khong.yaml")])
    assert result.exit_code == 2, result.output
    assert "Không tìm thấy danh mục đơn vị" in result.output


def test_the_readme_example_is_the_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split('$ raquan units show "xã Đoàn Kết" --as-of 2026-03-01\n', 1)[1]
    block = block.split("```", 1)[0]
    shown, listed = block.split("$ raquan units list --as-of 2026-03-01 --kind xã --kind phường\n")
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["units", "show", "xã Đoàn Kết", "--as-of", "2026-03-01"])
    assert (result.exit_code, result.output) == (0, shown)
    args = ["units", "list", "--as-of", "2026-03-01", "--kind", "xã", "--kind", "phường"]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.output) == (0, listed)
