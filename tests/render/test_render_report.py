"""Rendered reports read back: the unit's BÁO CÁO and the city's summary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.errors import CheckFailedError
from raquan.office import office
from raquan.render.output import to_pdf
from raquan.render.report import run as render_report_file
from support.docx_text import pdf_pages, sections, texts
from support.plans import SAMPLE_REPORTS

runner = CliRunner()


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory, issued_plan: Path) -> Path:
    target = tmp_path_factory.mktemp("summary") / "tong-hop.docx"
    render_report_file(
        issued_plan,
        reports=[SAMPLE_REPORTS],
        kind="summary",
        output=target,
        date=__import__("datetime").date(2023, 4, 7),
        recipients=["Ủy ban nhân dân tỉnh Kon Tum"],
    )
    return target


def test_summary_report_text(summary: Path) -> None:
    parts = sections(summary)
    header = next(t for t in texts(parts[0][:1]))
    assert header == "ỦY BAN NHÂN DÂN"
    body = list(texts(parts[0], skip_tables=1))
    assert body[:3] == [
        "BÁO CÁO",
        "Kết quả thực hiện Kế hoạch tổ chức",  # a summary too long for a line: two even lines
        "ra quân đầu Xuân Quý Mão năm 2023",
    ]
    assert "Kính gửi: Ủy ban nhân dân tỉnh Kon Tum." in body
    assert (
        "- Số đơn vị phải báo cáo (trước ngày 01/04/2023): 21; đã báo cáo: 3 (đúng hạn: "
        "2; trễ hạn: 1); chưa báo cáo: 18." in body
    )
    assert "- Các đơn vị báo cáo trễ hạn: UBND xã Hòa Bình (gửi ngày 05/04/2023)." in body
    missing = next(line for line in body if line.startswith("- Các đơn vị chưa báo cáo:"))
    assert "UBND phường Quang Trung" in missing
    assert "UBND xã Đoàn Kết" not in missing
    assert "1. Số người tham gia: 3.000 người; số ngày công: 4.150 ngày công." in body
    assert (
        "2. Kinh phí huy động: 795.000.000 đồng (bằng chữ: Bảy trăm chín mươi lăm triệu đồng), "
        "trong đó:" in body
    )
    assert "- Nhân dân đóng góp: 395.000.000 đồng;" in body
    assert "- 1.250 cây;" in body
    assert "- 7 km." in body
    assert body[-1] == "Dương Anh Hùng"


def test_summary_appendix_has_a_row_per_unit_and_the_totals(summary: Path) -> None:
    document = Document(str(summary))
    table = document.tables[-1]
    assert len(table.rows) == 1 + 21 + 1
    assert [c.text for c in table.rows[0].cells][:4] == ["STT", "Đơn vị", "Ngày gửi", "Đúng hạn"]
    # A unit's name is held together by no-break spaces: read it back with them as spaces.
    doan_ket = next(
        r for r in table.rows if r.cells[1].text.split() == ["UBND", "xã", "Đoàn", "Kết"]
    )
    assert [c.text for c in doan_ket.cells][2:] == [
        "28/03/2023",
        "đúng hạn",
        "1.250",
        "2.100",
        "250.000.000",
        "180.000.000",
        "20.000.000",
        "450.000.000",
    ]
    hoa_binh = next(
        r for r in table.rows if " ".join(r.cells[1].text.split()) == "UBND xã Hòa Bình"
    )
    assert hoa_binh.cells[3].text == "trễ hạn"
    assert [c.text for c in table.rows[-1].cells][4:] == [
        "3.000",
        "4.150",
        "300.000.000",
        "395.000.000",
        "100.000.000",
        "795.000.000",
    ]
    section = document.sections[-1]
    assert (section.page_width or 0) > (section.page_height or 0)


def test_unit_report(issued_plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "doan-ket.docx"
    render_report_file(
        issued_plan, reports=[SAMPLE_REPORTS], kind="summary", unit="doan ket", output=target
    )
    parts = sections(target)
    all_text = list(texts(parts[0]))
    assert all_text[:2] == ["ỦY BAN NHÂN DÂN", "XÃ ĐOÀN KẾT"]
    assert "Đoàn Kết, ngày 28 tháng 3 năm 2023" in all_text
    assert "Kính gửi:" in all_text
    assert "- Ủy ban nhân dân thành phố Kon Tum;" in all_text
    assert "- Phòng Kinh tế thành phố." in all_text
    assert any(
        line.startswith("Thực hiện Kế hoạch số 15/KH-UBND ngày 12/01/2023 của") for line in all_text
    )
    assert (
        "3. Kinh phí huy động: 450.000.000 đồng (bằng chữ: Bốn trăm năm mươi triệu đồng), trong đó:"
        in all_text
    )
    assert "Bê tông hóa đường đi khu sản xuất thôn 8" in all_text
    assert all_text[-1] == "Người Ký Mẫu"


def test_unit_without_a_report_is_a_clear_error(issued_plan: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "render",
            "report",
            "--plan",
            str(issued_plan),
            "--reports",
            str(SAMPLE_REPORTS),
            "-u",
            "xã Ia Chim",
            "--kind",
            "summary",
            "-o",
            str(tmp_path / "x.docx"),
        ],
    )
    assert result.exit_code == 2, result.output
    assert "Chưa có báo cáo tổng hợp của UBND xã Ia Chim" in result.output


def test_a_broken_file_stops_the_summary_unless_skipped(issued_plan: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bc"
    shutil.copytree(SAMPLE_REPORTS, folder)
    broken = folder / "hoa-binh-tong-hop.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("workdays: 950", "workdays: [950]"),
        encoding="utf-8",
    )
    with pytest.raises(CheckFailedError) as error:
        render_report_file(
            issued_plan, reports=[folder], kind="summary", output=tmp_path / "a.docx"
        )
    assert {Path(d.path).name for d in error.value.diagnostics} == {"hoa-binh-tong-hop.yaml"}
    assert not (tmp_path / "a.docx").exists()
    cli = runner.invoke(
        app,
        [
            "render",
            "report",
            "--plan",
            str(issued_plan),
            "--reports",
            str(folder),
            "--kind",
            "summary",
            "-o",
            str(tmp_path / "b.docx"),
        ],
    )
    assert cli.exit_code == 1, cli.output
    assert "hoa-binh-tong-hop.yaml:" in cli.output
    render_report_file(
        issued_plan,
        reports=[folder],
        kind="summary",
        output=tmp_path / "c.docx",
        skip_invalid=True,
    )
    body = list(texts(sections(tmp_path / "c.docx")[0]))
    # The official document names the unit whose file is broken, never a path.
    line = next(t for t in body if t.startswith("- Các đơn vị gửi báo cáo có lỗi"))
    assert line.endswith(": UBND xã Hòa Bình.")
    assert not any("hoa-binh-tong-hop" in t or str(tmp_path) in t for t in body)
    assert "Hòa Bình" not in next(t for t in body if t.startswith("- Các đơn vị chưa báo cáo"))


@pytest.mark.skipif(office() is None, reason="LibreOffice (soffice) is not installed")
def test_reports_convert_in_libreoffice(summary: Path, tmp_path: Path) -> None:
    copy = tmp_path / "tong-hop.docx"
    shutil.copyfile(summary, copy)
    pdf = to_pdf(copy)
    assert pdf == tmp_path / "tong-hop.pdf"
    assert pdf.stat().st_size > 10_000
    text = "\f".join(pdf_pages(pdf))
    assert "BÁO CÁO" in text
    assert "BẢNG TỔNG HỢP KẾT QUẢ CỦA CÁC ĐƠN VỊ" in text
    assert "795.000.000" in text
