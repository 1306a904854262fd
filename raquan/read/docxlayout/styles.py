"""Word's formatting as it resolves: direct formatting, styles, defaults and theme, with where
each value came from.

A run's look in WordprocessingML is the sum of several layers, each overriding the one before
(ECMA-376 part 1, §17.7.2): the document defaults (``w:docDefaults``), the table style of the
table the paragraph is in, the paragraph style and its ``basedOn`` chain, the list level of a
numbered paragraph (for indents), the character style and its chain, and the run's own
properties. A font slot may name a font or point at the theme's major or minor font.

Each resolved value is kept with its ``Origin``, so that a layout check can say *where* to fix
it: one style used by sixty paragraphs is one finding with one fix ("the style 'Body Text'"),
not sixty. Toggle properties (bold, italic, caps) are resolved by overriding, not by the
spec's exclusive-or between style levels, which no document of this kind relies on.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Value = Any


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a value was set: ``kind`` is ``run``, ``paragraph`` (direct formatting, ``name`` is
    the paragraph's number), ``character-style``, ``paragraph-style``, ``table-style``
    (``name`` is the style's name), ``numbering``, ``defaults`` or ``application`` (not set:
    Word's own default applies)."""

    kind: str
    name: str = ""

    @property
    def direct(self) -> bool:
        return self.kind in ("run", "paragraph")


APPLICATION = Origin("application")
DEFAULTS = Origin("defaults")

Props = dict[str, tuple[Value, Origin]]
"""Property name -> (value, origin)."""

FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
_THEME_ATTRIBUTES = {
    "ascii": "asciiTheme",
    "hAnsi": "hAnsiTheme",
    "eastAsia": "eastAsiaTheme",
    "cs": "cstheme",
}
_OFF = ("0", "false", "off", "none")


@dataclass(frozen=True, slots=True)
class Font:
    """A font slot's value: a font name, or a theme font (``theme`` is its name, ``minorHAnsi``,
    and ``name`` the typeface the theme gives it)."""

    name: str
    theme: str | None = None


class Xml:
    """Qualified names in one WordprocessingML namespace, and attribute reading."""

    def __init__(self, w: str) -> None:
        self.w = w

    def q(self, name: str) -> str:
        return f"{{{self.w}}}{name}"

    def attr(self, element: Any, name: str) -> str | None:
        value: str | None = element.get(self.q(name))
        return value

    def flag(self, element: Any) -> bool:
        """A toggle element (``<w:b/>``, ``<w:b w:val="0"/>``) as a boolean."""
        value = self.attr(element, "val")
        return value is None or value.lower() not in _OFF


LARGEST = 10_000_000.0
"""No length, count or size in a document is larger (in its own unit): anything beyond is
garbage, read as missing."""


def twips(value: str | None) -> float | None:
    """A number as read (``"567"``: twips, EMU, half-points…), or None when it is missing or
    not a reasonable number (``"x"``, ``"nan"``, ``"1e999"``)."""
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and abs(number) <= LARGEST * 100 else None


def count(value: str | None, default: int) -> int:
    """A small whole number (a list level, a column span) as read, or ``default``."""
    number = twips(value)
    if number is None or not 0 <= number <= 1000:
        return default
    return int(number)


def run_props(x: Xml, rpr: Any, origin: Origin, theme: dict[str, str]) -> Props:
    """The properties a ``w:rPr`` sets."""
    found: Props = {}
    if rpr is None:
        return found
    q = x.q
    fonts = rpr.find(q("rFonts"))
    if fonts is not None:
        for slot in FONT_SLOTS:
            themed = x.attr(fonts, _THEME_ATTRIBUTES[slot])
            if themed:
                found[slot] = (Font(theme.get(themed, ""), themed), origin)
            else:
                name = x.attr(fonts, slot)
                if name:
                    found[slot] = (Font(name), origin)
    size = rpr.find(q("sz"))
    if size is not None:
        half_points = twips(x.attr(size, "val"))
        if half_points is not None:
            found["size"] = (half_points / 2, origin)
    for tag, key in (("b", "bold"), ("i", "italic"), ("caps", "caps"), ("vanish", "hidden")):
        element = rpr.find(q(tag))
        if element is not None:
            found[key] = (x.flag(element), origin)
    vert = rpr.find(q("vertAlign"))
    if vert is not None:
        found["superscript"] = (x.attr(vert, "val") == "superscript", origin)
    style = rpr.find(q("rStyle"))
    if style is not None:
        found["rStyle"] = (x.attr(style, "val"), origin)
    return found


BORDER_EDGES = ("top", "bottom", "left", "right", "between", "bar")


@dataclass(frozen=True, slots=True)
class Border:
    """A visible border line: its style (``single``…), width in points, and distance."""

    style: str
    width_pt: float
    space_pt: float = 0.0


def border(x: Xml, element: Any) -> Border | None:
    """A border element (``w:top``…) as a visible ``Border``, or None when it draws nothing."""
    style = (x.attr(element, "val") or "").strip()
    if style in ("", "nil", "none"):
        return None
    size = twips(x.attr(element, "sz"))
    space = twips(x.attr(element, "space"))
    return Border(style, (size or 2) / 8, space or 0.0)


def _indents(x: Xml, ind: Any, origin: Origin, found: Props) -> None:
    for key, names in (("left", ("left", "start")), ("right", ("right", "end"))):
        for name in names:
            value = twips(x.attr(ind, name))
            if value is not None:
                found[key] = (value, origin)
                break
    hanging = twips(x.attr(ind, "hanging"))
    first = twips(x.attr(ind, "firstLine"))
    if hanging is not None:
        found["firstLine"] = (-hanging, origin)
    elif first is not None:
        found["firstLine"] = (first, origin)


def _spacing(x: Xml, spacing: Any, origin: Origin, found: Props) -> None:
    for key in ("before", "after", "line"):
        value = twips(x.attr(spacing, key))
        if value is not None:
            found[key] = (value, origin)
    rule = x.attr(spacing, "lineRule")
    if rule is not None or "line" in found:
        found["lineRule"] = (rule or "auto", origin)
    for key in ("beforeAutospacing", "afterAutospacing"):
        flag = x.attr(spacing, key)
        if flag is not None:
            found[key] = (flag.lower() not in _OFF, origin)


def _tabs(x: Xml, tabs: Any) -> tuple[tuple[tuple[str, float], ...], tuple[float, ...]]:
    stops: list[tuple[str, float]] = []
    cleared: list[float] = []
    for tab in tabs.iterchildren(x.q("tab")):
        position = twips(x.attr(tab, "pos"))
        kind = x.attr(tab, "val") or "left"
        if position is None:
            continue
        if kind == "clear":
            cleared.append(position)
        else:
            stops.append((kind, position))
    return tuple(stops), tuple(cleared)


def paragraph_props(x: Xml, ppr: Any, origin: Origin) -> Props:
    """The properties a ``w:pPr`` sets (alignment, indents, spacing, borders, tabs, list)."""
    found: Props = {}
    if ppr is None:
        return found
    q = x.q
    jc = ppr.find(q("jc"))
    if jc is not None:
        found["align"] = (x.attr(jc, "val") or "left", origin)
    ind = ppr.find(q("ind"))
    if ind is not None:
        _indents(x, ind, origin, found)
    spacing = ppr.find(q("spacing"))
    if spacing is not None:
        _spacing(x, spacing, origin, found)
    contextual = ppr.find(q("contextualSpacing"))
    if contextual is not None:
        found["contextual"] = (x.flag(contextual), origin)
    borders = ppr.find(q("pBdr"))
    if borders is not None:
        for edge in BORDER_EDGES:
            element = borders.find(q(edge))
            if element is not None:
                found[f"border.{edge}"] = (border(x, element), origin)
    tabs = ppr.find(q("tabs"))
    if tabs is not None:
        found["tabs"] = (_tabs(x, tabs), origin)
    num = ppr.find(q("numPr"))
    if num is not None:
        num_id = num.find(q("numId"))
        level = num.find(q("ilvl"))
        if num_id is not None:
            found["numId"] = (x.attr(num_id, "val") or "", origin)
        if level is not None:
            found["ilvl"] = (count(x.attr(level, "val"), 0), origin)
    style = ppr.find(q("pStyle"))
    if style is not None:
        found["pStyle"] = (x.attr(style, "val"), origin)
    return found


def merge(*layers: Props) -> Props:
    """Layers of properties, each overriding the ones before; tab stops add up."""
    merged: Props = {}
    for layer in layers:
        for key, item in layer.items():
            if key == "tabs" and key in merged:
                (old_stops, _), _origin = merged[key]
                (stops, cleared), origin = item
                kept = [s for s in old_stops if s[1] not in cleared]
                merged[key] = ((tuple(kept) + tuple(stops), ()), origin)
            else:
                merged[key] = item
    return merged


@dataclass(slots=True)
class _Style:
    style_id: str
    name: str
    kind: str
    based_on: str | None
    run: Props
    paragraph: Props
    table: Any = None
    """The ``w:tblPr`` of a table style."""


@dataclass(slots=True)
class StyleSheet:
    """The document's styles, defaults and theme fonts, resolved on demand (and remembered)."""

    x: Xml
    theme: dict[str, str] = field(default_factory=dict)
    default_run: Props = field(default_factory=dict)
    default_paragraph: Props = field(default_factory=dict)
    styles: dict[str, _Style] = field(default_factory=dict)
    default_style: dict[str, str] = field(default_factory=dict)
    """Style type (``paragraph``, ``character``, ``table``) -> the id of its default style."""
    _chains: dict[tuple[str, str], tuple[Props, Props]] = field(default_factory=dict)

    @classmethod
    def read(cls, x: Xml, root: Any | None, theme: dict[str, str]) -> StyleSheet:
        sheet = cls(x, theme)
        if root is None:
            return sheet
        q = x.q
        defaults = root.find(q("docDefaults"))
        if defaults is not None:
            sheet.default_run = run_props(
                x, defaults.find(f"{q('rPrDefault')}/{q('rPr')}"), DEFAULTS, theme
            )
            sheet.default_paragraph = paragraph_props(
                x, defaults.find(f"{q('pPrDefault')}/{q('pPr')}"), DEFAULTS
            )
        for element in root.iterchildren(q("style")):
            style_id = x.attr(element, "styleId") or ""
            kind = x.attr(element, "type") or "paragraph"
            name_element = element.find(q("name"))
            name = (x.attr(name_element, "val") if name_element is not None else None) or style_id
            origin = Origin(f"{kind}-style", name)
            based = element.find(q("basedOn"))
            sheet.styles[style_id] = _Style(
                style_id,
                name,
                kind,
                x.attr(based, "val") if based is not None else None,
                run_props(x, element.find(q("rPr")), origin, theme),
                paragraph_props(x, element.find(q("pPr")), origin),
                element.find(q("tblPr")),
            )
            if x.attr(element, "default") in ("1", "true", "on"):
                sheet.default_style.setdefault(kind, style_id)
        return sheet

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        """The style and the styles it is based on, most specific first."""
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < 64:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                return
            yield style
            style_id = style.based_on

    def resolved(self, style_id: str | None) -> tuple[Props, Props]:
        """A style's run and paragraph properties with those it inherits."""
        key = ("", style_id or "")
        found = self._chains.get(key)
        if found is None:
            chain = list(self.chain(style_id))[::-1]
            found = (
                merge(*(style.run for style in chain)),
                merge(*(style.paragraph for style in chain)),
            )
            self._chains[key] = found
        return found

    def name(self, style_id: str | None) -> str:
        style = self.styles.get(style_id or "")
        return style.name if style is not None else ""

    def table_properties(self, style_id: str | None) -> list[Any]:
        """The ``w:tblPr`` elements of a table style's chain, most general first."""
        return [s.table for s in list(self.chain(style_id))[::-1] if s.table is not None]


def theme_fonts(x_a: str, root: Any | None) -> dict[str, str]:
    """The theme's fonts by the names runs use (``minorHAnsi`` -> ``Calibri``)."""
    fonts: dict[str, str] = {}
    if root is None:
        return fonts
    for scheme, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        element = next(root.iter(f"{{{x_a}}}{scheme}"), None)
        if element is None:
            continue
        for tag, names in (
            ("latin", ("Ascii", "HAnsi")),
            ("ea", ("EastAsia",)),
            ("cs", ("Bidi",)),
        ):
            face = element.find(f"{{{x_a}}}{tag}")
            typeface = face.get("typeface") if face is not None else None
            for name in names:
                fonts[f"{prefix}{name}"] = typeface or ""
    return fonts
