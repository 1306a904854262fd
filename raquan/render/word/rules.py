"""Short centred solid lines, drawn as the top border of an empty paragraph.

Nghị định 30/2020/NĐ-CP puts a solid line under the issuing body (1/3 to 1/2 of the text
width) and under "Độc lập - Tự do - Hạnh phúc" (as long as the text). python-docx has no
paragraph borders; a paragraph border, unlike a drawn shape, stays in the text flow and
renders the same in Word and LibreOffice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from docx.enum.text import WD_PARAGRAPH_ALIGNMENT

from raquan.render.word.fonts import set_size
from raquan.render.word.ooxml import (
    PPR_ORDER,
    cm_to_twips,
    get_or_add,
    new_element,
    pt_to_twips,
    set_attributes,
)

if TYPE_CHECKING:
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.styles.style import ParagraphStyle
    from docx.text.paragraph import Paragraph

__all__ = ["ParagraphContainer", "add_rule"]

RULE_FONT_SIZE_PT = 1


class ParagraphContainer(Protocol):
    """Anything paragraphs can be added to: a document, a table cell, a header."""

    def add_paragraph(
        self, text: str = "", style: str | ParagraphStyle | None = None
    ) -> Paragraph: ...


def add_rule(
    container: ParagraphContainer,
    *,
    length_cm: float,
    available_cm: float,
    weight_eighths: int = 6,
    space_before_pt: float = 0,
) -> Paragraph:
    """Add a solid line `length_cm` long, centred in `available_cm`, to `container`.

    The line is the single top border (``weight_eighths`` / 8 pt) of an empty paragraph
    indented by ``(available_cm - length_cm) / 2`` on both sides, with a 1 pt paragraph mark
    and no spacing after, so it sits right under the text above it. `available_cm` is the
    width the paragraph can use: the text width of the page, or of the cell less its margins.
    """
    if not 0 < length_cm <= available_cm:
        msg = f"a rule of {length_cm} cm does not fit in {available_cm} cm"
        raise ValueError(msg)
    paragraph = container.add_paragraph()
    paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.CENTER
    ppr = cast("BaseOxmlElement", paragraph._p.get_or_add_pPr())

    borders = get_or_add(ppr, "w:pBdr", PPR_ORDER)
    for old in list(borders):
        borders.remove(old)
    borders.append(
        new_element(
            "w:top",
            {"w:val": "single", "w:sz": str(weight_eighths), "w:space": "0", "w:color": "000000"},
        )
    )
    set_attributes(
        get_or_add(ppr, "w:spacing", PPR_ORDER),
        {
            "w:before": str(pt_to_twips(space_before_pt)),
            "w:after": "0",
            "w:line": "240",
            "w:lineRule": "auto",
        },
    )
    indent = str(cm_to_twips((available_cm - length_cm) / 2))
    set_attributes(
        get_or_add(ppr, "w:ind", PPR_ORDER),
        {"w:left": indent, "w:right": indent, "w:firstLine": "0"},
    )
    set_size(get_or_add(ppr, "w:rPr", PPR_ORDER), RULE_FONT_SIZE_PT)
    return paragraph
