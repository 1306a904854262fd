"""``render report``: a unit's BÁO CÁO to the city, and the city's summary of all of them."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from raquan.models.base import IssueDate
from raquan.models.plan import Header
from raquan.models.units import Unit
from raquan.phrasing import (
    DRAFT_BLANK,
    deadline_phrase,
    document_reference,
    issue_date_words,
    moment_phrase,
    number_line,
)
from raquan.registry import display_name
from raquan.render.document import Parts, build
from raquan.render.frame import ClosingBlock, HeaderBlock
from raquan.render.plan_document import issuer_name, unit_namer
from raquan.render.templating import environment, render
from raquan.render.typeset import plain_text
from raquan.reports.aggregate import add_up, registered_versus_done
from raquan.reports.collect import Received, Returns
from raquan.workspace import LoadedPlan

_SUPERVISED = {"phòng", "ban", "văn phòng", "trung tâm", "đơn vị sự nghiệp"}
_PLACE_WORDS = ("xã ", "phường ", "thị trấn ")


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


def plan_reference(loaded: LoadedPlan) -> str:
    """The plan as a report cites it: "Kế hoạch số .../KH-UBND ngày ... của ... về ..."."""
    plan = loaded.plan
    about = " ".join(plan.title.split())
    return (
        f"{document_reference(plan.header, issuer_name(loaded))} về {about[:1].lower()}{about[1:]}"
    )


def _moment(value: object) -> str:
    moment = getattr(value, "moment", None)
    if callable(moment):
        when = moment()
        if isinstance(when, datetime.datetime):
            return moment_phrase(when)
    return str(value)


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
        "reference": plan_reference(loaded),
        "event": plan.event(duty.reports_on) if duty.reports_on else None,
        "unit_name": unit_namer(index),
        "archive": ["VT"],
    }
    abbreviation = unit.abbreviation or "UBND"
    number = f"Số: {report.number}" if report.number else f"Số: {DRAFT_BLANK}/BC-{abbreviation}"
    day = report.submitted.date
    header = HeaderBlock(
        supervising_body=plan.header.issuing_body if unit.kind in _SUPERVISED else [],
        issuing_body=issuing_lines(unit),
        number_line=number,
        place_date=f"{report.place or unit_place(unit, plan.header.place)}, "
        f"{issue_date_words(_header_on(plan.header, IssueDate(day.year, day.month, day.day)))}",
    )
    signature = report.signature
    closing = (
        ClosingBlock(signature.lines, signature.signer)
        if signature
        else ClosingBlock(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], DRAFT_BLANK)
    )
    parts = Parts(
        header=header,
        type_name="Báo cáo",
        summary=_title(env, context),
        body=render(env, "report/unit-body.md.j2", context),
        closing=closing,
        recipients=render(env, "report/recipients.md.j2", context),
        author=unit.name,
    )
    return build(parts, reference_docx=reference_docx)


def _header_on(header: Header, date: IssueDate) -> Header:
    return header.model_copy(update={"date": date})


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
    deadline = returns.duty.duty.deadline
    received = returns.ordered
    env = environment(templates)
    context: dict[str, Any] = {
        "plan": plan,
        "report_type": "tổng hợp",
        "reference": plan_reference(loaded),
        "issuer": issuer_name(loaded),
        "duty": returns.duty.duty,
        "deadline": deadline_phrase(deadline) if deadline else "không ghi thời hạn",
        "expected": returns.expected,
        "received": received,
        "received_by_id": {item.unit.id: item for item in received},
        "missing": returns.missing,
        "late": returns.late,
        "broken": [name for name, _ in returns.broken],
        "totals": add_up(received),
        "registered": registered_versus_done(returns),
        "recipients": [index.official(name) for name in recipients or []],
        "unit_name": unit_name,
        "moment": _moment,
        "archive": ["VT", *[a for a in plan.archive if a != "VT"]],
        "reference_report": document_reference(header, issuer_name(loaded)),
    }
    signature = plan.signature
    parts = Parts(
        header=HeaderBlock(
            supervising_body=header.supervising_body,
            issuing_body=header.issuing_body,
            number_line=number_line(header),
            place_date=f"{header.place}, {issue_date_words(header)}",
        ),
        type_name="Báo cáo",
        summary=_title(env, context),
        body=render(env, "report/summary-body.md.j2", context),
        closing=ClosingBlock(signature.lines, signature.signer) if signature else None,
        recipients=render(env, "report/recipients.md.j2", context),
        appendices=[render(env, "report/summary-appendix.md.j2", context)],
        author=issuer_name(loaded),
    )
    return build(parts, reference_docx=reference_docx)
