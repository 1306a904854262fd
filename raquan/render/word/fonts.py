"""Fonts, language and text colour for the whole document and for single runs.

python-docx's ``Font.name`` writes only ``w:ascii`` and ``w:hAnsi`` and leaves the theme
attributes in place, and its default template points the document defaults at the theme's
Calibri/Cambria and colours the headings blue. Nghị định 30/2020/NĐ-CP wants Times New Roman,
black, everywhere, so the four font slots are set and the theme references dropped here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from docx.oxml.ns import qn

from raquan.render.word.ooxml import (
    RPR_ORDER,
    STYLE_ORDER,
    find,
    get_or_add,
    pt_to_half_points,
    remove_attributes,
    set_attributes,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.text.run import Run

__all__ = ["DEFAULT_FONT", "find_style", "set_document_fonts", "set_run_fonts", "set_size"]

DEFAULT_FONT = "Times New Roman"
FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
THEME_FONT_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
THEME_COLOUR_ATTRIBUTES = ("w:themeColor", "w:themeTint", "w:themeShade")
BLACK = "000000"


def _set_font_slots(rpr: BaseOxmlElement, name: str) -> None:
    rfonts = get_or_add(rpr, "w:rFonts", RPR_ORDER)
    _fix_rfonts(rfonts, name)


def _fix_rfonts(rfonts: BaseOxmlElement, name: str) -> None:
    remove_attributes(rfonts, *THEME_FONT_ATTRIBUTES)
    set_attributes(rfonts, dict.fromkeys(FONT_SLOTS, name))


def set_size(rpr: BaseOxmlElement, size_pt: float) -> None:
    """Set the size of the run properties `rpr` (``w:sz``, and ``w:szCs`` for complex scripts)."""
    half_points = str(pt_to_half_points(size_pt))
    for tag in ("w:sz", "w:szCs"):
        set_attributes(get_or_add(rpr, tag, RPR_ORDER), {"w:val": half_points})


def _elements(parent: BaseOxmlElement, path: str) -> list[BaseOxmlElement]:
    return cast("list[BaseOxmlElement]", parent.xpath(path))


def set_document_fonts(
    document: Document,
    name: str = DEFAULT_FONT,
    *,
    language: str = "vi-VN",
    size_pt: float | None = 14,
) -> None:
    """Make `name`, black, in `language`, the font of every style of `document`.

    * ``w:docDefaults``: ``w:rFonts`` with the four slots (``ascii``, ``hAnsi``,
      ``eastAsia``, ``cs``) set to `name` and no theme attributes; ``w:lang`` ``val``,
      ``eastAsia`` and ``bidi`` set to `language`; ``w:sz``/``w:szCs`` when `size_pt` is given.
    * Every ``w:rFonts`` of every style (headings and the title point at theme fonts in
      python-docx's template) gets the same four slots and loses its theme attributes; the
      default paragraph style (Normal) gets an explicit ``w:rFonts`` and, when it carries its
      own size, the new size.
    * Paragraph and character styles lose their theme colours: text and paragraph borders
      (the line under the Title style) become black. Table styles
      keep theirs: their text colours go with their shading, and the tables of a document
      under Nghị định 30 use no table style (borders are set directly).
    """
    styles = document.styles.element
    doc_defaults = get_or_add(styles, "w:docDefaults", ("w:docDefaults", "w:latentStyles"))
    rpr_default = get_or_add(doc_defaults, "w:rPrDefault", ("w:rPrDefault", "w:pPrDefault"))
    rpr = get_or_add(rpr_default, "w:rPr", ("w:rPr",))
    _set_font_slots(rpr, name)
    if size_pt is not None:
        set_size(rpr, size_pt)
    lang = get_or_add(rpr, "w:lang", RPR_ORDER)
    set_attributes(lang, {"w:val": language, "w:eastAsia": language, "w:bidi": language})

    for rfonts in _elements(styles, "w:style//w:rFonts"):
        _fix_rfonts(rfonts, name)

    defaults = _elements(styles, "w:style[@w:type='paragraph' and @w:default='1']")
    normal = defaults[0] if defaults else find_style(styles, "Normal")
    if normal is not None:
        normal_rpr = get_or_add(normal, "w:rPr", STYLE_ORDER)
        _set_font_slots(normal_rpr, name)
        if size_pt is not None and find(normal_rpr, "w:sz") is not None:
            set_size(normal_rpr, size_pt)

    text_styles = "w:style[@w:type='paragraph' or @w:type='character']"
    for color in _elements(styles, f"{text_styles}//w:color"):
        remove_attributes(color, *THEME_COLOUR_ATTRIBUTES)
        set_attributes(color, {"w:val": BLACK})
    for border in _elements(styles, f"{text_styles}//w:pBdr/* | {text_styles}//w:bdr"):
        remove_attributes(border, *THEME_COLOUR_ATTRIBUTES)
        set_attributes(border, {"w:color": BLACK})


def find_style(styles: BaseOxmlElement, style_id: str) -> BaseOxmlElement | None:
    """The ``w:style`` element of `styles` whose ``w:styleId`` is `style_id`, or ``None``."""
    for style in _elements(styles, "w:style"):
        if style.get(qn("w:styleId")) == style_id:
            return style
    return None


def set_run_fonts(run: Run, name: str = DEFAULT_FONT, *, size_pt: float | None = None) -> None:
    """Set the four font slots of `run` to `name` (theme attributes removed) and its size.

    For runs that must not depend on styles, such as the page number in a header.
    """
    rpr = cast("BaseOxmlElement", run._r.get_or_add_rPr())
    _set_font_slots(rpr, name)
    if size_pt is not None:
        set_size(rpr, size_pt)
