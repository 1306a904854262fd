"""Reading problems reported where the mistake is (issue 12, items 7 and 8): an unclosed quote
at its quote, a key without its colon at that key, a UTF-16 file named as UTF-16."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.check import run as check
from raquan.cli.app import app
from support.plans import BUNDLED_PLAN

runner = CliRunner()


def _plan(tmp_path: Path, old: str, new: str) -> Path:
    text = BUNDLED_PLAN.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / "ke-hoach.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _only(path: Path) -> tuple[str, int, int, str, str | None]:
    [found] = [d for d in check.run([path]).diagnostics if d.path == str(path)]
    return found.code, found.position.line, found.position.column, found.message, found.hint


def test_an_unclosed_quote_is_reported_at_the_quote(tmp_path: Path) -> None:
    path = _plan(tmp_path, "\n  type: Kế hoạch\n", '\n  type: "Kế hoạch\n')
    code, line, column, message, hint = _only(path)
    assert (code, line, column) == ("RQ001", 12, 9)
    assert message.startswith("Dấu nháy kép mở ở đây không được đóng trên dòng này")
    assert hint == "Thêm dấu nháy kép đóng ở cuối dòng 12, hoặc bỏ dấu nháy mở."


def test_a_single_quote_left_open_is_found_too(tmp_path: Path) -> None:
    path = _plan(tmp_path, "  place: Kon Tum\n", "  place: 'Kon Tum\n")
    code, line, column, message, _ = _only(path)
    assert (code, line, column) == ("RQ001", 17, 10)
    assert message.startswith("Dấu nháy đơn mở ở đây")


def test_a_quote_open_until_the_end_of_the_file_points_at_the_quote(tmp_path: Path) -> None:
    path = tmp_path / "ngan.yaml"
    path.write_text('raquan: 1\nkind: plan\ntitle: "Kế hoạch\nid: x\n', encoding="utf-8")
    code, line, column, _, _ = _only(path)
    assert (code, line, column) == ("RQ001", 3, 8)


def test_a_key_without_its_colon_is_reported_at_that_key(tmp_path: Path) -> None:
    path = _plan(tmp_path, "  place: Kon Tum\n", "  place Kon Tum\n")
    code, line, column, message, _ = _only(path)
    assert (code, line, column) == ("RQ001", 17, 3)
    assert message == "Thiếu dấu hai chấm sau khoá 'place Kon Tum'."


def test_a_quoted_value_over_several_lines_is_not_blamed_for_another_mistake(
    tmp_path: Path,
) -> None:
    path = tmp_path / "dung.yaml"
    path.write_text(
        'raquan: 1\nkind: plan\ntitle: "Kế hoạch\n  ra quân"\nid: [x\n', encoding="utf-8"
    )
    code, line, _, message, _ = _only(path)
    assert code == "RQ001"
    assert line == 5
    assert "Dấu nháy" not in message


@pytest.mark.parametrize(
    ("encoding", "mark"),
    [
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_a_utf16_file_is_named_as_such(tmp_path: Path, encoding: str, mark: bytes) -> None:
    path = tmp_path / "notepad.yaml"
    path.write_bytes(mark + BUNDLED_PLAN.read_text(encoding="utf-8").encode(encoding))
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1, result.output
    name = "UTF-32" if "32" in encoding else "UTF-16"
    assert f"{path}:1:1: lỗi RQ011: Tệp được lưu bằng bảng mã {name}, không phải UTF-8" in (
        result.stdout
    )
    # The excerpt is the file's first line as it reads, not stray bytes.
    assert "1 | # Kế hoạch tổ chức ra quân đầu xuân" in result.stdout
    assert "\x00" not in result.stdout
    assert "0xFF" not in result.stdout
    # In a folder it is reported too, not skipped as a file that is not raquan's.
    folder = runner.invoke(app, ["check", str(tmp_path)])
    assert folder.exit_code == 1
    assert "RQ011" in folder.stdout
