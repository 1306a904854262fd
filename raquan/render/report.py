"""``render report``: a unit's BÁO CÁO to the city, and the city's summary of all of them."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from raquan.domain.phrasing import (
    DRAFT_BLANK,
    deadline_phrase,
    document_reference,
    moment_phrase,
    place_date,
)
from raquan.domain.units import display_name, resolve_targets
from raquan.errors import UserError
from raquan.models.base import IssueDate
from raquan.models.plan import Plan
from raquan.models.report import REPORT_FILE_WORDS, REPORT_KINDS, SubmittedAt
from raquan.models.units import Unit
from raquan.render.checked import CheckFailedError, load_checked_plan
from raquan.render.document import Parts, build, closing_from, header_from
from raquan.render.frame import ClosingBlock, HeaderBlock
from raquan.render.output import Rendered, check_output, write_rendered
from raquan.render.plain import origin
from raquan.render.plan import issuer_name, unit_namer
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


def plan_reference(plan: Plan, issuer: str) -> str:
    """The plan as a report cites it: "Kế hoạch số .../KH-UBND ngày ... của ... về ..."."""
    about = " ".join(plan.title.split())
    return f"{document_reference(plan.header, issuer)} về {about[:1].lower()}{about[1:]}"


def _moment(value: object) -> str:
    """``moment(report.submitted)`` for templates: "08h45' ngày 31/01/2023"."""
    submitted = origin(value, SubmittedAt)
    return moment_phrase(submitted.moment()) if submitted is not None else str(value)


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
    context: dict[str, Any] = {
        "plan": plan,
        "report": report,
        "report_type": report.type,
        "unit": display_name(unit),
        "recipients": recipients,
        "reference": plan_reference(plan, issuer_name(loaded)),
        "event": plan.event(duty.reports_on) if duty.reports_on else None,
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
    issuer = issuer_name(loaded)
    deadline = returns.duty.duty.deadline
    received = returns.ordered
    env = environment(templates)
    context: dict[str, Any] = {
        "plan": plan,
        "report_type": "tổng hợp",
        "reference": plan_reference(plan, issuer),
        "issuer": issuer,
        "duty": returns.duty.duty,
        "deadline": deadline_phrase(deadline, plan) if deadline else "không ghi thời hạn",
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
        "moment": _moment,
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
    templates: Path | None = None,
    reference_docx: Path | None = None,
    pdf: bool = False,
    force: bool = False,
) -> Rendered:
    """Render one unit's report (``unit``) or the city's summary of a report duty.

    A broken result file stops the render (``CheckFailedError``, naming it) unless
    ``skip_invalid``: then it is listed in the summary as not received.
    """
    if kind not in REPORT_KINDS:
        raise UserError(f"Loại báo cáo '{kind}' không có; chọn quick (nhanh) hoặc summary.")
    if unit is None and kind != "summary":
        raise UserError("Báo cáo tổng hợp của thành phố chỉ làm cho --kind summary.")
    loaded, checked = load_checked_plan(plan_path)
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
            templates=templates,
            reference_docx=reference_docx,
        )
    else:
        data = render_summary_report(
            returns,
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
