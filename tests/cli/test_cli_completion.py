"""Shell completion (issue 12, item 2), through each shell's own protocol: the script that
``raquan --show-completion`` prints is loaded into bash and zsh, their completion function is
called as the shell calls it on Tab, and what it offers is read back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled

runner = CliRunner()
BIN = str(Path(sys.executable).parent)
"""Where the ``raquan`` script is: the shell functions run it by name."""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _env(project: Path, shell: str) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(project),
        "SHELL": f"/bin/{shell}",
    }


def _script(project: Path, shell: str) -> Path:
    result = runner.invoke(app, ["--show-completion"], env={"SHELL": f"/bin/{shell}"})
    assert result.exit_code == 0, result.output
    path = project / f"completion.{shell}"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def bash_offers(project: Path, *words: str) -> list[str]:
    """What bash's completion function puts in COMPREPLY for the last of ``words``."""
    script = _script(project, "bash")
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in ("raquan", *words))
    program = (
        f"source '{script}'\n"
        f"COMP_WORDS=({quoted}); COMP_CWORD={len(words)}\n"
        "_raquan_completion raquan\n"
        'for w in "${COMPREPLY[@]}"; do printf "%s\\n" "$w"; done\n'
    )
    result = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", program],
        capture_output=True,
        text=True,
        env=_env(project, "bash"),
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def zsh_offers(project: Path, *words: str) -> list[str]:
    """What zsh's completion function passes to compadd (or _files) for the last word."""
    if shutil.which("zsh") is None:
        pytest.skip("zsh is not installed (.ci/run installs it)")
    script = _script(project, "zsh")
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in ("raquan", *words))
    program = (
        "compdef() { : }\n"
        'compadd() { print -r -- "compadd"; for a in "$@"; do print -r -- "$a"; done }\n'
        '_files() { print -r -- "_files" }\n'
        f"source '{script}'\n"
        f"words=({quoted}); CURRENT={len(words) + 1}\n"
        "_raquan_completion\n"
    )
    result = subprocess.run(
        ["zsh", "-f", "-c", program],
        capture_output=True,
        text=True,
        env=_env(project, "zsh"),
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("typed", ["doan", "Đoàn", '"xa doan', "xa\\ doan", "'DOAN K"])
def test_bash_completes_unit_names_as_clerks_type_them(project: Path, typed: str) -> None:
    offered = bash_offers(project, "due", "--unit", typed)
    # Quoted, so that bash inserts the name as one word.
    assert offered[0] == "'UBND xã Đoàn Kết'", offered


@pytest.mark.parametrize("typed", ["doan", "Đoàn", '"xa doan', "xa\\ doan"])
def test_zsh_completes_unit_names_without_filtering_them_again(project: Path, typed: str) -> None:
    offered = zsh_offers(project, "due", "--unit", typed)
    # -U: zsh must not drop candidates that do not start with what was typed.
    assert offered[:3] == ["compadd", "-U", "--"], offered
    assert offered[3] == "UBND xã Đoàn Kết", offered


def test_unit_names_complete_for_every_command_that_takes_a_unit(project: Path) -> None:
    for command in (["new", "report"], ["render", "report"], ["diff", "a.yaml"]):
        assert "'UBND xã Hòa Bình'" in bash_offers(project, *command, "--unit", "hoa binh")
    names = bash_offers(project, "due", "-u", "dak")
    assert set(names) >= {"'UBND xã Đăk Cấm'", "'UBND xã Đăk Blà'", "'UBND xã Đăk Năng'"}
    assert bash_offers(project, "due", "--unit", "khong co ten nay") == []


def test_commands_options_and_choices_complete_in_both_shells(project: Path) -> None:
    assert bash_offers(project, "ch") == ["check"]
    assert bash_offers(project, "check", "--for") == ["--format"]
    assert bash_offers(project, "due", "--format", "") == ["table", "json", "ics", "md", "digest"]
    assert bash_offers(project, "render", "report", "--kind", "q") == ["quick"]
    # A path: nothing offered, so that bash falls back to its own file completion.
    assert bash_offers(project, "check", "pla") == []
    assert zsh_offers(project, "ch") == ["compadd", "--", "check"]
    assert zsh_offers(project, "check", "pla") == ["_files"]


def test_completion_never_breaks_the_shell(project: Path) -> None:
    (project / "plans" / "hong.yaml").write_text("{{{", encoding="utf-8")
    shutil.rmtree(project / "plans")
    (project / "plans").mkdir()
    (project / "plans" / "hong.yaml").write_text("{{{", encoding="utf-8")
    assert bash_offers(project, "due", "--unit", "doan") == []


def test_install_completion_writes_the_script_and_says_so_in_vietnamese(project: Path) -> None:
    result = runner.invoke(
        app, ["--install-completion"], env={"SHELL": "/bin/bash", "HOME": str(project)}
    )
    assert result.exit_code == 0, result.output
    script = project / ".bash_completions" / "raquan.sh"
    assert result.stdout == (
        f"Đã cài gợi ý tự hoàn thành của raquan cho bash vào {script}.\n"
        "Mở lại cửa sổ dòng lệnh (terminal) để bắt đầu dùng.\n"
    )
    assert "_raquan_completion" in script.read_text(encoding="utf-8")
    rc = (project / ".bashrc").read_text(encoding="utf-8")
    assert rc.count(f"source '{script}'") == 1
    again = runner.invoke(
        app, ["--install-completion"], env={"SHELL": "/bin/bash", "HOME": str(project)}
    )
    assert again.exit_code == 0
    assert (project / ".bashrc").read_text(encoding="utf-8") == rc  # installed once
    unknown = runner.invoke(app, ["--show-completion"], env={"SHELL": "/bin/tcsh"})
    assert unknown.exit_code == 2
    assert "lỗi: Không biết shell đang dùng" in unknown.stderr
