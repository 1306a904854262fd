"""Low-level WordprocessingML helpers shared by the ``raquan.render.word`` modules.

python-docx 1.2 exposes only part of WordprocessingML. What a document under Nghị định
30/2020/NĐ-CP needs beyond it (footnotes, PAGE fields, table borders, rows that must not split,
repeated header rows, the four font slots, a different first page, page-number restarts) is
written here by hand, directly on the XML that python-docx keeps in memory. WordprocessingML
is order-sensitive: a child placed out of schema order makes Word refuse the file even when
LibreOffice accepts it, so every insertion goes through :func:`get_or_add`, which knows the
order of the few parents we touch.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from docx.oxml.ns import nsmap, qn
from docx.oxml.parser import OxmlElement
from docx.oxml.xmlchemy import BaseOxmlElement

__all__ = [
    "PPR_ORDER",
    "RPR_ORDER",
    "SECTPR_ORDER",
    "SETTINGS_ORDER",
    "STYLE_ORDER",
    "TBLPR_ORDER",
    "TCPR_ORDER",
    "TRPR_ORDER",
    "cm_to_twips",
    "find",
    "get_or_add",
    "insert_in_order",
    "mm_to_twips",
    "new_element",
    "pt_to_half_points",
    "pt_to_twips",
    "remove_attributes",
    "set_attributes",
]

W_NAMESPACE = nsmap["w"]

# Children of the parents we edit, in the order the schema (ECMA-376 part 1, §17) requires.
RPR_ORDER: tuple[str, ...] = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
    "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof",
    "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern",
    "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
    "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath",
)  # fmt: skip
PPR_ORDER: tuple[str, ...] = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
STYLE_ORDER: tuple[str, ...] = (
    "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden",
    "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked",
    "w:personal", "w:personalCompose", "w:personalReply", "w:rsid", "w:pPr", "w:rPr",
    "w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr",
)  # fmt: skip
SECTPR_ORDER: tuple[str, ...] = (
    "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type",
    "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols",
    "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi",
    "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip
TBLPR_ORDER: tuple[str, ...] = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
    "w:tblDescription", "w:tblPrChange",
)  # fmt: skip
TRPR_ORDER: tuple[str, ...] = (
    "w:cnfStyle", "w:divId", "w:gridBefore", "w:gridAfter", "w:wBefore", "w:wAfter",
    "w:cantSplit", "w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden",
    "w:ins", "w:del", "w:trPrChange",
)  # fmt: skip
TCPR_ORDER: tuple[str, ...] = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)  # fmt: skip
# Only the tail of w:settings from w:footnotePr on: nothing earlier is ever inserted.
SETTINGS_ORDER: tuple[str, ...] = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


def cm_to_twips(cm: float) -> int:
    """Centimetres to twentieths of a point (``dxa``), the unit of widths and indents."""
    return round(cm * 1440 / 2.54)


def mm_to_twips(mm: float) -> int:
    """Millimetres to twentieths of a point (``dxa``)."""
    return round(mm * 1440 / 25.4)


def pt_to_twips(pt: float) -> int:
    """Points to twentieths of a point, the unit of ``w:spacing``."""
    return round(pt * 20)


def pt_to_half_points(pt: float) -> int:
    """Points to half-points, the unit of ``w:sz``."""
    return round(pt * 2)


def new_element(tag: str, attributes: dict[str, str] | None = None) -> BaseOxmlElement:
    """A new element such as ``w:tblBorders``; attribute names are prefixed too (``w:val``)."""
    element = cast("BaseOxmlElement", OxmlElement(tag))
    if attributes:
        set_attributes(element, attributes)
    return element


def set_attributes(element: BaseOxmlElement, attributes: dict[str, str]) -> None:
    """Set prefixed attributes (``{"w:val": "single"}``) on `element`."""
    for name, value in attributes.items():
        element.set(qn(name), value)


def remove_attributes(element: BaseOxmlElement, *names: str) -> None:
    """Remove the prefixed attributes `names` from `element` when present."""
    for name in names:
        element.attrib.pop(qn(name), None)


def find(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement | None:
    """The first child of `parent` named `tag` (``w:rFonts``), or ``None``."""
    return cast("BaseOxmlElement | None", parent.find(qn(tag)))


def insert_in_order(parent: BaseOxmlElement, child: BaseOxmlElement, order: Sequence[str]) -> None:
    """Insert `child` into `parent` before the first sibling that the schema puts after it.

    `order` lists the children of `parent` in schema order. Elements from extension
    namespaces (``w14:``, ``w15:``…) that `order` does not name are taken to come last, as
    they do in every sequence Word writes.
    """
    names = [qn(tag) for tag in order]
    tag = str(child.tag)
    later = set(names[names.index(tag) + 1 :]) if tag in names else set()
    for sibling in parent:
        sibling_tag = sibling.tag
        if not isinstance(sibling_tag, str):  # comments, processing instructions
            continue
        foreign = sibling_tag not in names and not sibling_tag.startswith(f"{{{W_NAMESPACE}}}")
        if sibling_tag in later or (tag in names and foreign):
            sibling.addprevious(child)
            return
    parent.append(child)


def get_or_add(parent: BaseOxmlElement, tag: str, order: Sequence[str]) -> BaseOxmlElement:
    """The child `tag` of `parent`, created at its schema position when missing."""
    found = find(parent, tag)
    if found is not None:
        return found
    child = new_element(tag)
    insert_in_order(parent, child, order)
    return child
