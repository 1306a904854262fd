"""The README's examples of ``raquan import`` and of ``raquan check`` on a .docx are the real
output of those commands, run as written in a copy of the project's plans."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled

README = Path(__file__).parents[2] / "README.md"
runner = CliRunner()


def _session(start: str) -> str:
    """The console block of the README that starts with the command ``start``."""
    text = README.read_text(encoding="utf-8")
    blocks: list[str] = re.findall(rf"```console\n(\$ {re.escape(start)}.*?)```", text, re.S)
    [block] = blocks
    return block


def _run(session: str) -> str:
    """Each ``$ raquan ...`` line of a session run, its output (both streams, as written) after
    it."""
    out: list[str] = []
    for line in session.splitlines():
        if not line.startswith("$ raquan "):
            continue
        result = runner.invoke(app, line.removeprefix("$ raquan ").split())
        assert result.exit_code in (0, 1), result.output
        out.append(line)
        out.extend(result.output.splitlines())
    return "\n".join(out) + "\n"


def test_readme_import_and_check_examples_are_the_real_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    session = _session("raquan render plan plans/ke-hoach-ra-quan-2023.yaml -o ")
    assert _run(session) == session
    check = _session("raquan check ke-hoach-ra-quan-2023.docx")
    assert _run(check) == check
