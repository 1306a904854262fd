"""``raquan due`` on a plan written in Word: the .docx is read on the fly, and each item of the
agenda names the paragraph its duty is written in."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.docxread import read_docx
from raquan.render.plan import run as render_plan
from support.plans import BUNDLED_PLAN

runner = CliRunner()


@pytest.fixture(scope="module")
def word_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lich-viec")
    shutil.copy(BUNDLED_PLAN.with_name("units.yaml"), folder / "units.yaml")
    return render_plan(BUNDLED_PLAN, output=folder / "ke-hoach.docx").output


def test_the_agenda_of_a_unit_from_a_word_plan(word_plan: Path) -> None:
    result = runner.invoke(
        app,
        ["due", str(word_plan), "--unit", "doan ket", "--today", "2023-01-10", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    first = items[0]
    assert first["unit"] == "Ủy ban nhân dân xã Đoàn Kết"
    assert first["due_text"] == "trước ngày 15/01/2023"
    assert first["deliverable"] == "kế hoạch chi tiết"
    assert first["to"] == ["UBND thành phố", "Phòng Kinh tế thành phố"]
    paragraph = next(
        p.number
        for p in read_docx(word_plan).paragraphs
        if "hoàn thành trước ngày 15/01/2023" in p.text
    )
    assert first["source"] == f"{word_plan}:đoạn {paragraph}"
    deadlines = {item["due_text"] for item in items if item["kind"] == "duty"}
    assert "trước 09h00' ngày 31 tháng 01 năm 2023 (thứ Ba)" in deadlines


def test_a_word_plan_in_a_folder_is_not_taken_for_a_plan_file(
    word_plan: Path, tmp_path: Path
) -> None:
    """A folder's plans are its YAML files; the .docx in it (often the rendered copy of one of
    them) is read only when named."""
    shutil.copy(word_plan, tmp_path / "ke-hoach.docx")
    shutil.copy(BUNDLED_PLAN, tmp_path / BUNDLED_PLAN.name)
    shutil.copy(BUNDLED_PLAN.with_name("units.yaml"), tmp_path / "units.yaml")
    result = runner.invoke(
        app,
        ["due", str(tmp_path), "--unit", "doan ket", "--today", "2023-01-10", "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    sources = {item["source"].split(":")[0] for item in json.loads(result.stdout)}
    assert sources == {str(tmp_path / BUNDLED_PLAN.name)}
