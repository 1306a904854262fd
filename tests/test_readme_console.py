"""Every ``console`` block of the README, run as written, in the README's order, in a copy of
the repository's files: each command prints what the README shows (both streams, in the order
they are written), so that a reader who types them sees the same."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.plans import ROOT

README = ROOT / "README.md"
BIN = str(Path(sys.executable).parent)
COPIED = ("plans", "examples", "templates")
"""What a clone has that the README's commands read."""


def _steps() -> list[tuple[int, str, str]]:
    """Each command of the README's ``console`` blocks: its line, the command, what it prints."""
    text = README.read_text(encoding="utf-8")
    steps: list[tuple[int, str, str]] = []
    for block in re.finditer(r"^```console\n(.*?)^```", text, re.S | re.M):
        first = text.count("\n", 0, block.start(1)) + 1
        command: str | None = None
        shown: list[str] = []
        start = first
        for number, line in enumerate(block.group(1).splitlines(), start=first):
            if line.startswith("$ "):
                if command is not None:
                    steps.append((start, command, "\n".join(shown)))
                command, shown, start = line[2:], [], number
            else:
                shown.append(line)
        assert command is not None, f"README.md:{first}: a console block without a command"
        steps.append((start, command, "\n".join(shown)))
    return steps


def _normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (--pdf) is not here")
def test_every_console_block_of_the_readme_prints_what_it_shows(tmp_path: Path) -> None:
    folder = tmp_path / "raquan"
    for name in COPIED:
        shutil.copytree(ROOT / name, folder / name)
    environment = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(tmp_path / "home"),
        "RAQUAN_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONUNBUFFERED": "1",  # both streams in the order they are written, as on a screen
        "COLUMNS": "100",
    }
    steps = _steps()
    assert len(steps) >= 20
    different = []
    for line, command, shown in steps:
        if command.startswith(("pre-commit ", "# ")):
            continue  # pre-commit on a repository of plans: test_readme.py runs it as shown
        result = subprocess.run(
            command,
            shell=True,
            cwd=folder,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
            timeout=300,
        )
        assert "Traceback" not in result.stdout, f"README.md:{line}: {command}\n{result.stdout}"
        if not shown.strip():  # the README shows the command alone: it must do its job
            if result.returncode not in (0, 1):
                different.append(f"README.md:{line}: $ {command}\n{result.stdout}")
        elif _normal(result.stdout) != _normal(shown):
            different.append(f"README.md:{line}: $ {command}\n{result.stdout}")
    assert not different, "\n\n".join(different)
