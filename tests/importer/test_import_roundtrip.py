"""Round trip: the bundled plan rendered to .docx, imported, and rendered again reads the same,
and the imported plan holds the same duties, assignees, roles, deadlines, events, recipients
and signature as the bundled YAML."""

from __future__ import annotations

import datetime
import difflib
import shutil
from pathlib import Path
from typing import Any

import pytest

from raquan.domain.phrasing import printed
from raquan.domain.units import UnitIndex
from raquan.importer.run import run
from raquan.models.plan import Plan
from raquan.read.workspace import LoadedPlan, Workspace
from raquan.render.plan import run as render_plan_file
from support.docx_text import part
from support.plans import BUNDLED_PLAN

UNITS = BUNDLED_PLAN.parent / "units.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def words(document: Path) -> list[str]:
    """Every word the document shows (body, tables, footnotes), in order."""
    found: list[str] = []
    for name in ("word/document.xml", "word/footnotes.xml"):
        root = part(document, name)
        found.extend(
            "".join(t.text or "" for t in root.iter(f"{W}t")).replace("\u00a0", " ").split()
        )
    return found


def similarity(first: Path, second: Path) -> float:
    return difflib.SequenceMatcher(None, words(first), words(second), autojunk=False).ratio()


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """The bundled plan rendered, its import, and the import rendered."""
    folder = tmp_path_factory.mktemp("khu-hoi")
    shutil.copy(UNITS, folder / "units.yaml")
    first = render_plan_file(BUNDLED_PLAN, output=folder / "ban-dau.docx").output
    imported = run(first, output=folder / "nhap.yaml")
    assert imported.invalid == []
    second = render_plan_file(imported.output, output=folder / "lan-hai.docx").output
    return first, imported.output, second


def _load(path: Path) -> LoadedPlan:
    workspace = Workspace()
    document = workspace.load(path)
    assert isinstance(document.model, Plan), document.diagnostics
    return workspace.plan(document)


def _ids(index: UnitIndex, refs: Any) -> list[str]:
    names = [refs] if isinstance(refs, str) else list(refs or [])
    found = []
    for name in names:
        target = index.find(name)
        assert target is not None, name
        found.append(target.id)
    return sorted(found)


def _duties(loaded: LoadedPlan) -> list[tuple[Any, ...]]:
    plan, index = loaded.plan, loaded.index
    assert index is not None
    rows = []
    for placed in plan.duties():
        duty = placed.duty
        deadline = duty.deadline
        rows.append(
            (
                printed(plan, duty.text, duty),
                _ids(index, placed.to),
                duty.role,
                _ids(index, duty.partners),
                (deadline.kind, deadline.date, deadline.time, deadline.start) if deadline else None,
            )
        )
    return rows


def test_rendered_again_reads_the_same(round_trip: tuple[Path, Path, Path]) -> None:
    first, _, second = round_trip
    assert similarity(first, second) >= 0.99


def test_duties_assignees_roles_and_deadlines_are_the_bundled_ones(
    round_trip: tuple[Path, Path, Path],
) -> None:
    bundled, imported = _load(BUNDLED_PLAN), _load(round_trip[1])
    expected, found = _duties(bundled), _duties(imported)
    assert len(found) == len(expected) == 27
    for want, got in zip(expected, found, strict=True):
        assert got == want


def test_events_are_the_bundled_ones(round_trip: tuple[Path, Path, Path]) -> None:
    bundled, imported = _load(BUNDLED_PLAN), _load(round_trip[1])
    assert bundled.index is not None
    assert imported.index is not None

    def facts(loaded: LoadedPlan, index: UnitIndex) -> list[tuple[Any, ...]]:
        return [
            (e.date, e.time, e.place, _ids(index, e.host), e.content) for e in loaded.plan.events
        ]

    assert facts(imported, imported.index) == facts(bundled, bundled.index)
    assert [e.date for e in imported.plan.events] == [datetime.date(2023, 1, 31)] * 2


def test_recipients_and_signature_are_the_bundled_ones(
    round_trip: tuple[Path, Path, Path],
) -> None:
    bundled, imported = _load(BUNDLED_PLAN), _load(round_trip[1])
    assert bundled.index is not None
    assert imported.index is not None

    def lines(loaded: LoadedPlan, index: UnitIndex) -> list[tuple[str, list[str]]]:
        return [
            (r.text or index.shown(r.unit or ""), _ids(index, [r.unit] if r.unit else r.covers))
            for r in loaded.plan.recipients
        ]

    want = lines(bundled, bundled.index)
    got = lines(imported, imported.index)
    assert [text for text, _ in got] == [text for text, _ in want]
    # Every unit the bundled plan sends to is found, except the office the free line
    # "Lãnh đạo và chuyên viên Văn phòng" covers (left as text, marked for review).
    for (_, have), (text, wanted) in zip(got, want, strict=True):
        if text != "Lãnh đạo và chuyên viên Văn phòng":
            assert have == wanted, text
    assert imported.plan.archive == bundled.plan.archive
    assert imported.plan.signature == bundled.plan.signature


def test_the_rest_of_the_plan_is_kept(round_trip: tuple[Path, Path, Path]) -> None:
    bundled, imported = _load(BUNDLED_PLAN).plan, _load(round_trip[1]).plan
    assert imported.header.issuing_body == bundled.header.issuing_body
    assert (imported.header.number, imported.header.symbol) == (None, "KH-UBND")
    assert str(imported.header.date) == "2023-01"
    assert imported.title == bundled.title
    assert imported.theme == bundled.theme
    assert [b.model_dump(exclude={"id"}) for b in imported.legal_bases] == [
        b.model_dump(exclude={"id"}) for b in bundled.legal_bases
    ]
    assert imported.footnotes == bundled.footnotes
    assert [s.title for s in imported.sections] == [s.title for s in bundled.sections]
    assert [a.title for a in imported.attachments] == [a.title for a in bundled.attachments]
    assert bundled.closing is not None
    assert imported.closing == " ".join(bundled.closing.split())
