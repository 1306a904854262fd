"""Every file raquan writes goes through one atomic helper: a failure leaves the old file."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.files import write_atomic, write_new


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path) == []


def test_an_error_mid_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(UserError, match="đĩa đã đầy"):
        write_atomic(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_kill_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "ke-hoach.docx"
    target.write_bytes(b"old")
    started = tmp_path / "started"
    code = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from raquan import files\n"
        "def slow(fd):\n"
        "    Path(sys.argv[2]).write_text('x')\n"
        "    time.sleep(60)\n"
        "files.os.fsync = slow\n"
        "files.write_atomic(Path(sys.argv[1]), b'new' * 100000)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code, str(target), str(started)])
    try:
        for _ in range(300):
            if started.exists():
                break
            time.sleep(0.05)
        assert started.exists(), "the writer never reached the middle of its write"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    assert target.read_bytes() == b"old"


def test_write_new_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.yaml"
    target.write_text("của đơn vị", encoding="utf-8")
    with pytest.raises(UserError, match="đã có"):
        write_new(target, "mới")
    assert target.read_text(encoding="utf-8") == "của đơn vị"


def test_two_writers_racing_for_one_name_leave_exactly_one_file(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.yaml"
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from raquan.errors import UserError\nfrom raquan.files import write_new\n"
        "try:\n    write_new(Path(sys.argv[1]), sys.argv[2] * 200000)\n    print('won')\n"
        "except UserError:\n    print('lost')\n"
    )
    for _ in range(5):
        if target.exists():
            target.unlink()
        writers = [
            subprocess.Popen(
                [sys.executable, "-c", code, str(target), name],
                stdout=subprocess.PIPE,
                text=True,
            )
            for name in ("a", "b")
        ]
        outcomes = sorted(w.communicate(timeout=60)[0].strip() for w in writers)
        assert outcomes == ["lost", "won"]
        content = target.read_text(encoding="utf-8")
        assert content in ("a" * 200000, "b" * 200000)
        assert _leftovers(tmp_path) == []


def test_every_writer_in_raquan_uses_the_helper() -> None:
    package = Path(__file__).parents[1] / "raquan"
    offenders = []
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name == "files.py":
            continue
        writes = re.findall(
            r"\.write_text\(|\.write_bytes\(|open\([^)]*[\"'][wax]b?\+?[\"']|\.save\((?!buffer)",
            text,
        )
        offenders += [f"{path.relative_to(package)}: {found}" for found in writes]
    assert offenders == [], offenders


@pytest.mark.parametrize("kind", ["fifo", "folder", "link-to-fifo"])
def test_what_is_not_a_file_is_never_replaced_even_when_forced(tmp_path: Path, kind: str) -> None:
    """``--force`` replaces a file; a device (``/dev/null`` run as root), a pipe or a folder
    given as the output is left as it is."""
    import stat

    target = tmp_path / "ra"
    if kind == "folder":
        target.mkdir()
    else:
        os.mkfifo(tmp_path / "pipe")
        if kind == "fifo":
            target = tmp_path / "pipe"
        else:
            target.symlink_to(tmp_path / "pipe")
    before = os.lstat(target).st_mode
    with pytest.raises(UserError, match="không phải một tệp thường"):
        write_new(target, "x", overwrite=True)
    assert os.lstat(target).st_mode == before
    assert not stat.S_ISREG(os.lstat(target).st_mode)
