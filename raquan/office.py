"""LibreOffice, run headless to convert a document: a ``.doc``, ``.rtf`` or ``.odt`` plan to
``.docx`` before it is read, a rendered ``.docx`` to PDF.

No Python library converts between these formats faithfully; LibreOffice does, so raquan runs
it as a program: with a private profile in a scratch folder (a clerk's own LibreOffice, open or
not, is never touched), ``HOME`` pointed there too, within a time limit, and every way it can
fail said in Vietnamese.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

from raquan.errors import UserError
from raquan.i18n import os_reason


def office() -> str | None:
    """The LibreOffice program, if installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def convert(
    program: str, source: Path, target_format: str, scratch: Path, *, timeout: float, display: str
) -> Path | None:
    """Convert ``source`` to ``target_format`` (``"pdf"``, ``"docx"``) into ``scratch`` with
    LibreOffice ``program``; the file it made, or None when it made none (a damaged input).
    ``display`` names the input in messages."""
    command = [
        program,
        f"-env:UserInstallation={Path(scratch, 'profile').as_uri()}",
        "--headless",
        "--convert-to",
        target_format,
        "--outdir",
        str(scratch),
        str(source),
    ]
    try:
        # Its own process group: LibreOffice's launcher starts the program that converts as a
        # child of its own, and both must end with this call, whatever happens.
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "HOME": str(scratch)},
            start_new_session=True,
        )
    except OSError as error:
        raise UserError(
            f"Không chạy được LibreOffice để chuyển '{display}' sang {target_format.upper()}: "
            f"{os_reason(error)}."
        ) from None
    try:
        process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _end(process)
        raise UserError(
            f"LibreOffice không chuyển xong '{display}' sau {timeout:.0f} giây."
        ) from None
    except BaseException:  # Ctrl-C: LibreOffice is not left running on its own
        _end(process)
        raise
    if process.returncode != 0:
        raise UserError(
            f"LibreOffice không chuyển được '{display}' sang {target_format.upper()} "
            f"(LibreOffice dừng với mã {process.returncode})."
        )
    produced = Path(scratch, source.with_suffix(f".{target_format}").name)
    return produced if produced.is_file() else None


def _end(process: subprocess.Popen[bytes]) -> None:
    """Kill the process group of ``process`` (LibreOffice and what it started), and wait."""
    with contextlib.suppress(OSError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        process.communicate(timeout=10)
