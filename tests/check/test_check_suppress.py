"""Suppression comments (issue 12, item 20): ``# raquan: ignore[RQ202] lý do`` silences that
finding on that line only; a comment that silences nothing is RQ025 (as ruff's RUF100), one
that cannot be read RQ026. Per-file ignores and comments apply to every command's check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.check import run as check
from raquan.check.suppress import Selection, apply
from raquan.cli.app import app
from raquan.read.loader import load_file
from raquan.read.resources import bundled
from raquan.read.suppressions import find
from support.plans import ISSUED, SAMPLE_REPORTS

runner = CliRunner()

PLAN = "ke-hoach-ra-quan-2023.yaml"
RQ202_LINE = "              date: 2023-01-15\n"
"""The bundled plan's one warning (RQ202) is on line 101, this line."""


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "plans"


def edit(plans: Path, old: str, new: str, count: int = 1) -> None:
    path = plans / PLAN
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def concise(*args: str) -> tuple[int, list[str], str]:
    result = runner.invoke(app, ["check", "plans", "--format", "concise", *args])
    return result.exit_code, result.stdout.splitlines(), result.stderr


def test_a_comment_silences_that_code_on_that_line_only(plans: Path) -> None:
    assert concise()[1] == [
        f"plans/{PLAN}:101:21: RQ202 [cảnh báo] Thời hạn 'trước ngày 15/01/2023' (15/01/2023 là "
        "Chủ nhật): ngày cuối cùng để hoàn thành là thứ Bảy, 14/01/2023, ngày nghỉ cuối tuần."
    ]
    edit(plans, RQ202_LINE, RQ202_LINE[:-1] + "  # raquan: ignore[RQ202] hạn theo văn bản tỉnh\n")
    code, lines, _ = concise("--strict")
    assert (code, lines) == (0, [])
    result = runner.invoke(app, ["check", "plans"])
    assert "Không có vấn đề nào trong 2 tệp (1 vấn đề được bỏ qua bằng chú thích" in result.stdout


def test_a_comment_for_another_code_silences_nothing_and_is_reported(plans: Path) -> None:
    edit(plans, RQ202_LINE, RQ202_LINE[:-1] + "  # raquan: ignore[RQ201]\n")
    code, lines, _ = concise()
    assert code == 0
    assert [line.split(": ")[1].split(" ")[0] for line in lines] == ["RQ202", "RQ025"]
    assert lines[1] == (
        f"plans/{PLAN}:101:33: RQ025 [cảnh báo] Chú thích bỏ qua RQ201 không bỏ qua vấn đề nào "
        "ở dòng này."
    )


def test_a_comment_on_another_line_does_not_silence(plans: Path) -> None:
    edit(
        plans,
        "              kind: trước\n              date: 2023-01-15",
        "              kind: trước  # raquan: ignore[RQ202]\n              date: 2023-01-15",
    )
    _, lines, _ = concise()
    codes = sorted(line.split(": ")[1].split(" ")[0] for line in lines)
    assert codes == ["RQ025", "RQ202"]


def test_an_unused_code_is_reported_only_when_its_check_ran(plans: Path) -> None:
    edit(plans, RQ202_LINE, RQ202_LINE[:-1] + "  # raquan: ignore[RQ202, RQ105] lý do\n")
    _, lines, _ = concise()
    assert lines == [
        f"plans/{PLAN}:101:33: RQ025 [cảnh báo] Chú thích bỏ qua RQ105 không bỏ qua vấn đề nào "
        "ở dòng này."
    ]
    # RQ105 not selected: nobody knows whether the comment is needed, nothing is said.
    assert concise("--ignore", "RQ105")[1] == []
    # RQ025 can itself be left out, as any check.
    assert concise("--ignore", "RQ025")[1] == []


@pytest.mark.parametrize(
    ("comment", "message"),
    [
        ("# raquan ignore RQ202", "Chú thích bỏ qua phải viết đúng dạng"),
        ("# raquan: ignore", "Chú thích bỏ qua phải viết đúng dạng"),
        ("# raquan: ignore[]", "Chú thích bỏ qua không ghi mã nào."),
        ("# raquan: ignore[RQ2]", "'RQ2' không phải một mã kiểm tra đầy đủ"),
        ("# raquan: ignore[RQ202, RQ999]", "Không có mã kiểm tra 'RQ999' trong chú thích"),
    ],
)
def test_a_comment_that_cannot_be_read_is_rq026(plans: Path, comment: str, message: str) -> None:
    edit(plans, RQ202_LINE, RQ202_LINE[:-1] + f"  {comment}\n")
    _, lines, _ = concise()
    found = [line for line in lines if line.split(": ")[1].split(" ")[0] == "RQ026"]
    assert len(found) == 1, lines
    assert found[0].startswith(f"plans/{PLAN}:101:33: RQ026 [cảnh báo] {message}")


def test_a_hash_inside_a_value_is_not_a_comment() -> None:
    # Quoted and block values may contain the words: they are text, not suppressions.
    text = (
        "raquan: 1\n"
        'title: "Ra quân # raquan: ignore[RQ202] xây dựng"\n'
        "theme: 'x # raquan: ignore[RQ107]'\n"
        "preamble: |\n"
        "  dòng # raquan: ignore[RQ101]\n"
        "date: 2023-01-15  # raquan: ignore[RQ202] lý do\n"
    )
    assert [(s.line, s.codes) for s in find(text)] == [(6, ("RQ202",))]


def test_a_block_value_header_may_carry_the_comment() -> None:
    text = "raquan: 1\ntitle: >-  # raquan: ignore[RQ107] lý do\n  # raquan: ignore[RQ1]\n  x\n"
    [comment] = find(text)
    assert (comment.line, comment.codes, comment.reason) == (2, ("RQ107",), "lý do")


def test_an_error_silenced_by_a_comment_no_longer_stops_render(plans: Path) -> None:
    # Saturday 14/01/2023 is before the plan's own date: RQ201 would stop the render.
    edit(plans, "  date: 2023-01      # dự thảo", "  date: 2023-01-20      # dự thảo")
    result = runner.invoke(app, ["render", "plan", f"plans/{PLAN}", "-o", "k.docx"])
    assert result.exit_code == 1, result.output
    assert "RQ201" in result.stderr
    edit(
        plans, RQ202_LINE, RQ202_LINE[:-1] + "  # raquan: ignore[RQ201, RQ202] theo văn bản tỉnh\n"
    )
    result = runner.invoke(app, ["render", "plan", f"plans/{PLAN}", "-o", "k.docx"])
    assert result.exit_code == 0, result.output


def test_apply_keeps_per_file_ignores_for_any_file(plans: Path) -> None:
    document = load_file(plans / PLAN)
    result = check.run([plans / PLAN])
    [warning] = result.diagnostics
    pattern = Selection(
        frozenset({"RQ202", "RQ025"}), (("plans/ke-hoach-*.yaml", ("RQ2",)),), plans.parent
    )
    assert apply([warning], [document], pattern) == ([], 0)
    other = Selection(frozenset({"RQ202"}), (("khac/*.yaml", ("RQ2",)),), plans.parent)
    assert apply([warning], [document], other) == ([warning], 0)


def test_comments_in_result_files_checked_one_at_a_time(plans: Path) -> None:
    """Result files are checked one at a time and let go (issue 11, item 7): their comments
    still silence their findings, and an unused one is still reported, at its place."""
    for old, new in ISSUED:  # result files answer an issued plan (else RQ506 for each)
        edit(plans, old, new)
    sample = (SAMPLE_REPORTS / "doan-ket-nhanh.yaml").read_text(encoding="utf-8")
    duty = "duty: bao-cao-nhanh-xa-phuong"
    reports = plans / "bao-cao"
    reports.mkdir()
    (reports / "a.yaml").write_text(
        sample.replace(duty, duty + "  # raquan: ignore[RQ505] bản gửi lại"), encoding="utf-8"
    )
    (reports / "b.yaml").write_text(sample, encoding="utf-8")
    (reports / "c.yaml").write_text(
        sample.replace("type: nhanh", "type: nhanh  # raquan: ignore[RQ505]"), encoding="utf-8"
    )
    result = check.run([Path("plans")], keep_result_files=False)
    shown = [
        (d.path, d.position.line, d.code, d.source.line(d.position.line))
        for d in result.diagnostics
    ]
    assert shown == [
        ("plans/bao-cao/b.yaml", 6, "RQ505", duty),
        ("plans/bao-cao/c.yaml", 6, "RQ505", duty),
        ("plans/bao-cao/c.yaml", 8, "RQ025", "type: nhanh  # raquan: ignore[RQ505]"),
        ("plans/ke-hoach-ra-quan-2023.yaml", 101, "RQ202", RQ202_LINE.rstrip("\n")),
    ]
    assert result.suppressed == 1
    assert "a.yaml và" not in result.diagnostics[0].message
    assert "plans/bao-cao/a.yaml, plans/bao-cao/c.yaml" in result.diagnostics[0].message
