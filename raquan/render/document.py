"""Putting a document together: the frame around the Markdown parts, then saving it.

Every kind of document (a plan, a unit's report, the city's summary) is the same assembly:
header block, type name and summary, body, closing block with its recipients, and appendices
in their own landscape sections. The kinds differ only in what they put in each part.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import PackageWriter

from raquan.domain.layout import APPENDIX_LABEL_STYLE, RECIPIENT_STYLE
from raquan.domain.textwidth import text_width_cm
from raquan.errors import UserError
from raquan.read.bounded import SafeZip
from raquan.render.frame import (
    LANDSCAPE_TEXT_WIDTH_CM,
    TEXT_WIDTH_CM,
    appendix_section,
    closing_block,
    header_block,
    setup_document,
    title_block,
)
from raquan.render.output import MARK, PDF_MARK, stamp
from raquan.render.parts import Parts
from raquan.render.typeset import BODY, CELL, Typesetter
from raquan.render.word import Footnotes, Properties, drop_stale_parts, set_properties

MAX_REFERENCE_BYTES = 64 * 1024 * 1024
"""Largest reference .docx, packed or unpacked (a letterhead with pictures fits easily)."""
MAX_REFERENCE_XML = 8 * 1024 * 1024
"""Largest XML part of a reference .docx: python-docx holds it as a tree of about twenty times
its size (a 56 MiB body took 1.3 GB); the text of a 40-page plan is under 2 MiB."""

RECIPIENTS = replace(
    CELL,
    size_pt=RECIPIENT_STYLE.size,
    hanging_cm=round(text_width_cm("- ", RECIPIENT_STYLE.size), 3),
)
"""The lines of "Nơi nhận": a line that wraps continues under the text, not under the dash."""
APPENDIX_HEAD = replace(
    CELL, size_pt=APPENDIX_LABEL_STYLE.size, alignment=WD_ALIGN_PARAGRAPH.CENTER
)


def rendering_time() -> datetime.datetime:
    """When the document is made: now, or ``SOURCE_DATE_EPOCH`` when set (the reproducible-
    builds convention, so that two renders of the same files give the same bytes)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
    return datetime.datetime.now(datetime.UTC)


def base_document(reference: Path | None) -> Document:
    """A new document: raquan's own set-up, or the user's reference .docx emptied."""
    if reference is None:
        document = docx.Document()
        setup_document(document)
        return document
    if not reference.is_file():
        raise UserError(f"Không tìm thấy tệp mẫu .docx '{reference}'.")
    with SafeZip(reference, MAX_REFERENCE_BYTES, what="tệp mẫu .docx") as package:
        for member in package.archive.infolist():
            if member.filename.endswith(".xml") and member.file_size > MAX_REFERENCE_XML:
                raise UserError(
                    f"Tệp mẫu .docx '{reference}' có phần '{member.filename}' quá lớn "
                    f"({member.file_size / 2**20:.1f} MiB chữ XML, nhiều nhất "
                    f"{MAX_REFERENCE_XML // 2**20} MiB); tệp mẫu chỉ cần kiểu chữ, lề, đầu trang.",
                    hint="Dùng một tệp mẫu ngắn: xoá nội dung của văn bản mẫu, giữ định dạng.",
                )
        checked = package.repacked()
    try:
        document = docx.Document(checked)
    except Exception:  # python-docx raises several kinds on a bad package
        raise UserError(
            f"'{reference}' không phải một tệp .docx đọc được (thiếu phần văn bản chính hoặc "
            "phần đó bị hỏng)."
        ) from None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


def build(
    parts: Parts, *, reference_docx: Path | None = None, base: Document | None = None
) -> bytes:
    """The document as a .docx package (bytes), on ``base`` (``base_document(reference_docx)``
    made beforehand) or on a new ``base_document(reference_docx)``.

    A reference .docx comes from elsewhere: a part of it that python-docx cannot use (a
    footnotes part that is not XML, styles linked outside the package, a margin of "inf")
    fails only when the layout reaches it, and is said as the reference's fault (exit 2)."""
    if base is None and reference_docx is not None:
        try:
            return _build(parts, base_document(reference_docx))
        except UserError:
            raise
        except Exception:  # python-docx and lxml raise many kinds on a damaged part
            raise UserError(
                f"Tệp mẫu .docx '{reference_docx}' có phần hỏng hoặc lạ (chú thích, kiểu chữ, "
                "lề trang, ...) nên raquan không dựng được văn bản trên nó.",
                hint="Mở tệp mẫu bằng Word, lưu lại thành tệp mới rồi thử lại; hoặc bỏ "
                "--reference-docx.",
            ) from None
    return _build(parts, base if base is not None else base_document(reference_docx))


def _build(parts: Parts, document: Document) -> bytes:
    typesetter = Typesetter(Footnotes(document), text_width_cm=TEXT_WIDTH_CM)
    header_block(document, parts.header)
    title_block(document, parts.type_name, parts.summary)
    typesetter.add(document, parts.body, BODY)
    if parts.closing is not None:
        left = closing_block(document, parts.closing)
        typesetter.add(left, parts.recipients, RECIPIENTS)
    landscape = Typesetter(typesetter.footnotes, text_width_cm=LANDSCAPE_TEXT_WIDTH_CM)
    for markdown in parts.appendices:
        appendix_section(document)
        landscape.add(document, markdown, APPENDIX_HEAD)
    drop_stale_parts(document)
    set_properties(
        document,
        Properties(
            title=" ".join(parts.summary.split()),
            subject=parts.type_name,
            author=parts.author,
            created=rendering_time(),
            language="vi-VN",
            comments=MARK,
            keywords=PDF_MARK,
        ),
    )
    return packaged(document)


class _Members:
    """The members of a package as python-docx's writer hands them over (in its order)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.data: dict[str, bytes] = {}

    def write(self, uri: PackURI, blob: bytes) -> None:
        self.names.append(uri.membername)
        self.data[uri.membername] = blob


def packaged(document: Document) -> bytes:
    """The document as a .docx package, stamped with its fingerprint (``output.stamp``).

    python-docx's writer gives the members to ``_Members`` rather than to a zip file, and they
    are zipped once, with the fingerprint (saving, then unzipping to stamp and zipping again,
    was a fifth of the layout's time). What ``Document.save`` does, done the same way.
    """
    package = document.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    members = _Members()
    writer: Any = PackageWriter  # its steps are untyped, and take any object that writes
    writer._write_content_types_stream(members, parts)
    writer._write_pkg_rels(members, package.rels)
    writer._write_parts(members, parts)
    return stamp(members.names, members.data)
