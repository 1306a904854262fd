"""RQ609: "Kon Tum, ngày 05 tháng 01 năm 2023", in italics."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from support.layout import check_edit, find, findings, number_of


def test_a_date_without_leading_zeros_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Kon Tum, ngày")
        paragraph.runs[0].text = "Kon Tum, ngày 5 tháng 1 năm 2023"
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ609", where)]


def test_an_upright_date_line_is_reported(rendered_plan: Path, tmp_path: Path) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "Kon Tum, ngày")
        paragraph.runs[0].italic = False
        return number_of(document, paragraph)

    found, where = check_edit(rendered_plan, tmp_path, change)
    assert found == [("RQ609", where)]


def test_march_takes_no_leading_zero() -> None:
    from raquan.check.rules.rq609_place_date import _problems

    assert _problems("Kon Tum, ngày 29 tháng 6 năm 2023") == []
    assert _problems("Kon Tum, ngày 09 tháng 02 năm 2023") == []
    assert _problems("Kon Tum, ngày 29 tháng 06 năm 2023") == [
        "tháng 6 viết “6”, không có số 0 đứng trước"
    ]
    assert _problems("Kon Tum ngày 29 tháng 6 năm 2023") == ["thiếu dấu phẩy sau địa danh"]


def test_the_rendered_date_line_passes(rendered_plan: Path) -> None:
    assert findings(rendered_plan, "RQ609") == []
