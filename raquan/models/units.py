"""The unit registry: the bodies of an area, their names, and the named groups of them.

One registry file is shared by many plans. A unit is a body that can be given a duty or receive
a plan (a commune's People's Committee, a department, a mass organisation); a group is a name
the plans use for several units at once ("UBND các xã, phường"), defined by its members or by
the kinds of unit it takes.

Units change: communes merge, are split or renamed, bodies are abolished. A unit may say when
it began (``began``: the date, the units it was formed from, the act that did it) and when it
ended (``ended``: the date the change took effect, what happened, the units that took over,
the act); it is in force from the day it began until the day before it ended. Names are
resolved as of a date (``raquan.domain.history``), so one registry serves a plan of 2023 and a
plan of 2026 alike.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

if TYPE_CHECKING:
    from pydantic import GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue

from raquan.models.base import Id, IsoDate, Model, Ref, Text, new_list

UnitKind = Literal[
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "xã",
    "phường",
    "thị trấn",
    "đặc khu",
    "phòng",
    "ban",
    "văn phòng",
    "trung tâm",
    "sở",
    "đơn vị sự nghiệp",
    "mặt trận tổ quốc",
    "tổ chức chính trị - xã hội",
    "cơ quan đảng",
    "lực lượng vũ trang",
    "lãnh đạo",
    "khác",
]
"""What kind of body a unit is; groups may take all units of some kinds."""

Level = Literal["trung ương", "tỉnh", "huyện", "xã"]
"""The level of government a unit belongs to (a city of a province is at the huyện level)."""


NoticeText = Annotated[Text, StringConstraints(max_length=300)]


class DayOff(Model):
    """A day off that the official calendar does not know (a local holiday, a swapped day)."""

    date: IsoDate = Field(description="Ngày nghỉ, dạng 2023-01-15.")
    reason: Text = Field(description="Lý do nghỉ, hiện cho người dùng (ví dụ: Nghỉ bù).")
    notice: NoticeText | None = Field(
        default=None,
        description="Văn bản thông báo ngày nghỉ: Công văn số 12729/VPCP-KGVX ngày 25/12/2025.",
    )
    note: NoticeText | None = Field(default=None, description="Ghi chú (chỗ còn chưa chắc).")


class WorkingDay(Model):
    """A day worked although it would be a day off (a Saturday worked for a Friday off)."""

    date: IsoDate = Field(description="Ngày làm việc bù, dạng 2026-01-10.")
    reason: Text | None = Field(default=None, description="Lý do: Làm bù cho thứ Sáu 02/01/2026.")
    notice: NoticeText | None = Field(default=None, description="Văn bản thông báo.")
    note: NoticeText | None = Field(default=None, description="Ghi chú (chỗ còn chưa chắc).")


def _working_day(value: Any) -> Any:
    return value if isinstance(value, dict | WorkingDay) else {"date": value}


class _DateOrTable:
    """The JSON Schema of a working day: a date (``2026-01-10``) or a ``WorkingDay`` table."""

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {"anyOf": [{"type": "string", "format": "date"}, handler(schema)]}


class CalendarOverrides(Model):
    """Days off and working days declared on top of the national calendar."""

    days_off: list[DayOff] = Field(
        default_factory=new_list, description="Ngày nghỉ thêm ngoài lịch nghỉ lễ, Tết của Nhà nước."
    )
    working_days: list[Annotated[WorkingDay, BeforeValidator(_working_day), _DateOrTable()]] = (
        Field(
            default_factory=new_list,
            description=(
                "Ngày làm việc bù rơi vào thứ Bảy, Chủ nhật (nếu có): một ngày (2026-01-10), hoặc "
                "một bảng có date, reason, notice."
            ),
        )
    )


Change = Literal["nhập", "chia", "đổi tên", "giải thể", "kết thúc hoạt động"]
"""What happened to a unit when it ended: merged into one unit, split into several, renamed
(one successor under the new name), dissolved, or wound up (as the district level was)."""

_SUCCESSORS_OF = {"nhập": (1, 1), "chia": (2, None), "đổi tên": (1, 1)}
"""How many successors each change takes: (at least, at most)."""


def _code_as_written(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        raise PydanticCustomError(
            "code_format",
            f'Mã đơn vị hành chính viết trong dấu nháy, ví dụ "{value:05d}", để giữ các số 0 ở '
            "đầu.",
        )
    if isinstance(value, str) and not re.fullmatch(r"[0-9]{2,5}", value.strip()):
        raise PydanticCustomError(
            "code_format",
            "Mã đơn vị hành chính gồm 2 chữ số (tỉnh), 3 (huyện) hoặc 5 (xã, phường), ví dụ "
            '"23329".',
        )
    return value.strip() if isinstance(value, str) else value


AdminCode = Annotated[
    str,
    BeforeValidator(_code_as_written),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]{2,5}$"}),
]
"""An official administrative code (mã đơn vị hành chính): "51", "608", "23329"."""


class Beginning(Model):
    """When a unit began, what it was formed from, and by which act."""

    model_config = ConfigDict(
        json_schema_extra={
            "description": "Đơn vị bắt đầu hoạt động từ ngày nào, được hình thành từ những đơn "
            "vị nào, theo văn bản nào."
        }
    )

    date: IsoDate = Field(description="Ngày đơn vị bắt đầu hoạt động, dạng 2025-07-01.")
    predecessors: list[Ref] = Field(
        default_factory=new_list,
        description="Các đơn vị trước đó (mã hoặc tên) mà đơn vị này được hình thành từ.",
    )
    act: Text | None = Field(
        default=None,
        description="Văn bản quyết định việc thành lập, ví dụ: Nghị quyết 1677/NQ-UBTVQH15.",
    )


class Ending(Model):
    """When a unit ended, what happened to it, who took over, and by which act."""

    model_config = ConfigDict(
        json_schema_extra={
            "description": "Đơn vị thôi hoạt động từ ngày nào, vì sao (nhập, chia, đổi tên, giải "
            "thể, kết thúc hoạt động), đơn vị nào kế tiếp, theo văn bản nào."
        }
    )

    date: IsoDate = Field(
        description="Ngày việc sắp xếp có hiệu lực, dạng 2025-07-01: từ ngày này đơn vị không "
        "còn; đơn vị hoạt động đến hết ngày hôm trước."
    )
    change: Change | None = Field(
        default=None,
        description="Điều gì xảy ra: 'nhập' (nhập vào một đơn vị), 'chia' (chia thành nhiều "
        "đơn vị), 'đổi tên', 'giải thể' hoặc 'kết thúc hoạt động'. Bỏ trống: 'nhập' khi có một "
        "đơn vị kế tiếp, 'chia' khi có nhiều.",
    )
    successors: list[Ref] = Field(
        default_factory=new_list,
        description="Các đơn vị kế tiếp (mã hoặc tên): đơn vị nhận, các đơn vị sau khi chia, "
        "hoặc đơn vị mang tên mới.",
    )
    act: Text | None = Field(
        default=None,
        description="Văn bản quyết định việc này, ví dụ: Nghị quyết 1677/NQ-UBTVQH15.",
    )

    @model_validator(mode="after")
    def successors_fit_the_change(self) -> Ending:
        count = len(self.successors)
        if self.change in ("giải thể", "kết thúc hoạt động") and count:
            raise ValueError(
                f"Đơn vị '{self.change}' thì không có đơn vị kế tiếp; bỏ 'successors', hoặc "
                "ghi 'change' là 'nhập', 'chia' hay 'đổi tên'."
            )
        if self.change in _SUCCESSORS_OF:
            least, most = _SUCCESSORS_OF[self.change]
            if count < least or (most is not None and count > most):
                wanted = "đúng một đơn vị kế tiếp" if most == 1 else "từ hai đơn vị kế tiếp"
                raise ValueError(
                    f"'{self.change}' cần {wanted} trong 'successors' (đang có {count})."
                )
        return self

    @property
    def kind(self) -> Change | None:
        """The change, or what the number of successors implies when it is not written."""
        if self.change is not None or not self.successors:
            return self.change
        return "nhập" if len(self.successors) == 1 else "chia"


class Unit(Model):
    """A body that can be given duties and receive documents."""

    id: Id = Field(description="Mã định danh của đơn vị, ví dụ: xa-doan-ket.")
    name: Text = Field(description="Tên chính thức đầy đủ: Ủy ban nhân dân xã Đoàn Kết.")
    short: Text | None = Field(
        default=None, description="Tên ngắn dùng trong văn bản: UBND xã Đoàn Kết."
    )
    aliases: list[Text] = Field(
        default_factory=new_list,
        description="Các cách gọi khác mà người dùng có thể gõ: xã Đoàn Kết, Đoàn Kết.",
    )
    kind: UnitKind = Field(description="Loại đơn vị: xã, phường, phòng, ban, trung tâm, ...")
    level: Level = Field(default="huyện", description="Cấp: trung ương, tỉnh, huyện, xã.")
    abbreviation: str | None = Field(
        default=None,
        description="Chữ viết tắt trong ký hiệu văn bản, ví dụ PKT (Phòng Kinh tế).",
        pattern=r"^[A-ZĐ0-9&.]+$",
    )
    code: AdminCode | None = Field(
        default=None,
        description='Mã đơn vị hành chính theo danh mục của Nhà nước, ví dụ "23329" (xã Đoàn '
        "Kết); chỉ các đơn vị hành chính và Ủy ban nhân dân của chúng có mã.",
    )
    began: Beginning | None = Field(
        default=None,
        description="Đơn vị bắt đầu hoạt động từ ngày nào, được hình thành từ những đơn vị nào, "
        "theo văn bản nào. Bỏ trống: đã có từ trước.",
    )
    ended: Ending | None = Field(
        default=None,
        description="Đơn vị thôi hoạt động từ ngày nào, vì sao, đơn vị nào kế tiếp, theo văn bản "
        "nào. Bỏ trống: vẫn đang hoạt động.",
    )

    @property
    def display(self) -> str:
        """The name used in documents and agendas: the short name when there is one."""
        return self.short or self.name

    @property
    def since(self) -> datetime.date | None:
        """The first day the unit is in force, if it began within the registry's history."""
        return self.began.date if self.began is not None else None

    @property
    def until(self) -> datetime.date | None:
        """The first day the unit is no longer in force, if it ended."""
        return self.ended.date if self.ended is not None else None


class Group(Model):
    """A name for several units at once, by members, by kinds, or both."""

    id: Id = Field(description="Mã định danh của nhóm, ví dụ: ubnd-cac-xa-phuong.")
    name: Text = Field(description="Tên nhóm như văn bản viết: UBND các xã, phường.")
    aliases: list[Text] = Field(default_factory=new_list, description="Các cách gọi khác của nhóm.")
    members: list[Ref] = Field(
        default_factory=new_list, description="Các đơn vị hoặc nhóm thành viên (mã hoặc tên)."
    )
    kinds: list[UnitKind] = Field(
        default_factory=new_list, description="Mọi đơn vị thuộc các loại này là thành viên."
    )
    level: Level | None = Field(
        default=None, description="Chỉ lấy các đơn vị thuộc loại trên ở cấp này."
    )

    @model_validator(mode="after")
    def has_members_or_kinds(self) -> Group:
        if not self.members and not self.kinds:
            raise ValueError("Nhóm phải có 'members' (thành viên) hoặc 'kinds' (loại đơn vị).")
        return self


class Registry(Model):
    """A unit registry file (``kind: units``)."""

    raquan: Literal[1] = Field(description="Phiên bản định dạng tệp raquan.")
    kind: Literal["units"] = Field(description="Loại tệp: danh mục đơn vị.")
    area: Text = Field(description="Địa bàn của danh mục, ví dụ: thành phố Kon Tum.")
    units: list[Unit] = Field(description="Các đơn vị.")
    groups: list[Group] = Field(default_factory=new_list, description="Các nhóm đơn vị có tên.")
    calendar: CalendarOverrides = Field(
        default_factory=CalendarOverrides,
        description="Ngày nghỉ, ngày làm việc bù riêng của địa phương.",
    )
