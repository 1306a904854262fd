"""Reading what other offices send, within limits: one bounded reader, one safe zip reader.

``read_bounded`` reads at most a limit plus one byte from any kind of file (a regular file,
``/dev/zero``, a pipe, ``/dev/stdin``): the size a file claims is never trusted, so a stream
without end costs a limit's worth of memory, not all of it. ``SafeZip`` opens a zip package
(a .docx) after checking, for every member, the size it declares and, while reading, the size
that really comes out, against one budget for the whole package: a "zip bomb" stops at the
limit. Every read of an untrusted file goes through one of them (YAML files, templates, the
reference .docx, an existing output file, and the Word documents to import).
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

from raquan.errors import UserError
from raquan.i18n import os_reason

DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024
"""Files larger than this are refused unless ``RAQUAN_MAX_FILE_SIZE`` says otherwise (bytes)."""


def max_file_size() -> int:
    """The size limit in bytes, from ``RAQUAN_MAX_FILE_SIZE`` or the default."""
    configured = os.environ.get("RAQUAN_MAX_FILE_SIZE", "").strip()
    if configured:
        try:
            return max(1, int(configured))
        except ValueError:
            raise UserError(
                f"RAQUAN_MAX_FILE_SIZE phải là một số byte, không phải '{configured}'."
            ) from None
    return DEFAULT_MAX_FILE_SIZE


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


def _unreadable(path: Path, what: str, error: OSError) -> UserError:
    return UserError(f"Không đọc được {what} '{short_path(path)}': {os_reason(error)}.")


PIPE_IDLE_SECONDS = 30.0
"""A pipe or FIFO that sends nothing for this long is given up: time is bounded as well as
size (a FIFO held open by a writer that never writes would otherwise wait forever)."""


def read_bounded(path: Path, limit: int, *, what: str = "tệp") -> bytes:
    """The bytes of ``path``, read without ever holding more than ``limit + 1`` of them.

    ``TooLargeError`` when there are more than ``limit``; ``UserError`` when the file cannot be
    read (the message names ``what`` and the operating system's reason, in Vietnamese).

    The file is opened without waiting (``O_NONBLOCK``): opening a FIFO that no process writes
    to would otherwise block forever. A FIFO or pipe is then read as data comes, ending at its
    end of file (at once for a FIFO without a writer: it reads as empty) and giving up after
    ``PIPE_IDLE_SECONDS`` without any data; every other kind of file (regular, ``/dev/zero``,
    a terminal) is read as usual.
    """
    chunks: list[bytes] = []
    total = 0
    try:
        descriptor = os.open(path, os.O_RDONLY | _NO_WAIT | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise _unreadable(path, what, error) from None
    try:
        pipe = stat.S_ISFIFO(os.fstat(descriptor).st_mode)
        if _NO_WAIT and not pipe:
            os.set_blocking(descriptor, True)
        while total <= limit:
            try:
                chunk = os.read(descriptor, min(CHUNK, limit + 1 - total))
            except BlockingIOError:  # a pipe with a writer but nothing to read yet
                if not _readable(descriptor, PIPE_IDLE_SECONDS):
                    raise UserError(
                        f"Không nhận được dữ liệu nào từ {what} '{short_path(path)}' trong "
                        f"{PIPE_IDLE_SECONDS:.0f} giây (một đường ống mà không ai ghi vào?); "
                        "ngừng đọc.",
                        hint="Ghi nội dung vào một tệp thường rồi kiểm tra tệp đó.",
                    ) from None
                continue
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise _unreadable(path, what, error) from None
    finally:
        os.close(descriptor)
    if total > limit:
        raise TooLargeError(
            f"{what[:1].upper()}{what[1:]} '{path}' quá lớn (hơn {mebibytes(limit)}), không đọc.",
            size=total,
            limit=limit,
        )
    return b"".join(chunks)


_NO_WAIT = getattr(os, "O_NONBLOCK", 0)
"""Open without waiting for a FIFO's writer (0 where the platform has no such flag)."""


def _readable(descriptor: int, seconds: float) -> bool:
    """Wait until ``descriptor`` has data (or its end) to read; False after ``seconds``."""
    import select  # noqa: PLC0415  (only pipes need it)

    poll = select.poll()  # not select.select: it fails on descriptors past 1023
    poll.register(descriptor, select.POLLIN)
    return bool(poll.poll(seconds * 1000))


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
        import zipfile  # noqa: PLC0415  (not imported by ``raquan check`` on YAML)

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
        if any(member.flag_bits & 0x1 for member in members):
            raise UserError(
                f"'{short_path(path)}' được đặt mật khẩu (mã hoá); raquan không đọc được.",
                hint="Mở tệp bằng Word, bỏ mật khẩu rồi lưu lại.",
            )
        if len(members) > MAX_ZIP_MEMBERS:
            raise TooLargeError(
                f"'{self.path}' bị từ chối: có {len(members)} phần, nhiều nhất là "
                f"{MAX_ZIP_MEMBERS} (có thể là một 'bom zip').",
                size=self.limit + 1,
                limit=self.limit,
            )
        names = [member.filename for member in members]
        if len(set(names)) < len(names):
            twice = next(name for name in names if names.count(name) > 1)
            raise UserError(
                f"'{short_path(path)}' có hai phần cùng tên '{twice}': tệp bị hỏng hoặc được "
                "làm ra để đánh lừa (không biết phần nào là thật); raquan không đọc.",
                hint="Mở tệp bằng Word rồi lưu lại thành tệp mới.",
            )
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
        import zipfile  # noqa: PLC0415

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
        except (
            zipfile.BadZipFile,
            EOFError,
            ValueError,
            NotImplementedError,
            RuntimeError,
            OSError,
        ) as error:
            if isinstance(error, OSError) and not isinstance(error, zipfile.BadZipFile):
                reason = os_reason(error)
            else:
                reason = "phần này bị hỏng"
            raise UserError(f"'{self.path}' không đọc được ({name}: {reason}).") from None
        return b"".join(chunks)

    def repacked(self) -> io.BytesIO:
        """The package rebuilt from the members read within the budget, for a library that
        wants a file (python-docx): it never sees more than was checked."""
        import zipfile  # noqa: PLC0415

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for member in self.archive.infolist():
                if not member.is_dir():
                    out.writestr(member.filename, self.read(member.filename))
        buffer.seek(0)
        return buffer
