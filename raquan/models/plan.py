"""The plan file (``kind: plan``): header, text, events, duties with deadlines, and closing.

The body keeps the document's Vietnamese outline as text (``1.``, ``a)``, ``-``, ``+`` at the
start of a line; the Roman numerals of the sections are added from their order), while every
fact that a tool must understand is structured: who must do what, by when, with whom, for which
event. The duty's own text carries a ``{deadline}`` placeholder where the plan prints its
deadline, so that the phrase ("trước ngày 15/01/2023") is derived from the date, never typed.

Placeholders in rich text: ``{deadline}`` (in a duty), ``{when:EVENT}``, ``{place:EVENT}``,
``{content:EVENT}``, ``{theme}``, ``{legal_bases}``, ``{attachment:ID}``; ``{{`` and ``}}`` write
literal braces.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from raquan.diagnostics import DataPath
from raquan.models.base import (
    ClockTime,
    Id,
    IsoDate,
    IssueDate,
    Model,
    Ref,
    Refs,
    RichText,
    Text,
    new_list,
)
from raquan.models.units import CalendarOverrides
from raquan.models.vocabulary import DocumentType

DateFormat = Literal["dd/mm/yyyy", "ngày dd tháng mm năm yyyy"]
DeadlineKind = Literal[
    "trước",
    "chậm nhất",
    "vào lúc",
    "đến hết",
    "vào ngày",
    "trong",
    "trong thời gian",
    "trong thời hạn",
]
Counting = Literal["ngày", "ngày làm việc"]
Repeat = Literal["hằng tháng", "hằng quý", "hằng năm"]

_DATED = ("trước", "chậm nhất", "vào lúc", "đến hết", "vào ngày")
_COMMON = frozenset({"kind", "format", "weekday", "text"})
_ALLOWED: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        _DATED,
        _COMMON | {"date", "time", "start", "after", "repeat", "day", "month", "until"},
    ),
    "trong": _COMMON | {"month", "quarter", "year", "show_year"},
    "trong thời gian": _COMMON | {"event"},
    "trong thời hạn": _COMMON | {"days", "counting", "from_"},
}
"""The keys each kind of deadline may carry."""
_FIELD_NAMES = {"from_": "from"}


Role = Literal["chủ trì", "phối hợp"]
RemindDays = Annotated[int, Field(ge=0, le=60)]
"""How many days before a deadline (working days) or an event (days) a calendar reminds."""
DeliverableKind = Literal[
    "kế hoạch chi tiết",
    "báo cáo nhanh",
    "báo cáo tổng hợp",
    "báo cáo",
    "chương trình",
    "bài phát biểu",
    "giấy mời",
    "văn bản",
    "sản phẩm khác",
]
Layout = Literal["danh sách", "đoạn văn", "liền tiêu đề"]
AttachmentKind = Literal["đăng ký ra quân", "phân công phụ trách địa bàn"]
TableField = Literal["stt", "nội dung", "chủ trì", "phối hợp", "thời hạn", "sản phẩm", "ghi chú"]

MAX_PATH = 255
"""Longest ``units:`` path a plan may write (characters)."""


class CountedFrom(Model):
    """Where a period counted in days starts: a date, an event, or another duty's completion."""

    date: IsoDate | None = Field(default=None, description="Kể từ ngày này (2024-02-05).")
    event: Id | None = Field(default=None, description="Kể từ ngày diễn ra sự kiện có mã này.")
    duty: Id | None = Field(
        default=None,
        description="Kể từ ngày đơn vị hoàn thành nhiệm vụ có mã này (tính riêng cho từng đơn vị).",
    )

    @model_validator(mode="after")
    def names_one_origin(self) -> CountedFrom:
        given = [name for name in ("date", "event", "duty") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError(
                "'from' ghi đúng một mốc: 'date' (một ngày), 'event' (một sự kiện) hoặc "
                "'duty' (ngày hoàn thành một nhiệm vụ khác)."
            )
        return self


class Deadline(Model):
    """When a duty is due, and how the plan writes it."""

    kind: DeadlineKind = Field(
        default="trước",
        description=(
            "Ý nghĩa của thời hạn: 'trước' (hết hạn lúc bắt đầu ngày, hoặc giờ, đã ghi), "
            "'chậm nhất' (đến hết ngày đã ghi), 'vào lúc' (đúng thời điểm), "
            "'đến hết' (một khoảng thời gian kéo dài đến hết ngày đã ghi), 'vào ngày' (trong "
            "ngày đã ghi), 'trong' (trong một tháng hoặc một quý: 'month' hoặc 'quarter' và "
            "'year'), 'trong thời gian' (trong thời gian diễn ra sự kiện 'event'), 'trong thời "
            "hạn' (trong 'days' ngày hoặc ngày làm việc kể từ mốc 'from')."
        ),
    )
    date: IsoDate | None = Field(
        default=None,
        description=(
            "Ngày của thời hạn, dạng 2023-01-15 (với 'trước', 'chậm nhất', 'vào lúc', "
            "'đến hết', 'vào ngày' không lặp lại)."
        ),
    )
    time: ClockTime | None = Field(default=None, description='Giờ, nếu có, dạng "09:00".')
    start: IsoDate | None = Field(
        default=None,
        description=(
            "Với một khoảng thời gian: ngày bắt đầu. Với thời hạn lặp lại: ngày bắt đầu lặp "
            "(mặc định: ngày bắt đầu của kế hoạch)."
        ),
    )
    after: Id | None = Field(
        default=None, description="Với một khoảng thời gian: bắt đầu sau sự kiện có mã này."
    )
    format: DateFormat = Field(
        default="dd/mm/yyyy",
        description="Cách viết ngày trong văn bản: 15/01/2023 hay ngày 15 tháng 01 năm 2023.",
    )
    weekday: bool = Field(default=False, description="Ghi thứ trong tuần sau ngày, ví dụ (thứ Ba).")
    month: int | None = Field(
        default=None,
        ge=1,
        le=12,
        description=(
            "Với 'trong': tháng (trong tháng 6/2024). Với 'repeat: hằng năm': tháng trong năm; "
            "với 'repeat: hằng quý': tháng thứ mấy của quý (1, 2, 3; mặc định 3, tháng cuối quý)."
        ),
    )
    quarter: int | None = Field(
        default=None, ge=1, le=4, description="Với 'trong': quý (1 đến 4: trong Quý II)."
    )
    year: int | None = Field(
        default=None, ge=1900, le=2199, description="Với 'trong': năm của tháng hoặc quý."
    )
    show_year: bool = Field(
        default=True,
        description="Với 'trong': có in năm hay không ('trong Quý II' thay cho 'trong Quý II "
        "năm 2024').",
    )
    event: Id | None = Field(
        default=None, description="Với 'trong thời gian': mã sự kiện mà nhiệm vụ làm trong đó."
    )
    days: int | None = Field(
        default=None, ge=1, le=366, description="Với 'trong thời hạn': số ngày (05)."
    )
    counting: Counting = Field(
        default="ngày",
        description="Với 'trong thời hạn': đếm theo 'ngày' (ngày lịch) hay 'ngày làm việc'.",
    )
    from_: CountedFrom | None = Field(
        default=None,
        alias="from",
        description="Với 'trong thời hạn': mốc bắt đầu tính (kể từ ngày ...).",
    )
    repeat: Repeat | None = Field(
        default=None,
        description=(
            "Thời hạn lặp lại: 'hằng tháng', 'hằng quý', 'hằng năm' (báo cáo định kỳ), trong "
            "thời gian của kế hoạch; ghi 'day' thay cho 'date'."
        ),
    )
    day: int | None = Field(
        default=None, ge=1, le=31, description="Với 'repeat': ngày trong tháng (25: ngày 25)."
    )
    until: IsoDate | None = Field(
        default=None,
        description="Với 'repeat': ngày lặp cuối cùng (mặc định: ngày kết thúc của kế hoạch).",
    )
    text: Text | None = Field(
        default=None,
        description=(
            "Lời văn của thời hạn như văn bản gốc viết, khi khác cách raquan in (ví dụ "
            "'Trước ngày 31/5/2024'); bỏ trống thì raquan in từ ngày, giờ. raquan check so "
            "ngày, giờ, thứ viết ở đây với dữ liệu."
        ),
    )

    @model_validator(mode="after")
    def fields_fit_the_kind(self) -> Deadline:
        kind = self.kind
        for name in sorted(self.model_fields_set - _ALLOWED[kind]):
            shown = _FIELD_NAMES.get(name, name)
            raise ValueError(f"Khoá '{shown}' không dùng với thời hạn '{kind}'.")
        if kind in _DATED:
            self._check_dated()
        elif kind == "trong":
            if (self.month is None) == (self.quarter is None):
                raise ValueError(
                    "Thời hạn 'trong' ghi đúng một trong hai: 'month' (tháng) hoặc 'quarter' (quý)."
                )
            if self.year is None:
                raise ValueError("Thời hạn 'trong' phải có năm ('year').")
        elif kind == "trong thời gian":
            if self.event is None:
                raise ValueError("Thời hạn 'trong thời gian' phải có mã sự kiện ('event').")
        elif self.days is None or self.from_ is None:
            raise ValueError(
                "Thời hạn 'trong thời hạn' phải có số ngày ('days') và mốc tính ('from')."
            )
        return self

    def _check_dated(self) -> None:
        if self.repeat is not None:
            if self.day is None or self.date is not None:
                raise ValueError(
                    "Thời hạn lặp lại ('repeat') ghi ngày trong tháng ('day'), không ghi 'date'."
                )
            if self.repeat == "hằng năm" and self.month is None:
                raise ValueError("Thời hạn 'hằng năm' phải có tháng ('month').")
            if self.repeat == "hằng quý" and self.month is not None and self.month > 3:
                raise ValueError("Với 'hằng quý', 'month' là tháng thứ mấy của quý: 1, 2 hoặc 3.")
            if self.after is not None:
                raise ValueError("Thời hạn lặp lại không có 'after'.")
            if self.start is not None and self.until is not None and self.until < self.start:
                raise ValueError("Ngày lặp cuối cùng ('until') phải sau ngày bắt đầu ('start').")
        else:
            if self.date is None:
                raise ValueError(f"Thời hạn '{self.kind}' phải có ngày ('date').")
            for name in ("day", "until", "month"):
                if name in self.model_fields_set:
                    raise ValueError(f"Khoá '{name}' chỉ dùng với thời hạn lặp lại ('repeat').")
            if self.start is not None and self.start > self.date:
                raise ValueError("Ngày bắt đầu ('start') phải trước ngày kết thúc ('date').")
        if self.kind == "vào lúc" and self.time is None:
            raise ValueError("Thời hạn 'vào lúc' phải có giờ ('time').")

    @property
    def fixed(self) -> bool:
        """True for a deadline on one written date (not a month, an event, a count, a repeat)."""
        return self.kind in _DATED and self.repeat is None and self.date is not None

    def end(self) -> datetime.datetime:
        """The first moment (local time, naive) at which a deadline on one written date
        (``fixed``) is no longer met. Every other form needs the plan and the working calendar:
        ``raquan.domain.deadlines.occurrences`` gives them all."""
        if self.date is None:
            raise ValueError("Thời hạn này không có một ngày cố định.")
        if self.kind == "trước":
            return datetime.datetime.combine(self.date, self.time or datetime.time())
        if self.kind == "vào lúc":
            assert self.time is not None
            return datetime.datetime.combine(self.date, self.time)
        if self.time is not None:  # "chậm nhất 17h00 ngày ...": 17:00 itself is still on time
            return datetime.datetime.combine(self.date, self.time) + datetime.timedelta(minutes=1)
        return datetime.datetime.combine(self.date + datetime.timedelta(days=1), datetime.time())

    def last_day(self) -> datetime.date:
        """The last calendar day on which the duty is on time."""
        return (self.end() - datetime.timedelta(microseconds=1)).date()


class Deliverable(Model):
    """What a duty produces, and to whom it is sent."""

    kind: DeliverableKind = Field(
        description="Loại sản phẩm: kế hoạch chi tiết, báo cáo nhanh, ..."
    )
    to: Refs = Field(default_factory=new_list, description="Gửi về đơn vị nào (mã hoặc tên).")
    text: Text | None = Field(
        default=None,
        description="Tên sản phẩm như văn bản viết, khi khác tên loại: Biên bản kiểm tra.",
    )


class Duty(Model):
    """One obligation of the plan, as one bullet of its text."""

    id: Id = Field(description="Mã định danh của nhiệm vụ; báo cáo của đơn vị sẽ trỏ tới mã này.")
    to: Refs | None = Field(
        default=None,
        description="Đơn vị hoặc nhóm được giao; bỏ trống thì lấy theo mục chứa nhiệm vụ.",
    )
    role: Role = Field(default="chủ trì", description="Vai trò: chủ trì hoặc phối hợp.")
    partners: Refs = Field(
        default_factory=new_list, description="Các đơn vị phối hợp thực hiện (mã hoặc tên)."
    )
    text: RichText = Field(
        description="Nội dung nhiệm vụ như văn bản viết; {deadline} là chỗ in thời hạn."
    )
    deliverable: Deliverable | None = Field(default=None, description="Sản phẩm phải nộp.")
    deadline: Deadline | None = Field(default=None, description="Thời hạn.")
    prepares: Id | None = Field(
        default=None, description="Mã sự kiện mà nhiệm vụ này chuẩn bị cho (phải xong trước)."
    )
    reports_on: Id | None = Field(
        default=None, description="Mã sự kiện mà nhiệm vụ này báo cáo (chỉ sau sự kiện)."
    )
    done: IsoDate | None = Field(default=None, description="Ngày đã hoàn thành, nếu đã xong.")
    remind: RemindDays | None = Field(
        default=None,
        description="Lịch nhắc việc này trước hạn bao nhiêu ngày làm việc (0: nhắc vào ngày "
        "đến hạn); bỏ trống thì theo cấu hình 'remind-duty' (mặc định 3).",
    )
    when: Text | None = Field(
        default=None,
        description=(
            "Thời gian thực hiện viết bằng lời khi không có thời hạn cụ thể (Thường xuyên, "
            "Hằng quý); in ở cột thời gian của bảng phân công."
        ),
    )
    note: RichText | None = Field(
        default=None, description="Ghi chú của nhiệm vụ (cột Ghi chú của bảng phân công)."
    )
    items: list[Duty] = Field(
        default_factory=new_list, description="Các việc cụ thể của nhiệm vụ (dòng '+')."
    )


class Assignment(Model):
    """One numbered block of the organisation section: a unit or group and its duties."""

    to: Refs = Field(description="Đơn vị hoặc nhóm được giao các nhiệm vụ của mục này.")
    heading: RichText = Field(description="Tiêu đề mục như văn bản viết: UBND các xã, phường.")
    layout: Layout = Field(
        default="danh sách",
        description=(
            "Cách trình bày: 'danh sách' (mỗi nhiệm vụ một dòng '-'), 'đoạn văn' (không gạch "
            "đầu dòng), 'liền tiêu đề' (nội dung viết ngay sau tiêu đề)."
        ),
    )
    duties: list[Duty] = Field(description="Các nhiệm vụ.")
    note: RichText | None = Field(default=None, description="Dòng ghi chú in sau các nhiệm vụ.")


class TableColumn(Model):
    """One column of an assignment table: what it shows, and its title as the plan writes it."""

    field: TableField = Field(
        description=(
            "Nội dung của cột: stt (số thứ tự), nội dung (nội dung nhiệm vụ), chủ trì (đơn vị "
            "chủ trì, như tiêu đề mục), phối hợp (các đơn vị phối hợp), thời hạn, sản phẩm, "
            "ghi chú."
        )
    )
    title: Text | None = Field(
        default=None, description="Tiêu đề cột như văn bản viết; bỏ trống thì dùng tên mặc định."
    )


class DutyTable(Model):
    """An assignment table: the section's duties printed one per row."""

    columns: list[TableColumn] = Field(
        min_length=2,
        description="Các cột của bảng, theo thứ tự in.",
    )

    @model_validator(mode="after")
    def has_content_column(self) -> DutyTable:
        fields = [column.field for column in self.columns]
        if "nội dung" not in fields:
            raise ValueError("Bảng phân công phải có cột 'nội dung'.")
        if len(set(fields)) != len(fields):
            raise ValueError("Mỗi loại cột chỉ có một lần trong bảng phân công.")
        return self


class Section(Model):
    """A Roman-numbered part of the body (I. MỤC ĐÍCH YÊU CẦU, ...)."""

    title: Text = Field(description="Tiêu đề phần, viết hoa: MỤC ĐÍCH YÊU CẦU.")
    text: RichText | None = Field(
        default=None,
        description="Nội dung, mỗi dòng một đoạn, giữ các mục 1., a), -, + ở đầu dòng.",
    )
    assignments: list[Assignment] = Field(
        default_factory=new_list, description="Các mục phân công (phần Tổ chức thực hiện)."
    )
    table: DutyTable | None = Field(
        default=None,
        description=(
            "In các mục phân công thành một bảng phân công (mỗi nhiệm vụ một dòng) thay cho "
            "các mục 1., 2., ...; tiêu đề mục (heading) in ở cột chủ trì."
        ),
    )


class Event(Model):
    """Something that happens at a set time: the launch ceremony."""

    id: Id = Field(description="Mã định danh của sự kiện.")
    title: Text = Field(description="Tên sự kiện: Lễ ra quân điểm của thành phố.")
    date: IsoDate = Field(description="Ngày diễn ra.")
    time: ClockTime | None = Field(default=None, description='Giờ bắt đầu, dạng "08:30".')
    end_date: IsoDate | None = Field(
        default=None, description="Ngày kết thúc, khi sự kiện kéo dài nhiều ngày."
    )
    end_time: ClockTime | None = Field(
        default=None, description='Giờ kết thúc, dạng "11:00" (mặc định: hết ngày).'
    )
    place: Text = Field(description="Địa điểm.")
    host: Refs = Field(description="Đơn vị chủ trì tổ chức.")
    attendees: Refs = Field(default_factory=new_list, description="Các đơn vị tham dự.")
    content: Text | None = Field(default=None, description="Nội dung, công trình ra quân.")
    remind: RemindDays | None = Field(
        default=None,
        description="Lịch nhắc sự kiện trước bao nhiêu ngày (0: nhắc vào ngày diễn ra); bỏ "
        "trống thì theo cấu hình 'remind-event' (mặc định 1).",
    )

    @model_validator(mode="after")
    def ends_after_it_starts(self) -> Event:
        if self.end() <= self.start():
            raise ValueError("Sự kiện phải kết thúc ('end_date', 'end_time') sau khi bắt đầu.")
        return self

    def start(self) -> datetime.datetime:
        """When the event starts (local time; the start of the day when no time is set)."""
        return datetime.datetime.combine(self.date, self.time or datetime.time())

    def end(self) -> datetime.datetime:
        """When the event is over (local time): its end time, else the end of its last day."""
        last = self.end_date or self.date
        if self.end_time is not None:
            return datetime.datetime.combine(last, self.end_time)
        return datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time())


class CitedDocument(Model):
    """A document the plan cites (căn cứ, thực hiện)."""

    id: Id = Field(description="Mã định danh của văn bản được dẫn.")
    type: DocumentType = Field(description="Loại văn bản: Kế hoạch, Công văn, Quyết định, ...")
    number: Text = Field(description="Số và ký hiệu: 36/KH-UBND (Nhà nước) hoặc 1766-CV/TU (Đảng).")
    date: IsoDate = Field(description="Ngày ban hành.")
    issuer: Text = Field(description="Cơ quan ban hành: Ủy ban nhân dân tỉnh Kon Tum.")
    summary: Text = Field(description="Trích yếu nội dung (không gồm chữ 'về' hoặc 'V/v').")


class Header(Model):
    """The header block of page 1 and the document's identity."""

    type: DocumentType = Field(default="Kế hoạch", description="Loại văn bản.")
    issuer: Ref = Field(description="Cơ quan ban hành, là một đơn vị trong danh mục.")
    issuing_body: list[Text] = Field(
        description="Tên cơ quan ban hành như in ở góc trái, mỗi phần tử một dòng, viết hoa."
    )
    supervising_body: list[Text] = Field(
        default_factory=new_list, description="Tên cơ quan chủ quản (nếu có), in phía trên."
    )
    number: int | None = Field(
        default=None, ge=1, description="Số văn bản; bỏ trống khi là dự thảo chưa lấy số."
    )
    symbol: Text = Field(description="Ký hiệu văn bản: KH-UBND.")
    place: Text = Field(description="Địa danh ghi trước ngày tháng: Kon Tum.")
    date: IssueDate = Field(
        description="Ngày ban hành: 2023-01-10, hoặc 2023-01 khi dự thảo còn để trống ngày."
    )


class Period(Model):
    """The time the plan covers; every deadline must fall inside it."""

    start: IsoDate = Field(description="Ngày bắt đầu.")
    end: IsoDate = Field(description="Ngày kết thúc (tính cả ngày này).")

    @model_validator(mode="after")
    def start_before_end(self) -> Period:
        if self.end < self.start:
            raise ValueError("Ngày kết thúc ('end') phải sau ngày bắt đầu ('start').")
        return self


def _recipient(value: Any) -> Any:
    return {"text": value} if isinstance(value, str) else value


class Recipient(Model):
    """One line of "Nơi nhận"."""

    text: Text | None = Field(default=None, description="Dòng in ra, như: VP. UBND tỉnh.")
    unit: Ref | None = Field(default=None, description="Đơn vị hoặc nhóm nhận (mã hoặc tên).")
    covers: Refs = Field(
        default_factory=new_list,
        description="Các đơn vị hoặc nhóm mà dòng này gửi tới, khi dòng in ra là chữ tự do.",
    )

    @model_validator(mode="after")
    def has_text_or_unit(self) -> Recipient:
        if self.text is None and self.unit is None:
            raise ValueError("Nơi nhận phải có 'text' (dòng in ra) hoặc 'unit' (đơn vị).")
        return self


class Signature(Model):
    """The signature block: authority and titles, then the signer's name."""

    lines: list[Text] = Field(
        min_length=1,
        description="Các dòng thẩm quyền và chức vụ: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / "
        "PHÓ CHỦ TỊCH.",
    )
    signer: Text = Field(description="Họ tên người ký, không ghi học hàm, học vị.")


class Registration(Model):
    """A row of the registration table: what a unit registered to do."""

    unit: Ref = Field(description="Đơn vị đăng ký.")
    content: Text = Field(description="Nội dung, công trình ra quân.")
    place: Text | None = Field(default=None, description="Địa điểm.")
    quantity: float | None = Field(default=None, ge=0, description="Khối lượng đăng ký.")
    measure: Text | None = Field(default=None, description="Đơn vị tính: m, m², km, cây, ...")
    note: Text | None = Field(default=None, description="Ghi chú.")


class AreaAssignment(Model):
    """A row of the assignment table: who follows which commune."""

    area: Ref = Field(description="Xã, phường được phụ trách.")
    members: Refs = Field(description="Các đơn vị, thành viên phụ trách.")
    note: Text | None = Field(default=None, description="Ghi chú.")


class Attachment(Model):
    """An appendix table the plan sends with it."""

    id: Id = Field(description="Mã định danh của phụ lục.")
    title: Text = Field(description="Tên bảng như văn bản viết.")
    kind: AttachmentKind = Field(description="Loại bảng.")
    registrations: list[Registration] = Field(
        default_factory=new_list, description="Các dòng của bảng đăng ký."
    )
    assignments: list[AreaAssignment] = Field(
        default_factory=new_list, description="Các dòng của bảng phân công."
    )

    @model_validator(mode="after")
    def rows_match_kind(self) -> Attachment:
        if self.kind == "đăng ký ra quân" and self.assignments:
            raise ValueError("Bảng đăng ký chỉ có 'registrations', không có 'assignments'.")
        if self.kind == "phân công phụ trách địa bàn" and self.registrations:
            raise ValueError("Bảng phân công chỉ có 'assignments', không có 'registrations'.")
        return self

    @property
    def rows(self) -> list[Registration] | list[AreaAssignment]:
        return self.registrations if self.kind == "đăng ký ra quân" else self.assignments


def _string_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): item for key, item in value.items()}
    return value


class Plan(Model):
    """A plan file (``kind: plan``)."""

    raquan: Literal[1] = Field(description="Phiên bản định dạng tệp raquan.")
    kind: Literal["plan"] = Field(description="Loại tệp: kế hoạch.")
    id: Id = Field(description="Mã định danh của kế hoạch; báo cáo của đơn vị trỏ tới mã này.")
    units: str = Field(
        default="units.yaml",
        max_length=MAX_PATH,
        description="Đường dẫn tới danh mục đơn vị, tính từ thư mục chứa tệp kế hoạch (trong "
        "thư mục đó hoặc thư mục con).",
    )
    header: Header = Field(description="Phần đầu văn bản: cơ quan, số, ký hiệu, ngày tháng.")
    title: Text = Field(description="Trích yếu nội dung, in dưới chữ KẾ HOẠCH.")
    theme: Text | None = Field(default=None, description="Chủ đề, nếu có.")
    period: Period | None = Field(default=None, description="Khoảng thời gian kế hoạch bao trùm.")
    legal_bases: list[CitedDocument] = Field(
        default_factory=new_list, description="Các văn bản làm căn cứ."
    )
    preamble: RichText | None = Field(
        default=None,
        description="Đoạn mở đầu; {legal_bases} là chỗ in danh sách văn bản căn cứ.",
    )
    footnotes: Annotated[dict[str, RichText], BeforeValidator(_string_keys)] = Field(
        default_factory=dict, description="Chú thích cuối trang, theo nhãn dùng trong [^nhãn]."
    )
    sections: list[Section] = Field(
        default_factory=new_list, description="Các phần I, II, III, ..."
    )
    events: list[Event] = Field(default_factory=new_list, description="Các sự kiện (lễ ra quân).")
    closing: RichText | None = Field(
        default=None, description="Câu kết thúc, in trước ký hiệu ./. ở cuối văn bản."
    )
    recipients: list[Annotated[Recipient, BeforeValidator(_recipient)]] = Field(
        default_factory=new_list, description="Nơi nhận."
    )
    archive: list[Text] = Field(
        default_factory=lambda: ["VT"],
        description="Dòng Lưu: VT và chữ viết tắt đơn vị soạn thảo, ví dụ [VT, KTN].",
    )
    signature: Signature | None = Field(default=None, description="Phần ký.")
    attachments: list[Attachment] = Field(default_factory=new_list, description="Các phụ lục.")
    calendar: CalendarOverrides = Field(
        default_factory=CalendarOverrides,
        description="Ngày nghỉ, ngày làm việc bù riêng của kế hoạch.",
    )
    date_style: DateFormat | None = Field(
        default=None,
        description=(
            "Một cách viết ngày cho cả văn bản: 'dd/mm/yyyy' (ngày 15/01/2023) hay "
            "'ngày dd tháng mm năm yyyy' (ngày 15 tháng 01 năm 2023). Có thì mọi ngày raquan "
            "viết trong kế hoạch và trong các báo cáo về kế hoạch theo cách này (kể cả thời "
            "hạn có 'format' riêng); bỏ trống thì mỗi thời hạn theo 'format' của nó, báo cáo "
            "viết dd/mm/yyyy."
        ),
    )

    @field_validator("units")
    @classmethod
    def units_path_is_relative(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("Đường dẫn danh mục đơn vị không được để trống.")
        return value.strip()

    def event(self, event_id: str) -> Event | None:
        """The event with this id, if the plan has one."""
        return next((event for event in self.events if event.id == event_id), None)

    def duties(self) -> Iterator[PlacedDuty]:
        """Every duty, sub-duties included, with where it is and whom it is given to."""
        for s, section in enumerate(self.sections):
            for a, block in enumerate(section.assignments):
                base: DataPath = ("sections", s, "assignments", a)
                for d, duty in enumerate(block.duties):
                    yield from _placed(duty, (*base, "duties", d), block.to, None, block)


@dataclass(frozen=True, slots=True)
class PlacedDuty:
    """A duty with its data path, the units it is given to, and what contains it."""

    duty: Duty
    path: DataPath
    to: tuple[str, ...]
    inherited: bool
    parent: Duty | None
    block: Assignment


def _placed(
    duty: Duty,
    path: DataPath,
    inherited_to: list[str],
    parent: Duty | None,
    block: Assignment,
) -> Iterator[PlacedDuty]:
    own = duty.to is not None
    to = tuple(duty.to if duty.to is not None else inherited_to)
    yield PlacedDuty(duty, path, to, not own, parent, block)
    for i, item in enumerate(duty.items):
        yield from _placed(item, (*path, "items", i), list(to), duty, block)
