"""``raquan import`` on the command line: the summary, output written safely, and every bad
input a Vietnamese message with exit code 2, never a traceback."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.office import office
from raquan.read import plandoc
from raquan.read.docxread import MAX_PARAGRAPHS
from support.docx_parts import W, body, package
from support.hand_typed import UNKNOWN_UNIT, hand_typed_plan

runner = CliRunner()


def test_import_writes_the_plan_and_prints_a_summary(tmp_path: Path) -> None:
    source = hand_typed_plan(tmp_path)
    target = tmp_path / "ke-hoach.yaml"
    result = runner.invoke(app, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Kế hoạch nhập từ")
    assert result.stdout.splitlines() == [
        f"Đã ghi {target} (nhập từ {source}).",
        "Đã đọc: 3 phần, 8 nhiệm vụ, 5 thời hạn, 1 sự kiện, 1 văn bản căn cứ, 3 nơi nhận, "
        "0 phụ lục.",
        f"Đơn vị: 10 tên khớp danh mục {tmp_path / 'units.yaml'}, 1 tên không khớp.",
        'Cần xem lại: 5 chỗ có chú thích "# kiểm tra lại" trong tệp.',
        f"Kiểm tra: 3 lỗi, 7 cảnh báo (xem chi tiết: raquan check {target}).",
    ]
    assert f"{source}:đoạn 31: '{UNKNOWN_UNIT}'." in result.stderr


def test_the_summary_as_json(tmp_path: Path) -> None:
    source = hand_typed_plan(tmp_path)
    result = runner.invoke(app, ["import", str(source), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["output"] == str(source.with_suffix(".yaml"))
    assert summary["found"]["duties"] == 8
    assert summary["unmatched"][0]["name"] == UNKNOWN_UNIT
    assert summary["unmatched"][0]["paragraph"] == 31
    assert summary["check"] == {"errors": 3, "warnings": 7}


def test_an_existing_file_is_never_overwritten_without_force(tmp_path: Path) -> None:
    source = hand_typed_plan(tmp_path)
    target = tmp_path / "ke-hoach.yaml"
    target.write_text("# của tôi\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert f"lỗi: Tệp '{target}' đã có; raquan không ghi đè." in result.stderr
    assert target.read_text(encoding="utf-8") == "# của tôi\n"
    forced = runner.invoke(app, ["import", str(source), "-o", str(target), "--force"])
    assert forced.exit_code == 0, forced.output
    assert target.read_text(encoding="utf-8").startswith("# Kế hoạch nhập từ")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("ke-hoach.txt", "phải có đuôi .yaml"),
        ("khong-co/ke-hoach.yaml", "không có."),
        ("units.yaml", "là tệp đầu vào; raquan không ghi đè nó."),
    ],
)
def test_outputs_that_are_refused(tmp_path: Path, output: str, message: str) -> None:
    source = hand_typed_plan(tmp_path)
    before = (tmp_path / "units.yaml").read_bytes()
    result = runner.invoke(app, ["import", str(source), "-o", str(tmp_path / output)])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert (tmp_path / "units.yaml").read_bytes() == before


def _hostile(tmp_path: Path) -> dict[str, Path]:
    """A malformed or hostile file of each kind."""
    text = tmp_path / "van-ban.docx"
    text.write_text("không phải zip", encoding="utf-8")
    whole = package(tmp_path / "ok.docx", {"word/document.xml": body("x" * 5000)}).read_bytes()
    cut = tmp_path / "cat-doi.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    laughs = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    return {
        "không phải zip": text,
        "zip hỏng": cut,
        "thiếu word/document.xml": package(tmp_path / "bang.docx", {"xl/workbook.xml": "<w/>"}),
        "bom zip": package(
            tmp_path / "bom.docx", {"word/document.xml": b"<w:t>" + b"0" * (30 << 20) + b"</w:t>"}
        ),
        "billion laughs": package(
            tmp_path / "cuoi.docx",
            {
                "word/document.xml": f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "ha">'
                f"{laughs}]><w:document {W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p>"
                "</w:body></w:document>"
            },
        ),
        "thực thể ngoài": package(
            tmp_path / "xxe.docx",
            {
                "word/document.xml": '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM '
                f'"file:///etc/passwd">]><w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t>'
                "</w:r></w:p></w:body></w:document>"
            },
        ),
        "hàng nghìn đoạn": package(
            tmp_path / "dai.docx",
            {
                "word/document.xml": body(
                    *[f"Đoạn {i * 7919 % 100003}." for i in range(MAX_PARAGRAPHS + 1)]
                )
            },
        ),
    }


HOSTILE = (
    ("không phải zip", "không phải một tệp .docx đọc được (tệp zip hỏng)"),
    ("zip hỏng", "cat-doi.docx"),
    ("thiếu word/document.xml", "không có phần nội dung văn bản"),
    ("bom zip", "bom zip"),
    ("billion laughs", "khai báo DTD"),
    ("thực thể ngoài", "khai báo DTD"),
    ("hàng nghìn đoạn", "có hơn 5.000 đoạn"),
)


@pytest.mark.parametrize(("case", "message"), HOSTILE, ids=[case for case, _ in HOSTILE])
def test_bad_documents_get_a_message_and_exit_2(tmp_path: Path, case: str, message: str) -> None:
    path = _hostile(tmp_path)[case]
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("lỗi: "), result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not path.with_suffix(".yaml").exists()


@pytest.mark.parametrize(("case", "message"), HOSTILE, ids=[case for case, _ in HOSTILE])
def test_bad_documents_in_a_check_are_rq600(tmp_path: Path, case: str, message: str) -> None:
    """In a check, a document that cannot be read is one finding (the other files of the run
    are still checked), with the same message."""
    path = _hostile(tmp_path)[case]
    result = runner.invoke(app, ["check", str(path), "--format", "concise"])
    assert result.exit_code == 1, result.output
    [line] = result.stdout.splitlines()
    assert line.startswith(f"{path}:1:1: RQ600 [lỗi] ")
    assert message in line
    assert "Traceback" not in result.output


def test_an_old_doc_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "ke-hoach.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    monkeypatch.setattr(plandoc, "office", lambda: None)
    result = runner.invoke(app, ["import", str(old)])
    assert result.exit_code == 2, result.output
    assert "máy chưa cài LibreOffice" in result.stderr
    assert "Lưu thành > Tài liệu Word (.docx)" in result.stderr


@pytest.mark.skipif(office() is None, reason="LibreOffice không được cài")
def test_an_old_doc_is_converted_with_libreoffice(tmp_path: Path) -> None:
    source = hand_typed_plan(tmp_path)
    program = office()
    assert program is not None
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path / "cu"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    old = tmp_path / "cu" / "ke-hoach-ngay-hoi.doc"
    shutil.copy(tmp_path / "units.yaml", old.parent / "units.yaml")
    result = runner.invoke(app, ["import", str(old)])
    assert result.exit_code == 0, result.output
    assert "8 nhiệm vụ, 5 thời hạn" in result.stdout
    assert (
        f"ghi chú: {old}: tệp được chuyển từ định dạng cũ sang .docx bằng LibreOffice."
        in result.stderr
    )
