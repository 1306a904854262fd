"""``raquan new report``: a unit's result report skeleton for the plan's report duty."""

from __future__ import annotations

import datetime
import importlib
import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from raquan.check import run as check
from raquan.check.rules import rq109_unfilled_skeleton
from raquan.cli.app import app
from raquan.errors import UserError
from raquan.models.report import Report
from raquan.new.report import new_report
from raquan.new.yamltext import round_trip_yaml
from raquan.read.loader import load_file
from raquan.read.resources import bundled
from support.plans import issued_copy, strings_for_dates

runner = CliRunner()
# jsonschema ships no type stubs; the tests only call validate().
jsonschema: Any = importlib.import_module("jsonschema")
PLANS = bundled("plans")
MODELINE = "# yaml-language-server: $schema=.raquan/report.schema.json\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder, with a copy of the bundled plans in plans/, the plan issued (a
    report on a draft is warned about: RQ506)."""
    issued_copy(tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _new(*args: str) -> Any:
    return runner.invoke(
        app, ["new", "report", "--plan", "plans/ke-hoach-ra-quan-2023.yaml", *args]
    )


def _report(path: Path) -> Report:
    document = load_file(path, expect="report")
    assert document.ok, [d.message for d in document.diagnostics]
    assert isinstance(document.model, Report)
    return document.model


def test_summary_report_for_doan_ket(workdir: Path) -> None:
    result = _new("--unit", "doan ket", "--kind", "summary")
    assert result.exit_code == 0, result.output
    path = workdir / "reports" / "bao-cao-tong-hop-xa-doan-ket.yaml"
    assert "Đã tạo reports/bao-cao-tong-hop-xa-doan-ket.yaml." in result.output
    assert (
        "Điền các chỗ <điền: ...> rồi chạy: raquan check reports/bao-cao-tong-hop-xa-doan-ket.yaml"
        in result.output
    )
    text = path.read_text(encoding="utf-8")
    assert text.startswith(MODELINE)
    report = _report(path)
    assert report.plan == "ke-hoach-ra-quan-2023"
    assert report.duty == "bao-cao-tong-hop-xa-phuong"
    assert report.unit == "UBND xã Đoàn Kết"
    assert report.type == "tổng hợp"
    # "trước ngày 01/4/2023": the last day on time is Friday 31/03/2023.
    assert str(report.submitted) == "2023-03-31"
    assert "# Hạn: trước ngày 01 tháng 4 năm 2023." in text
    assert report.participants == 0
    assert report.workdays == 0
    assert report.money.total == 0
    assert len(report.works) == 1
    assert report.works[0].name.startswith("<điền:")
    for value in (report.results, report.difficulties, report.proposals):
        assert value is not None
        assert value.startswith("<điền:")
    assert report.signature is not None
    assert report.signature.lines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_summary_report_checks_clean_but_for_the_placeholders(workdir: Path) -> None:
    assert _new("--unit", "doan ket", "--kind", "summary").exit_code == 0
    path = workdir / "reports" / "bao-cao-tong-hop-xa-doan-ket.yaml"
    result = check.run([workdir])
    mine = [d for d in result.diagnostics if d.source.path.resolve() == path.resolve()]
    assert len(mine) >= 5  # the placeholders, found by a plain check ...
    assert all(d.code == "RQ109" for d in mine), [(d.code, d.message) for d in mine]  # ... alone
    assert any(f.source.path.resolve() == path.resolve() for f in result.files)
    # RQ109's own findings name the fields that hold the placeholders.
    findings = list(rq109_unfilled_skeleton.check(SimpleNamespace(document=load_file(path))))
    assert len(findings) >= 5
    assert {f.target[0] for f in findings} >= {"place", "works", "results", "signature"}


def test_summary_report_keeps_its_comments_through_a_round_trip(workdir: Path) -> None:
    assert _new("--unit", "doan ket", "--kind", "summary").exit_code == 0
    text = (workdir / "reports" / "bao-cao-tong-hop-xa-doan-ket.yaml").read_text(encoding="utf-8")
    yaml = round_trip_yaml()
    again = io.StringIO()
    yaml.dump(yaml.load(text), again)
    assert again.getvalue() == text
    plain = YAML()  # ruamel.yaml's defaults: the comments stay, even if the spacing changes
    plain.indent(mapping=2, sequence=4, offset=2)
    plain.width = 4096
    other = io.StringIO()
    plain.dump(plain.load(text), other)

    def comments(yaml_text: str) -> list[str]:
        return [line.split("#", 1)[1].strip() for line in yaml_text.splitlines() if "#" in line]

    assert comments(other.getvalue()) == comments(text)
    assert len(comments(text)) > 20


def test_summary_report_schema_is_written_and_validates_it(workdir: Path) -> None:
    assert _new("--unit", "doan ket", "--kind", "summary").exit_code == 0
    schema_path = workdir / "reports" / ".raquan" / "report.schema.json"
    assert schema_path.is_file()
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    data = YAML(typ="safe").load(
        (workdir / "reports" / "bao-cao-tong-hop-xa-doan-ket.yaml").read_text(encoding="utf-8")
    )
    jsonschema.validate(strings_for_dates(data), schema)
    data["participants"] = "nhiều"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(strings_for_dates(data), schema)


def test_quick_report_is_sent_before_nine(workdir: Path) -> None:
    result = _new("--unit", "xã Đoàn Kết", "--kind", "quick")
    assert result.exit_code == 0, result.output
    path = workdir / "reports" / "bao-cao-nhanh-xa-doan-ket.yaml"
    report = _report(path)
    assert report.duty == "bao-cao-nhanh-xa-phuong"
    assert report.type == "nhanh"
    assert report.submitted.date == datetime.date(2023, 1, 31)
    assert report.submitted.time is not None
    assert report.submitted.time < datetime.time(9, 0)
    text = path.read_text(encoding="utf-8")
    assert "Hạn: trước 09h00' ngày 31 tháng 01 năm 2023 (thứ Ba)." in text
    assert 'submitted: "2023-01-31 08:45"' in text  # after the 08:30 ceremony, before 09:00
    assert report.difficulties is None  # a quick report is short
    mine = [d for d in check.run([workdir]).diagnostics if d.source.path.name == path.name]
    assert mine
    assert all(d.code == "RQ109" for d in mine), [(d.code, d.message) for d in mine]


def test_the_duty_naming_the_unit_most_directly_wins(workdir: Path) -> None:
    # Phòng Kinh tế is in no group with a report duty, but has its own report duties.
    name, text = new_report(Path("plans/ke-hoach-ra-quan-2023.yaml"), "Phòng Kinh tế", "quick")
    assert name == "bao-cao-nhanh-phong-kinh-te.yaml"
    assert "duty: pkt-bao-cao-nhanh" in text
    plan = workdir / "plans" / "ke-hoach-ra-quan-2023.yaml"
    # Give xã Đoàn Kết its own summary duty after the group's: the direct one is chosen.
    own = """
      - to: xã Đoàn Kết
        heading: "UBND xã Đoàn Kết:"
        duties:
          - id: bao-cao-rieng-doan-ket
            text: Báo cáo tổng hợp riêng **{deadline}.**
            deliverable:
              kind: báo cáo tổng hợp
              to: [UBND thành phố]
            deadline:
              kind: trước
              date: 2023-03-30
            reports_on: le-ra-quan-xa-phuong
"""
    source = plan.read_text(encoding="utf-8")
    marker = "\n      - to: Phòng Quản lý đô thị thành phố\n"
    plan.write_text(source.replace(marker, own + marker, 1), encoding="utf-8")
    _, text = new_report(plan, "Đoàn Kết", "summary")
    assert "duty: bao-cao-rieng-doan-ket" in text
    assert "submitted: 2023-03-29" in text
    _, text = new_report(plan, "Hòa Bình", "summary")
    assert "duty: bao-cao-tong-hop-xa-phuong" in text


@pytest.mark.parametrize(
    ("unit", "kind", "message"),
    [
        ("xã Không Có", "summary", "Không có đơn vị nào tên 'xã Không Có' trong danh mục đơn vị."),
        (
            "Văn phòng",
            "quick",
            "Có phải ý bạn là: 'Văn phòng HĐND và UBND thành phố', 'Văn phòng UBND tỉnh'?",
        ),
        (
            "Văn phòng UBND tỉnh",
            "quick",
            "Đơn vị 'Văn phòng UBND tỉnh' không được giao nhiệm vụ báo cáo nhanh nào trong kế "
            "hoạch 'ke-hoach-ra-quan-2023'.",
        ),
        ("UBND các xã, phường", "summary", "'UBND các xã, phường' là một nhóm đơn vị"),
        ("Đoàn Kết", "tuần", "Loại báo cáo 'tuần' không có; chọn quick (nhanh) hoặc summary"),
    ],
)
def test_bad_names_and_kinds_exit_2_with_a_message(
    workdir: Path, unit: str, kind: str, message: str
) -> None:
    result = _new("--unit", unit, "--kind", kind)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)
    assert not list(workdir.glob("bao-cao-*.yaml"))


def test_unit_without_such_duty_lists_the_duties_there_are(workdir: Path) -> None:
    result = _new("--unit", "Văn phòng UBND tỉnh", "--kind", "summary")
    assert result.exit_code == 2, result.output
    assert (
        "gợi ý: Các nhiệm vụ báo cáo tổng hợp của kế hoạch: bao-cao-tong-hop-xa-phuong (UBND "
        "các xã, phường); qldt-bao-cao-tong-hop (Phòng Quản lý đô thị thành phố); "
        "pkt-bao-cao-tong-hop (Phòng Kinh tế thành phố)." in result.output
    )


def test_plan_with_errors_is_refused(workdir: Path) -> None:
    plan = workdir / "plans" / "ke-hoach-ra-quan-2023.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("date: 2023-04-01", "date: 2023-04-31"),
        encoding="utf-8",
    )
    result = _new("--unit", "Đoàn Kết", "--kind", "summary")
    assert result.exit_code == 2, result.output
    assert "Kế hoạch 'plans/ke-hoach-ra-quan-2023.yaml' có lỗi" in result.output
    assert "raquan check plans/ke-hoach-ra-quan-2023.yaml" in result.output
    with pytest.raises(UserError, match="không phải kế hoạch"):
        new_report(workdir / "plans" / "units.yaml", "Đoàn Kết", "summary")
    with pytest.raises(UserError, match="Không tìm thấy tệp"):
        new_report(workdir / "khong-co.yaml", "Đoàn Kết", "summary")


def test_output_option_and_never_overwriting(workdir: Path) -> None:
    target = workdir / "bao-cao.yaml"
    first = _new("--unit", "Hòa Bình", "--kind", "summary", "-o", "bao-cao.yaml")
    assert first.exit_code == 0, first.output
    assert "Đã tạo bao-cao.yaml." in first.output
    target.write_text(target.read_text(encoding="utf-8") + "# đã sửa\n", encoding="utf-8")
    before = target.read_bytes()
    second = _new("--unit", "Đoàn Kết", "--kind", "summary", "-o", "bao-cao.yaml")
    assert second.exit_code == 2, second.output
    assert "Tệp 'bao-cao.yaml' đã có; raquan không ghi đè." in second.output
    assert target.read_bytes() == before


def test_quick_report_is_never_sent_before_the_event_it_reports(workdir: Path) -> None:
    plan = workdir / "plans" / "ke-hoach-ra-quan-2023.yaml"
    source = plan.read_text(encoding="utf-8")
    # The ceremony starts at 08:30; the quick report is due before 08:40.
    plan.write_text(source.replace('time: "09:00"', 'time: "08:40"', 1), encoding="utf-8")
    _, text = new_report(plan, "Hòa Bình", "quick")
    assert 'submitted: "2023-01-31 08:35"' in text
    # A deadline without a time: its last day (a working day), in the afternoon.
    quick = 'kind: trước\n                  date: 2023-01-31\n                  time: "09:00"'
    assert quick in source
    by_day = "kind: chậm nhất\n                  date: 2023-02-01"
    plan.write_text(source.replace(quick, by_day, 1), encoding="utf-8")
    _, text = new_report(plan, "Hòa Bình", "quick")
    assert "# Hạn: chậm nhất ngày 01 tháng 02 năm 2023 (thứ Tư)." in text
    assert 'submitted: "2023-02-01 16:00"' in text
