"""Results that must not mislead (issue 12, items 9-11): nothing to check is a failure, a
format error says which checks could not run, and ``due`` says which plans have errors and
what its agenda may lack (``--strict`` refuses), or that it comes from the bundled sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.english import english
from support.plans import PLAN_NAME

runner = CliRunner()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _plans(folder: Path, *changes: tuple[str, str]) -> Path:
    """A copy of the bundled plans in ``folder/plans``, with each ``(old, new)`` applied once."""
    plans = folder / "plans"
    shutil.copytree(bundled("plans"), plans)
    plan = plans / PLAN_NAME
    text = plan.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    plan.write_text(text, encoding="utf-8")
    return plans


@pytest.mark.parametrize(
    ("setup", "args", "said"),
    [
        ("empty", ["check", "trong"], "trong 'trong'; không có gì để kiểm tra."),
        ("foreign", ["check", "trong"], "(1 tệp YAML khác không phải của raquan)"),
        ("none", ["check", "khong-co"], "Không tìm thấy tệp hoặc thư mục 'khong-co'."),
    ],
    ids=["empty folder", "only foreign YAML", "wrong path"],
)
def test_finding_nothing_to_check_fails(here: Path, setup: str, args: list[str], said: str) -> None:
    if setup != "none":
        (here / "trong").mkdir()
    if setup == "foreign":
        (here / "trong" / "ci.yaml").write_text("name: ci\non: push\n", encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert said in result.stderr
    assert "Không có vấn đề nào" not in result.output
    assert english(result.stderr) == [], result.stderr


def test_pre_commit_with_no_raquan_file_in_the_commit_passes(here: Path) -> None:
    (here / "ci.yaml").write_text("name: ci\non: push\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--only-raquan", "--format", "concise", "ci.yaml"])
    assert result.exit_code == 0, result.output


def test_a_format_error_says_which_checks_could_not_run(here: Path) -> None:
    _plans(
        here,
        ("kind: trước\n", "kind: trướcc\n"),
        ("partners: [Phòng Kinh tế thành phố]", "partners: [Phòng Kinh tế Mới]"),
    )
    result = runner.invoke(app, ["check", "plans"])
    assert result.exit_code == 1, result.output
    assert "lỗi RQ006" in result.stdout
    # The unknown partner is not found (the plan could not be read into a model): said plainly.
    assert "RQ101" not in result.stdout
    assert (
        "Chưa kiểm tra được nội dung (tên đơn vị, thời hạn, ngày, số văn bản, nơi nhận, ...) "
        f"của 1 tệp vì tệp còn lỗi đọc hoặc lỗi định dạng (RQ0xx): plans/{PLAN_NAME}."
    ) in result.stdout
    # Data formats keep their stdout clean: the note goes to stderr.
    concise = runner.invoke(app, ["check", "plans", "--format", "concise"])
    assert concise.exit_code == 1
    assert concise.stderr.startswith("cảnh báo: Chưa kiểm tra được nội dung")
    assert "Chưa kiểm tra" not in concise.stdout
    # Once the format error is fixed, the rest is checked.
    plan = here / "plans" / PLAN_NAME
    plan.write_text(plan.read_text("utf-8").replace("trướcc", "trước"), "utf-8")
    fixed = runner.invoke(app, ["check", "plans"])
    assert "RQ101" in fixed.stdout
    assert "Chưa kiểm tra" not in fixed.output


def test_due_says_which_plans_have_errors_and_what_the_agenda_lacks(here: Path) -> None:
    _plans(
        here,
        ("to: xã Đoàn Kết\n", 'to: "<điền: tên xã>"\n'),
        ("partners: [Phòng Kinh tế thành phố]", "partners: [Phòng Kinh tế Mới]"),
    )
    args = ["due", "--unit", "xã Đoàn Kết", "--today", "2023-01-10"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    plan = f"plans/{PLAN_NAME}"
    assert result.stderr.startswith("cảnh báo: 1 kế hoạch có lỗi; lịch việc có thể thiếu hoặc sai:")
    assert f"{plan}:" in result.stderr
    assert "RQ101 [lỗi] Không có đơn vị hoặc nhóm nào tên 'Phòng Kinh tế Mới'" in result.stderr
    assert "RQ109 [lỗi] Chỗ '<điền: tên xã>' chưa được điền." in result.stderr
    assert "không vào lịch việc của đơn vị nào" in result.stderr
    assert f"Xem chi tiết: raquan check {plan}" in result.stderr
    assert "Lịch việc của UBND xã Đoàn Kết" in result.stdout
    assert english(result.stderr) == [], result.stderr
    refused = runner.invoke(app, [*args, "--strict"])
    assert refused.exit_code == 1, refused.output
    assert refused.stderr.startswith("lỗi: 1 kế hoạch có lỗi nên --strict không lập lịch việc:")
    assert refused.stdout == ""


def test_due_on_a_plan_without_errors_says_nothing_more(here: Path) -> None:
    _plans(here)
    result = runner.invoke(app, ["due", "--unit", "xã Đoàn Kết", "--today", "2023-01-10"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    strict = runner.invoke(
        app, ["due", "--unit", "xã Đoàn Kết", "--today", "2023-01-10", "--strict"]
    )
    assert strict.exit_code == 0, strict.output


def test_due_outside_a_plans_folder_says_the_agenda_is_the_bundled_samples(here: Path) -> None:
    result = runner.invoke(app, ["due", "--unit", "xã Đoàn Kết", "--today", "2023-01-10"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(
        "lưu ý: lịch việc này lấy từ kế hoạch mẫu đi kèm raquan (ở đây không có thư mục plans/)"
    )
    assert "raquan due THƯ_MỤC --unit" in result.stderr
    assert "Lịch việc của UBND xã Đoàn Kết" in result.stdout
