"""An exclusive lock on a file that several raquan processes may change at once.

``raquan done`` reads a unit's completion records, adds one, and writes the file back. Two
clerks recording at the same moment would otherwise each read the old file, and the second
write would drop the first entry. Under ``locked(path)`` the read-modify-write of one process
finishes before the next one reads: the lock is taken on a companion file ``.<name>.lock``
beside the target (the target itself is replaced by a rename, so it cannot carry the lock).

Hand-written because the standard library has the two system calls (``fcntl.flock`` on POSIX,
``msvcrt.locking`` on Windows) but no portable wrapper, and the ``filelock`` package would be a
dependency for twenty lines. The lock is advisory: it protects raquan against itself, which is
what is needed; the companion file is left in place (removing it would race with a waiting
process).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from raquan.errors import UserError
from raquan.i18n import os_reason

LOCK_TIMEOUT = 30.0
"""Seconds to wait for another raquan process to finish with the file."""


def lock_path(target: Path) -> Path:
    """The companion file whose lock stands for ``target``'s."""
    return target.with_name(f".{target.name}.lock")


@contextlib.contextmanager
def locked(target: Path, *, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on ``target`` (waiting up to ``timeout`` seconds for it)."""
    path = lock_path(target)
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise UserError(f"Không tạo được tệp khoá '{path}': {os_reason(error)}.") from None
    try:
        _acquire(handle, path, timeout)
        try:
            yield
        finally:
            _release(handle)
    finally:
        os.close(handle)


def _busy(path: Path) -> UserError:
    return UserError(
        f"Tệp '{path.name.removeprefix('.').removesuffix('.lock')}' đang được một lệnh raquan "
        "khác ghi; thử lại sau.",
        hint=f"Nếu không còn lệnh nào đang chạy, xoá tệp khoá '{path}'.",
    )


if sys.platform == "win32":  # pragma: no cover - tested on POSIX only
    import msvcrt

    def _acquire(handle: int, path: Path, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if time.monotonic() >= deadline:
                    raise _busy(path) from None
                time.sleep(0.05)

    def _release(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _acquire(handle: int, path: Path, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise _busy(path) from None
                time.sleep(0.02)

    def _release(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
