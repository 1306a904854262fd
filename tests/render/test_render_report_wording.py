"""How reports read: one commune's report speaks of its own event, titles read mid-sentence,
one date style per document, and no report on a plan that is still a draft."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.check import run as check
from raquan.cli.app import app
from raquan.domain.phrasing import mid_sentence
from raquan.render.report import run as render_report_file
from support.docx_text import sections, texts
from support.plans import (
    BUNDLED_PLAN,
    EXAMPLE_PLAN,
    EXAMPLE_REPORTS,
    SAMPLE_REPORTS,
    issued_copy,
)

runner = CliRunner()
SHORT = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")
LONG = re.compile(r"\bngày (?:\d{2}|\u00a0+) tháng \d{1,2} năm \d{4}\b")


def _body(path: Path) -> list[str]:
    """The text under the header block of the first section (the header table skipped)."""
    return list(texts(sections(path)[0], skip_tables=1))


def _all_text(path: Path) -> str:
    return "\n".join(line for part in sections(path) for line in texts(part))


def test_a_commune_reports_its_own_event(issued_plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "doan-ket.docx"
    render_report_file(
        issued_plan, reports=[SAMPLE_REPORTS], kind="quick", unit="xã Đoàn Kết", output=target
    )
    body = _body(target)
    line = next(text for text in body if text.startswith("1. Tổ chức"))
    assert line == (
        "1. Tổ chức Lễ ra quân đầu xuân Quý Mão năm 2023 tại xã Đoàn Kết: vào lúc 08h30' "
        "(thứ Ba), ngày 31/01/2023 (nhằm ngày Mùng 10 tháng Giêng năm Quý Mão)."
    )
    assert not any("các xã, phường" in text for text in body)


def test_the_summary_names_the_plan_in_lower_case_mid_sentence(
    example_summary_docx: Path,
) -> None:
    body = _body(example_summary_docx)
    assert body[-1] != ""
    closing = next(text for text in body if text.startswith("Trên đây là báo cáo"))
    assert closing == (
        "Trên đây là báo cáo kết quả thực hiện Kế hoạch tổ chức ra quân đầu Xuân Quý Mão năm "
        "2023./."
    )
    assert "Kế hoạch Tổ chức" not in _all_text(example_summary_docx)


def test_mid_sentence_keeps_names_and_abbreviations() -> None:
    assert mid_sentence("Tổ chức ra quân đầu Xuân") == "tổ chức ra quân đầu Xuân"
    assert mid_sentence("Kon Tum ra quân") == "Kon Tum ra quân"
    assert mid_sentence("UBND thành phố ra quân") == "UBND thành phố ra quân"
    assert mid_sentence("tổ chức") == "tổ chức"
    assert mid_sentence("") == ""


def test_sent_cells_do_not_repeat_ngay(example_summary_docx: Path) -> None:
    appendix = sections(example_summary_docx)[-1]
    cells = list(texts(appendix))
    header = cells.index("Ngày gửi")
    sent = [text for text in cells[header:] if SHORT.fullmatch(text)]
    assert len(sent) == 20
    assert not any(text.startswith("ngày ") for text in cells[header:])


def test_one_date_style_in_the_running_text(example_summary_docx: Path) -> None:
    """Every date of the body in dd/mm/yyyy; the forms' own lines (the header's place and date,
    the "Kèm theo" line of the appendix) keep the words NĐ 30 prints them in."""
    body = _body(example_summary_docx)
    running = "\n".join(body)
    assert SHORT.search(running)
    assert not LONG.search(running), LONG.findall(running)
    assert "trước ngày 01/04/2023" in running
    assert "Kế hoạch số 15/KH-UBND ngày 12/01/2023" in running


def test_the_date_style_is_configurable(tmp_path: Path) -> None:
    target = tmp_path / "dai.docx"
    result = runner.invoke(
        app,
        [
            "render",
            "report",
            "--plan",
            str(EXAMPLE_PLAN),
            "--reports",
            str(EXAMPLE_REPORTS),
            "--kind",
            "summary",
            "--date",
            "2023-04-07",
            "--date-style",
            "long",
            "-o",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    running = "\n".join(_body(target))
    assert not SHORT.search(running), SHORT.findall(running)
    assert "trước ngày 01 tháng 4 năm 2023" in running
    assert "Kế hoạch số 15/KH-UBND ngày 12 tháng 01 năm 2023" in running
    cells = list(texts(sections(target)[-1]))
    assert "27 tháng 3 năm 2023" in cells


def test_the_plan_can_set_the_date_style_for_its_reports(tmp_path: Path) -> None:
    plan = issued_copy(
        tmp_path / "plans", ("theme: ", "date_style: ngày dd tháng mm năm yyyy\ntheme: ")
    )
    target = tmp_path / "bc.docx"
    render_report_file(plan, reports=[SAMPLE_REPORTS], kind="summary", output=target)
    running = "\n".join(_body(target))
    assert "Kế hoạch số 15/KH-UBND ngày 12 tháng 01 năm 2023" in running
    assert not SHORT.search(running)


def test_a_bad_date_style_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["render", "report", "--plan", str(EXAMPLE_PLAN), "--reports", str(EXAMPLE_REPORTS),
         "--date-style", "iso", "-o", str(tmp_path / "x.docx")],
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "--date-style 'iso' không có" in result.output


# --- 10. A report on a draft plan -----------------------------------------------------------


@pytest.mark.parametrize("unit", [None, "xã Đoàn Kết"])
def test_render_report_refuses_a_draft_plan(tmp_path: Path, unit: str | None) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED_PLAN.parent, plans)
    target = tmp_path / "bc.docx"
    args = ["render", "report", "--plan", str(plans / BUNDLED_PLAN.name)]
    args += ["--reports", str(SAMPLE_REPORTS), "--kind", "summary", "-o", str(target)]
    if unit:
        args += ["--unit", unit]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "còn là dự thảo (chưa có số hoặc ngày ban hành)" in result.output
    assert "không xuất báo cáo với chỗ trống" in result.output
    assert "dòng 15: number: <số của kế hoạch>" in result.output
    assert "dòng 18: date: 2023-01-<ngày>" in result.output
    assert "Traceback" not in result.output
    assert not target.exists()


def test_check_warns_about_result_files_on_a_draft_plan(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    shutil.copytree(BUNDLED_PLAN.parent, plans)
    result = check.run([plans, SAMPLE_REPORTS], select=["RQ506"])
    assert len(result.diagnostics) == len(list(SAMPLE_REPORTS.glob("*.yaml")))
    assert {d.severity.label for d in result.diagnostics} == {"cảnh báo"}


def test_no_blank_number_in_a_report_on_an_issued_plan(example_summary_docx: Path) -> None:
    running = "\n".join(_body(example_summary_docx))
    assert "\u00a0/KH-UBND" not in running
    assert "Kế hoạch số 15/KH-UBND" in running
