"""A unit's result file (``kind: report``): what it did under a plan, for one report duty.

The communes and departments send these files back; each is untrusted input from another
office. Every field is strictly typed (a number written as text is an error, not a guess),
bounded (lengths, counts, amounts), and nothing in the file names a path, a template or
anything outside its own values: the plan and the duty are named by their ids.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic_core import PydanticCustomError, core_schema

if TYPE_CHECKING:
    from pydantic.json_schema import JsonSchemaValue

from raquan.models.base import Id, Model, Ref, Text, _clean_text, make_date, new_list
from raquan.models.plan import Signature

ReportType = Literal["nhanh", "tổng hợp"]
WorkState = Literal["hoàn thành", "đang thực hiện", "chưa thực hiện"]

MAX_TEXT = 20_000
"""Longest free text a result file may hold (characters)."""
MAX_AMOUNT = 10**13
"""Largest amount of money (đồng) a result file may declare."""

LongText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT),
    AfterValidator(_clean_text),
]
ShortText = Annotated[Text, StringConstraints(max_length=300)]

REPORT_TYPES = {"nhanh": "báo cáo nhanh", "tổng hợp": "báo cáo tổng hợp"}
"""Report type -> the deliverable kind of the duty it answers."""
REPORT_KINDS: dict[str, ReportType] = {"quick": "nhanh", "summary": "tổng hợp"}
"""The ``--kind`` of ``raquan new report`` and ``render report`` -> the report type."""
REPORT_FILE_WORDS: dict[str, str] = {"quick": "nhanh", "summary": "tong-hop"}
"""The ``--kind`` -> the word for it in the names of the files raquan writes."""


@dataclass(frozen=True, slots=True)
class SubmittedAt:
    """When a report was sent: a date, and the time when it matters (a quick report)."""

    date: datetime.date
    time: datetime.time | None = None

    def moment(self) -> datetime.datetime:
        """The moment, local time (the end of the day when no time is given)."""
        if self.time is None:
            return datetime.datetime.combine(self.date, datetime.time(23, 59, 59))
        return datetime.datetime.combine(self.date, self.time)

    def __str__(self) -> str:
        day = self.date.isoformat()
        return day if self.time is None else f"{day} {self.time:%H:%M}"

    @classmethod
    def parse(cls, value: Any) -> SubmittedAt:
        if isinstance(value, SubmittedAt):
            return value
        if isinstance(value, str):
            match = re.fullmatch(
                r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?", value.strip()
            )
            if match:
                day = make_date(*(int(part) for part in match.groups()[:3]))
                if match.group(4) is None:
                    return cls(day)
                hour, minute = int(match.group(4)), int(match.group(5))
                if hour < 24 and minute < 60:
                    return cls(day, datetime.time(hour, minute))
        raise PydanticCustomError(
            "date_format",
            'Ngày gửi viết theo dạng 2023-03-28, hoặc kèm giờ: "2023-01-31 08:45".',
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
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2})?$"}


class Money(Model):
    """Money raised, by source, in đồng."""

    state_budget: int = Field(
        default=0, ge=0, le=MAX_AMOUNT, strict=True, description="Ngân sách nhà nước (đồng)."
    )
    people: int = Field(
        default=0, ge=0, le=MAX_AMOUNT, strict=True, description="Nhân dân đóng góp (đồng)."
    )
    businesses: int = Field(
        default=0,
        ge=0,
        le=MAX_AMOUNT,
        strict=True,
        description="Doanh nghiệp, đơn vị đóng quân trên địa bàn đóng góp (đồng).",
    )

    @property
    def total(self) -> int:
        """All sources together."""
        return self.state_budget + self.people + self.businesses


class Work(Model):
    """One work done (or under way) during the campaign."""

    name: ShortText = Field(description="Tên công trình, phần việc: Bê tông hóa đường thôn 8.")
    quantity: float = Field(ge=0, le=10**9, strict=True, description="Khối lượng.")
    measure: Annotated[Text, StringConstraints(max_length=20)] = Field(
        description="Đơn vị tính: m, m², km, cây, ..."
    )
    place: ShortText | None = Field(default=None, description="Địa điểm.")
    state: WorkState = Field(
        default="hoàn thành", description="Tình trạng: hoàn thành, đang thực hiện, chưa thực hiện."
    )


class Report(Model):
    """A unit's result file (``kind: report``)."""

    raquan: Literal[1] = Field(description="Phiên bản định dạng tệp raquan.")
    kind: Literal["report"] = Field(description="Loại tệp: báo cáo kết quả của đơn vị.")
    plan: Id = Field(description="Mã của kế hoạch mà báo cáo trả lời.")
    duty: Id = Field(description="Mã của nhiệm vụ báo cáo trong kế hoạch.")
    unit: Ref = Field(description="Đơn vị báo cáo (mã hoặc tên trong danh mục đơn vị).")
    type: ReportType = Field(description="Loại báo cáo: nhanh, hoặc tổng hợp.")
    submitted: SubmittedAt = Field(
        description='Ngày gửi (2023-03-28), kèm giờ nếu là báo cáo nhanh ("2023-01-31 08:45").'
    )
    number: Annotated[Text, StringConstraints(max_length=60)] | None = Field(
        default=None, description="Số, ký hiệu của báo cáo, ví dụ 15/BC-UBND."
    )
    place: Annotated[Text, StringConstraints(max_length=80)] | None = Field(
        default=None, description="Địa danh ghi trước ngày tháng, ví dụ Đoàn Kết."
    )
    participants: int = Field(
        default=0, ge=0, le=10**7, strict=True, description="Số người tham gia."
    )
    workdays: float = Field(default=0, ge=0, le=10**8, strict=True, description="Số ngày công.")
    money: Money = Field(default_factory=Money, description="Kinh phí huy động, theo nguồn.")
    works: list[Work] = Field(
        default_factory=new_list, max_length=2000, description="Công trình, phần việc đã làm."
    )
    results: LongText | None = Field(default=None, description="Kết quả đạt được (văn bản).")
    difficulties: LongText | None = Field(default=None, description="Khó khăn, vướng mắc.")
    proposals: LongText | None = Field(default=None, description="Đề xuất, kiến nghị.")
    signature: Signature | None = Field(default=None, description="Phần ký của báo cáo.")

    @property
    def deliverable(self) -> str:
        """The deliverable kind of the duty this report answers."""
        return REPORT_TYPES[self.type]
