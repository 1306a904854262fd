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
    DocumentType,
    Id,
    IsoDate,
    IssueDate,
    Model,
    Ref,
    Refs,
    RichText,
    Text,
)
from raquan.models.units import CalendarOverrides

DeadlineKind = Literal["trước", "chậm nhất", "vào lúc", "đến hết"]
DateFormat = Literal["dd/mm/yyyy", "ngày dd tháng mm năm yyyy"]
Role = Literal["chủ trì", "phối hợp"]
DeliverableKind = Literal[
    "kế hoạch chi tiết",
    "báo cáo nhanh",
    "báo cáo tổng hợp",
    "báo cáo",
    "chương trình",
    "bài phát biểu",
    "giấy mời",
    "văn bản",
]
Layout = Literal["danh sách", "đoạn văn", "liền tiêu đề"]
AttachmentKind = Literal["đăng ký ra quân", "phân công phụ trách địa bàn"]

MAX_PATH = 255
"""Longest ``units:`` path a plan may write (characters)."""


class Deadline(Model):
    """When a duty is due, and how the plan writes it."""

    kind: DeadlineKind = Field(
        default="trước",
        description=(
            "Ý nghĩa của thời hạn: 'trước' (hết hạn lúc bắt đầu ngày, hoặc giờ, đã ghi), "
            "'chậm nhất' (đến hết ngày đã ghi), 'vào lúc' (đúng thời điểm), "
            "'đến hết' (một khoảng thời gian kéo dài đến hết ngày đã ghi)."
        ),
    )
    date: IsoDate = Field(description="Ngày của thời hạn, dạng 2023-01-15.")
    time: ClockTime | None = Field(default=None, description='Giờ, nếu có, dạng "09:00".')
    start: IsoDate | None = Field(
        default=None, description="Với một khoảng thời gian: ngày bắt đầu."
    )
    after: Id | None = Field(
        default=None, description="Với một khoảng thời gian: bắt đầu sau sự kiện có mã này."
    )
    format: DateFormat = Field(
        default="dd/mm/yyyy",
        description="Cách viết ngày trong văn bản: 15/01/2023 hay ngày 15 tháng 01 năm 2023.",
    )
    weekday: bool = Field(default=False, description="Ghi thứ trong tuần sau ngày, ví dụ (thứ Ba).")

    @model_validator(mode="after")
    def span_starts_before_end(self) -> Deadline:
        if self.start is not None and self.start > self.date:
            raise ValueError("Ngày bắt đầu ('start') phải trước ngày kết thúc ('date').")
        if self.kind == "vào lúc" and self.time is None:
            raise ValueError("Thời hạn 'vào lúc' phải có giờ ('time').")
        return self

    def end(self) -> datetime.datetime:
        """The first moment (local time, naive) at which the duty is no longer on time."""
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
    to: Refs = Field(default_factory=list, description="Gửi về đơn vị nào (mã hoặc tên).")


class Duty(Model):
    """One obligation of the plan, as one bullet of its text."""

    id: Id = Field(description="Mã định danh của nhiệm vụ; báo cáo của đơn vị sẽ trỏ tới mã này.")
    to: Refs | None = Field(
        default=None,
        description="Đơn vị hoặc nhóm được giao; bỏ trống thì lấy theo mục chứa nhiệm vụ.",
    )
    role: Role = Field(default="chủ trì", description="Vai trò: chủ trì hoặc phối hợp.")
    partners: Refs = Field(
        default_factory=list, description="Các đơn vị phối hợp thực hiện (mã hoặc tên)."
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
    items: list[Duty] = Field(
        default_factory=list, description="Các việc cụ thể của nhiệm vụ (dòng '+')."
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


class Section(Model):
    """A Roman-numbered part of the body (I. MỤC ĐÍCH YÊU CẦU, ...)."""

    title: Text = Field(description="Tiêu đề phần, viết hoa: MỤC ĐÍCH YÊU CẦU.")
    text: RichText | None = Field(
        default=None,
        description="Nội dung, mỗi dòng một đoạn, giữ các mục 1., a), -, + ở đầu dòng.",
    )
    assignments: list[Assignment] = Field(
        default_factory=list, description="Các mục phân công (phần Tổ chức thực hiện)."
    )


class Event(Model):
    """Something that happens at a set time: the launch ceremony."""

    id: Id = Field(description="Mã định danh của sự kiện.")
    title: Text = Field(description="Tên sự kiện: Lễ ra quân điểm của thành phố.")
    date: IsoDate = Field(description="Ngày diễn ra.")
    time: ClockTime | None = Field(default=None, description='Giờ bắt đầu, dạng "08:30".')
    place: Text = Field(description="Địa điểm.")
    host: Refs = Field(description="Đơn vị chủ trì tổ chức.")
    attendees: Refs = Field(default_factory=list, description="Các đơn vị tham dự.")
    content: Text | None = Field(default=None, description="Nội dung, công trình ra quân.")

    def start(self) -> datetime.datetime:
        """When the event starts (local time; the start of the day when no time is set)."""
        return datetime.datetime.combine(self.date, self.time or datetime.time())


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
        default_factory=list, description="Tên cơ quan chủ quản (nếu có), in phía trên."
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
        default_factory=list,
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
        default_factory=list, description="Các dòng của bảng đăng ký."
    )
    assignments: list[AreaAssignment] = Field(
        default_factory=list, description="Các dòng của bảng phân công."
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
        default_factory=list, description="Các văn bản làm căn cứ."
    )
    preamble: RichText | None = Field(
        default=None,
        description="Đoạn mở đầu; {legal_bases} là chỗ in danh sách văn bản căn cứ.",
    )
    footnotes: Annotated[dict[str, RichText], BeforeValidator(_string_keys)] = Field(
        default_factory=dict, description="Chú thích cuối trang, theo nhãn dùng trong [^nhãn]."
    )
    sections: list[Section] = Field(default_factory=list, description="Các phần I, II, III, ...")
    events: list[Event] = Field(default_factory=list, description="Các sự kiện (lễ ra quân).")
    closing: RichText | None = Field(
        default=None, description="Câu kết thúc, in trước ký hiệu ./. ở cuối văn bản."
    )
    recipients: list[Annotated[Recipient, BeforeValidator(_recipient)]] = Field(
        default_factory=list, description="Nơi nhận."
    )
    archive: list[Text] = Field(
        default_factory=lambda: ["VT"],
        description="Dòng Lưu: VT và chữ viết tắt đơn vị soạn thảo, ví dụ [VT, KTN].",
    )
    signature: Signature | None = Field(default=None, description="Phần ký.")
    attachments: list[Attachment] = Field(default_factory=list, description="Các phụ lục.")
    calendar: CalendarOverrides = Field(
        default_factory=CalendarOverrides,
        description="Ngày nghỉ, ngày làm việc bù riêng của kế hoạch.",
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
