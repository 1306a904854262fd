"""Writing a rendered document safely, and converting it to PDF with LibreOffice.

The document is written to a temporary file and renamed (``raquan.files.write_atomic``), so a
half-written document is never left behind. An input (the plan, its registry, a template) is
never overwritten, and neither is a file that raquan did not make, unless the user says
``--force``; an earlier render of raquan's own is replaced.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from raquan.errors import UserError
from raquan.files import write_atomic
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


def check_target(output: Path, inputs: Iterable[Path], *, force: bool, pdf: bool = False) -> None:
    """Refuse to write over an input, a folder, or a file raquan did not make; with ``pdf``,
    the same for the PDF that will be written beside the document."""
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
    if not output.parent.exists():
        raise UserError(f"Thư mục '{output.parent}' không có.")
    if pdf and pdf_path.is_dir():
        raise UserError(f"'{pdf_path}' là một thư mục; raquan không ghi PDF vào đó.")
    if pdf and pdf_path.exists() and not force and not pdf_made_by_raquan(pdf_path):
        raise UserError(
            f"Tệp '{pdf_path}' đã có và không phải do raquan tạo; raquan không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc thêm --force nếu chắc chắn muốn ghi đè.",
        )


def save(output: Path, data: bytes) -> None:
    """Write the document atomically."""
    try:
        write_atomic(output, data)
    except OSError as error:
        raise UserError(f"Không ghi được '{output}': {error.strerror or error}.") from None


def office() -> str | None:
    """The LibreOffice program, if installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


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
        profile = Path(scratch, "profile").as_uri()
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            scratch,
            str(document),
        ]
        try:
            subprocess.run(
                command,
                check=True,
                capture_output=True,
                timeout=timeout,
                env={**os.environ, "HOME": scratch},
            )
        except subprocess.TimeoutExpired:
            raise UserError(
                f"LibreOffice không chuyển xong '{document}' sau {timeout:.0f} giây."
            ) from None
        except (subprocess.CalledProcessError, OSError) as error:
            raise UserError(
                f"LibreOffice không chuyển được '{document}' sang PDF ({error})."
            ) from None
        produced = Path(scratch, document.with_suffix(".pdf").name)
        if not produced.is_file():
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


def check_output(
    target: Path,
    loaded: LoadedPlan,
    *,
    templates: Path | None,
    reference_docx: Path | None,
    force: bool,
    more_inputs: Sequence[Path] = (),
    pdf: bool = False,
) -> None:
    """Refuse to write ``target`` over a render's input (the plan, its registry, the templates,
    the reference .docx, ``more_inputs``) or over a file raquan did not make."""
    inputs = [loaded.document.source.path, *more_inputs]
    if loaded.registry_document is not None:
        inputs.append(loaded.registry_document.source.path)
    for folder in (templates, bundled("templates")):
        if folder is not None and folder.is_dir():
            inputs.extend(folder.rglob("*"))
    if reference_docx is not None:
        inputs.append(reference_docx)
    check_target(target, inputs, force=force, pdf=pdf)


def write_rendered(target: Path, data: bytes, warnings: list[Diagnostic], *, pdf: bool) -> Rendered:
    """Write the document (and its PDF, with ``pdf``); what was written."""
    save(target, data)
    rendered = Rendered(target, warnings=warnings)
    if pdf:
        rendered.pdf = to_pdf(target)
    return rendered
