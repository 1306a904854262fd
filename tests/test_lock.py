"""The exclusive lock that keeps two raquan processes from losing each other's writes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.lock import lock_path, locked


def test_a_second_holder_waits_then_times_out(tmp_path: Path) -> None:
    target = tmp_path / "xa-doan-ket.yaml"
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from raquan.lock import locked
                with locked(Path({str(target)!r})):
                    print("held", flush=True)
                    time.sleep(3)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        started = time.monotonic()  # the holder keeps the lock 3 s from about now
        busy = pytest.raises(UserError, match="đang được một lệnh raquan khác ghi")
        with busy, locked(target, timeout=0.3):
            pass
        assert time.monotonic() - started >= 0.3
        with locked(target, timeout=10):
            # The lock came only when the holder let it go.
            assert time.monotonic() - started >= 2.5
    assert lock_path(target).name == ".xa-doan-ket.yaml.lock"


def test_the_lock_can_be_taken_again_after_release(tmp_path: Path) -> None:
    target = tmp_path / "a.yaml"
    with locked(target):
        pass
    with locked(target, timeout=0.1):
        pass


def test_an_unwritable_folder_is_a_user_error(tmp_path: Path) -> None:
    refused = pytest.raises(UserError, match="Không tạo được tệp khoá")
    with refused, locked(tmp_path / "khong-co" / "a.yaml"):
        pass
