"""`raquan check` on .docx files from the command line: explain, unreadable files, formats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.check.rules import RULES
from raquan.cli.app import app
from support.plans import FIXTURES

runner = CliRunner()
PANDOC = FIXTURES / "docx" / "pandoc-ke-hoach-ra-quan.docx"


def test_explain_shows_a_layout_rule_with_its_examples() -> None:
    result = runner.invoke(app, ["check", "--explain", "rq603"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("RQ603 — Lề trang không đúng Nghị định 30.")
    assert "Ví dụ sai" in result.output
    assert "Ví dụ đúng" in result.output


@pytest.mark.parametrize("code", [c for c in RULES if c.startswith("RQ6")])
def test_every_layout_rule_is_explained_and_documented(code: str) -> None:
    """``--explain`` shows each layout rule with its failing and passing examples, and the
    generated docs/cac-kiem-tra.md has a section for it."""
    from support.plans import ROOT

    result = runner.invoke(app, ["check", "--explain", code.lower()])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{code} — "), result.output
    if code != "RQ600":
        assert "Ví dụ sai" in result.output
        assert "Ví dụ đúng" in result.output
    docs = (ROOT / "docs" / "cac-kiem-tra.md").read_text(encoding="utf-8")
    assert f"## {code}" in docs


def test_a_file_that_is_not_a_word_document_is_rq600(tmp_path: Path) -> None:
    path = tmp_path / "gia.docx"
    path.write_bytes(b"day khong phai tep zip")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}:1:1: lỗi RQ600: '{path}' không phải một tệp .docx đọc được" in result.output
    assert "Traceback" not in result.output


def test_a_word_part_with_a_dtd_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "dtd.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>",
        )
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1, result.output
    assert "RQ600" in result.output
    assert "DTD" in result.output


def test_json_gives_the_paragraph_of_each_finding() -> None:
    result = runner.invoke(app, ["check", str(PANDOC), "--format", "json", "--select", "RQ614"])
    assert result.exit_code == 1, result.output
    [finding] = json.loads(result.output)
    assert finding["paragraph"] == 13
    assert finding["code"] == "RQ614"


def test_layout_codes_can_be_ignored(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(PANDOC), "--ignore", "RQ6"])
    assert result.exit_code == 0, result.output
    assert " RQ6" not in result.output
    # What is left are the warnings of the plan the document is (read as by raquan import).
    assert "Tìm thấy 0 lỗi, 4 cảnh báo trong 2 tệp." in result.output  # and its registry


def test_the_readme_example_is_the_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's ``raquan check examples/van-ban/ke-hoach-co-loi.docx`` block, run as written
    from the repository's root."""
    from support.plans import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "raquan check examples/van-ban/ke-hoach-co-loi.docx"
    [shown] = re.findall(rf"```console\n\$ {re.escape(command)}\n(.*?)```", readme, re.S)
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, command.split()[1:])
    assert result.exit_code == 1, result.output
    assert result.output == shown


def test_configuration_applies_to_layout_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """select/ignore and per-file-ignores of raquan.toml apply to a .docx as to YAML."""
    import shutil

    folder = tmp_path / "van-ban"
    folder.mkdir()
    shutil.copyfile(PANDOC, folder / "ke-hoach.docx")
    shutil.copyfile(PANDOC, folder / "cong-van-cu.docx")
    (tmp_path / "raquan.toml").write_text(
        'ignore = ["RQ604", "RQ611"]\n\n[per-file-ignores]\n"*-cu.docx" = ["RQ6"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(
        app,
        ["check", "van-ban/ke-hoach.docx", "van-ban/cong-van-cu.docx", "--format", "concise"],
    )
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines
    layout = [line for line in lines if " RQ6" in line]
    assert all(line.startswith("van-ban/ke-hoach.docx:đoạn ") for line in layout), result.output
    assert not any(" RQ604 " in line or " RQ611 " in line for line in lines)
    assert any(" RQ601 " in line for line in lines)
