"""Writing a rendered document safely, and converting it to PDF with LibreOffice.

The document is written to a temporary file and renamed (``raquan.files.write_atomic``), so a
half-written document is never left behind. An input (the plan, its registry, a template) is
never overwritten, and neither is a file that raquan did not make, unless the user says
``--force``.

An earlier render of raquan's own is replaced only if nobody changed it since: each document
carries a fingerprint of its content (a SHA-256 of every part but the properties, kept in the
custom property ``raquan-fingerprint``), and a document whose content no longer matches it was
edited (or at least opened and saved) by hand. Such a file is kept unless ``--force``, and then
it is first copied aside (``<name>.bak.docx``), so an edit is never lost silently. Written by
hand over the package's XML: python-docx has no API for custom properties.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from raquan.errors import UserError
from raquan.files import write_atomic
from raquan.i18n import os_reason
from raquan.office import convert, office
from raquan.read.bounded import SafeZip
from raquan.read.resources import bundled

if TYPE_CHECKING:
    from raquan.diagnostics import Diagnostic
    from raquan.read.workspace import LoadedPlan

MARK = "Tạo bằng raquan"
"""Written in a document's properties: a file raquan made may be replaced by a new render."""


PDF_MARK = "raquan"
"""Written in a document's keywords; LibreOffice copies them into the PDF's properties, as
UTF-16 (``/Keywords<FEFF0072...>``) or as plain text (``/Keywords(raquan)``)."""

_PDF_MARKS = (
    b"/Keywords<FEFF" + PDF_MARK.encode("utf-16-be").hex().upper().encode("ascii") + b">",
    b"/Keywords(" + PDF_MARK.encode("ascii") + b")",
)

MAX_OUTPUT_BYTES = 256 * 1024 * 1024
"""Largest existing output file looked into (to see whether raquan made it)."""


FINGERPRINT = "raquan-fingerprint"
"""The custom document property that holds the fingerprint of what raquan wrote."""

_CUSTOM_PART = "docProps/custom.xml"
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
)
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_PROPERTY_FORMAT = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def fingerprint(parts: Mapping[str, bytes]) -> str:
    """The fingerprint of a package's content: every part but the document properties
    (``docProps/``), which Word and LibreOffice rewrite on every save."""
    digest = hashlib.sha256()
    for name in sorted(parts):
        if not name.startswith("docProps/"):
            data = parts[name]
            digest.update(name.encode("utf-8") + b"\0" + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _with_custom_part(parts: dict[str, bytes]) -> None:
    """Declare ``docProps/custom.xml`` in the content types and the package relationships."""
    types = parts["[Content_Types].xml"].decode("utf-8")
    if f'PartName="/{_CUSTOM_PART}"' not in types:
        override = f'<Override PartName="/{_CUSTOM_PART}" ContentType="{_CUSTOM_TYPE}"/>'
        parts["[Content_Types].xml"] = types.replace("</Types>", override + "</Types>").encode()
    relations = parts["_rels/.rels"].decode("utf-8")
    if _CUSTOM_REL not in relations:
        number = 1
        while f'Id="rId{number}"' in relations:
            number += 1
        link = f'<Relationship Id="rId{number}" Type="{_CUSTOM_REL}" Target="{_CUSTOM_PART}"/>'
        parts["_rels/.rels"] = relations.replace(
            "</Relationships>", link + "</Relationships>"
        ).encode()


def _custom_properties(existing: bytes | None, value: str) -> bytes:
    """``docProps/custom.xml`` with the fingerprint set (other properties kept)."""
    from lxml import etree  # noqa: PLC0415  (python-docx's XML library)

    if existing is not None:
        root = etree.fromstring(existing, etree.XMLParser(resolve_entities=False))
    else:
        root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
    numbers = [1]
    for prop in list(root):
        if prop.get("name") == FINGERPRINT:
            root.remove(prop)
        elif (prop.get("pid") or "").isdigit():
            numbers.append(int(prop.get("pid")))
    prop = etree.SubElement(root, f"{{{_CUSTOM_NS}}}property")
    prop.set("fmtid", _PROPERTY_FORMAT)
    prop.set("pid", str(max(numbers) + 1))
    prop.set("name", FINGERPRINT)
    etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def stamp(names: Sequence[str], parts: dict[str, bytes]) -> bytes:
    """The .docx package of ``parts`` (in the order of ``names``) with the fingerprint of its
    content in its properties."""
    names = list(names)
    _with_custom_part(parts)
    parts[_CUSTOM_PART] = _custom_properties(parts.get(_CUSTOM_PART), fingerprint(parts))
    if _CUSTOM_PART not in names:
        names.append(_CUSTOM_PART)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name in names:
            out.writestr(name, parts[name])
    return buffer.getvalue()


def recorded_fingerprint(parts: Mapping[str, bytes]) -> str | None:
    """The fingerprint a package's properties hold, or None."""
    custom = parts.get(_CUSTOM_PART)
    if custom is None:
        return None
    from lxml import etree  # noqa: PLC0415

    try:
        root = etree.fromstring(custom, etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError:
        return None
    for prop in root:
        if prop.get("name") == FINGERPRINT and len(prop):
            return str(prop[0].text or "")
    return None


def edited_by_hand(path: Path) -> bool | None:
    """Whether a .docx that raquan made was changed since: True when its content no longer
    matches its fingerprint (or it has none), False when it matches, None when it cannot be
    read."""
    try:
        with SafeZip(path, MAX_OUTPUT_BYTES) as package:
            parts = {name: package.read(name) for name in package.names()}
    except UserError:
        return None
    recorded = recorded_fingerprint(parts)
    return recorded is None or recorded != fingerprint(parts)


def backup_name(path: Path) -> Path:
    """A free name beside ``path`` to keep a hand-edited document: ``X.bak.docx``,
    ``X.bak-2.docx``, ..."""
    candidate = path.with_name(f"{path.stem}.bak{path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.bak-{number}{path.suffix}")
        number += 1
    return candidate


def made_by_raquan(path: Path) -> bool:
    """Whether ``path`` is a .docx whose properties say raquan made it (read within limits:
    the file at the output path may be anything)."""
    try:
        with SafeZip(path, MAX_OUTPUT_BYTES) as package:
            core = package.read("docProps/core.xml").decode("utf-8", "replace")
    except (UserError, KeyError):
        return False
    return MARK in core


def pdf_made_by_raquan(path: Path) -> bool:
    """Whether ``path`` is a PDF converted from a document raquan made (its keywords say so).
    The file is read a piece at a time, never whole."""
    try:
        with path.open("rb") as stream:
            if stream.read(5) != b"%PDF-":
                return False
            tail = b""
            while chunk := stream.read(1024 * 1024):
                window = tail + chunk
                if any(mark in window for mark in _PDF_MARKS):
                    return True
                tail = window[-64:]
    except OSError:
        return False
    return False


def check_target(
    output: Path, inputs: Iterable[Path], *, force: bool, pdf: bool = False
) -> Path | None:
    """Refuse to write over an input, a folder, a file raquan did not make, or a document of
    raquan's edited by hand since (unless ``force``); with ``pdf``, the same for the PDF that
    will be written beside the document. Returns where to keep the old document first (a
    hand-edited one overwritten with ``force``), or None."""
    resolved = output.resolve()
    pdf_path = output.with_suffix(".pdf")
    for source in inputs:
        if source.resolve() == resolved or (pdf and source.resolve() == pdf_path.resolve()):
            shown = output if source.resolve() == resolved else pdf_path
            raise UserError(f"'{shown}' là tệp đầu vào; raquan không ghi đè nó.")
    if output.is_dir():
        raise UserError(f"'{output}' là một thư mục; hãy cho tên tệp .docx.")
    if output.suffix.lower() != ".docx":
        raise UserError(f"Tệp ra '{output}' phải có đuôi .docx.")
    if output.exists() and not force and not made_by_raquan(output):
        raise UserError(
            f"Tệp '{output}' đã có và không phải do raquan tạo; raquan không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc thêm --force nếu chắc chắn muốn ghi đè.",
        )
    backup = None
    if output.is_file() and made_by_raquan(output) and edited_by_hand(output):
        if not force:
            raise UserError(
                f"Tệp '{output}' do raquan tạo nhưng đã được sửa (hoặc mở rồi lưu lại) sau đó; "
                "ghi đè sẽ làm mất những chỗ đã sửa, nên raquan không ghi.",
                hint="Đổi tên tệp đã sửa, hoặc chọn tên khác bằng -o; thêm --force để ghi đè "
                f"(raquan giữ bản đã sửa thành '{backup_name(output).name}').",
            )
        backup = backup_name(output)
    if not output.parent.exists():
        raise UserError(f"Thư mục '{output.parent}' không có.")
    if pdf and pdf_path.is_dir():
        raise UserError(f"'{pdf_path}' là một thư mục; raquan không ghi PDF vào đó.")
    if pdf and pdf_path.exists() and not force and not pdf_made_by_raquan(pdf_path):
        raise UserError(
            f"Tệp '{pdf_path}' đã có và không phải do raquan tạo; raquan không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc thêm --force nếu chắc chắn muốn ghi đè.",
        )
    return backup


def save(output: Path, data: bytes) -> None:
    """Write the document atomically."""
    try:
        write_atomic(output, data)
    except OSError as error:
        raise UserError(f"Không ghi được '{output}': {os_reason(error)}.") from None


def to_pdf(document: Path, *, timeout: float = 180) -> Path:
    """Convert a .docx to PDF next to it with LibreOffice (headless); the PDF's path."""
    program = office()
    if program is None:
        raise UserError(
            "Không chuyển được sang PDF: máy chưa cài LibreOffice (lệnh soffice).",
            hint="Cài LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui), "
            "hoặc mở tệp .docx bằng Word rồi lưu thành PDF.",
        )
    target = document.with_suffix(".pdf")
    with tempfile.TemporaryDirectory(prefix="raquan-lo-") as scratch:
        produced = convert(
            program, document, "pdf", Path(scratch), timeout=timeout, display=str(document)
        )
        if produced is None:
            raise UserError(f"LibreOffice không tạo ra tệp PDF cho '{document}'.")
        write_atomic(target, produced.read_bytes())
    return target


@dataclass(slots=True)
class Rendered:
    """What ``render`` wrote, and the warnings ``check`` had about the input."""

    output: Path
    pdf: Path | None = None
    warnings: list[Diagnostic] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """What ``--skip-invalid`` left out, said loudly (Vietnamese sentences)."""
    backup: Path | None = None
    """Where the hand-edited document that was overwritten (``--force``) was kept."""
    pdf_problem: UserError | None = None
    """Why the PDF was not made (the .docx was written all the same)."""


def check_output(
    target: Path,
    loaded: LoadedPlan,
    *,
    templates: Path | None,
    reference_docx: Path | None,
    force: bool,
    more_inputs: Sequence[Path] = (),
    pdf: bool = False,
) -> Path | None:
    """Refuse to write ``target`` over a render's input (the plan, its registry, the templates,
    the reference .docx, ``more_inputs``), over a file raquan did not make, or over one edited
    by hand since; where to keep the old document first (see ``check_target``)."""
    inputs = [loaded.document.source.path, *more_inputs]
    if loaded.registry_document is not None:
        inputs.append(loaded.registry_document.source.path)
    for folder in (templates, bundled("templates")):
        if folder is not None and folder.is_dir():
            inputs.extend(folder.rglob("*"))
    if reference_docx is not None:
        inputs.append(reference_docx)
    return check_target(target, inputs, force=force, pdf=pdf)


def write_rendered(
    target: Path,
    data: bytes,
    warnings: list[Diagnostic],
    *,
    pdf: bool,
    backup: Path | None = None,
) -> Rendered:
    """Write the document (``data``, stamped with its fingerprint: ``stamp``), first copying a
    hand-edited one that it replaces to ``backup``, and its PDF with ``pdf``; what was written.
    A PDF that cannot be made is ``pdf_problem``: the document is written all the same."""
    if backup is not None:
        try:
            shutil.copy2(target, backup)
        except OSError as error:
            raise UserError(
                f"Không giữ được bản đã sửa của '{target}' ở '{backup}' ({os_reason(error)}); "
                "chưa ghi gì."
            ) from None
    save(target, data)
    rendered = Rendered(target, warnings=warnings, backup=backup)
    if pdf:
        try:
            rendered.pdf = to_pdf(target)
        except UserError as error:
            rendered.pdf_problem = error
    return rendered
