"""Opening a zip package from someone else (a .docx) without letting it blow up memory.

A .docx is a zip of XML parts. A hostile one can declare small parts that inflate to
gigabytes ("zip bombs"), lie about the sizes in its directory, hold millions of entries, or not
be a zip at all. :class:`SafeZip` checks the package before anything reads it and reads each
part with its *actual* inflated size bounded, so the limits hold even when the directory lies:

- the file on disk is at most ``Limits.file_size`` bytes;
- the package has at most ``Limits.entries`` entries;
- each part declares at most ``Limits.part_size`` bytes uncompressed, and all parts together
  at most ``Limits.total_size``; a part's declared size may not exceed ``Limits.ratio`` times
  its compressed size (ordinary XML compresses 5-20 times; bombs compress thousands of times);
- reading a part stops with an error as soon as it inflates past what it declared or past
  ``Limits.part_size``, whichever is smaller.

Every problem is a ``UserError`` in Vietnamese naming the file, raised before memory is spent.
Hand-written over :mod:`zipfile` because the standard library checks none of these sizes
(``ZipFile.read`` trusts the directory) and no maintained library does it for arbitrary parts.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from raquan.errors import UserError

MIB = 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """How large a package may be, and its parts."""

    file_size: int = 50 * MIB
    """The zip file itself (images in a .docx count here, though they are never read)."""
    entries: int = 5_000
    part_size: int = 40 * MIB
    """One part, inflated."""
    total_size: int = 200 * MIB
    """All parts together, as declared, inflated."""
    ratio: int = 200
    """Declared inflated size / compressed size, for parts larger than 1 MiB."""


def _mib(size: int) -> str:
    if size < MIB:
        return f"{size / 1024:.0f} KiB"
    return f"{size / MIB:.1f} MiB".replace(".", ",")


class SafeZip:
    """A zip package checked against ``limits``; read its parts with :meth:`read`.

    ``display`` names the file in messages. Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: Path, display: str, limits: Limits = Limits()) -> None:
        self.display = display
        self.limits = limits
        try:
            size = path.stat().st_size
        except OSError as error:
            raise UserError(f"Không đọc được tệp '{display}': {error.strerror or error}.") from None
        if size > limits.file_size:
            raise UserError(
                f"Tệp '{display}' quá lớn ({_mib(size)}; giới hạn {_mib(limits.file_size)})."
            )
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise UserError(
                f"'{display}' không phải một tệp nén zip (một tệp .docx thật là tệp zip).",
                hint="Mở tệp bằng Word rồi lưu lại dưới dạng Word Document (.docx).",
            ) from None
        except (OSError, ValueError, EOFError) as error:
            raise UserError(f"Không đọc được tệp nén '{display}' ({error}).") from None
        try:
            self._entries = self._checked_entries()
        except BaseException:
            self._zip.close()
            raise

    def _checked_entries(self) -> dict[str, zipfile.ZipInfo]:
        limits = self.limits
        infos = self._zip.infolist()
        if len(infos) > limits.entries:
            raise UserError(
                f"Tệp '{self.display}' có {len(infos)} phần bên trong (giới hạn "
                f"{limits.entries}); đây không phải một văn bản Word bình thường."
            )
        total = 0
        entries: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.flag_bits & 0x1:
                raise UserError(
                    f"Tệp '{self.display}' được đặt mật khẩu (mã hoá); raquan không đọc được.",
                    hint="Mở tệp bằng Word, bỏ mật khẩu rồi lưu lại.",
                )
            declared = info.file_size
            total += declared
            if declared > limits.part_size:
                raise self._too_large(info.filename, declared)
            packed = max(1, info.compress_size)
            if declared > MIB and declared > limits.ratio * packed:
                raise UserError(
                    f"Phần '{info.filename}' của tệp '{self.display}' nén {declared // packed} "
                    f"lần ({_mib(packed)} thành {_mib(declared)}): tệp có dấu hiệu của một "
                    "\u201cquả bom zip\u201d, raquan không đọc.",
                )
            entries[info.filename] = info
        if total > limits.total_size:
            raise UserError(
                f"Các phần của tệp '{self.display}' khi giải nén lớn {_mib(total)} (giới hạn "
                f"{_mib(limits.total_size)}); raquan không đọc."
            )
        return entries

    def _too_large(self, name: str, size: int) -> UserError:
        return UserError(
            f"Phần '{name}' của tệp '{self.display}' khi giải nén lớn hơn {_mib(size)} (giới "
            f"hạn {_mib(self.limits.part_size)}); raquan không đọc."
        )

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the package."""
        self._zip.close()

    def names(self) -> list[str]:
        """The parts' names, in the package's order."""
        return list(self._entries)

    def has(self, name: str) -> bool:
        """Whether the package holds part ``name`` (``word/document.xml``)."""
        return name in self._entries

    def read(self, name: str, *, limit: int | None = None) -> bytes:
        """Part ``name`` inflated, stopping as soon as it grows past what it declared or past
        ``limit`` (default: ``Limits.part_size``)."""
        info = self._entries.get(name)
        if info is None:
            raise UserError(f"Tệp '{self.display}' không có phần '{name}'.")
        bound = min(info.file_size, limit if limit is not None else self.limits.part_size)
        if info.file_size > bound:
            raise self._too_large(name, info.file_size)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = _read_chunk(stream)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > bound:
                        raise UserError(
                            f"Phần '{name}' của tệp '{self.display}' giải nén ra nhiều hơn kích "
                            "thước nó khai báo: tệp bị hỏng hoặc được làm ra để đánh lừa; raquan "
                            "không đọc."
                        )
                    chunks.append(chunk)
        except UserError:
            raise
        except NotImplementedError:
            raise UserError(
                f"Phần '{name}' của tệp '{self.display}' được nén theo cách raquan không đọc "
                "được (Word không bao giờ nén như vậy)."
            ) from None
        except Exception:  # BadZipFile (bad CRC), zlib.error, EOFError: a corrupt stream
            raise UserError(
                f"Phần '{name}' của tệp '{self.display}' bị hỏng: dữ liệu giải nén không khớp "
                "với những gì tệp khai báo.",
                hint="Mở tệp bằng Word; nếu Word sửa được thì lưu lại rồi thử lại.",
            ) from None
        return b"".join(chunks)


def _read_chunk(stream: IO[bytes]) -> bytes:
    return stream.read(_CHUNK)
