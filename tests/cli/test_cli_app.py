"""The one error boundary of ``raquan.cli.app``: a wrong input is exit code 2 with its message;
a bug is exit code 3 with a short Vietnamese message and the traceback in a log file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from raquan.cli import GC_THRESHOLD
from raquan.cli.app import LOG_NAME, app
from raquan.errors import UserError
from raquan.read.resources import bundled

runner = CliRunner()
PLANS = str(bundled("plans"))


def _boom(*args: object, **kwargs: object) -> NoReturn:
    raise RuntimeError("boom")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of its own, and no RAQUAN_DEBUG from the environment."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("RAQUAN_CACHE_DIR", str(folder))
    monkeypatch.delenv("RAQUAN_DEBUG", raising=False)
    return folder


def test_a_bug_is_a_short_vietnamese_message_exit_3_and_a_log(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("raquan.check.run.run", _boom)
    result = runner.invoke(app, ["check", PLANS])
    assert result.exit_code == 3, result.output
    log = cache / LOG_NAME
    assert result.stderr.splitlines() == [
        "lỗi: 'raquan check' dừng vì một lỗi không lường trước (RuntimeError: boom).",
        "Đây là lỗi của raquan, không phải lỗi trong tệp của bạn.",
        f"Chi tiết (traceback) đã được ghi vào tệp {log}; hãy gửi tệp đó cho người bảo trì raquan.",
        "Đặt biến môi trường RAQUAN_DEBUG=1 để in chi tiết ra màn hình.",
    ]
    assert "Traceback" not in result.output
    written = log.read_text(encoding="utf-8")
    assert "lệnh: raquan check" in written
    assert "Traceback (most recent call last)" in written
    assert "RuntimeError: boom" in written


def test_a_bug_in_a_subcommand_names_the_whole_command(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("raquan.render.plan.run", _boom)
    result = runner.invoke(app, ["render", "plan"])
    assert result.exit_code == 3, result.output
    assert "lỗi: 'raquan render plan' dừng vì" in result.stderr
    assert (cache / LOG_NAME).is_file()


def test_raquan_debug_prints_the_traceback_instead(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("raquan.due.run.run", _boom)
    monkeypatch.setenv("RAQUAN_DEBUG", "1")
    result = runner.invoke(app, ["due"])
    assert result.exit_code == 3, result.output
    assert result.stderr.startswith("Traceback (most recent call last)")
    assert result.stderr.rstrip().endswith("RuntimeError: boom")
    assert not (cache / LOG_NAME).exists()


def test_a_log_that_cannot_be_written_leaves_the_traceback_on_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "tep"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("RAQUAN_CACHE_DIR", str(blocked / "raquan"))
    monkeypatch.delenv("RAQUAN_DEBUG", raising=False)
    monkeypatch.setattr("raquan.diff.run.run", _boom)
    result = runner.invoke(app, ["diff", PLANS, PLANS])
    assert result.exit_code == 3, result.output
    assert "Không ghi được tệp nhật ký; chi tiết:" in result.stderr
    assert "RuntimeError: boom" in result.stderr


def test_a_user_error_is_its_message_and_exit_2(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def wrong(*args: object, **kwargs: object) -> NoReturn:
        raise UserError("Tệp sai.", hint="Sửa tệp.")

    monkeypatch.setattr("raquan.new.plan.run", wrong)
    result = runner.invoke(app, ["new", "plan"])
    assert result.exit_code == 2, result.output
    assert result.stderr == "lỗi: Tệp sai.\ngợi ý: Sửa tệp.\n"
    assert not (cache / LOG_NAME).exists()


def test_every_command_runs_inside_the_boundary() -> None:
    group = get_command(app)
    found = []
    for name, command in getattr(group, "commands", {}).items():
        for sub_name, sub in getattr(command, "commands", {name: command}).items():
            found.append(sub_name)
            assert sub.callback is not None
            assert getattr(sub.callback, "__wrapped__", None) is not None, sub_name
    assert {"check", "due", "diff", "schema", "plan", "report"} <= set(found)


def test_the_console_script_shows_the_message_not_a_traceback(tmp_path: Path) -> None:
    code = (
        "import raquan.check.run as r\n"
        "def boom(*a, **k): raise KeyError('x')\n"
        "r.run = boom\n"
        "from raquan.cli.app import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "check", PLANS],
        capture_output=True,
        text=True,
        check=False,
        env={"RAQUAN_CACHE_DIR": str(tmp_path), "PATH": "", "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 3, done.stderr
    assert done.stderr.startswith("lỗi: 'raquan check' dừng vì một lỗi không lường trước (KeyError")
    assert "Traceback" not in done.stderr
    assert "KeyError: 'x'" in (tmp_path / LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("command", "table"),
    [
        ("check", "raquan.check.formats"),
        ("due", "raquan.due.formats"),
        ("diff", "raquan.diff.formats"),
        ("status", "raquan.status.formats"),
        ("import", "raquan.importer.formats"),
    ],
)
def test_format_choices_are_the_features_formats_table(command: str, table: str) -> None:
    import importlib

    formats = importlib.import_module(table).FORMATS
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "300"})
    line = next(x for x in result.output.splitlines() if x.strip().startswith("--format"))
    assert [name for name in formats if name in line] == list(formats), line
    refused = runner.invoke(app, [command, PLANS, "--format", "khong-co"])
    assert refused.exit_code == 2, refused.output
    assert all(name in refused.stderr for name in formats), refused.stderr


SCRIPT_PROBE = """\
import atexit, gc, sys
from pathlib import Path
ran = Path(sys.argv[1])
atexit.register(lambda: ran.write_text(repr(gc.get_threshold())))
sys.argv = ["raquan", *sys.argv[2:]]
from raquan.cli import script
script()
"""


@pytest.mark.parametrize(("args", "code"), [(["check", PLANS], 0), (["check", "không-có"], 2)])
def test_the_console_script_exits_at_once_but_as_a_normal_exit_would(
    tmp_path: Path, args: list[str], code: int
) -> None:
    """``raquan`` leaves without freeing what it built, after the exit handlers ran and the
    output was flushed, with the command's exit code; its collector is tuned for the run."""
    ran = tmp_path / "ran"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT_PROBE, str(ran), *args, "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
        env={"RAQUAN_CACHE_DIR": str(tmp_path), "PATH": "", "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == code, done.stderr
    assert ran.read_text(encoding="utf-8") == repr(GC_THRESHOLD)
    if code == 0:
        assert [d["code"] for d in json.loads(done.stdout)] == ["RQ202"]  # all of it, flushed
    else:
        assert "không-có" in done.stderr


def test_the_console_script_started_with_its_output_closed_exits_quietly() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "raquan", "--version"],
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_importing_the_main_module_runs_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import raquan.__main__; print('vẫn chạy')"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert done.stdout == "vẫn chạy\n", done.stderr
