"""Real Word footnotes: the footnotes part, its styles and the references in the body.

python-docx 1.2 has no footnote API and does not even parse ``/word/footnotes.xml`` when it
opens a document (the part is kept as opaque bytes). :class:`Footnotes` creates the part on
first use, with the two separator entries Word requires and the ``FootnoteText`` and
``FootnoteReference`` styles, or takes over the part of a reference ``.docx`` and continues
its numbering.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.oxml.text.paragraph import CT_P
from docx.parts.story import StoryPart
from docx.text.paragraph import Paragraph

from raquan.render.word.fonts import find_style
from raquan.render.word.ooxml import (
    SETTINGS_ORDER,
    get_or_add,
    new_element,
    pt_to_half_points,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.opc.part import Part
    from docx.oxml.xmlchemy import BaseOxmlElement

__all__ = ["FOOTNOTES_CONTENT_TYPE", "FOOTNOTES_RELATIONSHIP", "Footnotes"]

FOOTNOTES_CONTENT_TYPE: str = CT.WML_FOOTNOTES
FOOTNOTES_RELATIONSHIP: str = RT.FOOTNOTES
FOOTNOTES_PARTNAME = "/word/footnotes.xml"

_SEPARATOR_PPR = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
_FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    f'<w:footnote w:type="separator" w:id="-1"><w:p>{_SEPARATOR_PPR}'
    "<w:r><w:separator/></w:r></w:p></w:footnote>"
    f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p>{_SEPARATOR_PPR}'
    "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


class _FootnoteStory:
    """The parent of a footnote paragraph: what python-docx asks for its ``.part``."""

    def __init__(self, part: StoryPart) -> None:
        self._part = part

    @property
    def part(self) -> StoryPart:
        return self._part


class Footnotes:
    """The footnotes of one document::

        notes = Footnotes(document)
        paragraph = document.add_paragraph("Theo Kế hoạch số 36/KH-UBND")
        notes.add(paragraph).add_run("Ban hành ngày 10/01/2023.")
        paragraph.add_run(" của Ủy ban nhân dân tỉnh.")

    Nothing is written to the document before the first :meth:`add`.
    """

    def __init__(self, document: Document, *, text_size_pt: float = 12) -> None:
        self._document = document
        self._text_size_pt = text_size_pt
        self._part: StoryPart | None = None
        self._text_style_id: str | None = None
        self._reference_style_id: str | None = None

    @property
    def part(self) -> StoryPart:
        """The footnotes part, created or taken over (from opaque bytes) on first access."""
        if self._part is None:
            self._part = _get_or_add_footnotes_part(self._document)
            _add_footnote_settings(self._document)
        return self._part

    @property
    def element(self) -> BaseOxmlElement:
        """The ``w:footnotes`` root element."""
        return cast("BaseOxmlElement", self.part.element)

    def add(self, paragraph: Paragraph) -> Paragraph:
        """Put a new footnote's mark at the end of `paragraph` and return its text paragraph.

        The mark is a run styled ``FootnoteReference`` holding ``w:footnoteReference``; call
        this right after adding the run the note belongs to. The returned paragraph (style
        ``FootnoteText``) already starts with the note's number and a space: add the text with
        ``add_run``, bold or italic as needed.
        """
        text_style, reference_style = self._styles()
        footnotes = self.element
        number = _next_id(footnotes)

        reference = paragraph._p.add_r()
        reference.style = reference_style
        reference.append(new_element("w:footnoteReference", {"w:id": str(number)}))

        footnote = new_element("w:footnote", {"w:id": str(number)})
        p = cast("CT_P", new_element("w:p"))
        p.style = text_style
        mark = p.add_r()
        mark.style = reference_style
        mark.append(new_element("w:footnoteRef"))
        p.add_r().add_t(" ")
        footnote.append(p)
        footnotes.append(footnote)
        return Paragraph(p, _FootnoteStory(self.part))

    def _styles(self) -> tuple[str, str]:
        if self._text_style_id is None or self._reference_style_id is None:
            styles = self._document.styles.element
            self._text_style_id = _get_or_add_style(
                styles, "paragraph", "footnote text", "FootnoteText", self._text_style_xml
            )
            self._reference_style_id = _get_or_add_style(
                styles, "character", "footnote reference", "FootnoteReference", _reference_xml
            )
        return self._text_style_id, self._reference_style_id

    def _text_style_xml(self, styles: BaseOxmlElement) -> str:
        size = pt_to_half_points(self._text_size_pt)
        based_on = '<w:basedOn w:val="Normal"/>' if find_style(styles, "Normal") is not None else ""
        return (
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText">'
            f'<w:name w:val="footnote text"/>{based_on}<w:uiPriority w:val="99"/>'
            "<w:unhideWhenUsed/>"
            '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
            '<w:ind w:firstLine="0"/><w:jc w:val="both"/></w:pPr>'
            f'<w:rPr><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
            "</w:style>"
        )


def _reference_xml(styles: BaseOxmlElement) -> str:
    based_on = (
        '<w:basedOn w:val="DefaultParagraphFont"/>'
        if find_style(styles, "DefaultParagraphFont") is not None
        else ""
    )
    return (
        f'<w:style {nsdecls("w")} w:type="character" w:styleId="FootnoteReference">'
        f'<w:name w:val="footnote reference"/>{based_on}<w:uiPriority w:val="99"/>'
        '<w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        "</w:style>"
    )


def _get_or_add_style(
    styles: BaseOxmlElement,
    style_type: str,
    name: str,
    style_id: str,
    make_xml: Callable[[BaseOxmlElement], str],
) -> str:
    """The id of the style of `style_type` named `name` (Word's built-in, lower-case name)
    or with id `style_id`; the style is created from `make_xml` when there is none.

    Looking up the name first finds the style of a localised reference document, whose id
    may be ``Funotentext`` or ``Chcuitrang`` rather than ``FootnoteText``.
    """
    candidates = [
        s for s in styles.iterchildren(qn("w:style")) if s.get(qn("w:type")) == style_type
    ]
    for style in candidates:
        name_element = style.find(qn("w:name"))
        if name_element is not None and str(name_element.get(qn("w:val"))).lower() == name:
            return str(style.get(qn("w:styleId")))
    for style in candidates:
        if style.get(qn("w:styleId")) == style_id:
            return style_id
    styles.append(parse_xml(make_xml(styles)))
    return style_id


def _next_id(footnotes: BaseOxmlElement) -> int:
    ids = [int(str(f.get(qn("w:id")))) for f in footnotes.iterchildren(qn("w:footnote"))]
    return max([0, *ids]) + 1


def _get_or_add_footnotes_part(document: Document) -> StoryPart:
    """The document's footnotes part as a python-docx story part.

    python-docx loads an existing ``footnotes.xml`` as a plain ``Part`` holding bytes. It is
    replaced by a ``StoryPart`` parsed from those bytes, under the same name, relationship id
    and relationships, so that paragraphs and runs inside footnotes can resolve styles.
    """
    document_part = document.part
    package = document_part.package
    assert package is not None
    for rel_id, rel in list(document_part.rels.items()):
        if rel.reltype != FOOTNOTES_RELATIONSHIP or rel.is_external:
            continue
        old: Part = rel.target_part
        if isinstance(old, StoryPart):
            return old
        new = StoryPart(old.partname, old.content_type, parse_xml(old.blob), package)
        for old_rel_id, old_rel in old.rels.items():
            target = old_rel.target_ref if old_rel.is_external else old_rel.target_part
            new.load_rel(old_rel.reltype, target, old_rel_id, old_rel.is_external)
        del document_part.rels[rel_id]
        document_part.load_rel(FOOTNOTES_RELATIONSHIP, new, rel_id)
        return new

    taken = {str(part.partname) for part in package.iter_parts()}
    partname = (
        PackURI(FOOTNOTES_PARTNAME)
        if FOOTNOTES_PARTNAME not in taken
        else package.next_partname("/word/footnotes%d.xml")
    )
    part = StoryPart(partname, FOOTNOTES_CONTENT_TYPE, parse_xml(_FOOTNOTES_XML), package)
    document_part.relate_to(part, FOOTNOTES_RELATIONSHIP)
    return part


def _add_footnote_settings(document: Document) -> None:
    """``w:footnotePr`` in settings.xml naming the separators, as Word itself writes it."""
    settings = document.settings.element
    footnote_pr = get_or_add(settings, "w:footnotePr", SETTINGS_ORDER)
    if footnote_pr.find(qn("w:footnote")) is None:
        for separator_id in ("-1", "0"):
            footnote_pr.append(new_element("w:footnote", {"w:id": separator_id}))
