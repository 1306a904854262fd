"""``raquan status --format xlsx``: the workbook read back with openpyxl and computed by
LibreOffice, its figures, totals and statuses those of the city's summary report."""

from __future__ import annotations

import csv
import datetime
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from openpyxl import load_workbook
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.office import office
from raquan.owned import package_intact
from raquan.read.resources import bundled
from raquan.render.report import run as render_report
from support.plans import SAMPLE_REPORTS

runner = CliRunner()
PLANS = str(bundled("plans"))
REPORTS = str(SAMPLE_REPORTS)
TODAY = "2023-04-10"
SUMMARY_DUTY = "bao-cao-tong-hop-xa-phuong"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("xlsx") / "theo-doi.xlsx"
    result = runner.invoke(
        app, ["status", PLANS, REPORTS, "--today", TODAY, "--format", "xlsx", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    return target


@pytest.fixture(scope="module")
def summary_report(tmp_path_factory: pytest.TempPathFactory, issued_plan: Path) -> Path:
    """The city's summary report of the sample result files (a report cites an issued plan)."""
    target = tmp_path_factory.mktemp("summary") / "tong-hop.docx"
    render_report(
        issued_plan,
        reports=[SAMPLE_REPORTS],
        kind="summary",
        output=target,
        date=datetime.date(2023, 4, 10),
    )
    return target


@pytest.fixture(scope="module")
def summary(summary_report: Path) -> list[list[str]]:
    """The appendix of the city's summary report: a row per unit, then the totals."""
    table = Document(str(summary_report)).tables[-1]
    return [[cell.text for cell in row.cells] for row in table.rows]


def _works_totals(summary_report: Path) -> dict[str, float]:
    """The summary report's "Khối lượng thực hiện (cộng theo đơn vị tính)": measure -> total."""
    found = {}
    for paragraph in Document(str(summary_report)).paragraphs:
        match = re.fullmatch(r"- ([\d.,]+) (\S+)[;.]", paragraph.text)
        if match:
            number = match.group(1).replace(".", "").replace(",", ".")
            found[match.group(2)] = float(number)
    return found


def _number(text: str) -> int:
    return int(text.replace(".", "")) if text else 0


def _sheet_of(book: Any, duty: str) -> Any:
    return next(sheet for sheet in book.worksheets if f"'{duty}'" in str(sheet["A2"].value))


def test_the_matrix_sheet_says_what_raquan_status_says(workbook: Path) -> None:
    book = load_workbook(workbook)
    sheet = book["Theo dõi"]
    assert sheet["A1"].value == "BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH"
    assert sheet["A3"].value == "(Tính đến ngày 10/04/2023)"
    assert sheet.freeze_panes == "C6"
    assert sheet.print_title_rows == "$5:$5"
    assert sheet.page_setup.orientation == "landscape"
    heads = [cell.value for cell in sheet[5]]
    assert heads[:3] == ["STT", "Đơn vị", "1. Kế hoạch chi tiết\n(trước ngày 15/01/2023)"]
    assert sheet["B5"].font.name == "Times New Roman"
    assert sheet["B5"].font.bold
    result = runner.invoke(app, ["status", PLANS, REPORTS, "--today", TODAY, "--format", "json"])
    [matrix] = json.loads(result.stdout)
    words = {
        "overdue": "Quá hạn",
        "late": "Trễ hạn",
        "on-time": "Đúng hạn",
        "pending": "Chưa đến hạn",
        "lapsed": "Hết thời gian",
    }
    for n, row in enumerate(matrix["units"]):
        cells = [cell.value for cell in sheet[6 + n]]
        assert cells[0] == n + 1
        for k, duty in enumerate(matrix["duties"]):
            cell = row["cells"].get(duty["duty"])
            assert cells[2 + k] == (words[cell["category"]] if cell else None), (n, k)
        counts = cells[2 + len(matrix["duties"]) :]
        assert counts[0] == f'=COUNTIF($C{6 + n}:$T{6 + n},"Quá hạn*")'
    doan_ket = 6 + [r["unit_id"] for r in matrix["units"]].index("xa-doan-ket")
    comment = sheet.cell(row=doan_ket, column=2 + 5).comment
    assert comment is not None
    assert comment.text.startswith("Đã xong, đúng hạn.\nGửi 08h45' ngày 31/01/2023.")


def test_the_figures_are_those_of_the_summary_report(
    workbook: Path, summary: list[list[str]]
) -> None:
    sheet = _sheet_of(load_workbook(workbook), SUMMARY_DUTY)
    assert sheet["A1"].value == "SỐ LIỆU BÁO CÁO TỔNG HỢP CỦA CÁC ĐƠN VỊ"
    assert [cell.value for cell in sheet[5]][:4] == ["STT", "Đơn vị", "Ngày gửi", "Tình trạng"]
    rows = summary[1:-1]
    assert len(rows) == 21
    for n, expected in enumerate(rows):
        got = [cell.value for cell in sheet[6 + n]]
        state = {"đúng hạn": "Đúng hạn", "trễ hạn": "Trễ hạn"}.get(expected[3], "Chưa báo cáo")
        if expected[2] == "chưa báo cáo":
            assert got[3] == "Chưa báo cáo"
            assert got[4:10] == [None] * 6
            continue
        assert got[3] == state, expected
        assert got[4:9] == [_number(text) for text in expected[4:9]], expected
        assert got[9] == f"=SUM(G{6 + n}:I{6 + n})"
        assert sheet.cell(row=6 + n, column=7).number_format == "#,##0"
    totals = [cell.value for cell in sheet[27]]
    assert totals[1] == "Tổng cộng"
    assert totals[4:10] == [f"=SUM({c}6:{c}26)" for c in "EFGHIJ"]
    doan_ket = next(row for row in sheet.iter_rows(min_row=6) if row[1].value == "xã Đoàn Kết")
    assert doan_ket[2].value == datetime.datetime(2023, 3, 28)
    assert doan_ket[2].number_format == "dd/mm/yyyy"


def test_a_new_run_replaces_its_workbook_but_not_one_saved_by_hand(
    workbook: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "theo-doi.xlsx"
    shutil.copyfile(workbook, copy)
    assert package_intact(copy)
    again = runner.invoke(app, ["status", PLANS, "--format", "xlsx", "-o", str(copy)])
    assert again.exit_code == 0, again.output
    book = load_workbook(copy)
    book["Theo dõi"]["B6"] = "Sửa tay"
    book.save(copy)
    refused = runner.invoke(app, ["status", PLANS, "--format", "xlsx", "-o", str(copy)])
    assert refused.exit_code == 2, refused.output
    assert "không ghi đè" in refused.stderr
    assert load_workbook(copy)["Theo dõi"]["B6"].value == "Sửa tay"


def _libreoffice_csv(workbook: Path, folder: Path) -> dict[str, list[list[str]]]:
    """Every sheet of the workbook as LibreOffice computes it, exported to CSV."""
    program = office()
    assert program is not None
    with tempfile.TemporaryDirectory(prefix="raquan-lo-") as profile:
        done = subprocess.run(
            [
                program,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                # Comma, double quote, UTF-8 (76), from row 1, every sheet (-1), formulas' values.
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir",
                str(folder),
                str(workbook),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    sheets = {}
    for path in folder.glob(f"{workbook.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as stream:
            sheets[path.stem.removeprefix(f"{workbook.stem}-")] = list(csv.reader(stream))
    return sheets


@pytest.mark.skipif(office() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_computes_the_summary_reports_totals(
    workbook: Path, summary: list[list[str]], summary_report: Path, tmp_path: Path
) -> None:
    sheets = _libreoffice_csv(workbook, tmp_path)
    assert "Theo dõi" in sheets
    figures = next(rows for rows in sheets.values() if f"'{SUMMARY_DUTY}'" in rows[1][0])
    totals = figures[26]
    assert totals[1] == "Tổng cộng"
    assert totals[3] == "2 đúng hạn, 1 trễ hạn"
    assert [_number(value.replace(",", "")) for value in totals[4:10]] == [
        _number(text) for text in summary[-1][4:10]
    ]
    counted = {row[1]: row[2] for row in figures[28:31]}
    assert counted == {
        "Số đơn vị đúng hạn": "2",
        "Số đơn vị trễ hạn": "1",
        "Số đơn vị chưa báo cáo": "18",
    }
    for n, expected in enumerate(summary[1:-1]):
        if expected[2] != "chưa báo cáo":
            assert figures[5 + n][9].replace(",", "") == expected[9].replace(".", "")
    works = {row[5]: float(row[4]) for row in figures if row[1] == "" and row[5] and row[4]}
    assert works == _works_totals(summary_report)
    assert works["cây"] == 1250

    matrix = sheets["Theo dõi"]
    heads = matrix[4]
    first_count = heads.index("Quá hạn")
    by_unit = {row[1]: row for row in matrix[5:30] if row[0].isdigit()}
    vinh_quang = by_unit["xã Vinh Quang"]
    assert vinh_quang[first_count : first_count + 3] == ["2", "0", "0"]
    assert vinh_quang.count("Quá hạn") == 2
    doan_ket = by_unit["xã Đoàn Kết"]
    assert doan_ket[first_count : first_count + 3] == ["0", "0", "2"]
    overdue_row = next(row for row in matrix if row[1] == "Quá hạn")
    quick = heads.index(next(h for h in heads if h.startswith("5. Báo cáo nhanh")))
    assert overdue_row[quick] == "18"
    assigned = next(row for row in matrix if row[1] == "Số đơn vị được giao")
    assert assigned[quick] == "21"
