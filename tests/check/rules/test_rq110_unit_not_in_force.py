"""RQ110: every unit a plan names must be in force when the plan is issued."""

from __future__ import annotations

import shutil
from pathlib import Path

from ruamel.yaml import YAML

from raquan.check import run as check
from raquan.check.rules import rq110_unit_not_in_force
from raquan.domain.history import Period
from raquan.domain.units import UnitIndex
from raquan.models.base import IssueDate
from raquan.models.units import Registry
from raquan.read.resources import bundled
from support.checks import Diagnose, Lint, assert_documented
from support.plans import BUNDLED_PLAN, HEAD_2026, PLAN_HEAD, UNITS_WITH_HISTORY

EVENT = """
events:
  - id: le-ra-quan
    title: Lễ ra quân
    date: 2026-01-31
    place: Thôn 8
    host: {host}
"""
"""An event hosted by ``host``, named on line 16."""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq110_unit_not_in_force, "host: xã Đoàn Kết\n", "host: xã Ia Chim\n")


def test_a_merged_commune_names_its_successor_and_the_act(diagnose: Diagnose) -> None:
    [found] = diagnose(
        EVENT.format(host="xã Đoàn Kết"), "RQ110", head=HEAD_2026, units=UNITS_WITH_HISTORY
    )
    assert found.message == (
        "xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15), trước "
        "ngày ban hành kế hoạch (15/01/2026)."
    )
    assert found.hint == "Thay bằng 'UBND xã Ia Chim'."
    assert (found.position.line, found.position.column) == (16, 11)


def test_the_successor_passes(lint: Lint) -> None:
    snippet = EVENT.format(host="xã Ia Chim")
    assert lint(snippet, "RQ110", "RQ101", head=HEAD_2026, units=UNITS_WITH_HISTORY) == []


def test_before_the_merge_the_old_commune_passes(lint: Lint) -> None:
    snippet = EVENT.format(host="xã Đoàn Kết").replace("2026-01-31", "2023-01-31")
    assert lint(snippet, "RQ110", "RQ101", units=UNITS_WITH_HISTORY) == []


def test_a_shared_name_means_the_unit_of_the_plan_s_date(lint: Lint) -> None:
    # "xã Ia Chim" is the old commune in 2023 and the new one in 2026: neither is an error.
    old = EVENT.format(host="xã Ia Chim").replace("2026-01-31", "2023-01-31")
    assert lint(old, "RQ110", "RQ101", "RQ102", units=UNITS_WITH_HISTORY) == []
    new = EVENT.format(host="xã Ia Chim")
    assert lint(new, "RQ110", "RQ101", "RQ102", head=HEAD_2026, units=UNITS_WITH_HISTORY) == []


def test_an_abolished_body_says_so_with_the_act_and_has_no_successor(diagnose: Diagnose) -> None:
    [found] = diagnose(
        EVENT.format(host="Phòng Kinh tế"), "RQ110", head=HEAD_2026, units=UNITS_WITH_HISTORY
    )
    assert found.message == (
        "Phòng Kinh tế thành phố đã kết thúc hoạt động từ 01/07/2025 (Nghị quyết "
        "203/2025/QH15), trước ngày ban hành kế hoạch (15/01/2026)."
    )
    assert found.hint is not None
    assert found.hint.startswith("Đơn vị này không có đơn vị kế tiếp")


def test_a_unit_named_by_its_old_id_is_flagged_too(lint: Lint) -> None:
    snippet = EVENT.format(host="xa-ia-chim")
    assert lint(snippet, "RQ110", head=HEAD_2026, units=UNITS_WITH_HISTORY) == [("RQ110", 16)]


def test_a_unit_not_yet_formed_says_since_when_and_who_was_there(diagnose: Diagnose) -> None:
    [found] = diagnose(EVENT.format(host="phường Kon Tum"), "RQ110", units=UNITS_WITH_HISTORY)
    assert found.message == (
        "phường Kon Tum chỉ có từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15), sau ngày ban hành "
        "kế hoạch (10/01/2023)."
    )
    assert found.hint == "Khi đó là: 'UBND phường Quyết Thắng'."


def test_a_draft_is_judged_over_its_month(lint: Lint) -> None:
    snippet = EVENT.format(host="xã Đoàn Kết")
    june = HEAD_2026.replace("2026-01-15", "2025-06")
    july = HEAD_2026.replace("2026-01-15", "2025-07")
    units = UNITS_WITH_HISTORY.replace(  # the province's committee exists in June too
        '    code: "51"\n    began:\n      date: 2025-07-01\n', '    code: "51"\n'
    )
    assert lint(snippet, "RQ110", head=june, units=units) == []
    assert lint(snippet, "RQ110", head=july, units=units) == [("RQ110", 16)]


def test_the_issuer_and_recipients_are_checked(lint: Lint) -> None:
    head = PLAN_HEAD.replace("2023-01-10", "2026-01-15")
    snippet = """
    recipients:
      - unit: xã Đoàn Kết
      - text: Đ/c Chủ tịch
        covers: [UBND xã Ia Chim, Phòng Kinh tế]
    """
    assert lint(snippet, "RQ110", head=head, units=UNITS_WITH_HISTORY) == [
        ("RQ110", 5),  # the issuer, UBND thành phố
        ("RQ110", 12),
        ("RQ110", 14),
    ]


EMPTY_IN_2026 = {
    "Thành viên UBND thành phố",
    "các phòng, ban thành phố",
    "các cơ quan, đơn vị, phòng, ban thành phố",
    "Ban Thường trực UBMTTQVN và các tổ chức chính trị - xã hội thành phố",
}
"""The bundled registry's groups whose units all ended on 01/07/2025 (the city's departments,
its leaders, its Fatherland Front and mass organisations)."""


def _dated_copy(folder: Path, date: str) -> Path:
    shutil.copyfile(bundled("plans") / "units.yaml", folder / "units.yaml")
    text = BUNDLED_PLAN.read_text(encoding="utf-8")
    copy = text.replace("  date: 2023-01      # dự thảo", f"  date: {date}      # bản sao")
    assert copy != text
    plan = folder / "ke-hoach-2026.yaml"
    plan.write_text(copy, encoding="utf-8")
    return plan


def _ref_positions(plan: Path) -> dict[tuple[int, int], str]:
    """Where the plan names a unit or group, read with ruamel.yaml (line, column, 1-based).
    The issuers of the documents a plan cites are not its units: a plan of 2026 may cite an
    act of 2023 by a body gone since."""
    fields = {"issuer", "to", "partners", "host", "attendees", "unit", "covers", "members"}
    found: dict[tuple[int, int], str] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "legal_bases":
                    continue
                if key in fields and isinstance(value, str):
                    line, column = node.lc.value(key)  # type: ignore[attr-defined]
                    found[(line + 1, column + 1)] = value
                elif key in fields and isinstance(value, list):
                    for i, item in enumerate(value):
                        if isinstance(item, str):
                            line, column = value.lc.item(i)  # type: ignore[attr-defined]
                            found[(line + 1, column + 1)] = item
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(YAML(typ="rt").load(plan.read_text(encoding="utf-8")))
    return found


def test_the_bundled_plan_dated_2026_gets_one_located_error_per_unit_that_is_gone(
    tmp_path: Path,
) -> None:
    plan = _dated_copy(tmp_path, "2026-01-15")
    result = check.run([plan], select=["RQ110", "RQ111"])
    # What the registry says ended, read as of the plan's original date (the 2023 names).
    registry = Registry.model_validate(
        YAML(typ="safe").load((tmp_path / "units.yaml").read_text(encoding="utf-8"))
    )
    index = UnitIndex(registry).as_of(Period.of_issue(IssueDate(2023, 1)))
    ended = {u.id for u in registry.units if u.ended}
    expected_units, expected_groups = set(), set()
    for position, name in _ref_positions(plan).items():
        target = index.find(name)
        assert target is not None, name
        if target.id in ended:
            expected_units.add(position)
        elif target.name in EMPTY_IN_2026:
            expected_groups.add(position)
    shown = {
        (d.position.line, d.position.column): d for d in result.diagnostics if d.code == "RQ110"
    }
    groups = {(d.position.line, d.position.column) for d in result.diagnostics if d.code == "RQ111"}
    assert set(shown) == expected_units
    assert groups == expected_groups
    assert len(shown) == 37
    for diagnostic in shown.values():
        # Each names what happened: the successor, or the end with its act when there is one.
        message = diagnostic.message
        assert "đã nhập vào" in message or "đã kết thúc hoạt động từ 01/07/2025" in message
        assert message.endswith("trước ngày ban hành kế hoạch (15/01/2026).")
    doan_ket = [d for d in shown.values() if d.message.startswith("xã Đoàn Kết")]
    assert len(doan_ket) == 8
    assert all(
        d.message.startswith(
            "xã Đoàn Kết đã nhập vào xã Ia Chim từ 01/07/2025 (Nghị quyết 1677/NQ-UBTVQH15)"
        )
        for d in doan_ket
    )
    assert {d.hint for d in doan_ket} == {"Thay bằng 'UBND xã Ia Chim'."}


def test_the_bundled_plan_as_issued_has_no_history_error(tmp_path: Path) -> None:
    result = check.run([bundled("plans")], select=["RQ11"])
    assert result.diagnostics == []
