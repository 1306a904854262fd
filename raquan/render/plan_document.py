"""``render plan``: a plan's official .docx from its checked model and the templates."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from raquan.phrasing import document_reference
from raquan.registry import UnitIndex
from raquan.render.document import Parts, build, closing_from, header_from
from raquan.render.templating import environment, render
from raquan.workspace import LoadedPlan

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


def issuer_name(loaded: LoadedPlan) -> str:
    """The official name of the body that issues the plan."""
    issuer = loaded.plan.header.issuer
    return loaded.index.official(issuer) if loaded.index is not None else issuer


def render_plan(
    loaded: LoadedPlan,
    *,
    templates: Path | None = None,
    reference_docx: Path | None = None,
) -> bytes:
    """The plan as a .docx package (bytes)."""
    plan = loaded.plan
    header = plan.header
    env = environment(templates)
    context: dict[str, Any] = {"plan": plan, "unit_name": unit_namer(loaded.index)}
    issuer = issuer_name(loaded)
    reference = document_reference(header, issuer)
    appendices = [
        render(
            env,
            APPENDIX_TEMPLATES[attachment.kind],
            {**context, "attachment": attachment, "number": number, "reference": reference},
        )
        for number, attachment in enumerate(plan.attachments, start=1)
    ]
    parts = Parts(
        header=header_from(header),
        type_name=header.type,
        summary=plan.title,
        body=render(env, "plan/body.md.j2", context),
        closing=closing_from(plan.signature),
        recipients=render(env, "plan/recipients.md.j2", context),
        appendices=appendices,
        author=issuer,
    )
    return build(parts, reference_docx=reference_docx)
