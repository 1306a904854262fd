"""Writing files safely: every file raquan writes goes through ``write_atomic`` (or
``write_new``), and a failure of the operating system becomes a Vietnamese ``UserError``
(``raquan.i18n.os_reason`` puts its reason in words). Reading is ``raquan.read.bounded``.
``cache_folder`` is where raquan keeps what it writes for itself (caches, the error log).

The text is written to a temporary file in the same folder, flushed and fsynced, then renamed
over the target (an atomic step on the same file system), so an error or a kill in the middle
leaves the previous file as it was and never a half-written one. ``write_new`` refuses to
replace a file that exists, without a window between the check and the write.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from raquan.errors import UserError
from raquan.i18n import os_reason

_SPACE_OR_RIGHTS = frozenset(
    getattr(errno, name, -1) for name in ("ENOSPC", "EDQUOT", "EACCES", "EPERM", "EROFS")
)
"""Failures the user can do something about (free space, rights)."""


def _temporary(target: Path) -> tuple[int, Path]:
    import tempfile  # noqa: PLC0415  (``raquan check`` writes nothing)

    folder = target.parent if str(target.parent) else Path()
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise UserError(f"Không ghi được vào thư mục '{folder}': {os_reason(error)}.") from None
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


def _unwritten(target: Path, error: OSError) -> UserError:
    return UserError(
        f"Không ghi được '{target}': {os_reason(error)}.",
        hint="Tệp cũ (nếu có) vẫn giữ nguyên; giải phóng chỗ trống hoặc kiểm tra quyền ghi "
        "rồi chạy lại."
        if error.errno in _SPACE_OR_RIGHTS
        else None,
    )


def write_atomic(target: Path, data: bytes | str) -> None:
    """Replace ``target`` with ``data`` atomically (temporary file, fsync, rename).

    Any failure of the operating system (disk full, no permission, read-only disk) is a
    ``UserError`` naming the file; the previous file is left as it was. What is there and is not
    a file (a device such as ``/dev/null``, a pipe, a folder) is never replaced by one.
    """
    if target.exists() and not target.is_file():
        raise UserError(
            f"'{target}' không phải một tệp thường (là thư mục, thiết bị hay đường ống); raquan "
            "không thay nó bằng một tệp, kể cả với --force.",
            hint="Chọn một tên tệp khác để ghi ra.",
        )
    try:
        temporary = _written_temporary(target, _bytes(data))
    except OSError as error:
        raise _unwritten(target, error) from None
    try:
        temporary.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise _unwritten(target, error) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_new(target: Path, data: bytes | str, *, overwrite: bool = False) -> None:
    """Write ``target``, refusing (``UserError``) when it exists unless ``overwrite``.

    Without ``overwrite`` the final step is a hard link, which fails if the name was taken in
    the meantime: of two writers racing for one name, exactly one wins. Failures of the
    operating system are ``UserError``s, as in ``write_atomic``.
    """
    if overwrite:
        write_atomic(target, data)
        return
    if target.exists():
        raise _taken(target)
    content = _bytes(data)
    try:
        temporary = _written_temporary(target, content)
    except OSError as error:
        raise _unwritten(target, error) from None
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
            except OSError as error:
                with contextlib.suppress(OSError):
                    target.unlink()
                raise _unwritten(target, error) from None
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
