"""The project configuration (issue 12, item 19): found by walking up from the checked path,
``[tool.raquan]`` in pyproject.toml or a raquan.toml; shown by ``--show-config``; a bad one is a
located Vietnamese error with exit code 2 (RQ020-RQ023)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read import config
from raquan.read.resources import bundled, default_plans

runner = CliRunner()

PLAN = "ke-hoach-ra-quan-2023.yaml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with the bundled plans in ``ke-hoach/``, as the current folder."""
    shutil.copytree(bundled("plans"), tmp_path / "ke-hoach")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_without_a_configuration_the_defaults_apply(project: Path) -> None:
    code, out, _ = check("ke-hoach")
    assert code == 0, out
    assert "RQ202" in out
    code, out, _ = check("ke-hoach", "--show-config")
    assert code == 0
    assert "# Không có tệp cấu hình" in out
    assert "strict = false" in out


def test_pyproject_tool_raquan_is_found_by_walking_up_from_the_checked_path(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "ke-hoach"\n\n[tool.raquan]\nignore = ["RQ202"]\n', encoding="utf-8"
    )
    elsewhere = project.parent / "noi-khac"
    elsewhere.mkdir(exist_ok=True)
    monkeypatch.chdir(elsewhere)
    code, out, _ = check(str(project / "ke-hoach" / PLAN))
    assert code == 0, out
    assert "RQ202" not in out
    assert "Không có vấn đề nào trong 2 tệp." in out
    code, out, _ = check(str(project / "ke-hoach"), "--show-config")
    assert f"# Tệp cấu hình: {project / 'pyproject.toml'} (bảng [tool.raquan])" in out
    assert 'ignore = ["RQ202"]' in out
    assert "# dòng 5" in out


def test_raquan_toml_wins_in_its_folder_and_a_pyproject_without_the_table_is_passed(
    project: Path,
) -> None:
    (project / "pyproject.toml").write_text('[tool.raquan]\nselect = ["RQ1"]\n', "utf-8")
    (project / "ke-hoach" / "pyproject.toml").write_text('[project]\nname = "x"\n', "utf-8")
    assert config.find(project / "ke-hoach" / PLAN) == (project / "pyproject.toml", "[tool.raquan]")
    (project / "raquan.toml").write_text("strict = true\n", "utf-8")
    assert config.find(project / "ke-hoach") == (project / "raquan.toml", "")
    code, out, _ = check("ke-hoach")
    # strict from raquan.toml: the bundled plan's warning now fails the check.
    assert code == 1, out
    code, out, _ = check("ke-hoach", "--no-strict")
    assert code == 0, out


def test_select_ignore_strict_and_per_file_ignores(project: Path) -> None:
    (project / "raquan.toml").write_text(
        'select = ["RQ1", "RQ2"]\nstrict = true\n\n[per-file-ignores]\n'
        '"ke-hoach/ke-hoach-*.yaml" = ["RQ202"]\n',
        encoding="utf-8",
    )
    code, out, _ = check("ke-hoach")
    assert code == 0, out
    assert "Không có vấn đề nào" in out
    # The command line's --select replaces the configuration's.
    code, out, _ = check("ke-hoach", "--select", "RQ3")
    assert code == 0, out
    # A file outside the pattern still gets RQ202.
    shutil.copy(project / "ke-hoach" / PLAN, project / "ke-hoach" / "khac.yaml")
    code, out, _ = check("ke-hoach", "--format", "concise")
    assert code == 1, out
    assert [line.split(":")[0] for line in out.splitlines()] == ["ke-hoach/khac.yaml"]


def test_plans_and_registry_defaults_reach_every_command(project: Path) -> None:
    folder = project / "ke-hoach"
    shared = project / "danh-muc"
    shared.mkdir()
    shutil.move(folder / "units.yaml", shared / "don-vi.yaml")
    plan = folder / PLAN
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("units: units.yaml\n", ""), encoding="utf-8"
    )
    code, out, _ = check("ke-hoach")
    assert code == 1, out
    assert "RQ104" in out  # no registry beside the plan
    (project / "raquan.toml").write_text(
        'plans = "ke-hoach"\nregistry = "danh-muc/don-vi.yaml"\n', encoding="utf-8"
    )
    code, out, _ = check()
    assert code == 0, out
    assert "RQ104" not in out
    due = runner.invoke(app, ["due", "--unit", "xã Đoàn Kết", "--today", "2023-01-10"])
    assert due.exit_code == 0, due.output
    assert "Lịch việc của UBND xã Đoàn Kết" in due.stdout
    with config.use(config.load(project)):
        assert default_plans() == folder.absolute()


@pytest.mark.parametrize(
    ("text", "code", "line", "message"),
    [
        ("[tool.raquan]\nignore = [RQ202]\n", "RQ020", 2, "Giá trị không hợp lệ"),
        ('[tool.raquan]\nignores = ["RQ202"]\n', "RQ021", 2, "Khoá 'ignores' không có"),
        ('[tool.raquan]\nstrict = "có"\n', "RQ021", 2, "'strict' phải là true hoặc false."),
        ('[tool.raquan]\nselect = "RQ1"\nignore = ["RQ90"]\n', "RQ022", 3, "'RQ90'"),
        (
            '[tool.raquan]\n\n[tool.raquan.per-file-ignores]\n"a/*.yaml" = ["RQ2", "RQ77"]\n',
            "RQ022",
            4,
            "Không có mã kiểm tra 'RQ77'.",
        ),
        ('[tool.raquan]\nplans = "khong-co"\n', "RQ023", 2, "Thư mục kế hoạch 'khong-co' không có"),
    ],
)
def test_a_bad_configuration_is_a_located_vietnamese_error_exit_2(
    project: Path, text: str, code: str, line: int, message: str
) -> None:
    (project / "pyproject.toml").write_text(text, encoding="utf-8")
    before = sorted(p.name for p in project.rglob("*"))
    for command in (["check", "ke-hoach"], ["due", "ke-hoach", "--unit", "xã Đoàn Kết"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2, result.output
        assert f"pyproject.toml:{line}:" in result.stderr
        assert f"lỗi {code}: " in result.stderr
        assert message in result.stderr
        assert (
            "lỗi: Tệp cấu hình 'pyproject.toml' có lỗi nên raquan không làm tiếp." in result.stderr
        )
        assert "Traceback" not in result.output
    assert sorted(p.name for p in project.rglob("*")) == before


def test_the_codes_of_a_configuration_point_at_the_code(project: Path) -> None:
    (project / "raquan.toml").write_text('ignore = ["RQ107", "RQ2O2"]\n', encoding="utf-8")
    code, _, err = check("ke-hoach")
    assert code == 2
    assert "raquan.toml:1:21: lỗi RQ022: Không có mã kiểm tra 'RQ2O2'." in err
