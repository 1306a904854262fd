"""Reading a plan written as a document, whatever its file type, into paragraphs.

``.docx`` is read by ``docxread``, ``.md`` and ``.txt`` by ``textread``. An old binary Word
file (``.doc``), a ``.rtf`` or an ``.odt`` is first converted to ``.docx`` with LibreOffice
(``soffice --headless``) in a temporary folder, within a time limit; without LibreOffice the
clerk is told how to save the file as ``.docx`` in Word.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from raquan.diagnostics import Diagnostic, Severity
from raquan.errors import UserError
from raquan.i18n import os_reason
from raquan.office import convert, office
from raquan.read.bounded import max_file_size
from raquan.read.loader import Document, load_data, load_file

if TYPE_CHECKING:
    from raquan.read.paragraphs import ReadDocument

DOCX = (".docx", ".docm", ".dotx")
TEXT = (".md", ".markdown", ".txt")
CONVERTED = (".doc", ".rtf", ".odt", ".dot")
SUFFIXES = (*DOCX, *TEXT, *CONVERTED)
"""The file types that hold a plan as a document."""

CONVERT_TIMEOUT = 120.0
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_plan_document(path: Path) -> bool:
    """Whether ``path`` is a document raquan reads as a plan (by its name)."""
    return path.suffix.lower() in SUFFIXES


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(8)
    except OSError:
        return b""


def read_document(path: Path, display: str | None = None) -> ReadDocument:
    """The paragraphs of the plan document at ``path``; ``UserError`` when it cannot be read."""
    from raquan.read.docxread import read_docx  # noqa: PLC0415
    from raquan.read.textread import read_text_plan  # noqa: PLC0415

    shown = display if display is not None else str(path)
    if not path.exists():
        raise UserError(f"Không tìm thấy tệp '{shown}'.")
    if path.is_dir():
        raise UserError(f"'{shown}' là một thư mục, không phải một tệp.")
    if not path.is_file():  # a pipe or a device: opening a pipe nobody writes to waits forever
        raise UserError(
            f"'{shown}' không phải một tệp thường (là một đường ống hay một thiết bị).",
            hint="Lưu văn bản thành một tệp rồi nhập tệp đó.",
        )
    suffix = path.suffix.lower()
    if suffix in TEXT:
        return read_text_plan(path, shown)
    if suffix in CONVERTED or (suffix in DOCX and _head(path) == _OLE):
        return _converted(path, shown)
    if suffix in DOCX:
        return read_docx(path, shown)
    known = ", ".join(SUFFIXES)
    raise UserError(f"Không đọc được '{shown}' như một kế hoạch: raquan đọc các tệp {known}.")


def _converted(path: Path, display: str) -> ReadDocument:
    """A ``.doc`` (or ``.rtf``, ``.odt``) converted to ``.docx`` by LibreOffice, then read."""
    from raquan.read.docxread import read_docx  # noqa: PLC0415
    from raquan.read.paragraphs import Note  # noqa: PLC0415

    program = office()
    if program is None:
        raise UserError(
            f"'{display}' là tệp Word cũ (.doc) hoặc không phải .docx; raquan cần LibreOffice "
            "để chuyển nó sang .docx, nhưng máy chưa cài LibreOffice (lệnh soffice).",
            hint="Mở tệp bằng Word rồi chọn Tệp > Lưu thành > Tài liệu Word (.docx), hoặc cài "
            "LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui).",
        )
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UserError(f"Không đọc được tệp '{display}': {os_reason(error)}.") from None
    if size > 4 * max_file_size():
        raise UserError(f"Tệp '{display}' quá lớn để chuyển đổi ({size / 1048576:.1f} MiB).")
    with tempfile.TemporaryDirectory(prefix="raquan-doc-") as scratch:
        source = Path(scratch, "ke-hoach" + path.suffix.lower())
        shutil.copyfile(path, source)
        produced = convert(
            program, source, "docx", Path(scratch), timeout=CONVERT_TIMEOUT, display=display
        )
        if produced is None:
            raise UserError(
                f"LibreOffice không đọc được '{display}': tệp bị hỏng hoặc không phải văn bản."
            )
        document = read_docx(produced, display)
        document.path = path
        document.skipped.insert(
            0, Note(0, "tệp được chuyển từ định dạng cũ sang .docx bằng LibreOffice.")
        )
        return document


def registry_near(path: Path, given: Iterable[Path] = ()) -> Path | None:
    """The unit registry of a plan document: the first one ``given`` (``--units``), else the
    project's (``registry`` in the configuration), else ``units.yaml`` beside it, else
    ``plans/units.yaml`` of the current folder."""
    from raquan.read.config import active  # noqa: PLC0415

    configured: Path | None = active().registry
    candidates: list[Path] = [*given]
    if configured is not None:
        candidates.append(configured)
    candidates += [path.parent / "units.yaml", Path("plans") / "units.yaml"]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def load_plan_document(
    path: Path,
    *,
    display: str | None = None,
    expect: str | None = None,
    registries: Iterable[Path] = (),
) -> Document:
    """A plan document read, extracted (names matched against its registry) and validated like
    a plan file; its problems are located by paragraph. ``UserError`` when it cannot be read."""
    from raquan.domain.units import UnitIndex  # noqa: PLC0415
    from raquan.models.units import Registry  # noqa: PLC0415
    from raquan.read.docsource import DocumentSource  # noqa: PLC0415
    from raquan.read.extract import extract  # noqa: PLC0415

    shown = display if display is not None else str(path)
    document = read_document(path, shown)
    registry = registry_near(path, registries)
    index = None
    units = "units.yaml"
    if registry is not None:
        loaded = load_file(registry, expect="units")
        if loaded.ok and isinstance(loaded.model, Registry):
            index = UnitIndex(loaded.model)
        units = os.path.relpath(registry.resolve(), path.resolve().parent).replace(os.sep, "/")
    extraction = extract(document, index, units=units)
    source = DocumentSource(path, shown, extraction)
    loaded_plan = load_data(source, extraction.data, expect=expect)
    loaded_plan.diagnostics.extend(
        Diagnostic(
            source,
            "RQ701",
            Severity.WARNING,
            note.message,
            source.position_of(note.paragraph) if note.paragraph else (),
        )
        for note in extraction.notes
    )
    return loaded_plan


def load_any(
    path: Path,
    *,
    display: str | None = None,
    expect: str | None = None,
    registries: Iterable[Path] = (),
) -> Document:
    """The file at ``path`` loaded as raquan reads it: a plan document by extraction (its unit
    names matched against the first of ``registries``, or the registry beside it), any other
    file as YAML."""
    if is_plan_document(path):
        return load_plan_document(path, display=display, expect=expect, registries=registries)
    return load_file(path, display=display, expect=expect)
