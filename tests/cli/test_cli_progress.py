"""Long runs show a progress bar on a terminal and stay quiet when piped."""

from __future__ import annotations

import io
import sys

import pytest

from raquan.cli.common import PROGRESS_FROM, progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_quiet_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    with progress_bar("Đang kiểm tra") as progress:
        assert progress is None
    assert piped.getvalue() == ""


def test_a_bar_on_a_terminal_for_a_long_run(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress_bar("Đang kiểm tra") as progress:
        assert progress is not None
        for done in range(1, PROGRESS_FROM + 6):
            progress(done, PROGRESS_FROM + 5)
    assert "Đang kiểm tra" in terminal.getvalue()


def test_no_bar_for_a_short_run(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with progress_bar("Đang kiểm tra") as progress:
        assert progress is not None
        progress(1, 2)
        progress(2, 2)
    assert terminal.getvalue() == ""
