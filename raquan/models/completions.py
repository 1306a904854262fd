"""A unit's completion records (``kind: completions``): which duties of a plan it has done.

Any duty, not only reports: "Kế hoạch chi tiết đã ban hành ngày 13/01/2023 (Kế hoạch số
05/KH-UBND)". One file holds one unit's records for one plan, one entry per completion, so that
``raquan done`` only ever adds an entry and a clerk can read the whole history of a unit.

Like result files, these come from other offices: untrusted input. Every field is typed and
bounded (lengths, number of entries), the same reader limits apply (size, depth, aliases,
control characters), and nothing in the file names a path, a template or a command: the plan,
the duties and the unit are named by their ids or names.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from raquan.models.base import ClockTime, Id, IsoDate, Model, Ref, Text, new_list

MAX_ENTRIES = 2000
"""Most entries one completion file may hold."""
MAX_NOTE = 2000
"""Longest note of an entry (characters)."""

OCCURRENCE_PATTERN = r"^\d{4}(-\d{2}|-Q[1-4])?$"
"""The period of a recurring duty an entry answers: ``2024-06``, ``2024-Q2``, ``2024``."""

DocumentNumberText = Annotated[Text, StringConstraints(max_length=60)]


class DoneDocument(Model):
    """The document that did the duty: "Kế hoạch số 05/KH-UBND ngày 13/01/2023"."""

    number: DocumentNumberText = Field(
        description="Số và ký hiệu: 05/KH-UBND (Nhà nước) hoặc 12-CV/ĐU (Đảng)."
    )
    date: IsoDate | None = Field(
        default=None, description="Ngày ban hành; bỏ trống là ngày hoàn thành của mục này."
    )
    type: Annotated[Text, StringConstraints(max_length=40)] | None = Field(
        default=None,
        description="Loại văn bản (Kế hoạch, Báo cáo, ...); bỏ trống thì suy ra từ ký hiệu.",
    )


class CompletionEntry(Model):
    """One duty done, when, and by which document."""

    duty: Id = Field(description="Mã của nhiệm vụ trong kế hoạch.")
    date: IsoDate = Field(description="Ngày hoàn thành, dạng 2023-01-13.")
    time: ClockTime | None = Field(
        default=None, description='Giờ hoàn thành, nếu cần (hạn có giờ): "16:30".'
    )
    document: DoneDocument | None = Field(
        default=None, description="Văn bản thực hiện nhiệm vụ, nếu có."
    )
    note: Annotated[Text, StringConstraints(max_length=MAX_NOTE)] | None = Field(
        default=None, description="Ghi chú."
    )
    occurrence: Annotated[str, StringConstraints(pattern=OCCURRENCE_PATTERN)] | None = Field(
        default=None,
        description=(
            "Với nhiệm vụ định kỳ: kỳ được hoàn thành, dạng 2024-06 (tháng), 2024-Q2 (quý) "
            "hoặc 2024 (năm); bỏ trống thì tính cho kỳ sớm nhất chưa hoàn thành."
        ),
    )

    def moment(self) -> datetime.datetime:
        """When the duty was done, local time (the end of the day when no time is given)."""
        return datetime.datetime.combine(self.date, self.time or datetime.time(23, 59, 59))


class Completions(Model):
    """A unit's completion records for one plan (``kind: completions``)."""

    raquan: Literal[1] = Field(description="Phiên bản định dạng tệp raquan.")
    kind: Literal["completions"] = Field(description="Loại tệp: ghi nhận hoàn thành nhiệm vụ.")
    plan: Id = Field(description="Mã của kế hoạch.")
    unit: Ref = Field(description="Đơn vị đã thực hiện (mã hoặc tên trong danh mục đơn vị).")
    entries: list[CompletionEntry] = Field(
        default_factory=new_list,
        max_length=MAX_ENTRIES,
        description="Các lần hoàn thành, mỗi mục một nhiệm vụ.",
    )
