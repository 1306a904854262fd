"""Reading raquan's files: bytes to text, text to data, data to a model, every problem located.

Each file starts with its format version (``raquan: 1``) and its kind (``kind: plan``,
``units`` or ``report``). The version is read first: a file of an unknown or newer version is
refused with a message naming the versions this raquan reads. Older versions are brought up to
date by ``MIGRATIONS`` (version n to n + 1, applied in turn) before validation, so adding a
version 2 means bumping ``CURRENT_VERSION`` and writing one function.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from raquan.diagnostics import Diagnostic, Position, Severity
from raquan.errors import UserError
from raquan.i18n import os_reason
from raquan.models.kinds import KIND_NAMES, MODELS
from raquan.read.bounded import (
    TooLargeError,
    max_file_size,
    mebibytes,
    read_bounded,
    short_path,
)
from raquan.read.messages import translate
from raquan.read.source import Source
from raquan.read.yamlread import MAX_NODES, Problem, read_yaml

CURRENT_VERSION = 1
"""The format version this raquan writes."""

MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
"""``MIGRATIONS[n]`` turns the data of a version ``n`` file into version ``n + 1``."""

SUPPORTED_VERSIONS = tuple(sorted({*MIGRATIONS, CURRENT_VERSION}))


@dataclass(slots=True)
class Document:
    """One file as loaded: its source, its kind and model when valid, and its problems."""

    source: Source
    kind: str | None = None
    model: BaseModel | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    data: Any = None

    @property
    def errors(self) -> list[Diagnostic]:
        """The diagnostics that are errors (not warnings)."""
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        """True when the file loaded into a model without errors."""
        return self.model is not None and not self.errors


def _problem(source: Source, problem: Problem) -> Diagnostic:
    return Diagnostic(
        source,
        problem.code,
        Severity.ERROR,
        problem.message,
        problem.where,
        hint=problem.hint,
        key=problem.key,
    )


def read_text(path: Path, display: str | None = None) -> tuple[Source, list[Diagnostic]]:
    """Read a file's text: UTF-8 (a BOM is allowed), within the size limit.

    A path that is missing or not a file raises ``UserError`` (the tool cannot do its job);
    undecodable bytes and oversized files are problems *in* the file, returned as diagnostics.
    The size the file claims is not trusted: at most the limit plus one byte is ever read, so
    ``/dev/zero``, a pipe or ``/dev/stdin`` cost no more than a regular file.
    """
    shown = display if display is not None else str(path)
    try:
        if not path.exists():
            raise UserError(f"Không tìm thấy tệp '{shown}'.")
        if path.is_dir():
            raise UserError(f"'{shown}' là một thư mục, không phải một tệp.")
    except OSError as error:  # a name too long, a loop of links
        raise UserError(f"Không đọc được tệp '{short_path(shown)}': {os_reason(error)}.") from None
    limit = max_file_size()
    try:
        raw = read_bounded(path, limit, what="tệp")
    except TooLargeError as error:
        source = Source(path, None, display=shown)
        seen = _claimed_size(path, error.size)
        return source, [
            Diagnostic(
                source,
                "RQ010",
                Severity.ERROR,
                f"Tệp quá lớn ({seen}; giới hạn {mebibytes(limit)}), không đọc.",
                Position(1, 1),
                hint="Nếu tệp này đúng là lớn như vậy, đặt biến môi trường "
                "RAQUAN_MAX_FILE_SIZE (số byte).",
            )
        ]
    return decode(path, raw, shown)


def _claimed_size(path: Path, read: int) -> str:
    """How large a too-large file is: its size when it is a regular file, else "more than"."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return mebibytes(size) if size >= read else f"hơn {mebibytes(read - 1)}"


_WIDE = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_encoding(raw: bytes) -> tuple[str, str] | None:
    """The name and codec of a UTF-16 or UTF-32 file (as Windows Notepad saves "Unicode"),
    told by its byte order mark, or without one by the zero bytes between ASCII letters."""
    for mark, codec in _WIDE:
        if raw.startswith(mark):
            return codec.upper(), codec
    sample = raw[:4096]
    if len(sample) >= 8 and sample.count(0) * 3 >= len(sample):
        if sample[1::2].count(0) > len(sample) // 4:
            return "UTF-16", "utf-16-le"
        if sample[0::2].count(0) > len(sample) // 4:
            return "UTF-16", "utf-16-be"
    return None


def decode(path: Path, raw: bytes, display: str) -> tuple[Source, list[Diagnostic]]:
    """Decode a file's bytes as UTF-8; a bad byte is a located problem. A UTF-16 or UTF-32
    file is named as such (its text shown as it reads, not as stray bytes)."""
    wide = _wide_encoding(raw)
    if wide is not None:
        name, codec = wide
        text = raw.decode(codec, "replace").lstrip("\ufeff")
        source = Source(path, text, display=display)
        return source, [
            Diagnostic(
                source,
                "RQ011",
                Severity.ERROR,
                f"Tệp được lưu bằng bảng mã {name}, không phải UTF-8 mà raquan đọc.",
                Position(1, 1),
                hint="Mở tệp và lưu lại với bảng mã UTF-8 (Notepad: 'Save As' → 'Encoding': "
                "UTF-8; VS Code: 'Save with Encoding' → UTF-8).",
            )
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        source = Source(path, raw.decode("utf-8", "replace"), display=display)
        return source, [
            Diagnostic(
                source,
                "RQ011",
                Severity.ERROR,
                f"Tệp không phải văn bản UTF-8: byte 0x{raw[error.start]:02X} không đọc được.",
                Position(line, column),
                hint="Lưu lại tệp với bảng mã UTF-8 (trong trình soạn thảo: 'Save with "
                "Encoding' → UTF-8). Tệp gõ bằng bảng mã TCVN3 hay VNI phải được chuyển sang "
                "Unicode.",
            )
        ]
    return Source(path, text, display=display), []


def load_text(source: Source, *, expect: str | None = None) -> Document:
    """Parse and validate a source's text; ``expect`` is the kind the caller needs, if any."""
    document = Document(source)
    assert source.text is not None
    result = read_yaml(source.text, max_nodes=max(MAX_NODES, max_file_size() // 20))
    document.diagnostics.extend(_problem(source, p) for p in result.problems)
    if not result.complete:
        return document
    return load_data(source, result.data, expect=expect, document=document)


def load_data(
    source: Source,
    data: Any,
    *,
    expect: str | None = None,
    document: Document | None = None,
) -> Document:
    """Validate data read from ``source`` (YAML, or a plan extracted from a Word document)."""
    document = document if document is not None else Document(source)
    document.data = data
    if data is None:
        document.diagnostics.append(_file_problem(source, "Tệp rỗng: không có dữ liệu nào."))
        return document
    if not isinstance(data, dict):
        document.diagnostics.append(
            _file_problem(source, "Tệp phải là một bảng khoá, bắt đầu bằng 'raquan: 1'.")
        )
        return document
    migrated = _versioned(source, data, document.diagnostics)
    if migrated is None:
        return document
    kind = migrated.get("kind")
    if not isinstance(kind, str) or kind not in MODELS:
        known = ", ".join(f"'{k}' ({KIND_NAMES[k]})" for k in MODELS)
        document.diagnostics.append(
            Diagnostic(
                source,
                "RQ012",
                Severity.ERROR,
                f"Loại tệp 'kind' phải là một trong: {known}.",
                ("kind",) if "kind" in migrated else (),
            )
        )
        return document
    if expect is not None and kind != expect:
        document.diagnostics.append(
            Diagnostic(
                source,
                "RQ012",
                Severity.ERROR,
                f"Cần một tệp {KIND_NAMES[expect]} (kind: {expect}), nhưng tệp này là "
                f"{KIND_NAMES[kind]} (kind: {kind}).",
                ("kind",),
            )
        )
        return document
    document.kind = kind
    model = MODELS[kind]
    try:
        document.model = model.model_validate(migrated)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            said = translate(detail, model)
            document.diagnostics.append(
                Diagnostic(
                    source,
                    said.code,
                    Severity.ERROR,
                    said.message,
                    tuple(detail["loc"]),
                    hint=said.hint,
                    key=said.key,
                )
            )
    return document


def _file_problem(source: Source, message: str) -> Diagnostic:
    return Diagnostic(source, "RQ012", Severity.ERROR, message, Position(1, 1))


def _versioned(
    source: Source, data: dict[str, Any], diagnostics: list[Diagnostic]
) -> dict[str, Any] | None:
    """The data brought to ``CURRENT_VERSION``, or None (with a diagnostic) if it cannot be."""
    supported = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
    version = data.get("raquan")
    if "raquan" not in data:
        diagnostics.append(
            Diagnostic(
                source,
                "RQ008",
                Severity.ERROR,
                "Thiếu dòng phiên bản định dạng 'raquan: 1' ở đầu tệp.",
                Position(1, 1),
                hint=f"Phiên bản raquan này đọc được: {supported}.",
            )
        )
        return None
    if (
        isinstance(version, bool)
        or not isinstance(version, int)
        or version not in (SUPPORTED_VERSIONS)
    ):
        newer = isinstance(version, int) and version > CURRENT_VERSION
        diagnostics.append(
            Diagnostic(
                source,
                "RQ008",
                Severity.ERROR,
                f"Tệp có phiên bản định dạng {_version_text(version)}, phiên bản raquan này chỉ "
                "đọc được: "
                f"{supported}.",
                ("raquan",),
                hint="Tệp được viết cho một raquan mới hơn: hãy cập nhật raquan."
                if newer
                else "Sửa dòng đầu tệp thành 'raquan: 1'.",
            )
        )
        return None
    while version < CURRENT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["raquan"] = version
    return data


def _version_text(version: Any) -> str:
    text = repr(version)
    return text if len(text) <= 40 else text[:37] + "…"


def load_file(path: Path, *, display: str | None = None, expect: str | None = None) -> Document:
    """Read, parse and validate one file. Raises ``UserError`` only when it cannot be read."""
    source, problems = read_text(path, display)
    if problems:
        return Document(source, diagnostics=problems)
    return load_text(source, expect=expect)
