"""``raquan due`` for a unit that no longer exists: what became of it, and its successor's agenda.

The folder holds the bundled plan (issued in January 2023), a plan of 2026 (a test fixture,
issued to the communes formed on 01/07/2025) and the bundled registry, with its real history.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import FIXTURES, PLAN_NAME

runner = CliRunner()

MERGE = "xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)."


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    for source in (bundled("plans") / PLAN_NAME, bundled("plans") / "units.yaml"):
        shutil.copyfile(source, folder / source.name)
    shutil.copyfile(FIXTURES / "history" / "ke-hoach-2026.yaml", folder / "ke-hoach-2026.yaml")
    return folder


def due(plans: Path, *args: str) -> tuple[str, str]:
    result = runner.invoke(app, ["due", str(plans), *args])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


def items(plans: Path, *args: str) -> list[dict[str, Any]]:
    out, _ = due(plans, "--format", "json", *args)
    found: list[dict[str, Any]] = json.loads(out)
    return found


def test_after_the_merge_the_old_name_explains_and_shows_the_successor_s_agenda(
    plans: Path,
) -> None:
    out, _ = due(plans, "--unit", "xã Đoàn Kết", "--today", "2026-03-01", "--group-by", "plan")
    flat = " ".join(out.split())
    assert MERGE in flat
    assert "Lịch việc dưới đây là của xã Ia Chim theo các kế hoạch ban hành từ đó" in flat
    assert "Tổ chức ra quân đầu xuân Bính Ngọ năm 2026" in flat
    found = items(plans, "--unit", "xã Đoàn Kết", "--today", "2026-03-01")
    new = {(i["duty"], i["role"]) for i in found if i["plan"] == "ke-hoach-ra-quan-2026"}
    assert new == {
        ("ke-hoach-chi-tiet", "chu-tri"),
        ("le-ra-quan-diem", "chu-tri"),
        ("le-ra-quan", "to-chuc"),
    }
    assert {i["unit_id"] for i in found if i["plan"] == "ke-hoach-ra-quan-2026"} == {
        "xa-ia-chim-2025"
    }
    # Under the plan issued before the merge, the duties are still xã Đoàn Kết's.
    assert {i["unit_id"] for i in found if i["plan"] == "ke-hoach-ra-quan-2023"} == {"xa-doan-ket"}


def test_data_formats_give_the_explanation_on_standard_error(plans: Path) -> None:
    out, err = due(plans, "--unit", "doan ket", "--today", "2026-03-01", "--format", "json")
    assert json.loads(out)
    assert err.startswith(f"lưu ý: {MERGE}")


def test_markdown_quotes_the_explanation_under_the_title(plans: Path) -> None:
    out, _ = due(plans, "--unit", "xã Đoàn Kết", "--today", "2026-03-01", "--format", "md")
    assert out.splitlines()[2].startswith("> xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025")


def test_before_the_merge_the_old_unit_s_duties_are_given_as_always(plans: Path) -> None:
    out, _ = due(plans, "--unit", "xã Đoàn Kết", "--today", "2023-01-10")
    assert "đã nhập vào" not in out
    found = items(plans, "--unit", "xã Đoàn Kết", "--today", "2023-01-10")
    assert {i["plan"] for i in found} == {"ke-hoach-ra-quan-2023"}
    assert "ke-hoach-chi-tiet" in {i["duty"] for i in found}


def test_a_shared_name_means_the_unit_in_force_on_the_day_asked(plans: Path) -> None:
    then = items(plans, "--unit", "xã Ia Chim", "--today", "2023-01-10", "--all")
    now = items(plans, "--unit", "xã Ia Chim", "--today", "2026-03-01", "--all")
    assert {(i["plan"], i["unit_id"]) for i in then} == {("ke-hoach-ra-quan-2023", "xa-ia-chim")}
    assert {(i["plan"], i["unit_id"]) for i in now} == {
        ("ke-hoach-ra-quan-2026", "xa-ia-chim-2025")
    }


def test_an_abolished_body_says_it_has_no_successor(plans: Path) -> None:
    out, _ = due(plans, "--unit", "Phòng Kinh tế thành phố", "--today", "2026-03-01")
    assert (
        "Phòng Kinh tế thành phố đã kết thúc hoạt động từ 01/07/2025 (Nghị quyết "
        "203/2025/QH15), không có đơn vị kế tiếp trong danh mục." in " ".join(out.split())
    )


def test_a_unit_not_yet_formed_says_since_when(plans: Path) -> None:
    out, _ = due(plans, "--unit", "phường Kon Tum", "--today", "2023-01-10")
    flat = " ".join(out.split())
    assert "phường Kon Tum chỉ có từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15); trước đó là" in flat
    assert "phường Quyết Thắng" in flat
