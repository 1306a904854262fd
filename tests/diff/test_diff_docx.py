"""``raquan diff`` on two versions of a plan written in Word: both are read on the fly and
compared as plans (a changed deadline is a changed deadline, not changed words)."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.render.plan import run as render_plan
from support.plans import BUNDLED_PLAN

runner = CliRunner()


def test_two_word_versions_differ_by_their_deadline(tmp_path: Path) -> None:
    shutil.copy(BUNDLED_PLAN.with_name("units.yaml"), tmp_path / "units.yaml")
    text = BUNDLED_PLAN.read_text(encoding="utf-8")
    assert "date: 2023-01-15" in text
    changed = tmp_path / "moi.yaml"
    changed.write_text(text.replace("date: 2023-01-15", "date: 2023-01-13", 1), encoding="utf-8")
    old = render_plan(BUNDLED_PLAN, output=tmp_path / "ke-hoach-cu.docx").output
    new = render_plan(changed, output=tmp_path / "ke-hoach-moi.docx").output

    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 1, result.output
    assert ": 1 thay đổi." in result.stdout
    assert "Thời hạn thay đổi (1):" in result.stdout
    assert (
        "thời hạn đổi từ trước ngày 15/01/2023 (Chủ nhật) sang trước ngày 13/01/2023 (thứ Sáu)"
        in result.stdout
    )

    same = runner.invoke(app, ["diff", str(old), str(old)])
    assert same.exit_code == 0, same.output
