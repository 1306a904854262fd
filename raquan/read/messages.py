"""pydantic's validation errors put into plain Vietnamese, with a code and a hint.

pydantic reports in English and in its own terms ("Input should be a valid integer"); a clerk
needs "phải là một số nguyên" and, where possible, the fix ("có phải ý bạn là 'chủ trì'?").
Errors raised by raquan's own types and validators already carry Vietnamese text and are passed
through.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from raquan.domain.folding import fold
from raquan.domain.suggest import closest
from raquan.i18n import PYDANTIC_TYPES
from raquan.models.base import ID_PATTERN


@dataclass(frozen=True, slots=True)
class Translated:
    """A validation error in the project's terms."""

    code: str
    message: str
    hint: str | None = None
    key: bool = False


def _shown(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "…"


def _kind_of(value: Any) -> str:
    if value is None:
        return "để trống"
    if isinstance(value, bool):
        return "là giá trị đúng/sai"
    if isinstance(value, float) and not value.is_integer():
        return f"là số thập phân {value:g}".replace(".", ",")
    if isinstance(value, int | float):
        return "là một số"
    if isinstance(value, str):
        return "là một chuỗi chữ"
    if isinstance(value, list):
        return "là một danh sách"
    if isinstance(value, dict):
        return "là một bảng khoá"
    return "có kiểu khác"


_EXPECTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def _field_name(loc: tuple[int | str, ...]) -> str:
    names = [part for part in loc if isinstance(part, str)]
    return names[-1] if names else "giá trị"


def translate(error: ErrorDetails, model: type[BaseModel]) -> Translated:
    """One pydantic error as a Vietnamese message with its code (see ``raquan.check.rules``)."""
    kind = error["type"]
    loc = tuple(error["loc"])
    ctx = error.get("ctx") or {}
    value = error.get("input")
    name = _field_name(loc)
    fields = _fields(model, loc)
    if kind == "extra_forbidden":
        near = closest(str(loc[-1]), fields) if loc else None
        return Translated(
            "RQ004",
            f"Khoá '{loc[-1] if loc else ''}' không có trong định dạng tệp.",
            f"Có phải ý bạn là '{near}'?" if near else "Xoá khoá này, hoặc kiểm tra chính tả.",
            key=True,
        )
    if kind == "missing":
        described = fields.get(name) or ""
        if described.endswith(".") and not described.endswith("..."):
            described = described[:-1]
        what = f" ({described})" if described else ""
        return Translated("RQ005", f"Thiếu trường bắt buộc '{name}'{what}.")
    if kind in ("impossible_date", "date_format", "time_format") or kind.startswith("date_"):
        message = error["msg"] if kind in ("impossible_date", "date_format") else None
        return Translated(
            "RQ007", message or f"'{name}' {PYDANTIC_TYPES.get(kind, 'không hợp lệ')}."
        )
    if kind == "forbidden_character":
        return Translated(
            "RQ009", error["msg"], "Xoá ký tự này (thường do sao chép từ phần mềm khác)."
        )
    if kind in ("literal_error", "enum"):
        options = _EXPECTED.findall(str(ctx.get("expected", "")))
        listed = ", ".join(f"'{option}'" for option in options)
        near = closest(str(value), options) if isinstance(value, str) else None
        return Translated(
            "RQ006",
            f"Giá trị {_shown(value)} của '{name}' không hợp lệ; chọn một trong: {listed}.",
            f"Có phải ý bạn là '{near}'?" if near else None,
        )
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == ID_PATTERN:
        return Translated(
            "RQ006",
            f"Mã định danh {_shown(value)} không hợp lệ: chỉ dùng chữ thường không dấu, chữ số "
            "và dấu gạch ngang.",
            f"Ví dụ: '{_slug(value)}'." if isinstance(value, str) and _slug(value) else None,
        )
    if kind == "string_pattern_mismatch":
        return Translated("RQ006", f"Giá trị {_shown(value)} của '{name}' không đúng dạng.")
    if kind == "string_too_short":
        return Translated("RQ006", f"'{name}' không được để trống.")
    if kind in ("string_too_long", "too_long"):
        limit = ctx.get("max_length")
        return Translated("RQ006", f"'{name}' quá dài (tối đa {limit}).")
    if kind == "too_short":
        return Translated("RQ006", f"'{name}' phải có ít nhất {ctx.get('min_length')} phần tử.")
    if kind == "finite_number" or (isinstance(value, float) and math.isnan(value)):
        return Translated("RQ006", f"'{name}' {PYDANTIC_TYPES['finite_number']}.")
    if kind in ("greater_than_equal", "greater_than", "less_than", "less_than_equal"):
        bound = next(iter(ctx.values()), "")
        words = {
            "greater_than_equal": "không được nhỏ hơn",
            "greater_than": "phải lớn hơn",
            "less_than": "phải nhỏ hơn",
            "less_than_equal": "không được lớn hơn",
        }
        return Translated("RQ006", f"'{name}' {words[kind]} {bound}.")
    if kind in PYDANTIC_TYPES:
        return Translated(
            "RQ006", f"'{name}' {PYDANTIC_TYPES[kind]}, nhưng ở đây {_kind_of(value)}."
        )
    if kind in ("value_error", "assertion_error"):
        cause = ctx.get("error")
        return Translated("RQ006", str(cause) if cause is not None else error["msg"])
    return Translated("RQ006", f"Giá trị của '{name}' không hợp lệ.")


def _slug(value: str) -> str:
    folded = fold(value.casefold())
    return "-".join(re.findall(r"[a-z0-9]+", folded))


def _unwrap(annotation: Any) -> Any:
    """The model, or list/dict element model, that an annotation holds, else None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()) or ():
        found = _unwrap(argument)
        if found is not None:
            return found
    return None


def model_at(root: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model that holds the last element of ``loc`` (None when the path leaves models)."""
    model: type[BaseModel] | None = root
    for part in loc[:-1]:
        if model is None:
            return None
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        if info is None:
            # A dict key (footnote label) or a union tag: stay on the current model's values.
            continue
        model = _unwrap(info.annotation)
    return model


def _fields(model: type[BaseModel], loc: tuple[int | str, ...]) -> dict[str, str]:
    """The fields (and their descriptions) of the model that holds ``loc``'s last element."""
    holder = model_at(model, loc) if loc else model
    if holder is None:
        return {}
    return {name: info.description or "" for name, info in holder.model_fields.items()}
