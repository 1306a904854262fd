"""``raquan diff --unit`` for a unit that no longer exists (or did not yet) when the newer
version was issued: what became of it, and the changes of the units in its place.

The folder holds the bundled registry with its real history (the 21 communes and wards of
thành phố Kon Tum merged into six on 01/07/2025), the bundled plan of 2023 and a plan of 2026
(a test fixture), each with an edited copy.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import FIXTURES, PLAN_NAME

runner = CliRunner()

MERGE = "xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)."
MOVED = "thời hạn đổi từ trước ngày 06/03/2026 (thứ Sáu) sang trước ngày 05/03/2026 (thứ Năm)"


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copyfile(bundled("plans") / "units.yaml", tmp_path / "units.yaml")
    old = (bundled("plans") / PLAN_NAME).read_text(encoding="utf-8")
    (tmp_path / "2023.yaml").write_text(old, encoding="utf-8")
    edited = old.replace("date: 2023-01-15", "date: 2023-01-13")
    (tmp_path / "2023-moi.yaml").write_text(edited, encoding="utf-8")
    new = (FIXTURES / "history" / "ke-hoach-2026.yaml").read_text(encoding="utf-8")
    (tmp_path / "2026.yaml").write_text(new, encoding="utf-8")
    (tmp_path / "2026-moi.yaml").write_text(new.replace("2026-03-06", "2026-03-05"), "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def diff(*args: str, code: int = 1) -> tuple[str, str]:
    result = runner.invoke(app, ["diff", *args])
    assert result.exit_code == code, result.output
    return " ".join(result.stdout.split()), " ".join(result.stderr.split())


def test_a_merged_commune_is_explained_and_its_successor_s_changes_are_shown(
    plans: Path,
) -> None:
    out, _ = diff("2026.yaml", "2026-moi.yaml", "--unit", "doan ket")
    assert out.startswith(
        "So sánh “2026.yaml” với “2026-moi.yaml”: 1 thay đổi liên quan đến UBND xã Đoàn Kết. "
        f"Lưu ý: {MERGE} Các thay đổi dưới đây gồm cả những thay đổi liên quan đến xã Ia Chim."
    )
    assert MOVED in out  # the duty of "UBND các xã, phường", of which xã Ia Chim is one now


def test_markdown_quotes_the_explanation_and_json_says_it_on_standard_error(
    plans: Path,
) -> None:
    out, _ = diff("2026.yaml", "2026-moi.yaml", "--unit", "xã Đoàn Kết", "--format", "md")
    assert f"> {MERGE}" in out
    result = runner.invoke(
        app, ["diff", "2026.yaml", "2026-moi.yaml", "--unit", "xã Đoàn Kết", "--format", "json"]
    )
    assert result.exit_code == 1, result.output
    [change] = json.loads(result.stdout)
    assert change["item"] == "ke-hoach-chi-tiet"
    assert f"lưu ý: {MERGE}" in " ".join(result.stderr.split())


def test_before_the_merge_the_old_commune_needs_no_explanation(plans: Path) -> None:
    out, _ = diff("2023.yaml", "2023-moi.yaml", "--unit", "xã Đoàn Kết")
    assert "Lưu ý" not in out
    assert "trước ngày 15/01/2023 (Chủ nhật) sang trước ngày 13/01/2023 (thứ Sáu)" in out


def test_a_unit_formed_later_is_answered_by_its_predecessors(plans: Path) -> None:
    out, _ = diff("2023.yaml", "2023-moi.yaml", "--unit", "phường Kon Tum")
    assert (
        "Lưu ý: phường Kon Tum chỉ có từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15); trước đó là "
        "phường Quang Trung, phường Quyết Thắng, phường Trường Chinh, phường Thắng Lợi, "
        "phường Thống Nhất." in out
    )
    assert "sang trước ngày 13/01/2023 (thứ Sáu)" in out


def test_an_abolished_body_says_it_has_no_successor(plans: Path) -> None:
    out, _ = diff("2026.yaml", "2026-moi.yaml", "--unit", "Phòng Kinh tế", code=0)
    assert out.startswith("Không có thay đổi nào liên quan đến Phòng Kinh tế thành phố")
    assert (
        "Lưu ý: Phòng Kinh tế thành phố đã kết thúc hoạt động từ 01/07/2025 (Nghị quyết "
        "203/2025/QH15), không có đơn vị kế tiếp trong danh mục." in out
    )
