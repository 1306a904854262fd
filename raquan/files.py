"""Writing files safely: every file raquan writes goes through ``write_atomic``.

The text is written to a temporary file in the same folder, flushed and fsynced, then renamed
over the target (an atomic step on the same file system), so an error or a kill in the middle
leaves the previous file as it was and never a half-written one. ``write_new`` refuses to
replace a file that exists, without a window between the check and the write.
``cache_folder`` is where raquan keeps what it writes for itself (caches, the error log).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from raquan.errors import UserError


def _temporary(target: Path) -> tuple[int, Path]:
    folder = target.parent if str(target.parent) else Path()
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise UserError(
            f"Không ghi được vào thư mục '{folder}': {error.strerror or error}."
        ) from None
    return handle, Path(name)


def _mode(target: Path) -> int:
    """The permissions the file should get: the old file's, or the usual ones (umask)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _written_temporary(target: Path, content: bytes) -> Path:
    """A temporary file beside ``target`` holding ``content``, flushed to disk, with the
    permissions ``target`` should get; removed again if writing it fails."""
    mode = _mode(target)
    handle, temporary = _temporary(target)
    try:
        os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return temporary


def _bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _taken(target: Path) -> UserError:
    return UserError(f"Tệp '{target}' đã có; raquan không ghi đè.")


def write_atomic(target: Path, data: bytes | str) -> None:
    """Replace ``target`` with ``data`` atomically (temporary file, fsync, rename)."""
    temporary = _written_temporary(target, _bytes(data))
    try:
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_new(target: Path, data: bytes | str, *, overwrite: bool = False) -> None:
    """Write ``target``, refusing (``UserError``) when it exists unless ``overwrite``.

    Without ``overwrite`` the final step is a hard link, which fails if the name was taken in
    the meantime: of two writers racing for one name, exactly one wins.
    """
    if overwrite:
        write_atomic(target, data)
        return
    if target.exists():
        raise _taken(target)
    content = _bytes(data)
    temporary = _written_temporary(target, content)
    try:
        try:
            os.link(temporary, target)
        except FileExistsError:
            raise _taken(target) from None
        except OSError:
            # File systems without hard links: fall back to an exclusive create.
            try:
                with target.open("xb") as stream:
                    stream.write(content)
            except FileExistsError:
                raise _taken(target) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def cache_folder() -> Path:
    """Where raquan keeps its caches and its error log: ``$RAQUAN_CACHE_DIR``, or
    ``$XDG_CACHE_HOME/raquan`` (``%LOCALAPPDATA%\\raquan`` on Windows), or ``~/.cache/raquan``."""
    explicit = os.environ.get("RAQUAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    return Path(base) / "raquan" if base else Path.home() / ".cache" / "raquan"
