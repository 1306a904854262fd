"""``render report``: a unit's BÁO CÁO to the city, and the city's summary of all of them."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from raquan.domain.phrasing import (
    DRAFT_BLANK,
    SHORT,
    deadline_phrase,
    document_reference,
    is_draft,
    mid_sentence,
    moment_phrase,
    place_date,
)
from raquan.domain.units import as_member_writes, display_name, resolve_targets
from raquan.errors import CheckFailedError, UserError
from raquan.models.base import IssueDate
from raquan.models.plan import DateFormat, Event, Plan
from raquan.models.report import REPORT_FILE_WORDS, REPORT_KINDS, SubmittedAt
from raquan.models.units import Group, Unit
from raquan.read.workspace import LoadedPlan
from raquan.render.checked import load_checked_plan
from raquan.render.compose import closing_from, header_from, issuer_name, unit_namer
from raquan.render.document import build
from raquan.render.output import Rendered, check_output, write_rendered
from raquan.render.parts import ClosingBlock, HeaderBlock, Parts
from raquan.render.plain import origin
from raquan.render.templating import environment, render
from raquan.render.typeset import plain_text
from raquan.results.aggregate import add_up, registered_versus_done
from raquan.results.collect import Received, Returns, choose_duty, gather

_SUPERVISED = {"phòng", "ban", "văn phòng", "trung tâm", "đơn vị sự nghiệp"}
_PLACE_WORDS = ("xã ", "phường ", "thị trấn ")
UNSIGNED = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
"""The signature lines of a unit's report whose result file has none (the signer left blank)."""


def issuing_lines(unit: Unit) -> list[str]:
    """How a unit is printed at the top left: "ỦY BAN NHÂN DÂN" / "XÃ ĐOÀN KẾT"."""
    name = unit.name
    prefix = "Ủy ban nhân dân "
    if name.lower().startswith(prefix.lower()):
        return ["ỦY BAN NHÂN DÂN", name[len(prefix) :].upper()]
    return [name.upper()]


def unit_place(unit: Unit, fallback: str) -> str:
    """The place a commune writes before the date: "Đoàn Kết" for xã Đoàn Kết."""
    name = unit.short or unit.name
    for word in ("UBND ", "Ủy ban nhân dân "):
        name = name.removeprefix(word)
    for word in _PLACE_WORDS:
        if name.lower().startswith(word):
            return name[len(word) :]
    return fallback


def plan_reference(plan: Plan, issuer: str, style: DateFormat = SHORT) -> str:
    """The plan as a report cites it: "Kế hoạch số 15/KH-UBND ngày 12/01/2023 của ... về ..."."""
    about = " ".join(plan.title.split())
    return f"{document_reference(plan.header, issuer, style)} về {about[:1].lower()}{about[1:]}"


def plan_name(plan: Plan) -> str:
    """The plan named inside a sentence: "Kế hoạch tổ chức ra quân đầu Xuân Quý Mão năm 2023"
    (the first line of its title)."""
    first = (plan.title.strip().splitlines() or [""])[0].strip()
    return f"{plan.header.type} {mid_sentence(first)}"


def date_style(plan: Plan, chosen: DateFormat | None) -> DateFormat:
    """The one way a report writes its dates: as asked, else the plan's, else dd/mm/yyyy."""
    return chosen or plan.date_style or SHORT


def moment_writer(style: DateFormat) -> Any:
    """``moment(report.submitted, bare=False)`` for templates: "08h45' ngày 31/01/2023" in the
    report's date style (``bare``: without the word "ngày", for a "Ngày gửi" cell)."""

    def moment(value: object, bare: bool = False) -> str:
        submitted = origin(value, SubmittedAt)
        if submitted is None:
            return str(value)
        return moment_phrase(submitted.moment(), style, bare=bare is True)

    return moment


def event_title(loaded: LoadedPlan, event: Event, unit: Unit) -> str:
    """The event's title as ``unit`` writes it: an event every commune holds ("tại các xã,
    phường") is, in one commune's report, held "tại xã Đoàn Kết"."""
    index = loaded.index
    if index is None:
        return event.title
    for name in event.host:
        host = index.find(name)
        if isinstance(host, Group) and unit in index.members(host):
            return as_member_writes(event.title, host, unit)
    return event.title


def refuse_draft(loaded: LoadedPlan) -> None:
    """A report cites the plan it answers by number and date: a draft plan has neither, and
    a report printed with blanks for them is no use. Say where to write them."""
    header = loaded.plan.header
    if not is_draft(header):
        return
    source = loaded.document.source
    missing = []
    if header.number is None:
        line = source.locate(("header", "number"), key=True).line
        missing.append(f"dòng {line}: number: <số của kế hoạch>")
    if header.date.day is None:
        line = source.locate(("header", "date"), key=True).line
        example = f"{header.date.year}-{header.date.month:02d}-<ngày>"
        missing.append(f"dòng {line}: date: {example}")
    raise UserError(
        f"Kế hoạch '{source.display}' còn là dự thảo (chưa có số hoặc ngày ban hành); báo cáo "
        "phải dẫn số và ngày của kế hoạch nên raquan không xuất báo cáo với chỗ trống.",
        hint="Khi kế hoạch đã được ban hành, điền số và ngày trên bản đã ký vào phần header "
        f"của tệp kế hoạch ({'; '.join(missing)}), rồi chạy lại.",
    )


def _title(env: Any, context: dict[str, Any]) -> str:
    """The summary under BÁO CÁO as plain text, a line for each line of the template."""
    return "\n".join(
        plain_text(line.strip())
        for line in render(env, "report/title.md.j2", context).splitlines()
        if line.strip()
    )


def render_unit_report(
    returns: Returns,
    received: Received,
    *,
    style: DateFormat | None = None,
    templates: Path | None = None,
    reference_docx: Path | None = None,
) -> bytes:
    """One unit's report to the city, from its result file."""
    loaded = returns.plan
    plan = loaded.plan
    report = received.report
    unit = received.unit
    index = loaded.index
    assert index is not None
    duty = returns.duty.duty
    recipients = [index.official(ref) for ref in (duty.deliverable.to if duty.deliverable else [])]
    env = environment(templates)
    dates = date_style(plan, style)
    event = plan.event(duty.reports_on) if duty.reports_on else None
    context: dict[str, Any] = {
        "plan": plan,
        "report": report,
        "report_type": report.type,
        "unit": display_name(unit),
        "recipients": recipients,
        "reference": plan_reference(plan, issuer_name(loaded.plan, loaded.index), dates),
        "plan_name": plan_name(plan),
        "event": event,
        "event_title": event_title(loaded, event, unit) if event is not None else "",
        "date_style": dates,
        "moment": moment_writer(dates),
        "unit_name": unit_namer(index),
        "archive": ["VT"],
    }
    abbreviation = unit.abbreviation or "UBND"
    number = f"Số: {report.number}" if report.number else f"Số: {DRAFT_BLANK}/BC-{abbreviation}"
    day = report.submitted.date
    sent = plan.header.model_copy(
        update={
            "place": report.place or unit_place(unit, plan.header.place),
            "date": IssueDate(day.year, day.month, day.day),
        }
    )
    header = HeaderBlock(
        supervising_body=plan.header.issuing_body if unit.kind in _SUPERVISED else [],
        issuing_body=issuing_lines(unit),
        number_line=number,
        place_date=place_date(sent),
    )
    parts = Parts(
        header=header,
        type_name="Báo cáo",
        summary=_title(env, context),
        body=render(env, "report/unit-body.md.j2", context),
        closing=closing_from(report.signature) or ClosingBlock(UNSIGNED, DRAFT_BLANK),
        recipients=render(env, "report/recipients.md.j2", context),
        author=unit.name,
    )
    return build(parts, reference_docx=reference_docx)


def render_summary_report(
    returns: Returns,
    *,
    style: DateFormat | None = None,
    date: datetime.date | None = None,
    recipients: list[str] | None = None,
    templates: Path | None = None,
    reference_docx: Path | None = None,
) -> bytes:
    """The city's summary of every unit's report for one report duty."""
    loaded = returns.plan
    plan = loaded.plan
    index = loaded.index
    assert index is not None
    unit_name = unit_namer(index)
    today = date or datetime.datetime.now(datetime.UTC).date()
    issued = IssueDate(today.year, today.month, date.day if date else None)
    header = plan.header.model_copy(
        update={"date": issued, "number": None, "symbol": "BC-UBND", "type": "Báo cáo"}
    )
    issuer = issuer_name(loaded.plan, loaded.index)
    deadline = returns.duty.duty.deadline
    received = returns.ordered
    env = environment(templates)
    dates = date_style(plan, style)
    context: dict[str, Any] = {
        "plan": plan,
        "report_type": "tổng hợp",
        "reference": plan_reference(plan, issuer, dates),
        "plan_name": plan_name(plan),
        "date_style": dates,
        "issuer": issuer,
        "duty": returns.duty.duty,
        "deadline": deadline_phrase(deadline, plan, dates) if deadline else "không ghi thời hạn",
        "expected": returns.expected,
        "received": received,
        "received_by_id": {item.unit.id: item for item in received},
        "missing": returns.missing,
        "unknown_broken": returns.unknown_broken,
        "late": returns.late,
        "broken": [display_name(unit) for unit in returns.unreadable_units],
        "totals": add_up(received),
        "registered": registered_versus_done(returns),
        "recipients": [index.official(name) for name in recipients or []],
        "unit_name": unit_name,
        "moment": moment_writer(dates),
        "archive": ["VT", *[a for a in plan.archive if a != "VT"]],
        "reference_report": document_reference(header, issuer),
    }
    parts = Parts(
        header=header_from(header),
        type_name="Báo cáo",
        summary=_title(env, context),
        body=render(env, "report/summary-body.md.j2", context),
        closing=closing_from(plan.signature),
        recipients=render(env, "report/recipients.md.j2", context),
        appendices=[render(env, "report/summary-appendix.md.j2", context)],
        author=issuer,
    )
    return build(parts, reference_docx=reference_docx)


def run(
    plan_path: Path | None,
    *,
    reports: Sequence[Path],
    kind: str,
    unit: str | None = None,
    duty: str | None = None,
    output: Path | None = None,
    skip_invalid: bool = False,
    date: datetime.date | None = None,
    recipients: Sequence[str] = (),
    style: DateFormat | None = None,
    templates: Path | None = None,
    reference_docx: Path | None = None,
    pdf: bool = False,
    force: bool = False,
) -> Rendered:
    """Render one unit's report (``unit``) or the city's summary of a report duty.

    A broken result file stops the render (``CheckFailedError``, naming it) unless
    ``skip_invalid``: then it is listed in the summary as not received. A plan still in draft
    is refused (``UserError``): a report cites the plan's number and date. ``style`` is the
    report's date style (default: the plan's, else dd/mm/yyyy).
    """
    if kind not in REPORT_KINDS:
        raise UserError(f"Loại báo cáo '{kind}' không có; chọn quick (nhanh) hoặc summary.")
    if unit is None and kind != "summary":
        raise UserError("Báo cáo tổng hợp của thành phố chỉ làm cho --kind summary.")
    loaded, checked = load_checked_plan(plan_path)
    refuse_draft(loaded)
    index = loaded.index
    assert index is not None
    target = resolve_targets([index], [unit])[0] if unit is not None else None
    if target is not None and not isinstance(target, Unit):
        raise UserError(f"'{unit}' là một nhóm; báo cáo được làm cho từng đơn vị.")
    placed = choose_duty(loaded, REPORT_KINDS[kind], duty, target)
    returns = gather(loaded, placed, reports, skip_unreadable=skip_invalid)
    broken = [d for _, diagnostics in returns.broken for d in diagnostics]
    if target is not None:
        own = returns.received.get(target.id)
        if own is None:
            if broken:
                raise CheckFailedError(broken)
            raise UserError(
                f"Chưa có báo cáo {REPORT_KINDS[kind]} của {display_name(target)} cho nhiệm vụ "
                f"'{placed.duty.id}' trong: {', '.join(str(p) for p in reports)}.",
                hint="Tạo tệp kết quả bằng: raquan new report --plan ... --unit ... --kind ...",
            )
    elif broken and not skip_invalid:
        raise CheckFailedError(broken)
    owner = target.id if target is not None else loaded.plan.id
    name = f"bao-cao-{REPORT_FILE_WORDS[kind]}-{owner}.docx"
    path = output if output is not None else Path(name)
    backup = check_output(
        path,
        loaded,
        templates=templates,
        reference_docx=reference_docx,
        force=force,
        more_inputs=reports,
        pdf=pdf,
    )
    if target is not None:
        data = render_unit_report(
            returns,
            returns.received[target.id],
            style=style,
            templates=templates,
            reference_docx=reference_docx,
        )
    else:
        data = render_summary_report(
            returns,
            style=style,
            date=date,
            recipients=list(recipients),
            templates=templates,
            reference_docx=reference_docx,
        )
    rendered = write_rendered(path, data, checked, pdf=pdf, backup=backup)
    rendered.skipped = [*returns.unreadable, *_skipped(returns)]
    return rendered


def _skipped(returns: Returns) -> list[str]:
    """What ``--skip-invalid`` left out, one sentence per broken result file."""
    sentences = []
    for name, problems in returns.broken:
        if not problems:
            continue
        unit = returns.broken_units.get(name)
        whose = (
            f"báo cáo của {display_name(unit)}, ghi là có báo cáo lỗi, coi như chưa nhận"
            if unit is not None and unit.id not in returns.received
            else f"báo cáo của {display_name(unit)}; đã dùng tệp khác của đơn vị này"
            if unit is not None
            else "không rõ của đơn vị nào"
        )
        sentences.append(f"Bỏ qua tệp có lỗi '{name}' ({whose}); {len(problems)} lỗi.")
    return sentences
