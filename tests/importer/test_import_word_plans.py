"""Plans typed in Word by hand, not made by raquan: the assignment table of xã Tân Lập and the
numbered plan of xã Hòa Phú import with their duties and deadlines."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from raquan.check.run import run as check_paths
from raquan.diagnostics import Severity
from raquan.importer.run import run
from raquan.models.plan import Plan
from raquan.read.docxread import read_docx
from raquan.read.paragraphs import Table
from raquan.read.workspace import LoadedPlan, Workspace
from raquan.render.plan import run as render_plan_file
from support.assignment_table import HEADER, ROWS, assignment_table_plan
from support.hand_typed import DUTIES, UNKNOWN_UNIT, hand_typed_plan

D = datetime.date


def _load(path: Path) -> LoadedPlan:
    workspace = Workspace()
    document = workspace.load(path)
    assert isinstance(document.model, Plan), document.diagnostics
    return workspace.plan(document)


def _ids(loaded: LoadedPlan, refs: Any) -> list[str]:
    assert loaded.index is not None
    found = []
    for name in [refs] if isinstance(refs, str) else list(refs):
        target = loaded.index.find(name)
        assert target is not None, name
        found.append(target.id)
    return found


@pytest.fixture(scope="module")
def table_plan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("bang")
    source = assignment_table_plan(folder)
    return source, run(source, output=folder / "ke-hoach.yaml").output


def test_the_table_imports_into_five_duties(table_plan: tuple[Path, Path]) -> None:
    loaded = _load(table_plan[1])
    duties = list(loaded.plan.duties())
    assert [_ids(loaded, placed.to) for placed in duties] == [
        ["van-phong"],
        ["dia-chinh"],
        ["cac-thon"],
        ["cong-an"],
        ["dia-chinh"],
    ]
    assert [_ids(loaded, placed.duty.partners) for placed in duties] == [
        ["cac-thon"],
        ["doan-thanh-nien", "hoi-phu-nu"],
        ["mttq-doan-the"],
        ["dia-chinh"],
        ["van-phong"],
    ]
    deadlines = [placed.duty.deadline for placed in duties]
    first, moment, span, month, last = deadlines
    assert first is not None
    assert (first.kind, first.date) == ("trước", D(2024, 5, 31))
    assert moment is not None
    assert (moment.kind, moment.date, moment.time, moment.weekday) == (
        "vào lúc",
        D(2024, 6, 5),
        datetime.time(7, 30),
        True,
    )
    assert span is not None
    assert (span.kind, span.start, span.date) == ("đến hết", D(2024, 6, 5), D(2024, 6, 30))
    assert month is not None
    assert (month.kind, month.month, month.year, month.text) == ("trong", 6, 2024, None)
    assert last is not None
    assert (last.kind, last.date) == ("chậm nhất", D(2024, 7, 5))
    products = [
        p.duty.deliverable.text or p.duty.deliverable.kind for p in duties if p.duty.deliverable
    ]
    assert products == [row[5] if row[5] != "Báo cáo" else "báo cáo" for row in ROWS]


def test_the_table_renders_back_with_the_same_text(
    table_plan: tuple[Path, Path], tmp_path: Path
) -> None:
    result = check_paths([table_plan[1]])
    assert [d for d in result.diagnostics if d.severity is Severity.ERROR] == []
    rendered = render_plan_file(table_plan[1], output=tmp_path / "lai.docx").output
    tables = [block for block in read_docx(rendered).blocks if isinstance(block, Table)]
    duty_table = next(t for t in tables if t.grid()[0][0].text == "STT")
    rows = [tuple(cell.text for cell in row) for row in duty_table.grid()]
    assert rows == [HEADER, *ROWS]


@pytest.fixture(scope="module")
def hand_typed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("go-tay")
    source = hand_typed_plan(folder)
    return source, run(source, output=folder / "ke-hoach.yaml").output


def test_the_hand_typed_plan_imports_with_its_duties_and_deadlines(
    hand_typed: tuple[Path, Path],
) -> None:
    document = Workspace().load(hand_typed[1])
    plan = document.model
    assert isinstance(plan, Plan)
    assert (plan.header.number, plan.header.symbol, plan.header.place) == (27, "KH-UBND", "Hòa Phú")
    assert str(plan.header.date) == "2024-08-02"
    assert [s.title for s in plan.sections] == [
        "MỤC ĐÍCH, YÊU CẦU",
        "NỘI DUNG",
        "TỔ CHỨC THỰC HIỆN",
    ]
    found = []
    for placed in plan.duties():
        due = placed.duty.deadline
        found.append(
            (
                placed.to[0],
                placed.duty.text.split("{")[0][:40],
                (due.kind, due.date, due.time) if due else None,
            )
        )
    assert len(found) == len(DUTIES)
    for (unit, start, deadline), (got_unit, got_text, got_deadline) in zip(
        DUTIES, found, strict=True
    ):
        assert got_text.startswith(start), (start, got_text)
        assert got_deadline == deadline, start
        assert got_unit in (unit, unit.removesuffix(" xã")), (unit, got_unit)
    assert plan.legal_bases[0].number == "85/KH-UBND"
    assert plan.events[0].date == D(2024, 9, 16)
    assert plan.events[0].time == datetime.time(7, 30)
    assert plan.signature is not None
    assert plan.signature.signer == "Nguyễn Văn An"
    assert plan.archive == ["VT"]


def test_the_unknown_unit_is_marked_for_review(hand_typed: tuple[Path, Path]) -> None:
    text = hand_typed[1].read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if f"to: {UNKNOWN_UNIT}" in line)
    assert f"# kiểm tra lại: '{UNKNOWN_UNIT}' không có trong danh mục đơn vị" in line
