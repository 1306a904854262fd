"""Reading a ``.docx`` for its layout (see ``raquan.read.docxlayout.model``).

Safety is shared with the document reader (``raquan.read.docxread``): the package is opened
with ``raquan.read.bounded.SafeZip`` (declared and actual sizes, entries, ratios) and every XML
part is parsed by ``docxread.parse_xml`` (no entities, no DTD, no network, bounded sizes); the
number of paragraphs is bounded the same way. Paragraphs are
walked in the same order and numbered by the same rule, so "đoạn N" here is "đoạn N" there.

Hand-written over lxml for the reasons ``docxread`` gives, and because python-docx resolves no
style chain, theme font, table style, list indent or drawn shape, which are what a layout check
is about.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from raquan.errors import UserError
from raquan.read.bounded import SafeZip, max_file_size
from raquan.read.docxlayout.model import (
    EMU_PER_CM,
    TWIPS_PER_CM,
    TWIPS_PER_MM,
    Cell,
    LayoutDocument,
    Paragraph,
    Run,
    Section,
    Shape,
    Story,
)
from raquan.read.docxlayout.styles import (
    Border,
    Origin,
    Props,
    StyleSheet,
    Xml,
    border,
    count,
    merge,
    paragraph_props,
    run_props,
    theme_fonts,
    twips,
)
from raquan.read.docxread import (
    MAX_PARAGRAPHS,
    MC,
    W_MAIN,
    W_STRICT,
    Numbering,
    _symbol,
    by_type,
    parse_xml,
    relationships,
)
from raquan.read.paragraphs import MAX_GRID_SPAN

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V = "urn:schemas-microsoft-com:vml"
O = "urn:schemas-microsoft-com:office:office"  # noqa: E741
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

PACKAGE_FACTOR = 10
"""A .docx package may inflate to this many times the YAML size limit, as for the document
reader."""
MAX_COMMENT = 1_000
"""The characters of a Word comment kept (a suppression is one short line)."""
LINE_GEOMETRIES = {"line", "straightConnector1"}
FLAT_CM = 0.12
"""A drawn rectangle no taller than this is a line."""
_BOX_INSET_CM = 0.254 * 2
"""A VML text box's left and right insets (0.1 inch each) unless it says otherwise."""
_EMPTY: Props = {}


@dataclass(slots=True)
class _Place:
    """What a paragraph inherits from where it stands."""

    cell: Cell | None = None
    table_run: Props = field(default_factory=dict)
    table_paragraph: Props = field(default_factory=dict)
    available_cm: float | None = None
    story: str = "body"
    box: int | None = None
    anchor: int = 0


def _length_pt(value: str) -> float | None:
    """A VML length (``81pt``, ``1.5in``, ``2cm``, ``40px``, ``0``) in points."""
    found = re.fullmatch(r"\s*(-?[\d.]+)\s*([a-z%]*)\s*", value)
    if not found:
        return None
    number = twips(found.group(1))
    if number is None:
        return None
    unit = found.group(2)
    factors = {"": 1.0, "pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4}
    factors |= {"px": 0.75, "pc": 12.0, "emu": 72 / 914_400}
    factor = factors.get(unit)
    return None if factor is None else number * factor


def _vml_insets(shape: Any) -> float:
    """The left and right insets of a VML text box, in centimetres (0.1 inch each unless its
    ``v:textbox`` says otherwise)."""
    textbox = shape.find(f"{{{V}}}textbox")
    inset = textbox.get("inset") if textbox is not None else None
    if not inset:
        return _BOX_INSET_CM
    sides = [_length_pt(side) if side.strip() else None for side in inset.split(",")]
    left = sides[0] if sides and sides[0] is not None else 7.2
    right = sides[2] if len(sides) > 2 and sides[2] is not None else 7.2
    return (left + right) / 72 * 2.54


def _vml_style(style: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in style.split(";"):
        key, _, value = item.partition(":")
        if key.strip():
            found[key.strip().lower()] = value.strip()
    return found


class _LayoutReader:
    def __init__(self, package: SafeZip, path: Path, display: str) -> None:
        self.package = package
        self.display = display
        self.members = set(package.names())
        rels = relationships(package, "", display)
        main = by_type(rels, "/officeDocument") or "word/document.xml"
        if main not in self.members:
            raise UserError(
                f"Tệp '{display}' là tệp nén nhưng không có phần nội dung văn bản ('{main}'): "
                "đây không phải một văn bản Word."
            )
        self.root = parse_xml(package.read(main), main, display)
        w = self.root.nsmap.get("w") or W_MAIN
        self.x = Xml(w if w in (W_MAIN, W_STRICT) else W_MAIN)
        self.rels = relationships(package, main, display)
        theme = theme_fonts(A, self._part(by_type(self.rels, "/theme")))
        self.sheet = StyleSheet.read(self.x, self._part(by_type(self.rels, "/styles")), theme)
        numbering_root = self._part(by_type(self.rels, "/numbering"))
        self.numbering = Numbering(numbering_root, self.x.w)
        self.level_props = self._level_props(numbering_root)
        self.document = LayoutDocument(path, display, self.sheet)
        self.count = 0
        self.tables = 0
        self.sections: list[Section] = []
        self.stories: dict[str, Story] = {}
        self.anchors: dict[str, int] = {}  # comment id -> the paragraph its range starts in
        self._settings(self._part(by_type(self.rels, "/settings")))

    # Parts -----------------------------------------------------------------------------------

    def _part(self, name: str | None) -> Any | None:
        if name is None or name not in self.members:
            return None
        return parse_xml(self.package.read(name), name, self.display)

    def _settings(self, root: Any | None) -> None:
        if root is None:
            return
        q = self.x.q
        for tag, attribute in (
            ("gutterAtTop", "gutter_at_top"),
            ("mirrorMargins", "mirror_margins"),
        ):
            element = root.find(q(tag))
            if element is not None:
                setattr(self.document, attribute, self.x.flag(element))

    def _level_props(self, root: Any | None) -> dict[tuple[str, int], Props]:
        """The paragraph properties (indents) of each list level, by list id and level."""
        found: dict[tuple[str, int], Props] = {}
        if root is None:
            return found
        q, attr = self.x.q, self.x.attr
        abstract: dict[str, dict[int, Props]] = {}
        for element in root.iterchildren(q("abstractNum")):
            levels: dict[int, Props] = {}
            for lvl in element.iterchildren(q("lvl")):
                level = count(attr(lvl, "ilvl"), 0)
                levels[level] = paragraph_props(self.x, lvl.find(q("pPr")), Origin("numbering"))
            abstract[attr(element, "abstractNumId") or ""] = levels
        for num in root.iterchildren(q("num")):
            ref = num.find(q("abstractNumId"))
            levels = abstract.get((attr(ref, "val") or "") if ref is not None else "", {})
            for level, props in levels.items():
                found[(attr(num, "numId") or "", level)] = props
        return found

    # Body ------------------------------------------------------------------------------------

    def read(self) -> LayoutDocument:
        body = self.root.find(self.x.q("body"))
        if body is None:
            raise UserError(f"Văn bản '{self.display}' không có phần thân (w:body).")
        self.sections.append(Section(0))
        self._blocks(body, _Place())
        final = body.find(self.x.q("sectPr"))
        self._close_section(final)
        if self.sections[-1].first > self.sections[-1].last and len(self.sections) > 1:
            self.sections.pop()
        self._link_stories()
        document = self.document
        document.sections = self.sections
        for paragraph in document.paragraphs:
            if paragraph.available_cm is None and paragraph.cell is None:
                section = self.sections[min(paragraph.section, len(self.sections) - 1)]
                paragraph.available_cm = section.text_width_cm
        document.footnotes = self._count_notes("/footnotes", "footnote")
        document.endnotes = self._count_notes("/endnotes", "endnote")
        document.comments = self._comments()
        return document

    def _comments(self) -> list[tuple[int, str]]:
        """The comments anchored in the body, each with its paragraph and its text (at most
        ``MAX_COMMENT`` characters)."""
        root = self._part(by_type(self.rels, "/comments"))
        if root is None or not self.anchors:
            return []
        q, attr = self.x.q, self.x.attr
        found = []
        for comment in root.iterchildren(q("comment")):
            number = self.anchors.get(attr(comment, "id") or "")
            if number is None:
                continue
            lines = ["".join(t.text or "" for t in p.iter(q("t"))) for p in comment.iter(q("p"))]
            text = unicodedata.normalize("NFC", " ".join(" ".join(lines).split()))
            found.append((number, text[:MAX_COMMENT]))
        return sorted(found, key=lambda item: item[0])

    def _count_notes(self, kind: str, tag: str) -> int:
        root = self._part(by_type(self.rels, kind))
        if root is None:
            return 0
        q = self.x.q
        return sum(
            1 for note in root.iterchildren(q(tag)) if self.x.attr(note, "type") in (None, "normal")
        )

    def _blocks(self, parent: Any, place: _Place) -> None:
        q = self.x.q
        for child in parent.iterchildren():
            tag = child.tag
            if tag == q("p"):
                self._paragraph(child, place)
            elif tag == q("tbl"):
                self._table(child, place)
            elif tag in (q("sdt"), q("customXml"), q("ins"), q("moveTo")):
                inner = child.find(q("sdtContent")) if tag == q("sdt") else child
                if inner is not None:
                    self._blocks(inner, place)
            elif tag == f"{{{MC}}}AlternateContent":
                chosen = child.find(f"{{{MC}}}Fallback")
                if chosen is None:
                    chosen = child.find(f"{{{MC}}}Choice")
                if chosen is not None:
                    self._blocks(chosen, place)

    def _close_section(self, sect_pr: Any | None) -> None:
        section = self.sections[-1]
        section.last = self.count
        q, attr = self.x.q, self.x.attr
        if sect_pr is None:
            return
        size = sect_pr.find(q("pgSz"))
        if size is not None:
            width, height = twips(attr(size, "w")), twips(attr(size, "h"))
            section.width_mm = width / TWIPS_PER_MM if width is not None else None
            section.height_mm = height / TWIPS_PER_MM if height is not None else None
            section.orient = attr(size, "orient")
        margins = sect_pr.find(q("pgMar"))
        if margins is not None:
            for edge in ("top", "bottom", "left", "right", "gutter", "header", "footer"):
                value = twips(attr(margins, edge))
                section.margins[edge] = abs(value) / TWIPS_PER_MM if value is not None else None
        title = sect_pr.find(q("titlePg"))
        section.title_page = title is not None and self.x.flag(title)
        numbers = sect_pr.find(q("pgNumType"))
        if numbers is not None:
            section.number_format = attr(numbers, "fmt")
        for tag, stories in (
            ("headerReference", section.headers),
            ("footerReference", section.footers),
        ):
            for reference in sect_pr.iterchildren(q(tag)):
                kind = attr(reference, "type") or "default"
                target = self.rels.get(reference.get(f"{{{R}}}id") or "")
                stories[kind] = self._story(target[1]) if target is not None else None

    def _story(self, name: str) -> Story | None:
        found = self.stories.get(name)
        if found is not None:
            return found
        root = self._part(name)
        if root is None:
            return None
        story = Story(name)
        self.stories[name] = story
        collected: list[Paragraph] = []
        saved = self.document.paragraphs
        self.document.paragraphs = collected
        try:
            self._blocks(root, _Place(story=name))
        finally:
            self.document.paragraphs = saved
        story.paragraphs = collected
        return story

    def _link_stories(self) -> None:
        """A section without its own header or footer of a kind shows the previous one's."""
        for previous, section in zip(self.sections, self.sections[1:], strict=False):
            for own, before in (
                (section.headers, previous.headers),
                (section.footers, previous.footers),
            ):
                for kind, story in before.items():
                    own.setdefault(kind, story)

    # Tables ----------------------------------------------------------------------------------

    def _edges(self, parent: Any, values: dict[str, Any], read: Any, *, lengths: bool) -> None:
        """Each child edge of ``parent`` (``w:top``, ``w:start``…) read into ``values``: a
        border always (an invisible one hides the style's), a length when it is given."""
        for edge in parent.iterchildren():
            name = str(edge.tag).rsplit("}", 1)[-1]
            name = {"start": "left", "end": "right"}.get(name, name)
            value = read(edge)
            if value is not None or not lengths:
                values[name] = value

    def _table_look(
        self, properties: Any | None
    ) -> tuple[str | None, dict[str, Any], dict[str, Any]]:
        """A table's style, its borders (by edge, inside ones included) and cell margins."""
        q, attr = self.x.q, self.x.attr
        style_element = properties.find(q("tblStyle")) if properties is not None else None
        style_id = attr(style_element, "val") if style_element is not None else None
        style_id = style_id or self.sheet.default_style.get("table")
        borders: dict[str, Any] = {}
        margins: dict[str, Any] = {"left": 108.0, "right": 108.0}
        for layer in [*self.sheet.table_properties(style_id), properties]:
            if layer is None:
                continue
            table_borders = layer.find(q("tblBorders"))
            if table_borders is not None:
                self._edges(table_borders, borders, lambda e: border(self.x, e), lengths=False)
            cell_margins = layer.find(q("tblCellMar"))
            if cell_margins is not None:
                self._edges(cell_margins, margins, lambda e: twips(attr(e, "w")), lengths=True)
        return style_id, borders, margins

    def _table(self, element: Any, outer: _Place) -> None:
        self.tables += 1
        number = self.tables
        q, attr = self.x.q, self.x.attr
        style_id, borders, margins = self._table_look(element.find(q("tblPr")))
        style_run, style_paragraph = self.sheet.resolved(style_id)
        grid = [
            twips(attr(col, "w")) or 0.0
            for col in element.findall(f"{q('tblGrid')}/{q('gridCol')}")
        ]
        rows = list(_children(element, q("tr"), q))
        for r, tr in enumerate(rows):
            row_properties = tr.find(q("trPr"))
            before = row_properties.find(q("gridBefore")) if row_properties is not None else None
            column = count(attr(before, "val"), 0) if before is not None else 0
            for tc in _children(tr, q("tc"), q):
                span, width, own_borders, own_margins = self._cell_look(tc, margins)
                if width is None and grid:
                    width = sum(grid[column : column + span]) or None
                last_row, last_column = r == len(rows) - 1, column + span >= max(len(grid), 1)
                edges = {
                    "top": borders.get("top" if r == 0 else "insideH"),
                    "bottom": borders.get("bottom" if last_row else "insideH"),
                    "left": borders.get("left" if column == 0 else "insideV"),
                    "right": borders.get("right" if last_column else "insideV"),
                }
                edges |= {k: v for k, v in own_borders.items() if k in edges}
                cell = Cell(
                    number,
                    r,
                    column,
                    len(grid),
                    width / TWIPS_PER_CM if width else None,
                    sum(grid[:column]) / TWIPS_PER_CM,
                    (own_margins.get("left") or 0.0) / TWIPS_PER_CM,
                    (own_margins.get("right") or 0.0) / TWIPS_PER_CM,
                    edges,
                )
                place = _Place(
                    cell,
                    style_run,
                    style_paragraph,
                    cell.inner_cm,
                    outer.story,
                    outer.box,
                    outer.anchor,
                )
                self._blocks(tc, place)
                column += span

    def _cell_look(
        self, tc: Any, margins: dict[str, Any]
    ) -> tuple[int, float | None, dict[str, Border | None], dict[str, Any]]:
        """A cell's span, width (twips, when given), own borders and margins."""
        q, attr = self.x.q, self.x.attr
        span = 1
        width: float | None = None
        own_borders: dict[str, Any] = {}
        own_margins = dict(margins)
        properties = tc.find(q("tcPr"))
        if properties is None:
            return span, width, own_borders, own_margins
        span_element = properties.find(q("gridSpan"))
        if span_element is not None:
            span = min(max(1, count(attr(span_element, "val"), 1)), MAX_GRID_SPAN)
        cell_width = properties.find(q("tcW"))
        if cell_width is not None and attr(cell_width, "type") in (None, "dxa"):
            width = twips(attr(cell_width, "w")) or None
        cell_borders = properties.find(q("tcBorders"))
        if cell_borders is not None:
            self._edges(cell_borders, own_borders, lambda e: border(self.x, e), lengths=False)
        cell_margins = properties.find(q("tcMar"))
        if cell_margins is not None:
            self._edges(cell_margins, own_margins, lambda e: twips(attr(e, "w")), lengths=True)
        return span, width, own_borders, own_margins

    # Paragraphs ------------------------------------------------------------------------------

    def _paragraph(self, element: Any, place: _Place) -> Paragraph:
        q = self.x.q
        counted = place.story == "body" and place.box is None
        if counted:
            self.count += 1
            if self.count > MAX_PARAGRAPHS:
                raise UserError(
                    f"Văn bản '{self.display}' có hơn {MAX_PARAGRAPHS:,} đoạn".replace(",", ".")
                    + "; raquan không đọc tiếp."
                )
        number = self.count if counted else place.anchor
        properties = element.find(q("pPr"))
        direct = paragraph_props(self.x, properties, Origin("paragraph", str(number)))
        style_id = direct.get("pStyle", (None,))[0] or self.sheet.default_style.get("paragraph")
        style_run, style_paragraph = self.sheet.resolved(style_id)
        layers = [self.sheet.default_paragraph, place.table_paragraph, style_paragraph]
        props = merge(*layers, direct)
        marker = ""
        num_id = props.get("numId", ("",))[0]
        if num_id not in (None, "", "0"):
            level = int(props.get("ilvl", (0,))[0] or 0)
            props = merge(*layers, self.level_props.get((str(num_id), level), _EMPTY), direct)
            marker = self.numbering.marker(str(num_id), level)
        paragraph = Paragraph(
            number,
            props=props,
            style=self.sheet.name(style_id),
            section=len(self.sections) - 1,
            cell=place.cell,
            box=place.box,
            marker=marker,
            available_cm=place.available_cm,
            story="body" if place.story == "body" else place.story,
        )
        base = merge(self.sheet.default_run, place.table_run, style_run)
        _RunWalker(self, paragraph, base, place).walk(element)
        if place.story == "body":
            for mark in element.iter(q("commentRangeStart"), q("commentReference")):
                self.anchors.setdefault(self.x.attr(mark, "id") or "", number)
        if place.story == "body" and place.box is None:
            self.document.paragraphs.append(paragraph)
        elif place.box is not None:
            self.document.boxes.append(paragraph)
        else:
            self.document.paragraphs.append(paragraph)
        if counted and properties is not None:
            sect_pr = properties.find(q("sectPr"))
            if sect_pr is not None:
                self._close_section(sect_pr)
                self.sections.append(Section(len(self.sections), first=self.count + 1))
        return paragraph


def _children(parent: Any, tag: str, q: Any) -> Iterator[Any]:
    """The ``tag`` children of ``parent``, looking through content controls and custom XML."""
    for child in parent.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in (q("sdt"), q("customXml")):
            inner = child.find(q("sdtContent")) if child.tag == q("sdt") else child
            if inner is not None:
                yield from _children(inner, tag, q)


class _RunWalker:
    """A paragraph's runs with their resolved look, its fields, notes and drawings."""

    def __init__(self, reader: _LayoutReader, paragraph: Paragraph, base: Props, place: _Place):
        self.reader = reader
        self.x = reader.x
        self.paragraph = paragraph
        self.base = base
        self.place = place
        self.fields: list[list[str]] = []  # one [state, instruction] per open field
        self.origin = Origin("run", str(paragraph.number))

    def walk(self, element: Any) -> None:
        q = self.x.q
        for child in element.iterchildren():
            tag = child.tag
            if tag == q("r"):
                self._run(child)
            elif tag in (q("hyperlink"), q("ins"), q("smartTag"), q("customXml"), q("moveTo")):
                self.walk(child)
            elif tag == q("fldSimple"):
                instruction = (self.x.attr(child, "instr") or "").strip().upper()
                self.paragraph.fields.append(instruction)
                self.walk(child)
            elif tag == q("sdt"):
                content = child.find(q("sdtContent"))
                if content is not None:
                    self.walk(content)
            elif tag == f"{{{MC}}}AlternateContent":
                chosen = child.find(f"{{{MC}}}Fallback")
                if chosen is None:
                    chosen = child.find(f"{{{MC}}}Choice")
                if chosen is not None:
                    self.walk(chosen)

    def _props(self, run: Any) -> Props:
        q = self.x.q
        properties = run.find(q("rPr"))
        direct = run_props(self.x, properties, self.origin, self.reader.sheet.theme)
        style = direct.get("rStyle", (None,))[0]
        character = self.reader.sheet.resolved(style)[0] if style else _EMPTY
        return merge(self.base, character, direct)

    def _run(self, run: Any) -> None:
        q = self.x.q
        props = self._props(run)
        hidden = bool(props.get("hidden", (False,))[0])
        caps = bool(props.get("caps", (False,))[0])
        pieces: list[str] = []
        for child in run.iterchildren():
            tag = child.tag
            if tag == q("fldChar"):
                kind = self.x.attr(child, "fldCharType")
                if kind == "begin":
                    self.fields.append(["code", ""])
                elif kind == "separate" and self.fields:
                    self.fields[-1][0] = "result"
                    self.paragraph.fields.append(self.fields[-1][1].strip().upper())
                elif kind == "end" and self.fields:
                    state, instruction = self.fields.pop()
                    if state == "code":
                        self.paragraph.fields.append(instruction.strip().upper())
                continue
            if tag == q("instrText") and self.fields and self.fields[-1][0] == "code":
                self.fields[-1][1] += child.text or ""
                continue
            if self.fields and self.fields[-1][0] == "code":
                continue
            if tag in (q("drawing"), q("pict"), q("object")) or tag == f"{{{MC}}}AlternateContent":
                self._drawing(child)
                continue
            if hidden:
                continue
            if tag == q("t"):
                pieces.append(child.text or "")
            elif tag in (q("tab"), q("ptab")):
                pieces.append("\t")
            elif tag in (q("br"), q("cr")):
                if self.x.attr(child, "type") in (None, "textWrapping"):
                    pieces.append("\n")
            elif tag == q("noBreakHyphen"):
                pieces.append("-")
            elif tag == q("sym"):
                pieces.append(_symbol(self.x.attr(child, "char") or ""))
            elif tag in (q("footnoteReference"), q("endnoteReference")):
                kind = "footnote" if tag == q("footnoteReference") else "endnote"
                self.paragraph.notes.append(kind)
        if pieces:
            text = unicodedata.normalize("NFC", "".join(pieces))
            self.paragraph.runs.append(Run(text.upper() if caps else text, props))

    # Drawings --------------------------------------------------------------------------------

    def _drawing(self, element: Any) -> None:
        if element.tag == f"{{{MC}}}AlternateContent":
            chosen = element.find(f"{{{MC}}}Choice")
            if chosen is None:
                chosen = element.find(f"{{{MC}}}Fallback")
            if chosen is not None:
                for child in chosen.iterchildren():
                    self._drawing(child)
            return
        q = self.x.q
        if element.tag == q("drawing"):
            for frame in element.iterchildren():
                self._drawing_ml(frame)
        else:
            for shape in element.iter(f"{{{V}}}line", f"{{{V}}}rect", f"{{{V}}}shape"):
                self._vml(shape)

    def _drawing_ml(self, frame: Any) -> None:
        extent = frame.find(f"{{{WP}}}extent")
        width = (twips(extent.get("cx")) or 0.0) / EMU_PER_CM if extent is not None else None
        height = (twips(extent.get("cy")) or 0.0) / EMU_PER_CM if extent is not None else 0.0
        left: float | None = None
        align: str | None = None
        relative = "column"
        position = frame.find(f"{{{WP}}}positionH")
        if position is not None:
            relative = position.get("relativeFrom") or "column"
            offset = position.find(f"{{{WP}}}posOffset")
            aligned = position.find(f"{{{WP}}}align")
            if offset is not None and offset.text:
                found = twips(offset.text.strip())
                left = found / EMU_PER_CM if found is not None else None
            elif aligned is not None:
                align = (aligned.text or "").strip()
        elif frame.tag == f"{{{WP}}}inline":
            relative = "inline"
        for shape in frame.iter(f"{{{WPS}}}wsp"):
            geometry = shape.find(f"{{{WPS}}}spPr/{{{A}}}prstGeom")
            kind = geometry.get("prst") if geometry is not None else None
            box = shape.find(f"{{{WPS}}}txbx/{{{self.x.w}}}txbxContent")
            if box is not None:
                body = shape.find(f"{{{WPS}}}bodyPr")
                insets = 0.0
                for side in ("lIns", "rIns"):
                    inset = twips(body.get(side)) if body is not None else None
                    insets += 91440 if inset is None else inset
                inner = width - insets / EMU_PER_CM if width is not None else None
                self._box(box, left, inner)
            elif kind in LINE_GEOMETRIES or (kind == "rect" and (height or 0) <= FLAT_CM):
                self.paragraph.shapes.append(Shape("line", width, left, align, relative))

    def _vml(self, shape: Any) -> None:
        style = _vml_style(shape.get("style") or "")
        relative = style.get("mso-position-horizontal-relative", "column")
        relative = "column" if relative == "text" else relative
        margin = _length_pt(style.get("margin-left", "0")) or 0.0
        box = next(shape.iter(f"{{{self.x.w}}}txbxContent"), None)
        width_pt = _length_pt(style.get("width", "")) if "width" in style else None
        if box is not None:
            inner = width_pt / 72 * 2.54 - _vml_insets(shape) if width_pt else None
            self._box(box, margin / 72 * 2.54, inner)
            return
        name = str(shape.tag).rsplit("}", 1)[-1]
        if shape.get(f"{{{O}}}hr") in ("t", "true"):
            width = width_pt / 72 * 2.54 if width_pt else None
            align = shape.get(f"{{{O}}}hralign") or "left"
            self.paragraph.shapes.append(Shape("rule", width, None, align, "column"))
            return
        if name == "line":
            start = [_length_pt(v) for v in (shape.get("from") or "0,0").split(",")]
            end = [_length_pt(v) for v in (shape.get("to") or "0,0").split(",")]
            if len(start) == 2 and len(end) == 2 and None not in start and None not in end:
                x1, x2 = float(start[0] or 0), float(end[0] or 0)
                left = (min(x1, x2) + margin) / 72 * 2.54
                self.paragraph.shapes.append(
                    Shape("line", abs(x2 - x1) / 72 * 2.54, left, None, relative)
                )
            return
        height = _length_pt(style.get("height", "")) if "height" in style else None
        connector = (shape.get("type") or "").endswith("_x0000_t32")
        flat = height is not None and abs(height) / 72 * 2.54 <= FLAT_CM
        if width_pt and (connector or flat):
            self.paragraph.shapes.append(
                Shape("line", width_pt / 72 * 2.54, margin / 72 * 2.54, None, relative)
            )

    def _box(self, content: Any, left_cm: float | None, width_cm: float | None) -> None:
        place = _Place(
            available_cm=max(0.0, width_cm) if width_cm else None,
            story=self.place.story,
            box=round((left_cm or 0.0) * 100),
            anchor=self.paragraph.number,
        )
        self.reader._blocks(content, place)


def read_layout(path: Path, display: str | None = None) -> LayoutDocument:
    """Read a ``.docx`` for its layout; ``UserError`` when it cannot be read."""
    shown = display if display is not None else str(path)
    with SafeZip(path, PACKAGE_FACTOR * max_file_size(), what="tệp .docx") as package:
        return _LayoutReader(package, path, shown).read()
