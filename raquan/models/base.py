"""What every model shares: strict configuration and the small value types of the YAML files.

The models are the contract of the files: ``extra="forbid"`` (an unknown key is an error, not
silently ignored), every field described in Vietnamese (the descriptions become the JSON
Schema that editors show), and value types that explain themselves when they refuse a value.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError, core_schema

if TYPE_CHECKING:
    from pydantic.json_schema import JsonSchemaValue


class Model(BaseModel):
    """Base of all file models: unknown keys are errors, values are immutable once loaded."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        hide_input_in_errors=True,
        validate_default=False,
        allow_inf_nan=False,
        defer_build=True,
    )


# Text --------------------------------------------------------------------------------------

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def new_list() -> list[Any]:
    """A new empty list: the default of a list field. A function rather than ``list`` itself:
    pydantic reads the signature of a default factory, and Python takes 0.6 ms to find that the
    built-in ``list`` has none (15 ms of reading a plan, once per list field)."""
    return []


def forbidden_character(text: str) -> str | None:
    """The first character that cannot go into a Word document (XML 1.0), or None."""
    match = _FORBIDDEN.search(text)
    return match.group() if match else None


def _clean_text(value: str) -> str:
    bad = forbidden_character(value)
    if bad is not None:
        raise PydanticCustomError(
            "forbidden_character",
            f"Văn bản chứa ký tự điều khiển U+{ord(bad):04X}, không thể đưa vào văn bản Word.",
        )
    return value


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_clean_text)
]
"""A non-empty line or paragraph of plain text; markup characters in it are printed as typed."""

RichText = Annotated[str, StringConstraints(min_length=1), AfterValidator(_clean_text)]
"""Text that may carry ``**đậm**``, ``*nghiêng*``, footnote marks ``[^1]`` and placeholders."""

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=80),
    Field(description="Mã định danh: chữ thường không dấu, chữ số, dấu gạch ngang."),
]
"""An identifier other files can point at: ``xa-doan-ket``, ``bao-cao-nhanh``."""

Ref = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_clean_text),
]
"""A unit or a group, by id or by any of its names ("xã Đoàn Kết", "UBND các xã, phường")."""


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


Refs = Annotated[
    list[Ref],
    BeforeValidator(_as_list),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "minLength": 1},
                {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
            ]
        }
    ),
]
"""One unit or group, or a list of them."""


# Dates ---------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_VN_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return _MONTH_DAYS[month - 1]


FIRST_YEAR = 1900
LAST_YEAR = 2199
"""The years raquan works with: its lunar calendar covers 1900-01-01 .. 2199-12-31."""


def make_date(year: int, month: int, day: int) -> datetime.date:
    """A date from its parts, or a Vietnamese error saying why it does not exist or is
    outside the years raquan works with (a typo such as 2203, or 0001)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PydanticCustomError(
            "impossible_date",
            f"Năm {year} nằm ngoài khoảng raquan làm việc được: ngày phải từ 01/01/{FIRST_YEAR} "
            f"đến 31/12/{LAST_YEAR}.",
        )
    if not 1 <= month <= 12:
        raise PydanticCustomError(
            "impossible_date", f"Không có tháng {month}: tháng phải từ 1 đến 12."
        )
    last = _days_in(year, month)
    if not 1 <= day <= last:
        raise PydanticCustomError(
            "impossible_date",
            f"Ngày {day:02d}/{month:02d}/{year} không có thật: tháng {month} năm {year} chỉ có "
            f"{last} ngày.",
        )
    return datetime.date(year, month, day)


def _iso_date(value: Any) -> Any:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        text = value.strip()
        match = _ISO_DATE.fullmatch(text)
        if match:
            return make_date(*(int(part) for part in match.groups()))
        written = _VN_DATE.fullmatch(text)
        if written:
            day, month, year = (int(part) for part in written.groups())
            raise PydanticCustomError(
                "date_format",
                f"Ngày trong tệp viết theo dạng năm-tháng-ngày: {text} phải viết là "
                f"{year}-{month:02d}-{day:02d}.",
            )
    raise PydanticCustomError(
        "date_format",
        "Ngày phải viết theo dạng năm-tháng-ngày, ví dụ 2023-01-15.",
    )


IsoDate = Annotated[datetime.date, BeforeValidator(_iso_date)]
"""A date written ``2023-01-15`` in the files."""


def _clock(value: Any) -> Any:
    if isinstance(value, datetime.time):
        return value
    if isinstance(value, str):
        match = re.fullmatch(r"(\d{1,2})(?::|h)(\d{2})'?", value.strip())
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if hour < 24 and minute < 60:
                return datetime.time(hour, minute)
    raise PydanticCustomError(
        "time_format", 'Giờ phải viết theo dạng giờ:phút trong dấu nháy, ví dụ "09:00".'
    )


ClockTime = Annotated[
    datetime.time,
    BeforeValidator(_clock),
    WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}:\d{2}$"}),
]
"""A time of day written ``"09:00"`` in the files."""


@dataclass(frozen=True, slots=True)
class IssueDate:
    """The date a document is issued; a draft leaves the day blank (``2023-01``)."""

    year: int
    month: int
    day: int | None = None

    @property
    def is_draft(self) -> bool:
        """True when the day is still blank."""
        return self.day is None

    @property
    def earliest(self) -> datetime.date:
        """The date itself, or the first day of its month for a draft."""
        return datetime.date(self.year, self.month, self.day or 1)

    def __str__(self) -> str:
        month = f"{self.year:04d}-{self.month:02d}"
        return month if self.day is None else f"{month}-{self.day:02d}"

    @classmethod
    def parse(cls, value: Any) -> IssueDate:
        if isinstance(value, IssueDate):
            return value
        if isinstance(value, datetime.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, str):
            text = value.strip()
            full = _ISO_DATE.fullmatch(text)
            if full:
                day = make_date(*(int(part) for part in full.groups()))
                return cls(day.year, day.month, day.day)
            month = re.fullmatch(r"(\d{4})-(\d{2})", text)
            if month:
                make_date(int(month.group(1)), int(month.group(2)), 1)
                return cls(int(month.group(1)), int(month.group(2)))
        raise PydanticCustomError(
            "date_format",
            "Ngày ban hành viết theo dạng 2023-01-10, hoặc 2023-01 khi là dự thảo chưa có ngày.",
        )

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse, serialization=core_schema.to_string_ser_schema()
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"type": "string", "pattern": r"^\d{4}-\d{2}(-\d{2})?$"}
