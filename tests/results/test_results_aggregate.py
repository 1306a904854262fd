"""Adding up the sample result files: totals computed by hand, missing and late lists."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from raquan.render.checked import load_checked_plan
from raquan.results.aggregate import add_up, measure, registered_versus_done, same_work
from raquan.results.collect import Returns, choose_duty, gather
from support.plans import BUNDLED_PLAN, SAMPLE_REPORTS


def returns_for(kind: str, folder: Path = SAMPLE_REPORTS) -> Returns:
    loaded, _ = load_checked_plan(BUNDLED_PLAN)
    return gather(loaded, choose_duty(loaded, kind, None, None), [folder])


def test_the_summary_duty_of_the_communes_is_chosen_and_21_units_expected() -> None:
    returns = returns_for("tổng hợp")
    assert returns.duty.duty.id == "bao-cao-tong-hop-xa-phuong"
    assert len(returns.expected) == 21


def test_summary_totals_match_the_sums_done_by_hand() -> None:
    returns = returns_for("tổng hợp")
    totals = add_up(returns.ordered)
    # Đoàn Kết + Hòa Bình + Quyết Thắng, from examples/bao-cao/*-tong-hop.yaml:
    assert totals.units == 3
    assert totals.participants == 1250 + 800 + 950 == 3000
    assert totals.workdays == 2100 + 950 + 1100 == 4150
    assert totals.state_budget == 250_000_000 + 0 + 50_000_000
    assert totals.people == 180_000_000 + 95_000_000 + 120_000_000
    assert totals.businesses == 20_000_000 + 0 + 80_000_000
    assert totals.money == 795_000_000
    assert totals.works == {"m": 850, "cây": 600 + 400 + 250, "km": 4.5 + 2.5, "m²": 1200}


def test_summary_missing_and_late_lists() -> None:
    returns = returns_for("tổng hợp")
    assert [item.unit.id for item in returns.late] == ["xa-hoa-binh"]
    assert {item.unit.id for item in returns.ordered} == {
        "xa-doan-ket",
        "xa-hoa-binh",
        "phuong-quyet-thang",
    }
    missing = [unit.short for unit in returns.missing]
    assert len(missing) == 18
    assert missing[:3] == [
        "UBND phường Quang Trung",
        "UBND phường Thắng Lợi",
        "UBND phường Thống Nhất",
    ]
    assert "UBND xã Đoàn Kết" not in missing
    assert "UBND xã Ia Chim" in missing


def test_quick_report_late_by_its_time() -> None:
    returns = returns_for("nhanh")
    assert returns.duty.duty.id == "bao-cao-nhanh-xa-phuong"
    assert [item.unit.id for item in returns.late] == ["phuong-quyet-thang"]  # sent at 09h40'
    assert not returns.received["xa-doan-ket"].late  # sent at 08h45'


def test_registered_work_is_matched_with_the_reported_one() -> None:
    [row] = registered_versus_done(returns_for("tổng hợp"))
    assert row.unit is not None
    assert row.unit.id == "xa-doan-ket"
    assert [work.quantity for work in row.done] == [850]
    assert row.status == "đã hoàn thành"


def test_the_latest_of_two_files_for_one_unit_counts(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE_REPORTS, tmp_path / "bc")
    newer = (tmp_path / "bc" / "doan-ket-tong-hop.yaml").read_text(encoding="utf-8")
    newer = newer.replace("submitted: 2023-03-28", "submitted: 2023-03-30")
    newer = newer.replace("participants: 1250", "participants: 1300")
    (tmp_path / "bc" / "doan-ket-tong-hop-sua.yaml").write_text(newer, encoding="utf-8")
    totals = add_up(returns_for("tổng hợp", tmp_path / "bc").ordered)
    assert totals.participants == 1300 + 800 + 950


def test_a_broken_file_is_listed_not_dropped(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE_REPORTS, tmp_path / "bc")
    broken = tmp_path / "bc" / "quyet-thang-tong-hop.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("participants: 950", "participants: nhiều"),
        encoding="utf-8",
    )
    returns = returns_for("tổng hợp", tmp_path / "bc")
    assert [Path(name).name for name, _ in returns.broken] == ["quyet-thang-tong-hop.yaml"]
    assert "phuong-quyet-thang" not in returns.received
    assert [d.code for _, errors in returns.broken for d in errors] == ["RQ006"]


@pytest.mark.parametrize(
    ("written", "usual"), [("m2", "m²"), ("M2", "m²"), ("m", "m"), ("cây", "cây"), ("m3", "m³")]
)
def test_measures_are_normalised(written: str, usual: str) -> None:
    assert measure(written) == usual


def test_work_names_match_loosely() -> None:
    assert same_work(
        "Bê tông hóa đường đi khu sản xuất thôn 8", "bê tông hoá đường đi khu sản xuất thôn 8"
    )
    assert same_work("Trồng cây xanh", "Trồng cây xanh ven đường liên thôn")
    assert not same_work("Trồng cây xanh", "Nạo vét kênh mương nội đồng")
