"""``raquan new plan``: a commented plan skeleton that is valid and checks clean but for RQ109."""

from __future__ import annotations

import datetime
import importlib
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from raquan.check import run as check
from raquan.cli.app import app
from raquan.models.plan import Plan
from raquan.new.plan import new_plan
from raquan.new.write import write_skeleton
from raquan.new.yamltext import round_trip_yaml
from raquan.read.loader import load_file
from raquan.read.resources import bundled
from support.plans import strings_for_dates

runner = CliRunner()
# jsonschema ships no type stubs; the tests only call validate().
jsonschema: Any = importlib.import_module("jsonschema")
UNITS = bundled("plans") / "units.yaml"
TODAY = datetime.date(2024, 5, 15)
TODAY_TEXT = TODAY.isoformat()
MODELINE = "# yaml-language-server: $schema=.raquan/plan.schema.json\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with a copy of the bundled unit registry."""
    shutil.copy(UNITS, tmp_path / "units.yaml")
    return tmp_path


def _new(folder: Path, today: datetime.date = TODAY) -> Path:
    target = folder / "ke-hoach-moi.yaml"
    write_skeleton(target, new_plan(None, today=today, output=target), "plan")
    return target


def test_cli_writes_the_plan_and_says_what_to_do_next(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder)
    result = runner.invoke(app, ["new", "plan", "--today", "2024-05-15"])
    assert result.exit_code == 0, result.output
    assert "Đã tạo ke-hoach-moi.yaml." in result.output
    assert "Điền các chỗ <điền: ...> rồi chạy: raquan check ke-hoach-moi.yaml" in result.output
    written = (folder / "ke-hoach-moi.yaml").read_text(encoding="utf-8")
    assert written == new_plan(None, today=TODAY)
    assert written.startswith(MODELINE)


@pytest.mark.parametrize(
    "today",
    [TODAY, datetime.date(2023, 1, 2), datetime.date(2025, 12, 29), datetime.date(2026, 1, 30)],
)
def test_new_plan_passes_check_but_for_the_placeholders(folder: Path, today: datetime.date) -> None:
    plan = _new(folder, today)
    result = check.run([plan])
    codes = [(d.code, d.position.line) for d in result.diagnostics]
    assert codes, "the placeholders must be reported"
    assert {code for code, _ in codes} == {"RQ109"}, codes
    assert [d.source.path for d in result.diagnostics] == [plan] * len(codes)
    assert len(result.files) == 2  # the plan and its registry


def test_new_plan_is_a_valid_plan_with_every_section(folder: Path) -> None:
    document = load_file(_new(folder), expect="plan")
    assert document.ok, [d.message for d in document.diagnostics]
    plan = document.model
    assert isinstance(plan, Plan)
    assert plan.units == "units.yaml"
    assert plan.title.startswith("<điền:")
    assert plan.theme
    assert plan.period
    assert plan.preamble
    assert plan.closing
    assert plan.signature
    assert len(plan.legal_bases) == 1
    assert "{legal_bases}" in plan.preamble
    assert "[^1]" in plan.preamble
    assert set(plan.footnotes) == {"1"}
    assert [s.title for s in plan.sections] == [
        "MỤC ĐÍCH, YÊU CẦU:",
        "NỘI DUNG THỰC HIỆN:",
        "THỜI GIAN, ĐỊA ĐIỂM:",
        "TỔ CHỨC THỰC HIỆN:",
    ]
    [placed, reported] = list(plan.duties())
    duty = placed.duty
    assert "{deadline}" in duty.text
    assert duty.deliverable is not None
    assert duty.deadline is not None
    [event] = plan.events
    assert duty.prepares == event.id
    assert duty.deadline.end() <= event.start()
    # A summary report duty, so that 'raquan new report --kind summary' works on a new plan.
    report = reported.duty
    assert report.deliverable is not None
    assert report.deliverable.kind == "báo cáo tổng hợp"
    assert report.reports_on == event.id
    assert report.deadline is not None
    assert report.deadline.end() > event.start()
    assert plan.recipients
    assert plan.archive
    [attachment] = plan.attachments
    assert any(f"{{attachment:{attachment.id}}}" in (s.text or "") for s in plan.sections)


def test_unit_names_come_from_the_registry(folder: Path) -> None:
    plan = load_file(_new(folder), expect="plan").model
    assert isinstance(plan, Plan)
    assert plan.header.issuer == "UBND thành phố"
    assert plan.header.issuing_body == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ KON TUM"]
    block = plan.sections[3].assignments[0]
    assert block.to == ["UBND các xã, phường"]  # the registry's first group
    assert plan.events[0].host == ["UBND phường Quyết Thắng"]  # a unit of that group
    assert plan.recipients[0].unit == "UBND các xã, phường"


def test_unit_names_are_those_in_force_in_the_month_of_the_draft(folder: Path) -> None:
    """After the reform of 01/07/2025 the skeleton names today's units, not the 2023 ones."""
    plan = load_file(_new(folder, datetime.date(2026, 1, 30)), expect="plan").model
    assert isinstance(plan, Plan)
    assert plan.header.issuer == "UBND tỉnh Quảng Ngãi"
    assert plan.header.issuing_body == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]
    assert plan.events[0].host == ["UBND phường Kon Tum"]  # formed on 01/07/2025
    (folder / "ke-hoach-moi.yaml").unlink()
    before = load_file(_new(folder, datetime.date(2025, 6, 2)), expect="plan").model
    assert isinstance(before, Plan)
    assert before.events[0].host == ["UBND phường Quyết Thắng"]  # merged on 01/07/2025


def test_dates_follow_today_and_avoid_days_off() -> None:
    plan = Plan.model_validate(YAML(typ="safe").load(new_plan(None, today=TODAY)))
    assert str(plan.header.date) == "2024-05"  # a draft: the day is left blank
    assert plan.period is not None
    assert plan.period.start == TODAY
    [placed, reported] = list(plan.duties())
    assert placed.duty.deadline is not None
    assert placed.duty.deadline.date == datetime.date(2024, 5, 29)  # a Wednesday
    assert plan.events[0].date == datetime.date(2024, 6, 5)
    assert reported.duty.deadline is not None
    assert reported.duty.deadline.date == datetime.date(2024, 6, 19)  # a Wednesday


def test_without_a_registry_the_names_are_placeholders(tmp_path: Path) -> None:
    plan_path = tmp_path / "ke-hoach-moi.yaml"
    text = new_plan(None, today=TODAY, output=plan_path)
    assert "Chưa đọc được danh mục này" in text
    write_skeleton(plan_path, text, "plan")
    plan = load_file(plan_path).model
    assert isinstance(plan, Plan)
    assert plan.header.issuer.startswith("<điền:")
    assert plan.sections[3].assignments[0].to[0].startswith("<điền:")
    codes = {d.code for d in check.run([plan_path]).diagnostics}
    assert codes == {"RQ104", "RQ109"}  # no registry yet, and the placeholders


def test_registry_elsewhere_is_named_relative_to_the_plan(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "ke-hoach").mkdir()
    monkeypatch.chdir(folder)
    result = runner.invoke(
        app,
        ["new", "plan", "--units", "units.yaml", "-o", "ke-hoach/moi.yaml", "--today", TODAY_TEXT],
    )
    assert result.exit_code == 0, result.output
    plan_path = folder / "ke-hoach" / "moi.yaml"
    plan = load_file(plan_path).model
    assert isinstance(plan, Plan)
    assert plan.units == "../units.yaml"
    assert plan.header.issuer == "UBND thành phố"
    assert (folder / "ke-hoach" / ".raquan" / "plan.schema.json").is_file()
    assert "nằm ngoài thư mục của kế hoạch; khi kiểm tra" in result.output
    assert "--units units.yaml" in result.output
    assert "RQ104" in {d.code for d in check.run([plan_path]).diagnostics}
    allowed = check.run([plan_path], units=[folder / "units.yaml"])
    assert {d.code for d in allowed.diagnostics} == {"RQ109"}


def test_validates_against_the_json_schema_of_raquan_schema_plan(folder: Path) -> None:
    shown = runner.invoke(app, ["schema", "plan"])
    assert shown.exit_code == 0, shown.output
    schema = json.loads(shown.stdout)
    plan = _new(folder)
    beside = json.loads((folder / ".raquan" / "plan.schema.json").read_text(encoding="utf-8"))
    assert beside == schema
    data = YAML(typ="safe").load(plan.read_text(encoding="utf-8"))
    jsonschema.validate(strings_for_dates(data), schema)
    broken = strings_for_dates(data)
    broken["header"]["number"] = "một"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_comments_are_yaml_comments_that_survive_a_round_trip(folder: Path) -> None:
    text = _new(folder).read_text(encoding="utf-8")
    yaml = round_trip_yaml()
    again = io.StringIO()
    data = yaml.load(text)
    yaml.dump(data, again)
    assert again.getvalue() == text
    # Edit a value: the comments around it stay.
    data["title"] = "Tổ chức ra quân đầu Xuân"
    edited = io.StringIO()
    yaml.dump(data, edited)
    assert "# Trích yếu nội dung, in dưới chữ KẾ HOẠCH" in edited.getvalue()
    assert YAML(typ="safe").load(edited.getvalue())["title"] == "Tổ chức ra quân đầu Xuân"
    # The comments are not data.
    plain = YAML(typ="safe").load(text)
    assert "Trích yếu" not in json.dumps(strings_for_dates(plain), ensure_ascii=False)


def test_layout_utf8_two_spaces_sequences_indented_no_folding(folder: Path) -> None:
    raw = _new(folder).read_bytes()
    text = raw.decode("utf-8")
    assert "\t" not in text
    assert "\nlegal_bases:\n  - id: van-ban-can-cu-1" in text
    assert "\nheader:\n  type: Kế hoạch" in text
    preamble = next(line for line in text.splitlines() if line.startswith("preamble:"))
    assert preamble.endswith("với những nội dung sau:'")  # one line, not folded
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert len(comments) > 30
    assert all("\ufffd" not in line for line in comments)


def test_a_registry_that_cannot_be_used_is_noted_and_names_stay_placeholders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    missing = runner.invoke(app, ["new", "plan", "--units", "khong-co.yaml"])
    assert missing.exit_code == 0, missing.output
    assert "Lưu ý: Không tìm thấy danh mục đơn vị 'khong-co.yaml'" in missing.output
    plan = load_file(tmp_path / "ke-hoach-moi.yaml").model
    assert isinstance(plan, Plan)
    assert plan.units == "khong-co.yaml"
    assert plan.header.issuer.startswith("<điền:")
    (tmp_path / "units.yaml").write_text("raquan: 1\nkind: units\narea: x\n", encoding="utf-8")
    broken = runner.invoke(app, ["new", "plan", "-o", "khac.yaml"])
    assert broken.exit_code == 0, broken.output
    assert "Lưu ý: Danh mục đơn vị 'units.yaml' có lỗi" in broken.output
    (tmp_path / "dm").mkdir()
    shutil.copy(UNITS, tmp_path / "dm" / "units.yaml")
    fine = runner.invoke(
        app, ["new", "plan", "--units", "dm/units.yaml", "-o", "tot.yaml", "--today", TODAY_TEXT]
    )
    assert fine.exit_code == 0, fine.output
    assert "Lưu ý" not in fine.output
