"""``raquan diff OLD NEW`` as a user runs it: output forms, ``--unit``, exit codes 0/1/2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.diff.changes import KINDS
from support.plans import DEADLINE_13, DEADLINE_15, edited_plan

runner = CliRunner()
SEVERAL = (
    (DEADLINE_15, DEADLINE_13),
    (
        "      - to: Phòng Quản lý đô thị thành phố\n",
        "      - to: [Phòng Quản lý đô thị thành phố, Phòng Kinh tế thành phố]\n",
    ),
    ("            partners: [UBND các xã]\n", "            partners: [UBND các xã, Thành ủy]\n"),
    ("  - text: TT. HĐND TP\n    unit: Thường trực HĐND thành phố\n", ""),
    ("khẩn trương rà soát, xây dựng", "khẩn trương xây dựng"),
    ('    time: "08:30"\n    place: Thôn 8', '    time: "07:30"\n    place: Thôn 8'),
    (
        "          - id: ttvh-dua-tin\n",
        "          - id: ttvh-tong-ket\n"
        "            text: Tổng kết công tác tuyên truyền {deadline}.\n"
        "            deadline: {kind: chậm nhất, date: 2023-02-10}\n"
        "          - id: ttvh-dua-tin\n",
    ),
    (
        "        place: Thôn 8, xã Đoàn Kết\n",
        "        place: Thôn 8, xã Đoàn Kết\n"
        "      - unit: xã Hòa Bình\n"
        "        content: Trồng cây\n",
    ),
)
"""One edit of each main kind: deadline, block assignees, partners, recipient, duty text,
event time, a new duty, an appendix row."""


def test_unchanged_plan_exits_0_in_every_form(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path)
    text = runner.invoke(app, ["diff", str(old), str(new)])
    assert text.exit_code == 0, text.output
    assert text.stdout == f"Không có thay đổi nào giữa “{old}” và “{new}”.\n"
    md = runner.invoke(app, ["diff", str(old), str(new), "--format", "md"])
    assert md.exit_code == 0, md.output
    assert "Không có thay đổi nào" in md.stdout
    as_json = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.stdout) == []


def test_text_output_groups_changes_under_vietnamese_headings(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path, *SEVERAL)
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert out.startswith(f"So sánh “{old}” với “{new}”: 8 thay đổi.\n")
    assert "\nNhiệm vụ thêm mới (1):\n  - Thêm nhiệm vụ ttvh-tong-ket: “Tổng kết" in out
    assert "\nThời hạn thay đổi (1):\n" in out
    assert (
        "thời hạn đổi từ trước ngày 15/01/2023 (Chủ nhật) sang trước ngày 13/01/2023 (thứ Sáu)."
        in out
    )
    assert "\nĐơn vị được giao, đơn vị phối hợp thay đổi (2):\n" in out
    assert "\nNơi nhận bị bỏ (1):\n  - Bỏ nơi nhận: “TT. HĐND TP”.\n" in out
    assert "\nSự kiện thay đổi (1):\n" in out
    assert "\nPhụ lục thay đổi (1):\n" in out
    assert "\nCâu chữ thay đổi (1):\n  - Nội dung nhiệm vụ ke-hoach-chi-tiet thay đổi.\n" in out
    assert "      trước: “…của đơn vị, khẩn trương rà soát, xây dựng Kế hoạch chi…”\n" in out
    assert "      sau: “…của đơn vị, khẩn trương xây dựng Kế hoạch chi…”\n" in out


def test_every_form_shows_the_same_changes(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path, *SEVERAL)
    outputs = {}
    for form in ("text", "md", "json"):
        result = runner.invoke(app, ["diff", str(old), str(new), "--format", form])
        assert result.exit_code == 1, result.output
        outputs[form] = result.stdout
    changes = json.loads(outputs["json"])
    assert len(changes) == 8
    for change in changes:
        assert {"kind", "item", "before", "after", "message"} <= change.keys()
        assert change["kind"] in KINDS
    text_items = [line[4:] for line in outputs["text"].splitlines() if line.startswith("  - ")]
    md_items = [
        line[2:].replace("\\", "") for line in outputs["md"].splitlines() if line.startswith("- ")
    ]
    messages = [change["message"] for change in changes]
    assert text_items == messages
    assert md_items == messages
    for kind in {change["kind"] for change in changes}:
        count = sum(change["kind"] == kind for change in changes)
        assert f"\n{KINDS[kind]} ({count}):\n" in outputs["text"]
        assert f"\n### {KINDS[kind]} ({count})\n" in outputs["md"]
    assert outputs["md"].startswith(
        "## Thay đổi của kế hoạch Tổ chức ra quân đầu Xuân Quý Mão năm 2023 trên địa bàn thành "
        "phố Kon Tum\n"
    )
    assert "Tổng kết công tác tuyên truyền" in outputs["json"]  # not escaped as \\u


def test_unit_shows_changes_through_its_groups_and_hides_the_others(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path, *SEVERAL)
    result = runner.invoke(app, ["diff", str(old), str(new), "--unit", "xã Đoàn Kết"])
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "4 thay đổi liên quan đến UBND xã Đoàn Kết. Đã ẩn 4 thay đổi không liên quan." in out
    # Through "UBND các xã, phường" (deadline, text) and "UBND các xã" (partners); as host.
    assert "Nhiệm vụ ke-hoach-chi-tiet “Chủ tịch UBND các xã, phường" in out
    assert "Nhiệm vụ pkt-huong-dan-cac-xa" in out
    assert "Thời gian của sự kiện le-ra-quan-thanh-pho" in out
    assert "Nội dung nhiệm vụ ke-hoach-chi-tiet thay đổi." in out
    # Another unit's changes are hidden.
    assert "Phòng Quản lý đô thị" not in out
    assert "TT. HĐND TP" not in out
    assert "ttvh-tong-ket" not in out
    assert "Hòa Bình" not in out
    as_json = runner.invoke(
        app, ["diff", str(old), str(new), "--unit", "doan ket", "--format", "json"]
    )
    assert len(json.loads(as_json.stdout)) == 4


def test_unit_without_changes_exits_0(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path, *SEVERAL[:1])
    result = runner.invoke(app, ["diff", str(old), str(new), "-u", "Phòng Quản lý đô thị"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "Không có thay đổi nào liên quan đến Phòng Quản lý đô thị thành phố giữa"
    )
    assert "Đã ẩn 1 thay đổi không liên quan." in result.stdout


def test_unknown_unit_exits_2_with_suggestions(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path, *SEVERAL[:1])
    result = runner.invoke(app, ["diff", str(old), str(new), "--unit", "xã Đoàn Kêt Mới"])
    assert result.exit_code == 2, result.output
    assert "lỗi: Không có đơn vị nào tên 'xã Đoàn Kêt Mới' trong danh mục đơn vị." in result.output
    assert "gợi ý: Có phải ý bạn là:" in result.output


def test_a_version_that_does_not_load_exits_2_with_its_located_errors(tmp_path: Path) -> None:
    old, new = edited_plan(tmp_path, ("\ntitle: |-\n", "\ntitel: |-\n"))
    result = runner.invoke(app, ["diff", str(old), str(new)])
    assert result.exit_code == 2, result.output
    line = new.read_text(encoding="utf-8").splitlines().index("titel: |-") + 1
    assert f"{new}:{line}:1: lỗi RQ004: Khoá 'titel' không có trong định dạng tệp." in (
        result.output
    )
    assert "= gợi ý: Có phải ý bạn là 'title'?" in result.output
    assert f"lỗi: Không so sánh được: '{new}' có lỗi nên không đọc được thành kế hoạch." in (
        result.output
    )
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_missing_file_bad_format_and_missing_argument_exit_2(tmp_path: Path) -> None:
    old, _ = edited_plan(tmp_path)
    missing = runner.invoke(app, ["diff", str(old), str(tmp_path / "khong-co.yaml")])
    assert missing.exit_code == 2, missing.output
    assert f"lỗi: Không tìm thấy tệp '{tmp_path / 'khong-co.yaml'}'." in missing.output
    bad_form = runner.invoke(app, ["diff", str(old), str(old), "--format", "xml"])
    assert bad_form.exit_code == 2, bad_form.output
    assert "lỗi: Dạng 'xml' không có; chọn: text, json, md." in bad_form.output
    alone = runner.invoke(app, ["diff", str(old)])
    assert alone.exit_code == 2, alone.output
    assert "lỗi: Cần hai tệp để so sánh" in alone.output
    folder = runner.invoke(app, ["diff", str(tmp_path), str(old)])
    assert folder.exit_code == 2, folder.output
    assert "là một thư mục" in folder.output


def test_registry_of_each_version_is_its_own(tmp_path: Path) -> None:
    """The new version may name another registry; a unit renamed there is the same unit."""
    old, new = edited_plan(tmp_path, ("units: units.yaml", "units: moi/units.yaml"))
    (tmp_path / "moi").mkdir()
    registry = (tmp_path / "units.yaml").read_text(encoding="utf-8")
    renamed = registry.replace(
        "    name: Phòng Kinh tế thành phố\n", "    name: Phòng Kinh tế - Hạ tầng\n"
    )
    assert renamed != registry
    (tmp_path / "moi" / "units.yaml").write_text(renamed, encoding="utf-8")
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1, result.output
    [change] = json.loads(result.stdout)
    assert change["kind"] == "setting-changed"
    assert change["message"] == "Danh mục đơn vị đổi từ 'units.yaml' sang 'moi/units.yaml'."


@pytest.mark.parametrize("args", [["--help"], ["-h"]])
def test_help_is_vietnamese_with_an_example(args: list[str]) -> None:
    result = runner.invoke(app, ["diff", *args])
    assert result.exit_code == 0, result.output
    assert "Cách dùng: raquan diff [TÙY CHỌN] {TỆP} [TỆP_MỚI]" in result.output
    assert "Ví dụ: raquan diff" in result.output
    assert "--against PHIÊN_BẢN" in result.output
