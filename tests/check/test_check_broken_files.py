"""Broken files: a located diagnostic (exit 1) or a clear error (exit 2), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from support.plans import FIXTURES

BROKEN = FIXTURES / "broken"
runner = CliRunner()


def check_json(*args: str) -> tuple[int, list[dict[str, object]], str]:
    result = runner.invoke(app, ["check", "--format", "json", *args])
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    items = json.loads(result.stdout) if result.stdout.strip().startswith("[") else []
    return result.exit_code, items, result.output


@pytest.mark.parametrize(
    ("name", "code", "line", "column", "words"),
    [
        ("syntax.yaml", "RQ001", 4, 16, "hai chấm"),
        ("tab.yaml", "RQ002", 5, 1, "Tab"),
        ("duplicate-key.yaml", "RQ003", 8, 5, "'kind' bị lặp lại"),
        ("wrong-type.yaml", "RQ006", 8, 14, "phải là một danh sách"),
        ("unknown-key.yaml", "RQ004", 7, 5, "'knid'"),
        ("missing-field.yaml", "RQ005", 5, 5, "'name'"),
        ("impossible-date.yaml", "RQ007", 10, 13, "30/02/2023 không có thật"),
        ("unknown-version.yaml", "RQ008", 1, 9, "chỉ đọc được: 1"),
        ("empty.yaml", "RQ012", 1, 1, "rỗng"),
        ("not-utf8.yaml", "RQ011", 3, 9, "UTF-8"),
    ],
)
def test_broken_file_is_located(name: str, code: str, line: int, column: int, words: str) -> None:
    exit_code, items, output = check_json(str(BROKEN / name))
    assert exit_code == 1, output
    found = [item for item in items if item["code"] == code]
    assert found, output
    assert (found[0]["line"], found[0]["column"]) == (line, column), output
    assert words in str(found[0]["message"]), output
    assert found[0]["severity"] == "error"


def test_every_problem_is_reported_not_just_the_first() -> None:
    _, items, output = check_json(str(BROKEN / "wrong-type.yaml"))
    assert [(i["code"], i["line"]) for i in items] == [("RQ006", 8), ("RQ006", 10)], output


def test_unknown_key_suggests_the_field_meant() -> None:
    _, items, _ = check_json(str(BROKEN / "unknown-key.yaml"))
    unknown = next(i for i in items if i["code"] == "RQ004")
    assert unknown["hint"] == "Có phải ý bạn là 'kind'?"


def test_newer_version_names_the_versions_read() -> None:
    _, items, _ = check_json(str(BROKEN / "unknown-version.yaml"))
    assert "phiên bản raquan này chỉ đọc được: 1" in str(items[0]["message"])


def test_missing_path_is_a_clear_error_with_exit_2() -> None:
    result = runner.invoke(app, ["check", "khong-co/ke-hoach.yaml"])
    assert result.exit_code == 2, result.output
    assert "Không tìm thấy tệp hoặc thư mục 'khong-co/ke-hoach.yaml'" in result.output
    assert "Traceback" not in result.output


def test_registry_that_is_a_folder_is_reported_at_the_units_key(tmp_path: Path) -> None:
    (tmp_path / "units.yaml").mkdir()
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "raquan: 1\nkind: plan\nid: thu\nunits: units.yaml\nheader:\n  issuer: UBND\n"
        "  issuing_body: [ỦY BAN NHÂN DÂN]\n  symbol: KH-UBND\n  place: Kon Tum\n"
        "  date: 2023-01-10\ntitle: Thử\n",
        encoding="utf-8",
    )
    exit_code, items, output = check_json(str(plan))
    assert exit_code == 1, output
    assert [(i["code"], i["line"]) for i in items] == [("RQ104", 4)], output


def test_folder_of_broken_files_reports_each_and_exits_1() -> None:
    exit_code, items, output = check_json(str(BROKEN))
    assert exit_code == 1, output
    paths = {Path(str(i["path"])).name for i in items}
    assert paths == {p.name for p in BROKEN.glob("*.yaml")}, output


def test_control_characters_are_refused_raw_or_escaped(tmp_path: Path) -> None:
    raw = tmp_path / "raw.yaml"
    raw.write_bytes("raquan: 1\nkind: units\narea: thành\x01 phố\nunits: []\n".encode())
    exit_code, items, output = check_json(str(raw))
    assert exit_code == 1, output
    assert [(i["code"], i["line"], i["column"]) for i in items] == [("RQ009", 3, 12)], output
    escaped = tmp_path / "escaped.yaml"
    escaped.write_text(
        'raquan: 1\nkind: units\narea: "thành\\x01 phố"\nunits: []\n', encoding="utf-8"
    )
    exit_code, items, output = check_json(str(escaped))
    assert exit_code == 1, output
    assert [(i["code"], i["line"]) for i in items] == [("RQ009", 3)], output
    assert "U+0001" in str(items[0]["message"])


def test_a_kind_that_is_a_list_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("raquan: 1\nkind: [plan]\n", encoding="utf-8")
    exit_code, items, output = check_json(str(path))
    assert exit_code == 1, output
    assert [(i["code"], i["line"]) for i in items] == [("RQ012", 2)]
