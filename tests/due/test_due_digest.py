"""``raquan due --digest``: a short plain-text message per unit, fit for a chat or an e-mail."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.due.digest import WIDTH
from raquan.read.resources import bundled

runner = CliRunner()
ROOT = Path(__file__).parents[2]
BOX = re.compile(r"[|│┃─━┌┐└┘├┤┬┴┼╭╮╯╰*#`]")


def _digest(*more: str, results: bool = True) -> str:
    paths = [str(bundled("plans"))]
    if results:
        paths.append(str(ROOT / "examples" / "bao-cao"))
    result = runner.invoke(app, ["due", *paths, "--digest", *more])
    assert result.exit_code == 0, result.output
    return result.stdout


def _plain_and_short(text: str) -> None:
    for line in text.splitlines():
        assert len(line) <= WIDTH, line
        assert not BOX.search(line), line


def test_a_units_digest_lists_overdue_today_and_soon_with_phrase_and_recipients() -> None:
    text = _digest("--unit", "doan ket", "--today", "2023-01-27", "--within", "2")
    _plain_and_short(text)
    lines = text.splitlines()
    assert lines[0] == "UBND xã Đoàn Kết: việc cần làm"
    assert lines[1] == "Tính đến thứ Sáu, 27/01/2023."
    overdue = text.index("QUÁ HẠN (1)")
    soon = text.index("TRONG 2 NGÀY LÀM VIỆC TỚI")
    assert overdue < soon
    assert "ĐẾN HẠN HÔM NAY" not in text
    # The detailed plan, due before 15/01, is the one overdue item, with its phrase.
    between = " ".join(text[overdue:soon].split())
    assert "Hạn: trước ngày 15/01/2023 (quá hạn 13 ngày)" in between
    assert "Gửi về: UBND thành phố, Phòng Kinh tế thành phố" in between
    # The ceremony the commune hosts on Tuesday 31/01: 2 working days (Mon 30, Tue 31).
    after = " ".join(text[soon:].split())
    assert "- Lễ ra quân điểm của thành phố" in after
    assert "Tổ chức vào lúc 08h30' (thứ Ba), ngày 31 tháng 01 năm 2023" in after
    assert "(còn 2 ngày làm việc) Tại: Thôn 8, xã Đoàn Kết" in after
    # Partners' items name who leads.
    assert "Chủ trì: Phòng Kinh tế thành phố" in after


def test_what_is_done_leaves_the_digest() -> None:
    args = ("--unit", "xã Đoàn Kết", "--today", "2023-01-31", "--within", "1")
    # Without the result files the quick report (before 09:00 on 31/01) is due; the commune's
    # result file says it was sent, so with it the report leaves the digest.
    assert "Báo cáo nhanh kết quả" in _digest(*args, results=False)
    assert "Báo cáo nhanh kết quả" not in _digest(*args)
    summary = ("--unit", "xã Đoàn Kết", "--today", "2023-03-28", "--within", "5")
    assert "Báo cáo tổng hợp kết quả" in _digest(*summary, results=False)
    assert "Báo cáo tổng hợp kết quả" not in _digest(*summary)


def test_all_units_gives_a_message_per_unit_with_something_to_say() -> None:
    text = _digest("--all-units", "--today", "2023-01-30", "--within", "1")
    _plain_and_short(text)
    heads = [line for line in text.splitlines() if line.endswith(": việc cần làm")]
    assert len(heads) > 3
    assert "UBND xã Đoàn Kết: việc cần làm" in heads
    assert len(heads) == len(set(heads))


def test_a_unit_with_nothing_due_says_so() -> None:
    text = _digest("--unit", "xã Đoàn Kết", "--today", "2023-06-01")
    assert "Không có việc quá hạn hay đến hạn trong 5 ngày làm việc tới." in " ".join(text.split())


def test_digest_refuses_a_date_range_and_a_format() -> None:
    result = runner.invoke(app, ["due", "--digest", "--from", "2023-01-01"])
    assert result.exit_code == 2, result.output
    assert "--digest" in result.output
    result = runner.invoke(app, ["due", "--digest", "--format", "json"])
    assert result.exit_code == 2, result.output


def test_the_readme_digest_runs_as_written_and_prints_what_it_shows(
    tmp_path: Path, monkeypatch: object
) -> None:
    import shutil

    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n\$ (raquan due [^\n]*--digest[^\n]*)\n(.*?)```", readme, re.S)
    assert blocks
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for command, shown in blocks:
        import shlex

        result = runner.invoke(app, shlex.split(command)[1:])
        assert result.exit_code == 0, result.output
        assert result.stdout == shown, command
