"""The JSON Schema of each file kind, generated from the models, and written beside the files
raquan creates (``raquan new``, ``raquan units new``) for editors to find."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

from raquan.errors import UserError
from raquan.files import write_atomic
from raquan.models.kinds import KIND_NAMES, MODELS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_dict(kind: str) -> dict[str, object]:
    """The JSON Schema of ``kind`` files as a dict."""
    model = MODELS.get(kind)
    if model is None:
        known = ", ".join(f"{k} ({v})" for k, v in KIND_NAMES.items())
        raise UserError(f"Không có loại tệp '{kind}'; các loại: {known}.")
    schema = model.model_json_schema()
    return {"$schema": SCHEMA_DIALECT, **schema}


def json_schema(kind: str) -> str:
    """The JSON Schema of ``kind`` files, as indented JSON text."""
    return json.dumps(schema_dict(kind), ensure_ascii=False, indent=2)


SCHEMA_FOLDER = ".raquan"
"""The hidden folder, beside the new files, that holds their JSON Schemas."""


def schema_name(kind: str) -> str:
    """Where a ``kind`` file's schema is, from the file's folder: ``.raquan/plan.schema.json``."""
    return str(PurePosixPath(SCHEMA_FOLDER) / f"{kind}.schema.json")


def modeline(kind: str) -> str:
    """The first comment line of a new file: where editors find its schema."""
    return f"yaml-language-server: $schema={schema_name(kind)}"


def exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def write_schema(folder: Path, kind: str) -> Path:
    """Write ``folder/.raquan/<kind>.schema.json`` when it is missing or out of date.

    Returns its path. Raises ``UserError`` when the place is taken by something that is not a
    plain file (a folder, a link) or cannot be written.
    """
    content = (json_schema(kind) + "\n").encode("utf-8")
    holder = folder / SCHEMA_FOLDER
    target = holder / f"{kind}.schema.json"
    if holder.is_symlink() or (exists(holder) and not holder.is_dir()):
        raise UserError(
            f"'{holder}' đã có nhưng không phải thư mục; raquan cần thư mục này để ghi "
            "JSON Schema.",
            hint="Đổi tên hoặc chuyển tệp đó đi rồi chạy lại.",
        )
    if target.is_symlink() or (exists(target) and not target.is_file()):
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
