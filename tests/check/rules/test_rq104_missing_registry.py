"""RQ104: the unit registry a plan names (``units``) must exist and be a valid registry."""

from __future__ import annotations

import shutil
from pathlib import Path

from raquan.check import run as check
from raquan.check.rules import rq104_missing_registry
from support.checks import Diagnose, Lint, assert_documented
from support.plans import PLAN_HEAD, UNITS

HINT = "Kiểm tra khoá 'units': đường dẫn tính từ thư mục chứa tệp kế hoạch."


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq104_missing_registry, "units: don-vi.yaml\n", "units: units.yaml\n")


def test_missing_registry_file_is_flagged_at_the_units_key(lint: Lint) -> None:
    # The folder holds units.yaml only, not don-vi.yaml.
    assert lint("units: don-vi.yaml\n", "RQ104") == [("RQ104", 11)]


def test_existing_registry_file_passes(lint: Lint) -> None:
    assert lint("units: units.yaml\n", "RQ104") == []


def test_message_names_the_missing_file(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose("units: don-vi.yaml\n", "RQ104")
    assert diagnostic.message.startswith("Không tìm thấy danh mục đơn vị '")
    assert diagnostic.message.endswith("don-vi.yaml'.")
    assert diagnostic.hint == HINT
    assert (diagnostic.position.line, diagnostic.position.column) == (11, 8)


def test_default_units_yaml_missing_is_flagged(diagnose: Diagnose) -> None:
    # No "units" key: the plan uses units.yaml next to it, which is not there.
    [diagnostic] = diagnose("", "RQ104", units=None)
    assert diagnostic.code == "RQ104"
    assert diagnostic.message.endswith("units.yaml'.")
    assert diagnostic.position.line == 1


def test_path_is_relative_to_the_plans_folder(tmp_path: Path) -> None:
    (tmp_path / "danh-muc").mkdir()
    (tmp_path / "danh-muc" / "units.yaml").write_text(UNITS, encoding="utf-8")
    (tmp_path / "ke-hoach").mkdir()
    plan = tmp_path / "ke-hoach" / "plan.yaml"
    (tmp_path / "ke-hoach" / "chung").mkdir()
    shutil.copy(tmp_path / "danh-muc" / "units.yaml", tmp_path / "ke-hoach" / "chung")
    plan.write_text(PLAN_HEAD + "units: chung/units.yaml\n", encoding="utf-8")
    assert check.run([plan], select=["RQ104"]).diagnostics == []
    plan.write_text(PLAN_HEAD + "units: danh-muc/units.yaml\n", encoding="utf-8")
    found = [(d.code, d.position.line) for d in check.run([plan], select=["RQ104"]).diagnostics]
    assert found == [("RQ104", 11)]


def test_a_registry_outside_the_plans_folder_needs_units_on_the_command_line(
    tmp_path: Path,
) -> None:
    (tmp_path / "danh-muc").mkdir()
    registry = tmp_path / "danh-muc" / "units.yaml"
    registry.write_text(UNITS, encoding="utf-8")
    (tmp_path / "ke-hoach").mkdir()
    plan = tmp_path / "ke-hoach" / "plan.yaml"
    plan.write_text(PLAN_HEAD + "units: ../danh-muc/units.yaml\n", encoding="utf-8")
    refused = check.run([plan], select=["RQ104"]).diagnostics
    assert [(d.code, d.position.line) for d in refused] == [("RQ104", 11)]
    assert "nằm ngoài thư mục của kế hoạch" in refused[0].message
    assert check.run([plan], select=["RQ104"], units=[registry]).diagnostics == []


def test_invalid_registry_is_flagged_and_its_own_errors_reported_in_it(
    diagnose: Diagnose,
) -> None:
    # "phong" is not a unit kind (line 12 of the registry).
    broken = UNITS.replace("    kind: phòng\n", "    kind: phong\n")
    assert broken != UNITS
    diagnostics = diagnose("units: units.yaml\n", units=broken)  # every check
    in_plan = [(d.code, d.position.line) for d in diagnostics if d.path.endswith("plan.yaml")]
    in_units = [d.position.line for d in diagnostics if d.path.endswith("units.yaml")]
    assert in_plan == [("RQ104", 11)]
    assert in_units == [12]
    rq104 = next(d for d in diagnostics if d.code == "RQ104")
    assert rq104.message.endswith("units.yaml' có lỗi; xem các lỗi của tệp đó.")


def test_file_that_is_not_a_registry_is_flagged(diagnose: Diagnose) -> None:
    # units.yaml here is a plan, not a unit registry.
    [diagnostic] = diagnose("units: units.yaml\n", "RQ104", units=PLAN_HEAD)
    assert diagnostic.position.line == 11
    assert diagnostic.message.endswith(
        "không phải danh mục đơn vị (kind: units), mà là kế hoạch (kind: plan)."
    )
