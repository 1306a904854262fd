"""The JSON Schema of each file kind, generated from the models."""

from __future__ import annotations

import json

from raquan.errors import UserError
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
