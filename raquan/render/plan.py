"""``render plan``: a plan's official .docx from its checked model and the templates."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from raquan.domain.phrasing import document_reference
from raquan.domain.units import UnitIndex
from raquan.read.workspace import LoadedPlan
from raquan.render.checked import load_checked_plan
from raquan.render.document import Parts, build, closing_from, header_from
from raquan.render.output import Rendered, check_output, write_rendered
from raquan.render.templating import environment, render

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


def run(
    path: Path | None,
    *,
    output: Path | None = None,
    templates: Path | None = None,
    reference_docx: Path | None = None,
    pdf: bool = False,
    force: bool = False,
) -> Rendered:
    """Check the plan at ``path``, render it to ``output`` (default: ``<id>.docx``)."""
    loaded, warnings = load_checked_plan(path)
    target = output if output is not None else Path(f"{loaded.plan.id}.docx")
    backup = check_output(
        target, loaded, templates=templates, reference_docx=reference_docx, force=force, pdf=pdf
    )
    data = render_plan(loaded, templates=templates, reference_docx=reference_docx)
    return write_rendered(target, data, warnings, pdf=pdf, backup=backup)
