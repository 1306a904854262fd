"""``render plan``: a plan's official .docx from its checked model and the templates."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from raquan.errors import UserError
from raquan.models.plan import Attachment
from raquan.phrasing import document_reference, number_line, place_date
from raquan.registry import UnitIndex, display_name
from raquan.render.frame import (
    LANDSCAPE_TEXT_WIDTH_CM,
    TEXT_WIDTH_CM,
    ClosingBlock,
    HeaderBlock,
    appendix_section,
    closing_block,
    header_block,
    setup_document,
    title_block,
)
from raquan.render.output import MARK
from raquan.render.templating import environment, render
from raquan.render.typeset import BODY, ParagraphStyle, Typesetter
from raquan.word import Footnotes
from raquan.workspace import LoadedPlan

RECIPIENTS = ParagraphStyle(
    size_pt=11,
    alignment=WD_ALIGN_PARAGRAPH.LEFT,
    first_line_cm=0,
    space_after_pt=0,
    line_spacing=1.0,
    outline=False,
)
APPENDIX_HEAD = ParagraphStyle(
    size_pt=14,
    alignment=WD_ALIGN_PARAGRAPH.CENTER,
    first_line_cm=0,
    space_after_pt=0,
    line_spacing=1.0,
    outline=False,
)
APPENDIX_TEMPLATES: Mapping[str, str] = {
    "đăng ký ra quân": "plan/appendix-registrations.md.j2",
    "phân công phụ trách địa bàn": "plan/appendix-assignments.md.j2",
}


def unit_namer(index: UnitIndex | None) -> Callable[[object], str]:
    """``unit_name(ref)`` for templates: the name documents use for a unit or group."""

    def unit_name(ref: object) -> str:
        text = "" if ref is None else str(ref)
        target = index.resolve(text).target if index is not None and text else None
        return display_name(target) if target is not None else text

    return unit_name


def base_document(reference: Path | None) -> Document:
    """A new document: raquan's own set-up, or the user's reference .docx emptied."""
    if reference is None:
        document = docx.Document()
        setup_document(document)
        return document
    if not reference.is_file():
        raise UserError(f"Không tìm thấy tệp mẫu .docx '{reference}'.")
    try:
        document = docx.Document(str(reference))
    except Exception as error:  # python-docx raises several kinds on a bad package
        raise UserError(f"'{reference}' không phải một tệp .docx đọc được ({error}).") from None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


def render_plan(
    loaded: LoadedPlan,
    *,
    templates: Path | None = None,
    reference_docx: Path | None = None,
) -> bytes:
    """The plan as a .docx package (bytes)."""
    plan = loaded.plan
    index = loaded.index
    unit_name = unit_namer(index)
    issuer = index.resolve(plan.header.issuer).target if index is not None else None
    issuer_name = issuer.name if issuer is not None else plan.header.issuer
    env = environment(templates)
    context: dict[str, Any] = {"plan": plan, "unit_name": unit_name}
    body = render(env, "plan/body.md.j2", context)
    recipients = render(env, "plan/recipients.md.j2", context)

    document = base_document(reference_docx)
    typesetter = Typesetter(Footnotes(document), text_width_cm=TEXT_WIDTH_CM)
    header = plan.header
    header_block(
        document,
        HeaderBlock(
            supervising_body=header.supervising_body,
            issuing_body=header.issuing_body,
            number_line=number_line(header),
            place_date=place_date(header),
        ),
    )
    title_block(document, header.type, plan.title)
    typesetter.add(document, body, BODY)
    if plan.signature is not None:
        left = closing_block(document, ClosingBlock(plan.signature.lines, plan.signature.signer))
        typesetter.add(left, recipients, RECIPIENTS)
    reference_text = document_reference(header, issuer_name)
    appendix_typesetter = Typesetter(typesetter.footnotes, text_width_cm=LANDSCAPE_TEXT_WIDTH_CM)
    for number, attachment in enumerate(plan.attachments, start=1):
        appendix_section(document)
        markdown = render(
            env,
            APPENDIX_TEMPLATES[attachment.kind],
            {**context, "attachment": attachment, "number": number, "reference": reference_text},
        )
        appendix_typesetter.add(document, markdown, APPENDIX_HEAD)
    _properties(document, plan.title, header.type, issuer_name)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _properties(document: Document, title: str, kind: str, author: str) -> None:
    properties = document.core_properties
    properties.title = title
    properties.subject = kind
    properties.author = author
    properties.comments = MARK
    properties.language = "vi-VN"


def attachment_template(attachment: Attachment) -> str:
    """The template that lays out an attachment of this kind."""
    return APPENDIX_TEMPLATES[attachment.kind]
