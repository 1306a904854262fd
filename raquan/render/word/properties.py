"""A document's properties, and the stale parts python-docx's default template carries.

python-docx starts every document from a template saved by "Microsoft Macintosh Word" on
2013-12-23: its core properties keep that date, its extended properties (``docProps/app.xml``)
say "Pages 1", "Words 0" and name that application, and it carries a blank thumbnail, a
``stylesWithEffects.xml`` whose styles point at the theme's Calibri and Cambria, a
bibliography ``customXml`` item, and settings that ask Word to save a preview picture, claim
the spelling was checked (``w:proofState``) and set the theme fonts' languages to en-US and
ja-JP (``w:themeFontLang``). python-docx has no API for the extended properties nor for
dropping a part, so this module rewrites ``app.xml`` and removes the relationships (a part no
relationship reaches is not written).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from html import escape  # not xml.sax.saxutils's: it imports urllib.request, ssl, http
from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE as RT

from raquan.render.word.ooxml import find

if TYPE_CHECKING:
    from docx.document import Document
    from docx.opc.rel import Relationships

__all__ = ["APPLICATION", "Properties", "drop_stale_parts", "set_properties"]

APPLICATION = "raquan"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
STALE_RELATIONSHIPS = (RT.THUMBNAIL, STYLES_WITH_EFFECTS, RT.CUSTOM_XML)
STALE_SETTINGS = ("w:themeFontLang", "w:savePreviewPicture", "w:proofState")
APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
<Application>{application}</Application><DocSecurity>0</DocSecurity>\
<ScaleCrop>false</ScaleCrop><Company>{company}</Company>\
<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>\
<HyperlinksChanged>false</HyperlinksChanged></Properties>"""
"""Extended properties with nothing a word processor would have to recompute (no page, word
or line counts, no application version)."""


@dataclass(frozen=True, slots=True)
class Properties:
    """What a document says about itself."""

    title: str
    subject: str
    author: str
    """The issuing body; also the company of the extended properties."""
    created: datetime.datetime
    """Timezone-aware; written in UTC, also as the modification time."""
    language: str = "vi-VN"
    comments: str = ""
    keywords: str = ""


def set_properties(document: Document, properties: Properties) -> None:
    """Fill the core and extended properties of ``document``."""
    core = document.core_properties
    core.title = properties.title
    core.subject = properties.subject
    core.author = properties.author
    core.last_modified_by = properties.author
    core.comments = properties.comments
    core.keywords = properties.keywords
    core.category = ""
    core.language = properties.language
    core.revision = 1
    moment = properties.created.astimezone(datetime.UTC).replace(tzinfo=None, microsecond=0)
    core.created = moment
    core.modified = moment
    package = document.part.package
    for part in package.iter_parts():
        if part.partname == "/docProps/app.xml":
            blob = APP_XML.format(
                application=escape(APPLICATION, quote=False),
                company=escape(properties.author, quote=False),
            )
            part._blob = blob.encode("utf-8")  # python-docx keeps app.xml as bytes


def _drop(rels: Relationships, reltypes: tuple[str, ...]) -> None:
    for rid, rel in list(rels.items()):
        if rel.reltype in reltypes:
            del rels[rid]
            rels.related_parts.pop(rid, None)


def drop_stale_parts(document: Document) -> None:
    """Remove the template's thumbnail, ``stylesWithEffects.xml``, custom XML and stale
    settings from ``document``."""
    _drop(document.part.package.rels, STALE_RELATIONSHIPS)
    _drop(document.part.rels, STALE_RELATIONSHIPS)
    settings = document.settings.element
    for tag in STALE_SETTINGS:
        old = find(settings, tag)
        if old is not None:
            settings.remove(old)
