"""The skeleton of a unit's result report for one report duty of a plan.

The plan names who must report, what and by when; the skeleton is filled from it: the plan's
and the duty's ids, the unit's name, the report type, and a submission date within the
duty's deadline, with the deadline written out in a comment. Numbers start at 0 and texts are
``<điền: ...>`` placeholders.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from raquan.domain.dates.workdays import WorkCalendar
from raquan.domain.deadlines import occurrence_phrase, occurrences
from raquan.domain.phrasing import deadline_phrase
from raquan.domain.units import UnitIndex, name_key, resolve_targets
from raquan.errors import UserError
from raquan.models.plan import Duty, PlacedDuty, Plan
from raquan.models.report import REPORT_FILE_WORDS, REPORT_KINDS, REPORT_TYPES
from raquan.models.units import Group, Unit
from raquan.new.write import Created, modeline, write_skeleton
from raquan.new.yamltext import Item, Key, Map, Quoted, Seq, fill, render
from raquan.read.workspace import LoadedPlan, Workspace

ReportKind = Literal["quick", "summary"]
"""A quick report (báo cáo nhanh, right after the event) or a summary (báo cáo tổng hợp)."""

SUBMIT_MARGIN = datetime.timedelta(minutes=15)
"""How long before a deadline with a time (or after an event) the skeleton is sent."""
QUICK_TIME = datetime.time(16, 0)
"""The submission time of a quick report whose deadline names no time."""

_COMMITTEE_KINDS = frozenset({"xã", "phường", "thị trấn", "ủy ban nhân dân"})


@dataclass(frozen=True, slots=True)
class _Match:
    """A report duty that names the unit, and how directly (lower is more direct)."""

    placed: PlacedDuty
    rank: tuple[int, int, int, int]


def _load(plan_path: Path) -> tuple[LoadedPlan, UnitIndex]:
    workspace = Workspace()
    document = workspace.load(plan_path)
    shown = document.source.display
    if document.kind is not None and document.kind != "plan":
        raise UserError(f"Tệp '{shown}' không phải kế hoạch (kind: {document.kind}).")
    if not document.ok or not isinstance(document.model, Plan):
        raise UserError(
            f"Kế hoạch '{shown}' có lỗi nên chưa tạo được báo cáo.",
            hint=f"Xem và sửa các lỗi bằng lệnh: raquan check {shown}",
        )
    loaded = workspace.plan(document)
    if loaded.index is None:
        raise UserError(
            loaded.registry_problem or f"Không đọc được danh mục đơn vị của kế hoạch '{shown}'.",
            hint=f"Kiểm tra khoá 'units' của kế hoạch, rồi chạy: raquan check {shown}",
        )
    return loaded, loaded.index


def _unit(index: UnitIndex, name: str) -> Unit:
    [target] = resolve_targets([index], [name])
    if isinstance(target, Group):
        members = index.members(target)
        example = f", ví dụ '{members[0].display}'" if members else ""
        said = (
            f"'{target.name}'"
            if name_key(name) == name_key(target.name)
            else (f"'{name}' ({target.name})")
        )
        raise UserError(
            f"{said} là một nhóm đơn vị; mỗi đơn vị trong nhóm gửi báo cáo riêng.",
            hint=f"Gõ tên một đơn vị trong nhóm{example}.",
        )
    return target


def _matches(
    plan: Plan, index: UnitIndex, unit: Unit, deliverable: str
) -> tuple[list[_Match], list[PlacedDuty]]:
    """The report duties of this kind that name the unit, and all report duties of this kind."""
    found: list[_Match] = []
    of_kind: list[PlacedDuty] = []
    for order, placed in enumerate(plan.duties()):
        kind = placed.duty.deliverable.kind if placed.duty.deliverable else None
        if kind != deliverable:
            continue
        of_kind.append(placed)
        best: tuple[int, int, int, int] | None = None
        for ref in placed.to:
            target = index.find(ref)
            if target is None:
                continue
            members = index.members(target)
            if all(member.id != unit.id for member in members):
                continue
            # The unit itself before a group, a small group before a large one, the duty's
            # own "to" before the one it inherits from its block, then document order.
            rank = (isinstance(target, Group), len(members), placed.inherited, order)
            best = rank if best is None else min(best, rank)
        if best is not None:
            found.append(_Match(placed, best))
    return found, of_kind


def _describe(placed: PlacedDuty, index: UnitIndex) -> str:
    names = [index.shown(ref) for ref in placed.to]
    return f"{placed.duty.id} ({', '.join(names)})"


def _duty(plan: Plan, index: UnitIndex, unit: Unit, kind: ReportKind) -> PlacedDuty:
    deliverable = REPORT_TYPES[REPORT_KINDS[kind]]
    found, of_kind = _matches(plan, index, unit, deliverable)
    if found:
        return min(found, key=lambda match: match.rank).placed
    if of_kind:
        listed = "; ".join(_describe(placed, index) for placed in of_kind)
        hint = f"Các nhiệm vụ {deliverable} của kế hoạch: {listed}."
    else:
        hint = f"Kế hoạch không có nhiệm vụ nào có sản phẩm là '{deliverable}'."
    raise UserError(
        f"Đơn vị '{unit.display}' không được giao nhiệm vụ {deliverable} nào trong kế hoạch "
        f"'{plan.id}'.",
        hint=hint,
    )


def _submitted(
    duty: Duty, plan: Plan, calendar: WorkCalendar, kind: ReportKind
) -> tuple[datetime.date | Quoted, str]:
    """A submission moment within the deadline and after the reported event, and its comment.

    A deadline with a time gives a time shortly before it ("trước 09h00'": 08:45); a deadline
    with a day only gives its last working day on time. The moment never comes before the
    start of the event the duty reports on.
    """
    deadline = duty.deadline
    found = occurrences(plan, deadline, calendar) if deadline is not None else []
    end = found[0].end if found else None
    if deadline is None or end is None:
        day = plan.period.end if plan.period is not None else plan.header.date.earliest
        moment = datetime.datetime.combine(day, QUICK_TIME)
        said = "Nhiệm vụ không có thời hạn."
    else:
        said = f"Hạn: {occurrence_phrase(deadline, plan, found[0])}."
        if deadline.time is not None:
            moment = end - SUBMIT_MARGIN
        else:
            day = calendar.previous_working_day(found[0].last_day)
            moment = datetime.datetime.combine(day, QUICK_TIME)
    event = plan.event(duty.reports_on) if duty.reports_on else None
    if event is not None and moment <= event.start():
        start = event.start()
        if end is not None and end > start:
            moment = start + (end - start) / 2
        else:
            moment = start + SUBMIT_MARGIN
        moment = moment.replace(second=0, microsecond=0)
    if kind == "quick":
        value: datetime.date | Quoted = Quoted(f"{moment:%Y-%m-%d %H:%M}")
        how = 'ngày giờ gửi, dạng "2023-01-31 08:45"'
    else:
        value = moment.date()
        how = "ngày gửi, dạng 2023-03-28"
    return value, f"{said} Thay bằng {how}."


def _signature(unit: Unit) -> Map:
    if unit.kind in _COMMITTEE_KINDS:
        lines = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    else:
        lines = [fill("THẨM QUYỀN, CHỨC VỤ NGƯỜI KÝ, VIẾT HOA")]
    return Map(
        [
            Key("lines", Seq(lines), note="Các dòng thẩm quyền và chức vụ, viết hoa."),
            Key("signer", fill("họ tên người ký"), eol="không ghi học hàm, học vị"),
        ]
    )


def _heading(plan: Plan, placed: PlacedDuty, unit: Unit, kind: ReportKind, index: UnitIndex) -> str:
    duty = placed.duty
    deliverable = REPORT_TYPES[REPORT_KINDS[kind]]
    lines = [
        modeline("report"),
        f"{deliverable.capitalize()} của {unit.display} cho kế hoạch '{plan.id}',",
        f"nhiệm vụ '{duty.id}'.",
    ]
    if duty.deadline is not None:
        lines.append(f"Hạn: {deadline_phrase(duty.deadline, plan)}.")
    if duty.deliverable is not None and duty.deliverable.to:
        receivers = [index.shown(ref) for ref in duty.deliverable.to]
        lines.append(f"Gửi về: {', '.join(receivers)}.")
    lines += [
        "Cách dùng: điền mọi chỗ <điền: ...>, thay các số 0 bằng số thật, rồi kiểm tra bằng",
        "lệnh: raquan check <tệp này>. Các dòng bắt đầu bằng # là chú thích.",
    ]
    return "\n".join(lines)


def _keys_common(
    plan: Plan, placed: PlacedDuty, unit: Unit, kind: ReportKind, submitted: tuple[object, str]
) -> list[Key]:
    value, said = submitted
    return [
        Key("raquan", 1, eol="phiên bản định dạng tệp raquan; không sửa"),
        Key("kind", "report", eol="loại tệp: báo cáo kết quả; không sửa"),
        Key("plan", plan.id, eol="mã của kế hoạch mà báo cáo trả lời; không sửa"),
        Key("duty", placed.duty.id, eol="mã của nhiệm vụ báo cáo trong kế hoạch; không sửa"),
        Key("unit", unit.display, eol="đơn vị báo cáo, tên trong danh mục đơn vị"),
        Key("type", REPORT_KINDS[kind], eol="loại báo cáo: nhanh, hoặc tổng hợp; không sửa"),
        Key("submitted", value, note=said),
        Key(
            "place",
            fill("địa danh ghi trước ngày tháng"),
            note="Địa danh in trước ngày tháng của báo cáo. Số, ký hiệu của báo cáo (nếu có) "
            "ghi thêm\nở khoá 'number', ví dụ: number: 15/BC-UBND",
        ),
    ]


def _figures() -> list[Key]:
    return [
        Key(
            "participants",
            0,
            note="Số liệu: thay các số 0 bằng số thật; số viết liền, không có dấu chấm ngăn cách.",
            eol="số người tham gia",
            gap=True,
        ),
        Key("workdays", 0, eol="số ngày công"),
        Key(
            "money",
            Map(
                [
                    Key("state_budget", 0, eol="ngân sách nhà nước"),
                    Key("people", 0, eol="nhân dân đóng góp"),
                    Key("businesses", 0, eol="doanh nghiệp, đơn vị đóng quân trên địa bàn"),
                ]
            ),
            note="Kinh phí huy động theo nguồn, tính bằng đồng.",
        ),
        Key(
            "works",
            Seq([Item(_work(), note="Mỗi công trình một mục bắt đầu bằng '-'.")]),
            note="Công trình, phần việc đã làm.",
        ),
    ]


def _work() -> Map:
    return Map(
        [
            Key("name", fill("tên công trình, phần việc")),
            Key("quantity", 0, eol="khối lượng: thay bằng số thật"),
            Key("measure", fill("đơn vị tính"), eol="m, m², km, cây, ..."),
            Key("place", fill("địa điểm")),
            Key(
                "state",
                "hoàn thành",
                eol="hoàn thành, đang thực hiện, hoặc chưa thực hiện",
            ),
        ]
    )


def _texts(kind: ReportKind) -> list[Key]:
    keys = [
        Key(
            "results",
            fill("kết quả đạt được"),
            note="Các đoạn văn của báo cáo; đoạn dài viết sau dấu '|' trên các dòng thụt vào.",
            gap=True,
        )
    ]
    if kind == "summary":
        keys += [
            Key("difficulties", fill("khó khăn, vướng mắc")),
            Key("proposals", fill("đề xuất, kiến nghị")),
        ]
    return keys


def new_report(plan_path: Path, unit: str, kind: ReportKind) -> tuple[str, str]:
    """A result report skeleton for ``unit`` under the plan at ``plan_path``.

    Returns the suggested file name (``bao-cao-tong-hop-xa-doan-ket.yaml``) and the YAML
    text. ``kind`` is ``"quick"`` (báo cáo nhanh) or ``"summary"`` (báo cáo tổng hợp); the
    report answers the plan's duty of that kind given to the unit, directly or through a
    group (when several are, the one naming the unit most directly). Raises ``UserError`` when
    the plan has errors, the unit name is unknown or ambiguous, or no such duty names the unit.
    """
    if kind not in REPORT_KINDS:
        raise UserError(
            f"Loại báo cáo '{kind}' không có; chọn quick (nhanh) hoặc summary (tổng hợp)."
        )
    loaded, index = _load(plan_path)
    plan = loaded.plan
    reporter = _unit(index, unit)
    placed = _duty(plan, index, reporter, kind)
    submitted = _submitted(placed.duty, plan, loaded.calendar, kind)
    keys: list[Key] = [
        *_keys_common(plan, placed, reporter, kind, submitted),
        *_figures(),
        *_texts(kind),
        Key("signature", _signature(reporter), note="Phần ký của báo cáo.", gap=True),
    ]
    heading = _heading(plan, placed, reporter, kind, index)
    name = f"bao-cao-{REPORT_FILE_WORDS[kind]}-{reporter.id}.yaml"
    return name, render(Map(keys, heading=heading))


REPORTS_FOLDER = Path("reports")
"""Where result files go by default: the folder ``raquan render report`` and ``due`` read."""


def run(plan_path: Path, unit: str, kind: ReportKind, *, output: Path | None = None) -> Created:
    """``raquan new report``: write the result file skeleton of ``new_report`` at ``output``
    (default: its suggested name in ``reports/``, the folder ``raquan render report`` reads),
    never over an existing file, and its JSON Schema beside it."""
    name, text = new_report(plan_path, unit, kind)
    target = output if output is not None else REPORTS_FOLDER / name
    return Created(target, write_skeleton(target, text, "report"))
