"""Units' history is a general mechanism, not the Kon Tum data: a registry of another (made up)
province, tỉnh Hòa Sơn, with a rename followed by a merge (xã An became xã Bình in 2020, which
merged with xã Chân into xã Cường in 2025; the merge written on the new unit's side only, by
name) and a split (phường Đông into phường Đông Bắc and phường Đông Nam), drives check, due,
diff and ``units show`` as the bundled registry does."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.check import run as check
from raquan.cli.app import app
from support.plans import FIXTURES

runner = CliRunner()

RENAMED_THEN_MERGED = (
    "xã An đã đổi tên thành xã Bình từ 01/01/2020 (Nghị quyết 1/NQ-UBTVQH14); xã Bình đã nhập "
    "vào xã Cường từ 01/07/2025 (Nghị quyết 2/NQ-UBTVQH15)"
)
SPLIT = (
    "phường Đông đã được chia thành phường Đông Bắc, phường Đông Nam từ 01/07/2025 "
    "(Nghị quyết 2/NQ-UBTVQH15)"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "hoa-son"
    shutil.copytree(FIXTURES / "history" / "hoa-son", target)
    monkeypatch.chdir(target)
    return target


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_registry_and_the_plans_of_their_time_check_without_history_errors(
    folder: Path,
) -> None:
    result = check.run([folder / "units.yaml", folder / "ke-hoach-2019.yaml"])
    assert [d for d in result.diagnostics if d.code.startswith("RQ11")] == []
    result = check.run([folder / "ke-hoach-2026-dung.yaml"])
    assert [d for d in result.diagnostics if d.code.startswith(("RQ1", "RQ0"))] == []


def test_a_plan_of_2026_naming_the_old_units_gets_a_located_error_each(folder: Path) -> None:
    result = check.run([folder / "ke-hoach-2026.yaml"], select=["RQ110"])
    found = [(d.position.line, d.position.column, d.message) for d in result.diagnostics]
    assert found == [
        (17, 13, f"{RENAMED_THEN_MERGED}, trước ngày ban hành kế hoạch (02/02/2026)."),
        (25, 13, f"{SPLIT}, trước ngày ban hành kế hoạch (02/02/2026)."),
    ]
    assert result.diagnostics[0].hint == "Thay bằng 'UBND xã Cường'."


def test_due_follows_the_chain_and_the_split_to_the_units_of_the_day(folder: Path) -> None:
    args = ["due", "ke-hoach-2019.yaml", "ke-hoach-2026-dung.yaml", "--today", "2026-03-01"]
    result = runner.invoke(app, [*args, "--unit", "xã An", "--all", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert f"> {RENAMED_THEN_MERGED}. Lịch việc dưới đây là của xã Cường" in _flat(result.stdout)
    result = runner.invoke(app, [*args, "--unit", "phuong dong", "--all", "--format", "json"])
    assert result.exit_code == 0, result.output
    items = {(i["plan"], i["unit_id"]) for i in json.loads(result.stdout)}
    assert items == {
        ("ke-hoach-hoa-son-2019", "phuong-dong"),
        ("ke-hoach-hoa-son-2026", "phuong-dong-bac"),
        ("ke-hoach-hoa-son-2026", "phuong-dong-nam"),
    }
    assert f"lưu ý: {SPLIT}." in _flat(result.stderr)


def test_diff_of_two_versions_of_2026_shows_the_successor_s_changes(folder: Path) -> None:
    plan = (folder / "ke-hoach-2026-dung.yaml").read_text(encoding="utf-8")
    (folder / "moi.yaml").write_text(plan.replace("2026-03-10", "2026-03-09"), "utf-8")
    result = runner.invoke(app, ["diff", "ke-hoach-2026-dung.yaml", "moi.yaml", "--unit", "xã An"])
    assert result.exit_code == 1, result.output
    flat = _flat(result.stdout)
    assert f"Lưu ý: {RENAMED_THEN_MERGED}." in flat
    assert "thời hạn đổi từ chậm nhất ngày 10/03/2026" in flat


def test_units_show_tells_the_whole_story(folder: Path) -> None:
    result = runner.invoke(
        app, ["units", "show", "xa an", "--as-of", "2026-03-01", "--units", "units.yaml"]
    )
    assert result.exit_code == 0, result.output
    assert "Nay là: UBND xã Cường." in result.output
    result = runner.invoke(
        app, ["units", "list", "--as-of", "2026-03-01", "--kind", "phường", "--units", "units.yaml"]
    )
    assert result.exit_code == 0, result.output
    assert "UBND phường Đông Bắc" in result.output
    assert "UBND phường Đông Nam" in result.output
    assert "[phuong-dong]" not in result.output  # ended on 01/07/2025


@pytest.mark.parametrize(
    ("edit", "code", "words"),
    [
        (  # a successor that does not exist
            ("successors: [phuong-dong-bac,", "successors: [phuong-dong-tay,"),
            "RQ112",
            "phuong-dong-tay",
        ),
        (  # overlapping validity: a part of the split began before phường Đông ended
            ("    began: {date: 2025-07-01}\n", "    began: {date: 2025-05-01}\n"),
            "RQ113",
            "phường Đông Bắc đã hoạt động từ 01/05/2025, trước khi phường Đông được chia "
            "(01/07/2025): hai đơn vị chồng lên nhau.",
        ),
        (  # a cycle: xã Cường said to be followed by xã An again
            (
                '    code: "99007"\n',
                '    code: "99007"\n    ended: {date: 2026-01-01, successors: [xa-an]}\n',
            ),
            "RQ114",
            "Lịch sử đơn vị quay vòng: xa-an → xa-binh → xa-cuong → xa-an.",
        ),
    ],
)
def test_an_inconsistent_history_is_a_located_error(
    folder: Path, edit: tuple[str, str], code: str, words: str
) -> None:
    registry = folder / "units.yaml"
    text = registry.read_text(encoding="utf-8")
    assert edit[0] in text
    registry.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    result = runner.invoke(app, ["check", "units.yaml", "--format", "concise"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if f" {code} [lỗi] " in line]
    assert errors, result.output
    assert all(line.startswith("units.yaml:") for line in errors), errors  # located
    assert words in _flat(result.output)
