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
from pathlib import Path, PurePosixPath

from raquan.errors import UserError
from raquan.files import write_atomic, write_new


@dataclass(frozen=True, slots=True)
class Created:
    """What ``raquan new`` wrote: the new file, the JSON Schema beside it, and a note for the
    user (in Vietnamese) when part of the file could not be filled in, or None."""

    path: Path
    schema: Path
    note: str | None = None


SCHEMA_FOLDER = ".raquan"
"""The hidden folder, beside the new files, that holds their JSON Schemas."""


def schema_name(kind: str) -> str:
    """Where a ``kind`` file's schema is, from the file's folder: ``.raquan/plan.schema.json``."""
    return str(PurePosixPath(SCHEMA_FOLDER) / f"{kind}.schema.json")


def modeline(kind: str) -> str:
    """The first comment line of a new file: where editors find its schema."""
    return f"yaml-language-server: $schema={schema_name(kind)}"


def _exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def write_schema(folder: Path, kind: str) -> Path:
    """Write ``folder/.raquan/<kind>.schema.json`` when it is missing or out of date.

    Returns its path. Raises ``UserError`` when the place is taken by something that is not a
    plain file (a folder, a link) or cannot be written.
    """
    from raquan.models.schema import json_schema  # noqa: PLC0415

    content = (json_schema(kind) + "\n").encode("utf-8")
    holder = folder / SCHEMA_FOLDER
    target = holder / f"{kind}.schema.json"
    if holder.is_symlink() or (_exists(holder) and not holder.is_dir()):
        raise UserError(
            f"'{holder}' đã có nhưng không phải thư mục; raquan cần thư mục này để ghi "
            "JSON Schema.",
            hint="Đổi tên hoặc chuyển tệp đó đi rồi chạy lại.",
        )
    if target.is_symlink() or (_exists(target) and not target.is_file()):
        raise UserError(
            f"'{target}' đã có nhưng không phải một tệp thường; raquan không ghi đè lên nó.",
            hint="Đổi tên hoặc chuyển nó đi rồi chạy lại.",
        )
    try:
        holder.mkdir(exist_ok=True)
        current = target.read_bytes() if target.is_file() else None
    except OSError as error:
        raise UserError(f"Không tạo được thư mục '{holder}': {error.strerror or error}.") from None
    if current != content:
        write_atomic(target, content)
    return target


def write_skeleton(path: Path, text: str, kind: str) -> Path:
    """Write a new file ``path`` (never over an existing one) and the schema it points at.

    Returns the schema's path. Raises ``UserError`` when ``path`` exists (or appears while
    writing: of two writers racing for one name exactly one wins), when its folder does not
    exist, or when the files cannot be written.
    """
    if _exists(path):
        raise UserError(
            f"Tệp '{path}' đã có; raquan không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc đổi tên tệp cũ.",
        )
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"Không có thư mục '{folder}' để ghi tệp '{path.name}'.")
    schema = write_schema(folder, kind)
    write_new(path, text)
    return schema
