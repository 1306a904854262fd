"""A title with Markdown characters is printed as typed, in the document and its properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from raquan.render.plan import run as render_plan_file
from raquan.render.report import run as render_report_file
from support.docx_text import sections, texts
from support.plans import SAMPLE_REPORTS, issued_copy

TITLE = "A & B - *đợt* <1> [x]_y_ \\ 2"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """A copy of the bundled plan, issued, whose title's first line is ``TITLE``."""
    first = "  Tổ chức ra quân đầu Xuân Quý Mão năm 2023\n"
    return issued_copy(tmp_path / "plans", (first, f"  {TITLE}\n"))


def _summary(path: Path) -> list[str]:
    """The lines under the type name, up to the first paragraph of the body."""
    body = list(texts(sections(path)[0], skip_tables=1))
    return body[1:3]


def test_plan_title_is_printed_as_typed(plan: Path, tmp_path: Path) -> None:
    target = tmp_path / "ke-hoach.docx"
    render_plan_file(plan, output=target)
    assert _summary(target) == [TITLE, "trên địa bàn thành phố Kon Tum"]
    assert Document(str(target)).core_properties.title == f"{TITLE} trên địa bàn thành phố Kon Tum"


@pytest.mark.parametrize("unit", [None, "xã Đoàn Kết"])
def test_report_title_is_printed_as_typed(plan: Path, tmp_path: Path, unit: str | None) -> None:
    target = tmp_path / "bao-cao.docx"
    render_report_file(plan, reports=[SAMPLE_REPORTS], kind="summary", unit=unit, output=target)
    title = f"Kết quả thực hiện Kế hoạch a{TITLE[1:]}"
    assert _summary(target)[0] == title
    assert Document(str(target)).core_properties.title == title
