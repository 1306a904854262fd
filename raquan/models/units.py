"""The unit registry: the bodies of an area, their names, and the named groups of them.

One registry file is shared by many plans. A unit is a body that can be given a duty or receive
a plan (a commune's People's Committee, a department, a mass organisation); a group is a name
the plans use for several units at once ("UBND các xã, phường"), defined by its members or by
the kinds of unit it takes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from raquan.models.base import Id, IsoDate, Model, Ref, Text

UnitKind = Literal[
    "ủy ban nhân dân",
    "hội đồng nhân dân",
    "xã",
    "phường",
    "thị trấn",
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


class DayOff(Model):
    """A day off that the official calendar does not know (a local holiday, a swapped day)."""

    date: IsoDate = Field(description="Ngày nghỉ, dạng 2023-01-15.")
    reason: Text = Field(description="Lý do nghỉ, hiện cho người dùng (ví dụ: Nghỉ bù).")


class CalendarOverrides(Model):
    """Days off and working days declared on top of the national calendar."""

    days_off: list[DayOff] = Field(
        default_factory=list, description="Ngày nghỉ thêm ngoài lịch nghỉ lễ, Tết của Nhà nước."
    )
    working_days: list[IsoDate] = Field(
        default_factory=list,
        description="Ngày làm việc bù rơi vào thứ Bảy, Chủ nhật (nếu có).",
    )


class Unit(Model):
    """A body that can be given duties and receive documents."""

    id: Id = Field(description="Mã định danh của đơn vị, ví dụ: xa-doan-ket.")
    name: Text = Field(description="Tên chính thức đầy đủ: Ủy ban nhân dân xã Đoàn Kết.")
    short: Text | None = Field(
        default=None, description="Tên ngắn dùng trong văn bản: UBND xã Đoàn Kết."
    )
    aliases: list[Text] = Field(
        default_factory=list,
        description="Các cách gọi khác mà người dùng có thể gõ: xã Đoàn Kết, Đoàn Kết.",
    )
    kind: UnitKind = Field(description="Loại đơn vị: xã, phường, phòng, ban, trung tâm, ...")
    level: Level = Field(default="huyện", description="Cấp: trung ương, tỉnh, huyện, xã.")
    abbreviation: str | None = Field(
        default=None,
        description="Chữ viết tắt trong ký hiệu văn bản, ví dụ PKT (Phòng Kinh tế).",
        pattern=r"^[A-ZĐ0-9&.]+$",
    )

    @property
    def display(self) -> str:
        """The name used in documents and agendas: the short name when there is one."""
        return self.short or self.name


class Group(Model):
    """A name for several units at once, by members, by kinds, or both."""

    id: Id = Field(description="Mã định danh của nhóm, ví dụ: ubnd-cac-xa-phuong.")
    name: Text = Field(description="Tên nhóm như văn bản viết: UBND các xã, phường.")
    aliases: list[Text] = Field(default_factory=list, description="Các cách gọi khác của nhóm.")
    members: list[Ref] = Field(
        default_factory=list, description="Các đơn vị hoặc nhóm thành viên (mã hoặc tên)."
    )
    kinds: list[UnitKind] = Field(
        default_factory=list, description="Mọi đơn vị thuộc các loại này là thành viên."
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
    groups: list[Group] = Field(default_factory=list, description="Các nhóm đơn vị có tên.")
    calendar: CalendarOverrides = Field(
        default_factory=CalendarOverrides,
        description="Ngày nghỉ, ngày làm việc bù riêng của địa phương.",
    )
