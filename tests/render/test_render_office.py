"""The rendered plan opens in a real office suite: LibreOffice converts it to PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from raquan.office import office
from raquan.render.output import to_pdf
from support.docx_text import pdf_pages

needs_office = pytest.mark.skipif(
    office() is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it"
)


@needs_office
def test_libreoffice_converts_the_plan_with_its_text_and_page_numbers(
    rendered_plan: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "ke-hoach.docx"
    shutil.copyfile(rendered_plan, copy)
    pdf = to_pdf(copy)
    assert pdf == tmp_path / "ke-hoach.pdf"
    assert pdf.stat().st_size > 10_000
    pages = pdf_pages(pdf)
    text = "\f".join(pages)
    assert "KẾ HOẠCH" in pages[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0]
    assert "Tại Báo cáo 918/BC-PKT ngày 28/12/2022." in pages[0]  # the footnote, on its page
    assert pages[1].strip().startswith("2")  # page numbers from page 2, at the top
    assert "Dương Anh Hùng" in text
    appendix = next(i for i, page in enumerate(pages) if "Phụ lục I" in page)
    assert pages[appendix].strip().startswith("1")  # the appendix numbered from 1
