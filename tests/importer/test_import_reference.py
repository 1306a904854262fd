"""The real Kon Tum plan, as text copied from its PDF, imports into a plan that ``raquan check``
accepts, with every duty and deadline of the bundled plan found."""

from __future__ import annotations

import datetime
import difflib
import shutil
from pathlib import Path

import pytest

from raquan.check.run import run as check_paths
from raquan.diagnostics import Severity
from raquan.domain.phrasing import printed
from raquan.importer.run import run
from raquan.models.plan import PlacedDuty, Plan
from raquan.read.workspace import Workspace
from support.plans import BUNDLED_PLAN, FIXTURES

REFERENCE = FIXTURES / "reference" / "ke-hoach-ra-quan-2023-kon-tum.md"
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


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tham-chieu")
    shutil.copy(UNITS, folder / "units.yaml")
    return run(REFERENCE, output=folder / "ke-hoach.yaml").output


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
