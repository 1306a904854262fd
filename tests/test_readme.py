"""The README's first hour, run as written (issue 12, items 1 and 3): the quick-start block in
an empty folder, the pre-commit configuration it gives, and ``pre-commit try-repo`` on this
repository as it shows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.plans import BUNDLED_PLAN, ROOT

README = ROOT / "README.md"
BIN = str(Path(sys.executable).parent)


def _block(after: str, language: str) -> str:
    """The fenced block of ``language`` that follows the sentence ``after`` in the README."""
    text = README.read_text(encoding="utf-8")
    found = re.search(rf"{re.escape(after)}\s*\n\n```{language}\n(.*?)```", text, re.S)
    assert found is not None, f"no ```{language} block after {after!r} in README.md"
    return found.group(1)


def _environment(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "PRE_COMMIT_HOME": str(home / "pre-commit"),
    }


def _run(command: str | list[str], folder: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        shell=isinstance(command, str),
        cwd=folder,
        env=_environment(home),
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def test_quick_start_runs_as_written_in_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "du-an"
    folder.mkdir()
    lines = [line for line in _block("chạy nguyên khối lệnh này):", "sh").splitlines() if line]
    assert len(lines) == 6
    for line in lines:
        result = _run(line, folder, tmp_path)
        assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"
        assert "Traceback" not in result.stderr
    made = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert made == [
        "bao-cao-tong-hop-ke-hoach-ra-quan-2023.docx",
        "ke-hoach-ra-quan-2023.docx",
        "plans/.raquan/plan.schema.json",
        "plans/ke-hoach-ra-quan.yaml",
        "plans/units.yaml",
        "reports/.raquan/report.schema.json",
        "reports/bao-cao-tong-hop-xa-doan-ket.yaml",
    ]
    # The step that starts a plan of one's own runs too, beside the example.
    own = _block(
        "Kế hoạch của chính bạn bắt đầu từ một tệp có đủ các phần, mỗi trường có chú thích:", "sh"
    )
    result = _run(own.strip(), folder, tmp_path)
    assert result.returncode == 0, result.stderr
    assert (folder / "plans" / "ke-hoach-moi.yaml").is_file()


def _plans_repository(tmp_path: Path) -> Path:
    """A git repository of plans: the bundled plan and its registry, and a foreign YAML."""
    repository = tmp_path / "kho-ke-hoach"
    (repository / "plans").mkdir(parents=True)
    for name in (BUNDLED_PLAN.name, "units.yaml"):
        shutil.copy(BUNDLED_PLAN.parent / name, repository / "plans" / name)
    (repository / ".github").mkdir()
    (repository / ".github" / "ci.yaml").write_text("on: [push]\n", encoding="utf-8")
    for command in (
        ["git", "init", "-q"],
        ["git", "config", "user.email", "van.thu@example.vn"],
        ["git", "config", "user.name", "Văn thư"],
    ):
        subprocess.run(command, cwd=repository, check=True)
    return repository


def _commit_all(repository: Path) -> None:
    subprocess.run(["git", "add", "-A"], cwd=repository, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "kế hoạch"], cwd=repository, check=True)


def _break_a_unit_name(repository: Path) -> None:
    plan = repository / "plans" / BUNDLED_PLAN.name
    text = plan.read_text(encoding="utf-8")
    assert "host: xã Đoàn Kết\n" in text
    plan.write_text(text.replace("host: xã Đoàn Kết\n", "host: xã Đoàn Kêt Mới\n"), "utf-8")


def _readme_failure_lines() -> list[str]:
    shown = _block("một bài kiểm thử chạy đúng lệnh này):", "console")
    return [line for line in shown.splitlines() if line.startswith("plans/")]


def test_the_pre_commit_configuration_works_as_written(tmp_path: Path) -> None:
    repository = _plans_repository(tmp_path)
    config = _block("tệp `.pre-commit-config.yaml` của kho kế hoạch:", "yaml")
    (repository / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    _commit_all(repository)
    command = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    passed = _run(command, repository, tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"raquan check\.+Passed", passed.stdout), passed.stdout
    _break_a_unit_name(repository)
    failed = _run(command, repository, tmp_path)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert re.search(r"raquan check\.+Failed", failed.stdout), failed.stdout
    for line in _readme_failure_lines():
        assert line in failed.stdout


def test_pre_commit_try_repo_on_this_repository_as_the_readme_shows(tmp_path: Path) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout of raquan (pre-commit try-repo needs one)")
    repository = _plans_repository(tmp_path)
    _commit_all(repository)
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "raquan-check"]
    passed = _run([*command, "--all-files"], repository, tmp_path)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"raquan check\.+Passed", passed.stdout), passed.stdout
    _break_a_unit_name(repository)
    failed = _run([*command, "--all-files"], repository, tmp_path)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "- hook id: raquan-check\n- exit code: 1" in failed.stdout
    for line in _readme_failure_lines():
        assert line in failed.stdout
