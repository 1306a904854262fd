"""``raquan.office.convert``: LibreOffice as a program, ended whole (its launcher and what the
launcher started) when it runs too long or the user interrupts, and its failures in Vietnamese.
A stand-in program plays LibreOffice's launcher: it starts a child and waits for it."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.office import convert

LAUNCHER = """#!/bin/sh
sleep 60 &
echo $! > "{pidfile}"
wait
"""


def _launcher(tmp_path: Path) -> tuple[str, Path]:
    pidfile = tmp_path / "child.pid"
    program = tmp_path / "soffice"
    program.write_text(LAUNCHER.format(pidfile=pidfile), encoding="utf-8")
    program.chmod(0o755)
    return str(program), pidfile


def _gone(pidfile: Path) -> bool:
    """Whether the launcher's child has ended (a zombie waiting for whoever adopted it has)."""
    pid = int(pidfile.read_text(encoding="utf-8"))
    for _ in range(200):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.01)
    return False


def _started(pidfile: Path) -> None:
    for _ in range(200):
        if pidfile.exists() and pidfile.read_text(encoding="utf-8").strip():
            return
        time.sleep(0.01)


def test_a_conversion_that_runs_too_long_ends_with_everything_it_started(tmp_path: Path) -> None:
    program, pidfile = _launcher(tmp_path)
    with pytest.raises(UserError, match=r"LibreOffice không chuyển xong 'ke-hoach\.rtf'"):
        convert(program, tmp_path / "a.rtf", "docx", tmp_path, timeout=1, display="ke-hoach.rtf")
    assert _gone(pidfile)


def test_an_interrupted_conversion_leaves_nothing_running(tmp_path: Path) -> None:
    program, pidfile = _launcher(tmp_path)

    def interrupt() -> None:
        _started(pidfile)
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=interrupt).start()
    with pytest.raises(KeyboardInterrupt):
        convert(program, tmp_path / "a.rtf", "docx", tmp_path, timeout=30, display="a.rtf")
    assert _gone(pidfile)


def test_a_failed_conversion_is_said_in_vietnamese(tmp_path: Path) -> None:
    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\nexit 77\n", encoding="utf-8")
    program.chmod(0o755)
    with pytest.raises(UserError, match=r"sang PDF \(LibreOffice dừng với mã 77\)"):
        convert(str(program), tmp_path / "a.docx", "pdf", tmp_path, timeout=10, display="a.docx")
