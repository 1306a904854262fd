"""Every .docx that raquan renders passes every layout check (RQ6xx): plans (draft and issued,
with their landscape appendices, empty or filled), each unit's reports and the city's summary
(reports answer an issued plan: they cite its number and date)."""

from __future__ import annotations

import datetime
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from raquan.check.rules import RULES
from raquan.read.resources import bundled
from raquan.render.plan import run as render_plan
from raquan.render.report import run as render_report
from support.layout import findings
from support.plans import (
    BUNDLED_PLAN,
    EXAMPLE_PLAN,
    EXAMPLE_REPORTS,
    SAMPLE_REPORTS,
    edit_file,
)

LAYOUT_CODES = [code for code in RULES if code.startswith("RQ6")]


def _issued_plan(folder: Path) -> Path:
    shutil.copytree(bundled("plans"), folder / "plans")
    plan = folder / "plans" / BUNDLED_PLAN.name
    edit_file(
        plan,
        ("  number:            # dự thảo: chưa lấy số\n", "  number: 5\n"),
        (
            "  date: 2023-01      # dự thảo: tháng 01 năm 2023, chưa ghi ngày\n",
            "  date: 2023-01-09\n",
        ),
    )
    return plan


def _plan(folder: Path) -> Path:
    return render_plan(BUNDLED_PLAN, output=folder / "ke-hoach.docx").output


def _plan_issued(folder: Path) -> Path:
    return render_plan(_issued_plan(folder), output=folder / "ke-hoach-ban-hanh.docx").output


def _unit_report(kind: str) -> Callable[[Path], Path]:
    def render(folder: Path) -> Path:
        return render_report(
            _issued_plan(folder),
            reports=[SAMPLE_REPORTS],
            kind=kind,
            unit="xã Đoàn Kết",
            output=folder / f"bao-cao-{kind}.docx",
        ).output

    return render


def _summary(folder: Path) -> Path:
    return render_report(
        _issued_plan(folder),
        reports=[SAMPLE_REPORTS],
        kind="summary",
        output=folder / "tong-hop.docx",
        date=datetime.date(2023, 4, 7),
        recipients=["Ủy ban nhân dân tỉnh Kon Tum"],
    ).output


def _example_plan(folder: Path) -> Path:
    return render_plan(EXAMPLE_PLAN, output=folder / "ke-hoach-mau.docx").output


def _example_summary(folder: Path) -> Path:
    return render_report(
        EXAMPLE_PLAN,
        reports=[EXAMPLE_REPORTS],
        kind="summary",
        output=folder / "tong-hop-21.docx",
        date=datetime.date(2023, 4, 7),
        recipients=["UBND tỉnh Kon Tum"],
    ).output


DOCUMENTS: dict[str, Callable[[Path], Path]] = {
    "kế hoạch (dự thảo)": _plan,
    "kế hoạch (đã ban hành)": _plan_issued,
    "báo cáo nhanh của xã": _unit_report("quick"),
    "báo cáo tổng hợp của xã": _unit_report("summary"),
    "báo cáo tổng hợp của thành phố": _summary,
    "kế hoạch có hai phụ lục đã điền": _example_plan,
    "báo cáo tổng hợp của 21 xã, phường": _example_summary,
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_rendered_document_passes_every_layout_rule(name: str, tmp_path: Path) -> None:
    path = DOCUMENTS[name](tmp_path)
    assert findings(path, *LAYOUT_CODES) == []


def test_the_rendered_documents_have_portrait_and_landscape_sections(tmp_path: Path) -> None:
    from raquan.read.docxlayout import read_layout

    plan = read_layout(_plan(tmp_path))
    assert [s.landscape for s in plan.sections] == [False, True, True]
    summary = read_layout(_summary(tmp_path))
    assert [s.landscape for s in summary.sections] == [False, True]
    assert len(LAYOUT_CODES) >= 16
