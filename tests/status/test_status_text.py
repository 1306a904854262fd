"""``raquan status`` in a terminal: a table that fits 80 columns, with its legend."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import PLAN_HEAD, ROOT, SAMPLE_REPORTS, UNITS

runner = CliRunner()
PLANS = str(bundled("plans"))


def _text(*args: str) -> str:
    result = runner.invoke(app, ["status", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_table_fits_80_columns_and_says_what_its_symbols_mean() -> None:
    text = _text(PLANS, str(SAMPLE_REPORTS), "--today", "2023-04-10")
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in text  # piped: no colours
    assert lines[0] == "Theo dõi thực hiện, tính đến thứ Hai, 10/04/2023."
    header = next(line for line in lines if line.startswith("Đơn vị"))
    assert header.split()[:4] == ["Đơn", "vị", "Quá", "Trễ"]
    doan_ket = next(line for line in lines if line.startswith("xã Đoàn Kết "))
    vinh_quang = next(line for line in lines if line.startswith("xã Vinh Quang "))
    assert lines.index(vinh_quang) < lines.index(doan_ket)  # the most overdue first
    assert "✓ ✓" in doan_ket  # both reports on time
    assert "✗ ✗" in vinh_quang
    assert " 5. Báo cáo nhanh (trước 09h00' ngày 31 tháng 01 năm 2023 (thứ Ba))" in lines
    assert "    21 đơn vị: 18 quá hạn, 1 xong trễ hạn, 2 xong đúng hạn." in lines
    legend = " ".join(lines[lines.index(next(x for x in lines if x.startswith("Ký hiệu"))) :])
    for said in ("✓ đã xong, đúng hạn", "T đã xong, trễ hạn", "✗ quá hạn", "· chưa đến hạn"):
        assert said in legend
    # Long names are cut, never wrapped.
    assert any(line.startswith("Trung tâm Văn hóa, Thể…") for line in lines)


def _many_duties(folder: Path, count: int) -> Path:
    duties = "".join(
        f"          - id: viec-{n}\n"
        f"            text: Việc số {n}, hoàn thành {{deadline}}.\n"
        f"            deadline: {{kind: chậm nhất, date: 2023-02-{(n % 27) + 1:02d}}}\n"
        for n in range(1, count + 1)
    )
    plan = (
        PLAN_HEAD
        + "period: {start: 2023-01-10, end: 2023-03-31}\n"
        + "sections:\n  - title: TỔ CHỨC THỰC HIỆN\n    assignments:\n"
        + "      - to: UBND các xã, phường\n        heading: UBND các xã, phường\n"
        + "        duties:\n"
        + duties
    )
    folder.mkdir()
    (folder / "units.yaml").write_text(UNITS, encoding="utf-8")
    (folder / "plan.yaml").write_text(plan, encoding="utf-8")
    return folder


def test_a_plan_with_many_duties_is_printed_in_parts(tmp_path: Path) -> None:
    folder = _many_duties(tmp_path / "plans", 45)
    lines = _text(str(folder), "--today", "2023-02-15").splitlines()
    assert max(len(line) for line in lines) <= 80
    headers = [line for line in lines if line.startswith("Đơn vị")]
    assert len(headers) == 2  # 45 one-character columns do not fit in one part
    assert headers[0].split()[2:5] == ["Quá", "Trễ", "Đúng"]
    assert "Quá" not in headers[1]  # the counts are in the first part only
    rows = [line for line in lines if line.startswith("xã Đoàn Kết")]
    assert len(rows) == 2
    cells = "".join(rows).replace(" ", "")
    assert cells.count("✗") + cells.count("·") + cells.count("!") == 45
    assert "45. Việc số 45, hoàn thành chậm nhất ngày 19/02/2023. (chậm nhất ngày" in "\n".join(
        lines
    )


def test_no_tracked_duty_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "units.yaml").write_text(UNITS, encoding="utf-8")
    (folder / "plan.yaml").write_text(PLAN_HEAD, encoding="utf-8")
    text = _text(str(folder), "--today", "2023-02-15")
    assert "Không có nhiệm vụ nào được theo dõi." in text


def test_the_readme_shows_the_real_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ``raquan status`` example of the README runs as written and prints what it shows,
    after the README's ``raquan done`` above them (as a reader runs them, in order)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n\$ (raquan status [^\n]*)\n(.*?)```", readme, re.S)
    assert len(blocks) == 3
    [done] = re.findall(r"^\$ (raquan done [^\n]*)$", readme, re.M)
    assert readme.index(done) < readme.index(blocks[0][0])
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    shutil.copytree(SAMPLE_REPORTS, tmp_path / "examples" / "bao-cao")
    monkeypatch.chdir(tmp_path)
    recorded = runner.invoke(app, shlex.split(done)[1:])
    assert recorded.exit_code == 0, recorded.output
    for command, shown in blocks:
        result = runner.invoke(app, shlex.split(command)[1:])
        assert result.exit_code == 0, result.output
        assert result.output == shown, command


def test_a_completion_after_the_day_asked_for_is_not_counted_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--today`` asks where things stood on that day: a duty recorded as done later was not
    done yet (``raquan due`` and ``raquan status`` alike)."""
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    unit = ["--unit", "xã Đoàn Kết"]
    recorded = runner.invoke(app, ["done", "ke-hoach-chi-tiet", *unit, "--date", "2023-01-31"])
    assert recorded.exit_code == 0, recorded.output

    def due(today: str) -> str:
        result = runner.invoke(app, ["due", *unit, "--today", today, "--all", "--format", "json"])
        assert result.exit_code == 0, result.output
        [item] = [i for i in json.loads(result.output) if i.get("duty") == "ke-hoach-chi-tiet"]
        return str(item["status"])

    def status(today: str) -> str:
        result = runner.invoke(
            app,
            ["status", "-u", "xã Đoàn Kết", "--duty", "ke-hoach-chi-tiet", "--today", today],
        )
        assert result.exit_code == 0, result.output
        [row] = [line for line in result.output.splitlines() if line.startswith("xã Đoàn Kết")]
        return row.split()[-1]

    assert due("2023-01-20") == "overdue"
    assert status("2023-01-20") == "✗"
    assert due("2023-01-31") == "done-late"
    assert status("2023-02-05") == "T"
