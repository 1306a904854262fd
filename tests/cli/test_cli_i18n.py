"""Help and usage errors are in Vietnamese, and Typer still has the English text we replace."""

from __future__ import annotations

import importlib
import inspect
import sys

import pytest
from typer import core
from typer.testing import CliRunner

from raquan import i18n as words
from raquan.cli import i18n
from raquan.cli.app import app

runner = CliRunner()


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["check", "-h"], ["schema", "--help"]])
def test_help_is_vietnamese(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Cách dùng:" in result.output
    assert "Tùy chọn" in result.output
    assert "Hiện hướng dẫn này rồi thoát." in result.output
    for english in ("Usage:", "Options", "Show this message", "[OPTIONS]", "Try '", "Error"):
        assert english not in result.output


def test_usage_errors_are_vietnamese_with_exit_2() -> None:
    result = runner.invoke(app, ["check", "--selec", "RQ1"])
    assert result.exit_code == 2
    assert "Không có tùy chọn --selec." in result.output
    assert "--select" in result.output
    assert "No such option" not in result.output
    assert "Xem 'raquan check -h' để biết cách dùng." in result.output
    assert "Lỗi: " in result.output
    assert "Try '" not in result.output
    assert "Error" not in result.output
    missing = runner.invoke(app, ["check", "--select"])
    assert missing.exit_code == 2
    assert "Tùy chọn --select cần một giá trị." in missing.output
    extra = runner.invoke(app, ["schema", "plan", "units"])
    assert extra.exit_code == 2
    assert "Thừa đối số: units." in extra.output
    unknown = runner.invoke(app, ["kiem-tra"])
    assert unknown.exit_code == 2
    assert "Không có lệnh 'kiem-tra'." in unknown.output


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("raquan ")


def test_the_english_we_replace_still_exists_in_typer() -> None:
    # Click's modules, found from public classes: the ``click`` package or Typer's own copy.
    exceptions = sys.modules[i18n.usage_error_class().__module__]
    package = exceptions.__name__.rpartition(".")[0]
    parser = importlib.import_module(f"{package}.parser")
    click_core = importlib.import_module(f"{package}.core")
    sources = "".join(inspect.getsource(m) for m in (core, exceptions, parser, click_core))
    for english in words.WORDS:
        assert english in sources, english
    for fragment in (  # the parts the patterns of ``raquan.i18n._ERRORS`` rely on
        "No such option: ",
        "(Possible options: ",
        "Missing {param_type}",
        "requires {",
        "Got unexpected extra argument",
        "Invalid value for {",
    ):
        assert fragment in sources, fragment


@pytest.mark.parametrize(
    ("english", "vietnamese"),
    [
        (
            "Invalid value for 'VĂN_BẢN': path 'ref.docx' is not readable.",
            "Giá trị không hợp lệ cho 'VĂN_BẢN': không đọc được 'ref.docx'.",
        ),
        (
            "Invalid value for '-o': file 'x.docx' is not writable.",
            "Giá trị không hợp lệ cho '-o': không ghi được vào 'x.docx'.",
        ),
        (
            "Invalid value for 'KẾ_HOẠCH': directory 'plans' does not exist.",
            "Giá trị không hợp lệ cho 'KẾ_HOẠCH': không tìm thấy 'plans'.",
        ),
    ],
)
def test_click_s_path_refusals_in_either_case_are_vietnamese(english: str, vietnamese: str) -> None:
    """Typer's Click writes "path 'x' is not readable." (an unreadable file given to any
    command) where older Click wrote "Path"."""
    from raquan.i18n import translate_usage_error

    assert translate_usage_error(english) == vietnamese
