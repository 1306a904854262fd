"""Reading and writing files safely: one bounded reader, one safe zip reader, one write path.

Reading: ``read_bounded`` reads at most a limit plus one byte from any kind of file (a regular
file, ``/dev/zero``, a pipe, ``/dev/stdin``): the size a file claims is never trusted, so a
stream without end costs a limit's worth of memory, not all of it. ``SafeZip`` opens a zip
package (a .docx) after checking, for every member, the size it declares and, while reading,
the size it really inflates to, against one budget for the whole package: a "zip bomb" stops
at the limit.

Writing: every file raquan writes goes through ``write_atomic``.
``cache_folder`` is where raquan keeps what it writes for itself (caches, the error log).

The text is written to a temporary file in the same folder, flushed and fsynced, then renamed
over the target (an atomic step on the same file system), so an error or a kill in the middle
leaves the previous file as it was and never a half-written one. ``write_new`` refuses to
replace a file that exists, without a window between the check and the write.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import tempfile
import zipfile
from pathlib import Path

from raquan.errors import UserError

CHUNK = 64 * 1024


class TooLargeError(UserError):
    """A file (or a zip member) holds more than its limit; ``size`` is what was seen."""

    def __init__(self, message: str, *, size: int, limit: int, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.size = size
        self.limit = limit


def short_path(path: Path | str, keep: int = 120) -> str:
    """A path as messages show it: a 5,000-character name is not repeated whole."""
    text = str(path)
    return text if len(text) <= keep else f"{text[: keep // 2]}…{text[-keep // 2 :]}"


def mebibytes(size: int) -> str:
    """``5,0 MiB``: a size as the messages write it."""
    return f"{size / 1048576:.1f}".replace(".", ",") + " MiB"


_OS_WORDS = {
    "ENOENT": "không có tệp hoặc thư mục này",
    "EACCES": "không có quyền truy cập",
    "EPERM": "không được phép",
    "ENOSPC": "đĩa đã đầy",
    "EDQUOT": "vượt hạn mức dung lượng đĩa",
    "EROFS": "ổ đĩa chỉ cho đọc",
    "ENAMETOOLONG": "tên tệp hoặc đường dẫn quá dài",
    "EISDIR": "đây là một thư mục",
    "ENOTDIR": "một phần của đường dẫn không phải thư mục",
    "ELOOP": "quá nhiều liên kết lồng nhau",
    "EIO": "lỗi đọc ghi của thiết bị",
    "EEXIST": "đã có",
    "EFBIG": "tệp quá lớn",
    "EMFILE": "mở quá nhiều tệp cùng lúc",
    "ENXIO": "thiết bị không có",
}


def os_reason(error: OSError) -> str:
    """What the operating system said, in Vietnamese where raquan knows the words."""
    number = error.errno or 0
    for name, words in _OS_WORDS.items():
        if getattr(errno, name, None) == number:
            return words
    return f"lỗi hệ điều hành số {number}"


def _unreadable(path: Path, what: str, error: OSError) -> UserError:
    return UserError(f"Không đọc được {what} '{short_path(path)}': {os_reason(error)}.")


def read_bounded(path: Path, limit: int, *, what: str = "tệp") -> bytes:
    """The bytes of ``path``, read without ever holding more than ``limit + 1`` of them.

    ``TooLargeError`` when there are more than ``limit``; ``UserError`` when the file cannot be
    read (the message names ``what`` and the operating system's reason, in Vietnamese).
    """
    chunks: list[bytes] = []
    total = 0
    try:
        with path.open("rb", buffering=0) as stream:
            while total <= limit:
                chunk = stream.read(min(CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
    except OSError as error:
        raise UserError(
            f"Không đọc được {what} '{short_path(path)}': {os_reason(error)}."
        ) from None
    if total > limit:
        raise TooLargeError(
            f"{what[:1].upper()}{what[1:]} '{path}' quá lớn (hơn {mebibytes(limit)}), không đọc.",
            size=total,
            limit=limit,
        )
    return b"".join(chunks)


_SPACE_OR_RIGHTS = frozenset(
    getattr(errno, name, -1) for name in ("ENOSPC", "EDQUOT", "EACCES", "EPERM", "EROFS")
)
"""Failures the user can do something about (free space, rights)."""

MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_RATIO = 200
"""A member inflating more than this many times its compressed size is refused."""


class SafeZip:
    """A zip package read within one budget of uncompressed bytes.

    Opening checks every member's declared size (the sum must fit the budget, no member may
    claim an absurd ratio); ``read`` counts the bytes that really come out, so a member that
    lies about its size stops at the budget too. Raises ``UserError`` naming ``what``.
    """

    def __init__(self, path: Path, limit: int, *, what: str = "tệp .docx") -> None:
        self.path = path
        self.limit = limit
        self.what = what
        self.remaining = limit
        try:
            regular = path.is_file() and path.stat().st_size <= limit
            if path.is_file() and not regular:
                raise self._bomb(f"tệp nặng {mebibytes(path.stat().st_size)}")
        except OSError as error:
            raise UserError(
                f"Không đọc được {what} '{short_path(path)}': {os_reason(error)}."
            ) from None
        try:
            source: Path | io.BytesIO = (
                path if regular else io.BytesIO(read_bounded(path, limit, what=what))
            )
            self.archive = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
            raise UserError(f"'{path}' không phải một {what} đọc được (tệp zip hỏng).") from None
        except OSError as error:
            raise UserError(
                f"Không đọc được {what} '{short_path(path)}': {os_reason(error)}."
            ) from None
        members = self.archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise self._bomb(f"có {len(members)} phần")
        declared = sum(member.file_size for member in members)
        if declared > limit:
            raise self._bomb(f"khai báo {mebibytes(declared)} khi giải nén")
        for member in members:
            if member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1024):
                raise self._bomb(f"phần '{member.filename}' nén hơn {MAX_ZIP_RATIO} lần")

    def _bomb(self, detail: str) -> UserError:
        return TooLargeError(
            f"'{self.path}' bị từ chối: {detail}; giới hạn khi giải nén là "
            f"{mebibytes(self.limit)} (có thể là một 'bom zip').",
            size=self.limit + 1,
            limit=self.limit,
        )

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.archive.close()

    def names(self) -> list[str]:
        return self.archive.namelist()

    def read(self, name: str) -> bytes:
        """A member's bytes, counted against the budget as they are inflated."""
        chunks: list[bytes] = []
        try:
            with self.archive.open(name) as stream:
                while True:
                    chunk = stream.read(min(CHUNK, self.remaining + 1))
                    if not chunk:
                        break
                    self.remaining -= len(chunk)
                    if self.remaining < 0:
                        raise self._bomb(f"phần '{name}' giải nén ra nhiều hơn khai báo")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError) as error:
            if isinstance(error, OSError) and not isinstance(error, zipfile.BadZipFile):
                reason = os_reason(error)
            else:
                reason = "phần này bị hỏng"
            raise UserError(f"'{self.path}' không đọc được ({name}: {reason}).") from None
        return b"".join(chunks)

    def repacked(self) -> io.BytesIO:
        """The package rebuilt from the members read within the budget, for a library that
        wants a file (python-docx): it never sees more than was checked."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for member in self.archive.infolist():
                if not member.is_dir():
                    out.writestr(member.filename, self.read(member.filename))
        buffer.seek(0)
        return buffer


def _temporary(target: Path) -> tuple[int, Path]:
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
    ``UserError`` naming the file; the previous file is left as it was.
    """
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


def make_folder(folder: Path, *, parents: bool = False) -> None:
    """``mkdir`` (an existing folder is fine), its failures as ``UserError``."""
    try:
        folder.mkdir(parents=parents, exist_ok=True)
    except OSError as error:
        raise UserError(f"Không tạo được thư mục '{folder}': {os_reason(error)}.") from None


def cache_folder() -> Path:
    """Where raquan keeps its caches and its error log: ``$RAQUAN_CACHE_DIR``, or
    ``$XDG_CACHE_HOME/raquan`` (``%LOCALAPPDATA%\\raquan`` on Windows), or ``~/.cache/raquan``."""
    explicit = os.environ.get("RAQUAN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")
    return Path(base) / "raquan" if base else Path.home() / ".cache" / "raquan"
