"""``raquan diff PLAN --against REV``: the file at a git revision against the working copy."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.diff.versions import load_revision
from raquan.errors import UserError
from raquan.read.resources import bundled
from support.plans import DEADLINE_13, DEADLINE_15, PLAN_NAME, edit_file

runner = CliRunner()
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

MOVED = "thời hạn đổi từ trước ngày 15/01/2023 (Chủ nhật) sang trước ngày 13/01/2023 (thứ Sáu)."


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=Văn thư",
            "-c",
            "user.email=vanthu@example.com",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
            *args,
        ],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with the bundled plan and registry committed under ``plans/``; the
    search for a repository stops at ``tmp_path``."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "kho"
    shutil.copytree(bundled("plans"), root / "plans")
    _git(tmp_path, "init", "-q", str(root))
    _git(root, "add", "plans")
    _git(root, "commit", "-q", "-m", "Kế hoạch ra quân")
    return root


@needs_git
def test_working_copy_against_head_shows_the_change(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = repository / "plans" / PLAN_NAME
    edit_file(plan, (DEADLINE_15, DEADLINE_13))
    monkeypatch.chdir(repository / "plans")
    result = runner.invoke(app, ["diff", PLAN_NAME, "--against", "HEAD"])
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(
        f"So sánh “HEAD:plans/{PLAN_NAME}” với “{PLAN_NAME}”: 1 thay đổi.\n"
    )
    assert "\nThời hạn thay đổi (1):\n  - Nhiệm vụ ke-hoach-chi-tiet" in result.stdout
    assert MOVED in result.stdout


@needs_git
def test_an_older_revision_from_another_folder(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = repository / "plans" / PLAN_NAME
    edit_file(plan, (DEADLINE_15, DEADLINE_13))
    _git(repository, "commit", "-q", "-am", "Dời hạn kế hoạch chi tiết")
    _git(repository, "tag", "ban-hanh")
    monkeypatch.chdir(repository)
    relative = f"plans/{PLAN_NAME}"
    same = runner.invoke(app, ["diff", relative, "--against", "HEAD"])
    assert same.exit_code == 0, same.output
    assert same.stdout == f"Không có thay đổi nào giữa “HEAD:{relative}” và “{relative}”.\n"
    older = runner.invoke(app, ["diff", relative, "--against", "HEAD~1", "--format", "json"])
    assert older.exit_code == 1, older.output
    [change] = json.loads(older.stdout)
    assert change["kind"] == "deadline-moved"
    assert MOVED in change["message"]
    tagged = runner.invoke(app, ["diff", relative, "--against", "ban-hanh"])
    assert tagged.exit_code == 0, tagged.output


@needs_git
def test_the_revision_s_registry_is_preferred_to_the_working_one(repository: Path) -> None:
    plan = repository / "plans" / PLAN_NAME
    (repository / "plans" / "units.yaml").write_text("không: [phải danh mục\n", encoding="utf-8")
    version = load_revision(plan, "HEAD")
    assert version.registry_label == "HEAD:plans/units.yaml"
    assert version.index.resolve("xã Đoàn Kết").target is not None


@needs_git
def test_the_working_registry_is_used_when_the_revision_has_none(tmp_path: Path) -> None:
    root = tmp_path / "kho"
    shutil.copytree(bundled("plans"), root)
    _git(tmp_path, "init", "-q", str(root))
    _git(root, "add", PLAN_NAME)
    _git(root, "commit", "-q", "-m", "Chỉ kế hoạch")
    version = load_revision(root / PLAN_NAME, "HEAD")
    assert version.label == f"HEAD:{PLAN_NAME}"
    assert version.registry_label == str(root / "units.yaml")


@needs_git
def test_unknown_revision_exits_2(repository: Path) -> None:
    plan = repository / "plans" / PLAN_NAME
    result = runner.invoke(app, ["diff", str(plan), "--against", "khong-co"])
    assert result.exit_code == 2, result.output
    assert f"lỗi: Không có phiên bản 'khong-co' trong kho git chứa '{plan}'." in result.output
    assert "Traceback" not in result.output


@needs_git
def test_a_revision_that_looks_like_an_option_is_refused(repository: Path) -> None:
    plan = repository / "plans" / PLAN_NAME
    result = runner.invoke(app, ["diff", str(plan), "--against=--output=x"])
    assert result.exit_code == 2, result.output
    assert "lỗi: '--output=x' không phải tên một phiên bản git." in result.output
    assert not (repository / "plans" / "x").exists()


@needs_git
def test_a_file_the_revision_does_not_have_exits_2(repository: Path) -> None:
    new = repository / "plans" / "moi.yaml"
    shutil.copy(repository / "plans" / PLAN_NAME, new)
    result = runner.invoke(app, ["diff", str(new), "--against", "HEAD"])
    assert result.exit_code == 2, result.output
    assert "lỗi: Phiên bản 'HEAD' không có tệp 'plans/moi.yaml'." in result.output


@needs_git
def test_a_revision_with_errors_exits_2_with_its_located_errors(repository: Path) -> None:
    plan = repository / "plans" / PLAN_NAME
    edit_file(plan, ("\ntitle: |-\n", "\ntitel: |-\n"))
    _git(repository, "commit", "-q", "-am", "Gõ nhầm")
    edit_file(plan, ("\ntitel: |-\n", "\ntitle: |-\n"))
    result = runner.invoke(app, ["diff", str(plan), "--against", "HEAD"])
    assert result.exit_code == 2, result.output
    line = plan.read_text(encoding="utf-8").splitlines().index("title: |-") + 1
    assert f"HEAD:plans/{PLAN_NAME}:{line}:1: lỗi RQ004: Khoá 'titel'" in result.output
    assert f"lỗi: Không so sánh được: 'HEAD:plans/{PLAN_NAME}' có lỗi" in result.output


@needs_git
def test_not_a_repository_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    folder = tmp_path / "plans"
    shutil.copytree(bundled("plans"), folder)
    plan = folder / PLAN_NAME
    result = runner.invoke(app, ["diff", str(plan), "--against", "HEAD"])
    assert result.exit_code == 2, result.output
    assert (
        f"lỗi: Tệp '{plan}' không nằm trong một kho git, nên không có phiên bản cũ của tệp để "
        "so sánh." in result.output
    )


def test_git_not_installed_is_a_user_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(bundled("plans"), tmp_path, dirs_exist_ok=True)
    monkeypatch.setenv("PATH", str(tmp_path / "khong-co-git"))
    with pytest.raises(UserError, match="Không tìm thấy chương trình git trên máy này"):
        load_revision(tmp_path / PLAN_NAME, "HEAD")
