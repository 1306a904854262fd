"""Files raquan made, and whether they are still as raquan made them.

Calendars, web pages and workbooks are written again and again (a feed every morning, the
dashboard every week) to the same names, in folders people share. raquan replaces such a file
only when it made it and nobody changed it since; anything else at that name (a file of
someone else's, or raquan's own after a hand edit) is kept unless the user says ``--force``.

A file carries a fingerprint of its own content: a SHA-256 (the first 32 hex digits) of what
it holds but the fingerprint itself.

- A text file (iCalendar, HTML) has it on a line of its own, written by ``TextMark``: the
  fingerprint is that of every other line, so any change to them shows.
- An Office Open XML package (``.xlsx``) has it in a custom document property: the
  fingerprint is that of every part but ``docProps/`` (which Excel and LibreOffice rewrite on
  every save, even without a change).

Reading an existing file is bounded (``MAX_OWNED_BYTES``, and the parts of a package); a file
that cannot be read, or is too large, is not raquan's.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from raquan.errors import UserError
from raquan.files import write_atomic, write_new

MAX_OWNED_BYTES = 64 * 1024 * 1024
"""The largest existing file looked into to see whether raquan made it."""

FINGERPRINT_PROPERTY = "raquan-fingerprint"
"""The custom document property of a package that holds its fingerprint."""

_DIGITS = 32
PLACEHOLDER = "0" * _DIGITS
"""What stands for a fingerprint until it is known."""


def _digest(chunks: list[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(len(chunk).to_bytes(8, "big") + chunk)
    return digest.hexdigest()[:_DIGITS]


def _read(path: Path) -> bytes | None:
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_OWNED_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_OWNED_BYTES else None


@dataclass(frozen=True, slots=True)
class TextMark:
    """The line of a text file that holds its fingerprint: ``prefix``, 32 hex digits,
    ``suffix`` ("X-RAQUAN-FINGERPRINT:..." in a calendar, "<!-- raquan: ... -->" in a page)."""

    prefix: str
    suffix: str = ""

    @property
    def placeholder(self) -> str:
        """The line to put where the fingerprint goes, before ``stamp``."""
        return f"{self.prefix}{PLACEHOLDER}{self.suffix}"

    def _split(self, data: bytes) -> tuple[list[bytes], bytes | None]:
        """The lines but the mark (ends kept), and the mark's digits (None when absent)."""
        pattern = re.compile(
            re.escape(self.prefix.encode()) + rb"([0-9a-f]{32})" + re.escape(self.suffix.encode())
        )
        others: list[bytes] = []
        found: bytes | None = None
        for line in data.splitlines(keepends=True):
            match = pattern.fullmatch(line.rstrip(b"\r\n"))
            if match is not None and found is None:
                found = match.group(1)
            else:
                others.append(line)
        return others, found

    def stamp(self, text: str) -> bytes:
        """``text`` (holding ``placeholder`` on a line of its own) with its fingerprint."""
        data = text.encode("utf-8")
        others, found = self._split(data)
        if found is None:
            raise ValueError("the text has no placeholder line for its fingerprint")
        value = _digest(others)
        return data.replace(
            self.placeholder.encode(), f"{self.prefix}{value}{self.suffix}".encode(), 1
        )

    def intact(self, path: Path) -> bool:
        """Whether the file at ``path`` is one raquan stamped, unchanged since."""
        data = _read(path)
        if data is None:
            return False
        others, found = self._split(data)
        return found is not None and found.decode() == _digest(others)


def package_fingerprint(data: bytes) -> str | None:
    """The fingerprint of an Office Open XML package's content (every part but
    ``docProps/``), or None when ``data`` is not a zip package raquan can read safely."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = [info for info in package.infolist() if not info.is_dir()]
            if sum(info.file_size for info in infos) > MAX_OWNED_BYTES or len(infos) > 10_000:
                return None
            chunks = []
            for info in sorted(infos, key=lambda info: info.filename):
                if not info.filename.startswith("docProps/"):
                    chunks.append(info.filename.encode() + b"\0" + package.read(info))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return None
    return _digest(chunks)


def stamp_package(data: bytes) -> bytes:
    """The package ``data``, whose ``docProps/custom.xml`` holds the property
    ``FINGERPRINT_PROPERTY`` with the value ``PLACEHOLDER``, with its fingerprint in place of
    the placeholder. The other parts are copied as they are."""
    value = package_fingerprint(data)
    if value is None:
        raise ValueError("not a package raquan can stamp")
    found = False
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/custom.xml" and PLACEHOLDER.encode() in content:
                content = content.replace(PLACEHOLDER.encode(), value.encode(), 1)
                found = True
            target.writestr(info, content)
    if not found:
        raise ValueError("the package has no placeholder property for its fingerprint")
    return out.getvalue()


_PROPERTY = re.compile(
    rb'<property[^>]*\bname="' + FINGERPRINT_PROPERTY.encode() + rb'"[^>]*>\s*'
    rb"<(?:\w+:)?lpwstr\b[^>]*>([0-9a-f]{32})</(?:\w+:)?lpwstr>"
)


def package_intact(path: Path) -> bool:
    """Whether the package at ``path`` holds, in its custom properties, the fingerprint of its
    content: raquan made it, and nobody saved it since with a change."""
    data = _read(path)
    if data is None:
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            info = package.getinfo("docProps/custom.xml")
            if info.file_size > 1024 * 1024:
                return False
            custom = package.read(info)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False
    match = _PROPERTY.search(custom)
    return match is not None and match.group(1).decode() == package_fingerprint(data)


def write_owned(
    target: Path, data: bytes | str, *, intact: Callable[[Path], bool], force: bool = False
) -> bool:
    """Write ``target`` atomically. An existing file is replaced only when ``intact`` says it
    is raquan's, unchanged since it was written, or with ``force``; otherwise ``UserError``
    and the file is left as it was. Returns whether a file was replaced."""
    try:
        exists = target.exists() or target.is_symlink()
    except OSError:
        exists = False
    if not exists:
        write_new(target, data)
        return False
    if target.is_dir():
        raise UserError(f"'{target}' là một thư mục; raquan cần một tên tệp ở đây.")
    if not force and not intact(target):
        raise UserError(
            f"Tệp '{target}' đã có, mà không phải do raquan tạo ra (hoặc đã được sửa sau khi "
            "raquan tạo); raquan không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc thêm --force để ghi đè tệp đó.",
        )
    write_atomic(target, data)
    return True
