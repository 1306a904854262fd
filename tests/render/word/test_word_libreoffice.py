"""A document built with every ``raquan.render.word`` helper, laid out by LibreOffice.

Converts to PDF with ``soffice --headless`` (private profile, so parallel runs do not clash)
and reads the pages back with ``pdftotext``/``pdfinfo`` (poppler-utils). Skipped when
LibreOffice is missing, and after checking the PDF was written when poppler-utils is.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK

from raquan.render.word import (
    Footnotes,
    add_rule,
    page_number_header,
    restart_page_numbers,
    set_cant_split,
    set_column_widths,
    set_different_first_page,
    set_document_fonts,
    set_orientation,
    set_page,
    set_repeat_header,
    set_table_borders,
)
from support.docx_text import pdf_pages

SOFFICE = shutil.which("soffice")
FIRST_NOTE = "Kế hoạch số 36/KH-UBND ngày 10/01/2023."
SECOND_NOTE = "Công văn số 1766-CV/TU của Thành ủy."
HEADER_CELL = "Nội dung công việc"
APPENDIX_ROWS = 45


def _build() -> Document:
    document = docx.Document()
    set_document_fonts(document)
    notes = Footnotes(document)

    body = document.sections[0]
    set_page(body)
    set_different_first_page(body, True)
    page_number_header(body)
    document.add_paragraph("ỦY BAN NHÂN DÂN THÀNH PHỐ KON TUM")
    add_rule(document, length_cm=5, available_cm=16.5)
    first = document.add_paragraph("Căn cứ kế hoạch của tỉnh")
    notes.add(first).add_run(FIRST_NOTE)
    first.add_run(", Ủy ban nhân dân thành phố ban hành Kế hoạch.")
    document.add_paragraph("Trang hai").add_run().add_break(WD_BREAK.PAGE)
    second = document.add_paragraph("Theo chỉ đạo của Thành ủy")
    notes.add(second).add_run(SECOND_NOTE).italic = True

    appendix = document.add_section(WD_SECTION.NEW_PAGE)
    set_orientation(appendix, landscape=True)
    set_different_first_page(appendix, False)
    restart_page_numbers(appendix, 1)
    page_number_header(appendix)
    document.add_paragraph("Phụ lục I")  # a section must not start with a table (LibreOffice)
    table = document.add_table(rows=APPENDIX_ROWS, cols=3)
    set_table_borders(table, visible=True)
    set_column_widths(table, [1.5, 14, 9.5])
    set_repeat_header(table.rows[0])
    for number, row in enumerate(table.rows):
        set_cant_split(row)
        cells = row.cells
        cells[0].text = "TT" if number == 0 else str(number)
        cells[1].text = HEADER_CELL if number == 0 else f"Nhiệm vụ số {number}"
        cells[2].text = "Đơn vị thực hiện" if number == 0 else "Phòng Kinh tế"
    return document


def _first_line(page: str) -> str:
    return next(line.strip() for line in page.splitlines() if line.strip())


def _page_sizes(pdf: Path, count: int) -> list[tuple[float, float]]:
    result = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(count), str(pdf)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", result.stdout)
    return [(float(w), float(h)) for w, h in sizes]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_lays_out_footnotes_page_numbers_and_tables(tmp_path: Path) -> None:
    assert SOFFICE is not None
    source = tmp_path / "ke-hoach.docx"
    _build().save(str(source))
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    pdf = tmp_path / "ke-hoach.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.is_file(), result.stdout + result.stderr
    assert pdf.stat().st_size > 1000
    pages = pdf_pages(pdf)  # skips here without poppler-utils: the PDF exists, unread
    text = "\n".join(pages)
    assert FIRST_NOTE in text
    assert SECOND_NOTE in text
    assert len(pages) >= 4, text
    # page 1: no number in the header; page 2 is numbered 2 and carries the second note
    assert _first_line(pages[0]) == "ỦY BAN NHÂN DÂN THÀNH PHỐ KON TUM"
    assert FIRST_NOTE in pages[0]
    assert _first_line(pages[1]) == "2"
    assert SECOND_NOTE in pages[1]
    # the appendix restarts at 1, shows it on its first page, and repeats the header row
    appendix = pages[2:]
    assert [_first_line(page) for page in appendix] == [str(n) for n in range(1, len(appendix) + 1)]
    assert "Phụ lục I" in appendix[0]
    for page in appendix:
        assert HEADER_CELL in page
    assert f"Nhiệm vụ số {APPENDIX_ROWS - 1}" in appendix[-1]

    if shutil.which("pdfinfo") is not None:
        sizes = _page_sizes(pdf, len(pages))
        assert [w < h for w, h in sizes[:2]] == [True, True]
        assert all(w > h for w, h in sizes[2:]), sizes
