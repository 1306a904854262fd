"""Writing a skeleton: its JSON Schema next to it, then the file itself, never over another.

Each new file starts with a modeline for editors (``# yaml-language-server:
$schema=.raquan/plan.schema.json``) that points at the JSON Schema of its kind, written into a
hidden ``.raquan`` folder beside it. The schema file is raquan's own generated output: it is
replaced (atomically) when raquan's models changed, and left alone when it is up to date. The
skeleton itself goes through ``write_new``: an existing file is never replaced, and of two
``raquan new`` runs racing for one name exactly one wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from raquan.errors import UserError
from raquan.files import write_new
from raquan.i18n import os_reason
from raquan.models.schema import exists, modeline, write_schema

__all__ = ["Created", "modeline", "write_schema", "write_skeleton"]


@dataclass(frozen=True, slots=True)
class Created:
    """What ``raquan new`` wrote: the new file, the JSON Schema beside it, and a note for the
    user (in Vietnamese) when part of the file could not be filled in, or None."""

    path: Path
    schema: Path
    note: str | None = None


def write_skeleton(path: Path, text: str, kind: str) -> Path:
    """Write a new file ``path`` (never over an existing one) and the schema it points at.

    Returns the schema's path. A missing folder is made (``plans/`` in a new project).
    Raises ``UserError`` when ``path`` exists (or appears while writing: of two writers racing
    for one name exactly one wins), or when the files cannot be written.
    """
    if exists(path):
        raise UserError(
            f"Tệp '{path}' đã có; raquan không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc đổi tên tệp cũ.",
        )
    folder = path.parent
    if not folder.is_dir():
        if exists(folder):
            raise UserError(f"'{folder}' không phải một thư mục; không ghi được '{path.name}'.")
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            raise UserError(f"Không tạo được thư mục '{folder}': {os_reason(error)}.") from None
    schema = write_schema(folder, kind)
    write_new(path, text)
    return schema
