"""From a checked plan to the ``Parts`` of its document: the frame's text and the templates'
Markdown. ``render plan`` and ``render report`` compose here; ``document`` lays the parts out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from raquan.domain.phrasing import document_reference, number_line, place_date
from raquan.domain.units import UnitIndex
from raquan.models.plan import Header, Plan, Signature
from raquan.read.workspace import LoadedPlan
from raquan.render.parts import ClosingBlock, HeaderBlock, Parts
from raquan.render.plain import shared
from raquan.render.templating import environment, render

BODY_TEMPLATE = "plan/body.md.j2"
RECIPIENTS_TEMPLATE = "plan/recipients.md.j2"
APPENDIX_TEMPLATES: Mapping[str, str] = {
    "đăng ký ra quân": "plan/appendix-registrations.md.j2",
    "phân công phụ trách địa bàn": "plan/appendix-assignments.md.j2",
}


def unit_namer(index: UnitIndex | None) -> Callable[[object], str]:
    """``unit_name(ref)`` for templates: the name documents use for a unit or group."""

    def unit_name(ref: object) -> str:
        text = "" if ref is None else str(ref)
        return index.shown(text) if index is not None and text else text

    return unit_name


def issuer_name(plan: Plan, index: UnitIndex | None) -> str:
    """The official name of the body that issues the plan."""
    issuer = plan.header.issuer
    return index.official(issuer) if index is not None else issuer


def header_from(header: Header) -> HeaderBlock:
    """The header block of a document whose number and date are its ``header``'s."""
    return HeaderBlock(
        supervising_body=header.supervising_body,
        issuing_body=header.issuing_body,
        number_line=number_line(header),
        place_date=place_date(header),
    )


def closing_from(signature: Signature | None) -> ClosingBlock | None:
    """The closing block that signs with ``signature``; none without one."""
    return ClosingBlock(signature.lines, signature.signer) if signature is not None else None


def plan_parts(loaded: LoadedPlan, *, templates: Path | None = None) -> Parts:
    """What the plan's document is made of: its frame and the templates' Markdown."""
    plan = loaded.plan
    header = plan.header
    env = environment(templates)
    # The plan is made plain once, for all the templates.
    common = shared({"plan": plan, "unit_name": unit_namer(loaded.index)})
    issuer = issuer_name(plan, loaded.index)
    reference = document_reference(header, issuer)
    appendices = [
        render(
            env,
            APPENDIX_TEMPLATES[attachment.kind],
            {"attachment": attachment, "number": number, "reference": reference},
            shared=common,
        )
        for number, attachment in enumerate(plan.attachments, start=1)
    ]
    return Parts(
        header=header_from(header),
        type_name=header.type,
        summary=plan.title,
        body=render(env, BODY_TEMPLATE, {}, shared=common),
        closing=closing_from(plan.signature),
        recipients=render(env, RECIPIENTS_TEMPLATE, {}, shared=common),
        appendices=appendices,
        author=issuer,
    )
