"""What the tests write and read: the project's folders, a small unit registry, the head of a
small plan and of a result file, snippets, and edits of the bundled plan."""

from __future__ import annotations

import datetime
import shutil
import textwrap
from pathlib import Path
from typing import Any

from raquan.read.resources import bundled

ROOT = Path(__file__).resolve().parents[2]
"""The project's folder."""
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
BUNDLED_PLAN = bundled("plans") / "ke-hoach-ra-quan-2023.yaml"
PLAN_NAME = BUNDLED_PLAN.name
SAMPLE_REPORTS = ROOT / "examples" / "bao-cao"
"""The sample result files of the bundled plan's units."""
EXAMPLE_PLAN = ROOT / "examples" / "da-ban-hanh" / "plans" / PLAN_NAME
"""The bundled plan as issued, both appendices filled (``tools/page_pictures.py``)."""
EXAMPLE_REPORTS = ROOT / "examples" / "da-ban-hanh" / "bao-cao"
"""Summary result files of 20 of the 21 communes and wards for ``EXAMPLE_PLAN``."""

UNITS = """\
raquan: 1
kind: units
area: thành phố Kon Tum
units:
  - id: ubnd-thanh-pho
    name: Ủy ban nhân dân thành phố Kon Tum
    short: UBND thành phố
    kind: ủy ban nhân dân
  - id: phong-kinh-te
    name: Phòng Kinh tế thành phố
    aliases: [Phòng Kinh tế]
    kind: phòng
  - id: van-phong-thanh-pho
    name: Văn phòng HĐND và UBND thành phố
    aliases: [Văn phòng]
    kind: văn phòng
  - id: van-phong-tinh
    name: Văn phòng UBND tỉnh
    aliases: [Văn phòng]
    kind: văn phòng
    level: tỉnh
  - id: xa-doan-ket
    name: Ủy ban nhân dân xã Đoàn Kết
    short: UBND xã Đoàn Kết
    kind: xã
    level: xã
  - id: xa-hoa-binh
    name: Ủy ban nhân dân xã Hòa Bình
    short: UBND xã Hòa Bình
    kind: xã
    level: xã
  - id: phuong-quyet-thang
    name: Ủy ban nhân dân phường Quyết Thắng
    short: UBND phường Quyết Thắng
    kind: phường
    level: xã
groups:
  - id: ubnd-cac-xa-phuong
    name: UBND các xã, phường
    kinds: [xã, phường]
"""
"""A small registry: a city, two departments, two offices both called "Văn phòng", communes."""

PLAN_HEAD = """\
raquan: 1
kind: plan
id: thu
header:
  issuer: UBND thành phố
  issuing_body: [ỦY BAN NHÂN DÂN, THÀNH PHỐ KON TUM]
  symbol: KH-UBND
  place: Kon Tum
  date: 2023-01-10
title: Thử
"""
"""The first ten lines of a small valid plan; snippets are appended after it (line 11 on)."""

DRAFT_HEAD = PLAN_HEAD.replace("  date: 2023-01-10\n", "  date: 2023-01\n")
"""``PLAN_HEAD`` of a draft dated January 2023, its day left blank."""

RESULT_FILE_HEAD = """\
raquan: 1
kind: report
plan: ke-hoach-ra-quan-2023
"""
"""The first three lines of a result file for the bundled plan; snippets follow on line 4."""


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


DUTY_SECTION = """\
sections:
  - title: TỔ CHỨC THỰC HIỆN
    assignments:
      - to: Phòng Kinh tế
        heading: Phòng Kinh tế
        duties:
"""


def duty_section(duties: str) -> str:
    """Phòng Kinh tế's assignment, as lines 11-16 after ``PLAN_HEAD``, with ``duties`` (a YAML
    list, dedented) under its ``duties:`` from line 17."""
    return DUTY_SECTION + textwrap.indent(textwrap.dedent(duties), "          ")


def legal_basis(kind: str, number: str) -> str:
    """A ``legal_bases`` list of one document of type ``kind``, its number on line 14."""
    return (
        "legal_bases:\n"
        "  - id: can-cu\n"
        f"    type: {kind}\n"
        f"    number: {number}\n"
        "    date: 2023-01-06\n"
        "    issuer: Ủy ban nhân dân tỉnh Kon Tum\n"
        "    summary: triển khai các hoạt động Lễ ra quân đầu năm 2023\n"
    )


def strings_for_dates(value: Any) -> Any:
    """YAML data with its dates as the text they were written as (JSON schemas type them as
    strings), for ``jsonschema.validate``."""
    if isinstance(value, dict):
        return {str(k): strings_for_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strings_for_dates(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


Edit = tuple[str, str]
"""(text, replacement): the text must occur, so that a change of the bundled plan breaks the
test instead of leaving it testing nothing."""

DEADLINE_15 = "              kind: trước\n              date: 2023-01-15\n"
DEADLINE_13 = "              kind: trước\n              date: 2023-01-13\n"
"""The bundled plan's deadline "trước ngày 15/01/2023" (a Sunday), and the same moved to 13/01."""


def edit_file(path: Path, *edits: Edit) -> None:
    """Apply ``edits`` to the file at ``path``, in place."""
    text = path.read_text(encoding="utf-8")
    for before, after in edits:
        assert before in text, before
        text = text.replace(before, after)
    path.write_text(text, encoding="utf-8")


ISSUED: tuple[Edit, ...] = (
    ("  number:            # dự thảo: chưa lấy số\n", "  number: 15\n"),
    ("  date: 2023-01      # dự thảo: tháng 01 năm 2023, chưa ghi ngày\n", "  date: 2023-01-12\n"),
)
"""The bundled plan (a draft) as issued: number 15, dated 12/01/2023 (sample values)."""


def issued_copy(folder: Path, *edits: Edit) -> Path:
    """A copy of the bundled plans in ``folder``, the plan issued (``ISSUED``) and ``edits``
    applied; the plan's path. Reports need an issued plan: they cite its number and date."""
    shutil.copytree(bundled("plans"), folder, dirs_exist_ok=True)
    plan = folder / PLAN_NAME
    edit_file(plan, *ISSUED, *edits)
    return plan


def edited_plan(folder: Path, *edits: Edit) -> tuple[Path, Path]:
    """The bundled plan (old) and a copy with ``edits`` applied (new, ``moi.yaml``), both in
    ``folder`` beside a copy of the bundled registry."""
    shutil.copytree(bundled("plans"), folder, dirs_exist_ok=True)
    old = folder / PLAN_NAME
    new = folder / "moi.yaml"
    shutil.copyfile(old, new)
    edit_file(new, *edits)
    return old, new


UNITS_WITH_HISTORY = """\
raquan: 1
kind: units
area: thành phố Kon Tum
units:
  - id: ubnd-thanh-pho
    name: Ủy ban nhân dân thành phố Kon Tum
    short: UBND thành phố
    kind: ủy ban nhân dân
    code: "608"
    ended:
      date: 2025-07-01
      change: kết thúc hoạt động
      act: Nghị quyết 203/2025/QH15
  - id: phong-kinh-te
    name: Phòng Kinh tế thành phố
    aliases: [Phòng Kinh tế]
    kind: phòng
    ended:
      date: 2025-07-01
      change: kết thúc hoạt động
      act: Nghị quyết 203/2025/QH15
  - id: xa-doan-ket
    name: Ủy ban nhân dân xã Đoàn Kết
    short: UBND xã Đoàn Kết
    kind: xã
    level: xã
    code: "23329"
    ended:
      date: 2025-07-01
      change: nhập
      successors: [xa-ia-chim-2025]
      act: Nghị quyết 1677/NQ-UBTVQH15
  - id: xa-ia-chim
    name: Ủy ban nhân dân xã Ia Chim
    short: UBND xã Ia Chim
    kind: xã
    level: xã
    code: "23326"
    ended:
      date: 2025-07-01
      successors: [xã Ia Chim]
  - id: phuong-quyet-thang
    name: Ủy ban nhân dân phường Quyết Thắng
    short: UBND phường Quyết Thắng
    kind: phường
    level: xã
    code: "23287"
    ended:
      date: 2025-07-01
      successors: [phường Kon Tum]
      act: Nghị quyết 1677/NQ-UBTVQH15
  - id: xa-ia-chim-2025
    name: Ủy ban nhân dân xã Ia Chim
    short: UBND xã Ia Chim
    kind: xã
    level: xã
    code: "23326"
    began:
      date: 2025-07-01
      predecessors: [xa-doan-ket, xa-ia-chim]
      act: Nghị quyết 1677/NQ-UBTVQH15
  - id: phuong-kon-tum
    name: Ủy ban nhân dân phường Kon Tum
    short: UBND phường Kon Tum
    kind: phường
    level: xã
    code: "23293"
    began:
      date: 2025-07-01
  - id: ubnd-tinh-quang-ngai
    name: Ủy ban nhân dân tỉnh Quảng Ngãi
    short: UBND tỉnh Quảng Ngãi
    kind: ủy ban nhân dân
    level: tỉnh
    code: "51"
    began:
      date: 2025-07-01
groups:
  - id: ubnd-cac-xa-phuong
    name: UBND các xã, phường
    kinds: [xã, phường]
  - id: cac-phong-ban
    name: các phòng, ban thành phố
    kinds: [phòng]
  - id: lanh-dao
    name: Lãnh đạo thành phố
    members: [ubnd-thanh-pho, phong-kinh-te]
"""
"""A small registry with real 2025 history (the province's committee in force from
01/07/2025 can issue a plan in 2026): the city's committee and a department wound up,
xã Đoàn Kết and the old xã Ia Chim merged into a new xã Ia Chim (same name, same code), phường
Quyết Thắng merged into the new phường Kon Tum (linked by name on one side only)."""

CHAINS = """\
raquan: 1
kind: units
area: địa bàn giả định
units:
  - id: xa-a
    name: Ủy ban nhân dân xã An
    kind: xã
    ended: {date: 2020-01-01, change: đổi tên, successors: [xa-b], act: Nghị quyết 1/NQ-TEST}
  - id: xa-b
    name: Ủy ban nhân dân xã Bình
    kind: xã
    began: {date: 2020-01-01}
    ended: {date: 2025-07-01, change: nhập, successors: [xa-c], act: Nghị quyết 2/NQ-TEST}
  - id: xa-c
    name: Ủy ban nhân dân xã Cường
    kind: xã
  - id: xa-d
    name: Ủy ban nhân dân xã Đông
    kind: xã
    ended: {date: 2024-01-01, change: chia, successors: [xa-e, xa-f], act: Nghị quyết 3/NQ-TEST}
  - id: xa-e
    name: Ủy ban nhân dân xã Đông Bắc
    kind: xã
    began: {date: 2024-01-01}
  - id: xa-f
    name: Ủy ban nhân dân xã Đông Nam
    kind: xã
    began: {date: 2024-01-01}
    ended: {date: 2025-07-01, change: giải thể, act: Nghị quyết 4/NQ-TEST}
"""
"""A fictional registry for chains: a rename then a merge, a split whose one part was later
dissolved."""

HEAD_2026 = PLAN_HEAD.replace("UBND thành phố", "UBND tỉnh Quảng Ngãi").replace(
    "2023-01-10", "2026-01-15"
)
"""``PLAN_HEAD`` issued on 15/01/2026 by a committee in force then (``UNITS_WITH_HISTORY``)."""
