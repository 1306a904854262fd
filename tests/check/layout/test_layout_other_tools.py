"""A document made by another tool: pandoc's default .docx of the reference plan (the real Kon Tum
plan as Markdown, without its header block). The fixture was made once with
``pandoc tests/fixtures/reference/ke-hoach-ra-quan-2023-kon-tum.md -o
tests/fixtures/docx/pandoc-ke-hoach-ra-quan.docx`` (pandoc 2.17), so that the tests need no
pandoc."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from raquan.check import run as check
from raquan.cli.app import app
from support.plans import FIXTURES

PANDOC = FIXTURES / "docx" / "pandoc-ke-hoach-ra-quan.docx"

EXPECTED = [
    ("RQ601", 1),  # no page size: Letter on many computers
    ("RQ603", 1),  # no margins
    ("RQ604", 1),  # theme fonts (Cambria) in the document defaults
    ("RQ606", 1),  # no issuing body
    ("RQ607", 1),  # no Quốc hiệu
    ("RQ607", 1),  # no Tiêu ngữ
    ("RQ608", 1),  # no "Số:" line
    ("RQ609", 1),  # no place and date
    ("RQ610", 1),  # "KẾ HOẠCH" not centred
    ("RQ610", 1),  # "KẾ HOẠCH" in 12 pt
    ("RQ613", 1),  # no page numbers on a four-page document
    ("RQ610", 1),  # the summary in 12 pt
    ("RQ610", 1),  # no rule under the summary
    ("RQ610", 1),  # the summary not centred
    ("RQ605", 2),  # the body in 12 pt (document defaults)
    ("RQ611", 2),  # no first-line indent (Body Text)
    ("RQ611", 2),  # aligned left
    ("RQ611", 5),  # bullets indented 0.42 cm (list numbering)
    ("RQ614", 13),  # a footnote typed under a horizontal line
    ("RQ604", 32),  # Heading 2 in the theme's Calibri
    ("RQ604", 33),  # Heading 3 in the theme's Calibri
    ("RQ605", 33),  # Heading 3 in 12 pt
    ("RQ611", 33),  # no space after Heading 3
    ("RQ611", 47),  # Compact: 1.8 pt between paragraphs
    ("RQ611", 50),  # Compact: 3.6 pt between paragraphs
    ("RQ611", 51),  # second-level bullets indented 1.69 cm
    ("RQ604", 65),  # Heading 4 in the theme's Calibri
    ("RQ605", 65),  # Heading 4 in 12 pt
    ("RQ611", 67),  # no space after Heading 4
    ("RQ615", 76),  # "Nơi nhận:" not italic
    ("RQ615", 77),  # recipients in 12 pt
    ("RQ616", 87),  # signing titles in 12 pt
    ("RQ616", 88),  # signer in 12 pt
]


def test_pandocs_document_gets_the_expected_layout_findings() -> None:
    result = check.run([PANDOC], select=["RQ6"])
    assert [(d.code, d.position.line) for d in result.diagnostics] == EXPECTED


def test_the_findings_are_located_by_paragraph_with_its_text(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["check", str(PANDOC), "--select", "RQ614,RQ616"])
    assert result.exit_code == 1, result.output
    assert f"{PANDOC}:đoạn 13: lỗi RQ614: Đoạn chú thích gõ tay dưới một đường kẻ" in result.output
    assert "13 | 1 Tại Báo cáo 918/BC-PKT ngày 28/12/2022." in result.output
    assert "= gợi ý: Xoá số và đoạn chú thích gõ tay" in result.output
    assert f"{PANDOC}:đoạn 88: lỗi RQ616: Họ tên người ký “Dương Anh Hùng”" in result.output
    # The plan's registry (plans/units.yaml) is checked too, as for a YAML plan.
    assert "Tìm thấy 3 lỗi, 0 cảnh báo trong 2 tệp." in result.output


LIBREOFFICE = FIXTURES / "docx" / "libreoffice-ke-hoach-ra-quan.docx"
"""The same text through pandoc to .odt, then saved as .docx by LibreOffice 7 (``soffice
--convert-to docx``): formatting set directly on each paragraph, page numbers in the footer."""


def test_direct_formatting_on_many_paragraphs_is_one_finding_per_problem() -> None:
    result = check.run([LIBREOFFICE], select=["RQ6"])
    found = [(d.code, d.position.line, d.message) for d in result.diagnostics]
    aligned = [f for f in found if f[0] == "RQ611" and "căn trái" in f[2]]
    assert len(aligned) == 1, aligned
    assert aligned[0][1] == 2
    assert "(định dạng trực tiếp của đoạn, ở 66 đoạn: 2-11, 13-68)" in aligned[0][2]
    assert ("RQ613", 1, "Số trang đặt ở chân trang; phải ở giữa lề trên (đầu trang).") in found
    assert not any("không có số trang" in f[2] for f in found)
    assert ("RQ601", 1) in [(code, line) for code, line, _ in found]
