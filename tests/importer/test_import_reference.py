r"""The real Kon Tum plan, as text copied from its PDF and as a Word file made from that text,
imports into a plan that ``raquan check`` accepts, with every duty and deadline of the bundled
plan found, and that ``raquan render plan`` prints.

The Word file, ``ke-hoach-ra-quan-2023-kon-tum.docx``, is pandoc's rendering of the text (with
``<sup>1</sup>`` written ``^1^``, so that the footnote mark stays a superscript):
``sed 's#<sup>\([^<]*\)</sup>#^\1^#g' ….md | pandoc -f markdown -o ….docx``. Not made by
raquan, it has other styles, one flat level of bullets ("+" lines look like "-" lines) and
pandoc's numbering.
"""

from __future__ import annotations

import datetime
import difflib
import shutil
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from raquan.check.run import run as check_paths
from raquan.cli.app import app
from raquan.diagnostics import Severity
from raquan.domain.phrasing import printed
from raquan.importer.run import run
from raquan.models.plan import PlacedDuty, Plan
from raquan.read.workspace import Workspace
from support.plans import BUNDLED_PLAN, FIXTURES

REFERENCE = FIXTURES / "reference" / "ke-hoach-ra-quan-2023-kon-tum.md"
REFERENCE_DOCX = REFERENCE.with_suffix(".docx")
UNITS = BUNDLED_PLAN.parent / "units.yaml"

D = datetime.date
NINE = datetime.time(9, 0)
EXPECTED: list[tuple[str, tuple[str, D | None, datetime.time | None] | None]] = [
    ("ke-hoach-chi-tiet", ("trước", D(2023, 1, 15), None)),
    ("chuan-bi-va-duy-tri", ("đến hết", D(2023, 3, 31), None)),
    ("le-ra-quan-diem-doan-ket", None),
    ("chuong-trinh-le-ra-quan-xa", None),
    ("bao-cao-ket-qua-xa-phuong", None),
    ("bao-cao-nhanh-xa-phuong", ("trước", D(2023, 1, 31), NINE)),
    ("bao-cao-tong-hop-xa-phuong", ("trước", D(2023, 4, 1), None)),
    ("qldt-ra-quan-trat-tu-do-thi", None),
    ("qldt-bao-cao", None),
    ("qldt-bao-cao-nhanh", ("trước", D(2023, 1, 31), NINE)),
    ("qldt-bao-cao-tong-hop", ("trước", D(2023, 4, 1), None)),
    ("pkt-huong-dan-cac-xa", None),
    ("pkt-chuan-bi-le-ra-quan-diem", None),
    ("pkt-chuong-trinh-le", None),
    ("pkt-bai-phat-bieu", None),
    ("pkt-huong-dan-ke-hoach-le", None),
    ("pkt-kiem-tra-chuan-bi", ("chậm nhất", D(2023, 1, 30), None)),
    ("pkt-giay-moi", None),
    ("pkt-tong-hop-bao-cao", None),
    ("pkt-bao-cao-nhanh", ("trước", D(2023, 1, 31), NINE)),
    ("pkt-bao-cao-tong-hop", ("trước", D(2023, 4, 1), None)),
    ("vp-phoi-hop-chuan-bi-le", None),
    ("ttvh-phoi-hop-chuan-bi", None),
    ("ttvh-dua-tin", None),
    ("phu-trach-dia-ban", None),
    ("cu-can-bo-tham-gia", None),
    ("mttq-tuyen-truyen", None),
]
"""Every duty of the bundled plan (by its id there) and its deadline: kind, date, time."""


def _plan(path: Path) -> Plan:
    document = Workspace().load(path)
    assert isinstance(document.model, Plan), document.diagnostics
    return document.model


def _deadline(placed: PlacedDuty) -> tuple[str, D | None, datetime.time | None] | None:
    deadline = placed.duty.deadline
    return (deadline.kind, deadline.date, deadline.time) if deadline else None


@pytest.fixture(scope="module", params=[REFERENCE, REFERENCE_DOCX], ids=["md", "docx"])
def imported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tham-chieu")
    shutil.copy(UNITS, folder / "units.yaml")
    source: Path = request.param
    return run(source, output=folder / "ke-hoach.yaml").output


def test_check_accepts_the_imported_reference(imported: Path) -> None:
    result = check_paths([imported])
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    assert errors == []
    # The warnings are the plan's own: the Sunday deadline, and the two tables the text
    # announces but the copy from the PDF does not have.
    assert sorted(d.code for d in result.diagnostics) == ["RQ202", "RQ403", "RQ403"]


def test_every_duty_and_deadline_of_the_bundled_plan_is_found(imported: Path) -> None:
    bundled = {placed.duty.id: placed for placed in _plan(BUNDLED_PLAN).duties()}
    assert [duty_id for duty_id, _ in EXPECTED] == list(bundled)
    plan = _plan(imported)
    found = list(plan.duties())
    assert len(found) == len(EXPECTED)
    bundled_plan = _plan(BUNDLED_PLAN)
    for (duty_id, deadline), placed in zip(EXPECTED, found, strict=True):
        want = printed(bundled_plan, bundled[duty_id].duty.text, bundled[duty_id].duty)
        got = printed(plan, placed.duty.text, placed.duty)
        # The bundled plan corrects the typos of the original ("điếm", "Thứ Ba", ...).
        ratio = difflib.SequenceMatcher(None, want.split(), got.split()).ratio()
        assert ratio >= 0.9, (duty_id, want, got)
        assert _deadline(placed) == deadline, duty_id
        assert _deadline(bundled[duty_id]) == deadline, duty_id


def test_the_events_are_the_bundled_ones(imported: Path) -> None:
    events = [
        (event.id, event.date, event.time, event.place, event.host)
        for event in _plan(imported).events
    ]
    assert events == [
        (
            "le-ra-quan-dau-xuan-quy-mao",
            D(2023, 1, 31),
            datetime.time(8, 30),
            "Các xã, phường trên địa bàn thành phố Kon Tum",
            ["Các xã, phường"],
        ),
        (
            "le-ra-quan-diem-thanh-pho",
            D(2023, 1, 31),
            datetime.time(8, 30),
            "Thôn 8, xã Đoàn Kết, thành phố Kon Tum",
            ["xã Đoàn Kết"],
        ),
    ]


def test_the_footnote_is_read(imported: Path) -> None:
    plan = _plan(imported)
    assert plan.footnotes == {"1": "Tại Báo cáo 918/BC-PKT ngày 28/12/2022."}
    assert "Phòng Kinh tế thành phố[^1]," in (plan.preamble or "")


def test_the_imported_plan_renders(imported: Path) -> None:
    out = imported.with_suffix(".docx")
    result = CliRunner().invoke(app, ["render", "plan", str(imported), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Bê tông hóa đường đi khu sản xuất thôn 8, xã Đoàn Kết" in text
    assert "trước 09h00' ngày 31 tháng 01 năm 2023 (Thứ Ba)" in text.replace("’", "'")
