"""What ``render`` says and keeps (issue 12, items 13-15): the check's warnings, the result
files ``--skip-invalid`` leaves out, a PDF that cannot be made, and a hand-edited document."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.render import output
from support.docx_text import sections, texts
from support.plans import BUNDLED_PLAN, SAMPLE_REPORTS

runner = CliRunner()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder as the current one (the default output goes there)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def render_plan(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["render", "plan", str(BUNDLED_PLAN), "-o", "k.docx", *args])
    return result.exit_code, result.stdout, result.stderr


# Item 13: the check's warnings, and what --skip-invalid leaves out --------------------------


def test_render_plan_prints_the_warnings_of_its_check(workdir: Path) -> None:
    code, out, err = render_plan()
    assert code == 0, err
    assert "Đã ghi k.docx." in out
    # The bundled plan's one warning, located as raquan check shows it.
    assert "ke-hoach-ra-quan-2023.yaml:101:21: cảnh báo RQ202:" in err
    assert "Có 1 cảnh báo (xem ở trên); văn bản vẫn được xuất." in err


def test_skip_invalid_says_what_it_left_out_and_names_the_unit_in_the_document(
    workdir: Path, issued_plan: Path
) -> None:
    reports = workdir / "bao-cao"
    shutil.copytree(SAMPLE_REPORTS, reports)
    broken = reports / "quyet-thang-tong-hop.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("participants: ", "participants: khoảng "),
        encoding="utf-8",
    )
    command = ["render", "report", "--plan", str(issued_plan), "--reports", str(reports)]
    refused = runner.invoke(app, [*command, "--kind", "summary", "-o", "a.docx"])
    assert refused.exit_code == 1, refused.output
    assert not (workdir / "a.docx").exists()
    result = runner.invoke(app, [*command, "--kind", "summary", "-o", "b.docx", "--skip-invalid"])
    assert result.exit_code == 0, result.output
    assert (
        f"cảnh báo: Bỏ qua tệp có lỗi '{broken}' (báo cáo của UBND phường Quyết Thắng, ghi là có "
        "báo cáo lỗi, coi như chưa nhận); 1 lỗi." in result.stderr
    )
    body = list(texts(sections(workdir / "b.docx")[0]))
    line = next(t for t in body if "báo cáo có lỗi" in t)
    assert line == (
        "- Các đơn vị gửi báo cáo có lỗi, không đọc được (coi như chưa nhận): UBND phường "
        "Quyết Thắng."
    )
    assert not any("/" in t and ".yaml" in t for t in body), "a file path in the document"


def test_a_broken_file_that_names_no_known_unit_is_counted_not_named(
    workdir: Path, issued_plan: Path
) -> None:
    reports = workdir / "bao-cao"
    reports.mkdir()
    for name in ("doan-ket-tong-hop.yaml", "hoa-binh-tong-hop.yaml"):
        shutil.copy(SAMPLE_REPORTS / name, reports / name)
    stray = reports / "khong-ro.yaml"
    stray.write_text("raquan: 1\nkind: report\nunit: [\n", encoding="utf-8")
    command = ["render", "report", "--plan", str(issued_plan), "--reports", str(reports)]
    result = runner.invoke(app, [*command, "--kind", "summary", "-o", "c.docx", "--skip-invalid"])
    assert result.exit_code == 0, result.output
    assert f"cảnh báo: Bỏ qua tệp có lỗi '{stray}' (không rõ của đơn vị nào)" in result.stderr
    body = list(texts(sections(workdir / "c.docx")[0]))
    assert "- Ngoài ra có 1 tệp báo cáo có lỗi, không rõ của đơn vị nào." in body
    assert not any("khong-ro" in t for t in body)


# Item 14: --pdf without LibreOffice ----------------------------------------------------------


def test_pdf_without_libreoffice_says_the_docx_was_written(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "office", lambda: None)
    code, out, err = render_plan("--pdf")
    assert code == 2, err
    assert "Đã ghi k.docx." in out
    assert "lỗi: Không chuyển được sang PDF: máy chưa cài LibreOffice (lệnh soffice)." in err
    assert "gợi ý: Cài LibreOffice" in err
    assert (workdir / "k.docx").is_file()
    assert not (workdir / "k.pdf").exists()


# Item 15: a document edited by hand since raquan wrote it ------------------------------------


def _edit_by_hand(path: Path) -> None:
    document = Document(str(path))
    document.add_paragraph("Ý kiến bổ sung của lãnh đạo, sửa tay trong Word.")
    document.save(str(path))


def test_a_render_records_a_fingerprint_of_what_it_wrote(workdir: Path) -> None:
    code, _, err = render_plan()
    assert code == 0, err
    with zipfile.ZipFile(workdir / "k.docx") as package:
        parts = {name: package.read(name) for name in package.namelist()}
    assert output.recorded_fingerprint(parts) == output.fingerprint(parts)
    assert output.edited_by_hand(workdir / "k.docx") is False
    # Rendering again over an unchanged render replaces it quietly.
    code, out, err = render_plan()
    assert code == 0, err
    assert "Đã ghi k.docx." in out
    assert not list(workdir.glob("*.bak*.docx"))


def test_rerendering_over_a_hand_edited_document_refuses_and_keeps_it(workdir: Path) -> None:
    code, _, err = render_plan()
    assert code == 0, err
    target = workdir / "k.docx"
    _edit_by_hand(target)
    edited = target.read_bytes()
    code, out, err = render_plan()
    assert code == 2, err
    assert "lỗi: Tệp 'k.docx' do raquan tạo nhưng đã được sửa (hoặc mở rồi lưu lại)" in err
    assert "thêm --force để ghi đè (raquan giữ bản đã sửa thành 'k.bak.docx')" in err
    assert "Đã ghi" not in out
    assert target.read_bytes() == edited


def test_force_overwrites_a_hand_edited_document_keeping_a_backup(workdir: Path) -> None:
    assert render_plan()[0] == 0
    target = workdir / "k.docx"
    _edit_by_hand(target)
    edited = target.read_bytes()
    (workdir / "k.bak.docx").write_bytes(b"an older backup")
    code, out, err = render_plan("--force")
    assert code == 0, err
    assert "Đã giữ bản đã sửa tay ở k.bak-2.docx." in err
    assert (workdir / "k.bak-2.docx").read_bytes() == edited
    assert (workdir / "k.bak.docx").read_bytes() == b"an older backup"
    assert output.edited_by_hand(target) is False
    assert "Đã ghi k.docx." in out


def test_a_document_of_raquan_without_a_fingerprint_counts_as_edited(workdir: Path) -> None:
    assert render_plan()[0] == 0
    target = workdir / "k.docx"
    with zipfile.ZipFile(target) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    with zipfile.ZipFile(target, "w") as package:  # as an older raquan wrote it
        for name, data in parts.items():
            if name != "docProps/custom.xml":
                package.writestr(name, data)
    assert output.edited_by_hand(target) is True
    code, _, err = render_plan()
    assert code == 2, err
    assert "đã được sửa" in err


def test_the_report_render_keeps_hand_edits_too(workdir: Path, issued_plan: Path) -> None:
    command = ["render", "report", "--plan", str(issued_plan), "--reports", str(SAMPLE_REPORTS)]
    command += ["--kind", "summary", "-o", "t.docx"]
    assert runner.invoke(app, command).exit_code == 0
    _edit_by_hand(workdir / "t.docx")
    result = runner.invoke(app, command)
    assert result.exit_code == 2, result.output
    assert "đã được sửa" in result.stderr


# Item 1: with several plans in plans/, the error says how to name one ------------------------


@pytest.mark.parametrize(
    "args",
    [["render", "plan"], ["render", "report", "--kind", "summary"]],
    ids=["plan", "report"],
)
def test_several_plans_in_the_folder_name_the_option_that_chooses(
    workdir: Path, args: list[str]
) -> None:
    (workdir / "plans").mkdir()
    for name in (BUNDLED_PLAN.name, "ke-hoach-moi.yaml"):
        shutil.copy(BUNDLED_PLAN, workdir / "plans" / name)
    shutil.copy(BUNDLED_PLAN.parent / "units.yaml", workdir / "plans" / "units.yaml")
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "có nhiều kế hoạch (ke-hoach-moi.yaml, ke-hoach-ra-quan-2023.yaml)" in result.stderr
    assert "raquan render report --plan KẾ_HOẠCH" in result.stderr
    assert "raquan render plan KẾ_HOẠCH" in result.stderr
    assert list(workdir.glob("*.docx")) == []
