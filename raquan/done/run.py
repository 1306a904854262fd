"""``raquan done`` from start to end: find the plan and the duty, resolve the unit, check the
entry as ``raquan check`` would (RQ510-RQ516), and add it to the unit's completion file
without ever losing an entry already there (``done.write``)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from raquan.domain.dates.phrases import short_date
from raquan.domain.deadlines import occurrences
from raquan.domain.doctypes import parse_number
from raquan.domain.phrasing import done_document
from raquan.domain.suggest import closest
from raquan.domain.time import now
from raquan.domain.units import display_name, resolve_targets, takes_part
from raquan.done.write import record
from raquan.errors import UserError
from raquan.models.completions import CompletionEntry, Completions, DoneDocument
from raquan.models.plan import PlacedDuty, Plan
from raquan.models.units import Unit
from raquan.read.loader import load_text
from raquan.read.messages import translate
from raquan.read.resources import default_plans
from raquan.read.source import Source
from raquan.read.workspace import LoadedPlan, Workspace, collect_files, plans_in

FOLDER = "hoan-thanh"
"""Where completion files go, beside the plan: ``hoan-thanh/<plan id>/<unit id>.yaml``."""


@dataclass(frozen=True, slots=True)
class Recorded:
    """What ``raquan done`` wrote."""

    path: Path
    created: bool
    unit: Unit
    duty: str
    entry: CompletionEntry
    document: str | None

    @property
    def message(self) -> str:
        when = f"ngày {short_date(self.entry.date)}"
        if self.entry.time is not None:
            when = f"{self.entry.time:%Hh%M'} {when}"
        by = f" ({self.document})" if self.document else ""
        how = "Đã tạo" if self.created else "Đã thêm vào"
        return (
            f"{how} {self.path}: {display_name(self.unit)} hoàn thành nhiệm vụ "
            f"'{self.duty}' {when}{by}."
        )


def _plans(paths: Sequence[Path]) -> list[LoadedPlan]:
    workspace = Workspace()
    found = []
    for document in plans_in(workspace, collect_files(paths)):
        if document.ok and isinstance(document.model, Plan):
            loaded = workspace.plan(document)
            if loaded.index is not None:
                found.append(loaded)
    return found


def _plan_with(duty: str, plan: Path | None) -> tuple[LoadedPlan, PlacedDuty]:
    """The plan (the one given, or the one in plans/ that has the duty) and the duty."""
    candidates = _plans([plan] if plan is not None else [default_plans()])
    if plan is not None and not candidates:
        raise UserError(
            f"Kế hoạch '{plan}' có lỗi, hoặc danh mục đơn vị của nó không đọc được.",
            hint=f"Xem các lỗi bằng lệnh: raquan check {plan}",
        )
    having = [
        (loaded, placed)
        for loaded in candidates
        for placed in loaded.plan.duties()
        if placed.duty.id == duty
    ]
    if len(having) == 1:
        return having[0]
    if having:
        names = ", ".join(str(loaded.document.source.display) for loaded, _ in having)
        raise UserError(
            f"Nhiều kế hoạch có nhiệm vụ '{duty}': {names}.",
            hint="Chọn một kế hoạch bằng --plan TỆP.",
        )
    known = [placed.duty.id for loaded in candidates for placed in loaded.plan.duties()]
    near = closest(duty, known)
    raise UserError(
        f"Không có nhiệm vụ nào mã '{duty}' trong "
        + (f"kế hoạch '{plan}'." if plan is not None else "các kế hoạch của thư mục plans/."),
        hint=f"Có phải ý bạn là '{near}'?" if near else "Xem mã nhiệm vụ (id) trong kế hoạch.",
    )


def _parse(path: Path, text: str, shown: str) -> Completions:
    document = load_text(Source(path, text, display=shown), expect="completions")
    errors = document.errors
    if errors or not isinstance(document.model, Completions):
        first = errors[0] if errors else None
        where = f":{first.position.line}:{first.position.column}" if first else ""
        said = first.message if first else "không đọc được."
        raise UserError(
            f"Tệp '{shown}'{where} không phải tệp ghi nhận hoàn thành hợp lệ: {said}",
            hint=f"raquan không sửa tệp này. Xem các lỗi bằng lệnh: raquan check {shown}",
        )
    return document.model


def run(
    duty: str,
    *,
    unit: str,
    date: datetime.date,
    time: datetime.time | None = None,
    number: str | None = None,
    note: str | None = None,
    occurrence: str | None = None,
    plan: Path | None = None,
    output: Path | None = None,
) -> Recorded:
    """Record that ``unit`` did ``duty`` on ``date``; the file it went to.

    ``UserError`` (nothing written) when the plan, the duty or the unit cannot be found, the
    unit was not given the duty, the date is before the plan, the document number is not one,
    the occurrence is not one of the duty's, or the existing file is not a valid completion
    file of the same plan and unit.
    """
    loaded, placed = _plan_with(duty, plan)
    index = loaded.index
    assert index is not None
    [target] = resolve_targets([index], [unit])
    if not isinstance(target, Unit):
        raise UserError(
            f"'{display_name(target)}' là một nhóm; ghi nhận cho từng đơn vị một.",
        )
    the_plan = loaded.plan
    if not takes_part(index, (*placed.to, *placed.duty.partners), target):
        raise UserError(
            f"{display_name(target)} không được giao nhiệm vụ '{duty}' (giao cho: "
            f"{', '.join(placed.to)}).",
        )
    today = now().date()
    if date > today:
        raise UserError(
            f"Ngày hoàn thành {short_date(date)} còn ở phía trước (hôm nay là "
            f"{short_date(today)}); chỉ ghi nhận việc đã xong.",
            hint="Kiểm tra --date: gõ 2023-01-13 hoặc 13/01/2023.",
        )
    issued = the_plan.header.date.earliest
    if date < issued:
        raise UserError(
            f"Ngày hoàn thành {short_date(date)} trước ngày ban hành kế hoạch "
            f"({short_date(issued)}).",
        )
    deadline = placed.duty.deadline
    if occurrence is not None:
        keys = (
            [o.key for o in occurrences(the_plan, deadline, loaded.calendar)]
            if deadline is not None and deadline.repeat is not None
            else []
        )
        if occurrence not in keys:
            raise UserError(
                f"Nhiệm vụ '{duty}' không có kỳ '{occurrence}'.",
                hint=f"Các kỳ: {', '.join(keys)}." if keys else "Bỏ --occurrence.",
            )
    document = None
    if number is not None:
        if parse_number(number) is None:
            raise UserError(
                f"'{number}' không phải số và ký hiệu văn bản.",
                hint="Viết như 05/KH-UBND (Nhà nước) hoặc 12-CV/ĐU (Đảng).",
            )
        try:
            document = DoneDocument(number=number)
        except ValidationError as error:
            said = translate(error.errors()[0], DoneDocument).message
            raise UserError(f"Số văn bản '{number}' không dùng được: {said}") from None
    try:
        entry = CompletionEntry(
            duty=duty, date=date, time=time, document=document, note=note, occurrence=occurrence
        )
    except ValidationError as error:
        detail = error.errors()[0]
        said = translate(detail, CompletionEntry).message
        raise UserError(f"Không ghi nhận được: {said}") from None
    folder = loaded.document.source.path.parent
    path = output or folder / FOLDER / the_plan.id / f"{target.id}.yaml"
    created = record(
        path,
        shown=str(path),
        plan=the_plan.id,
        unit=display_name(target),
        entry=entry,
        parse=_parse,
        same_unit=lambda name: (found := index.find(name)) is not None and found.id == target.id,
        answers=lambda earlier: (
            (earlier.duty, earlier.occurrence, earlier.date, earlier.time)
            == (duty, occurrence, date, time)
            and (occurrence is not None or deadline is None or deadline.repeat is None)
        ),
    )
    cited = done_document(document, date) if document is not None else None
    return Recorded(path, created, target, duty, entry, cited)
