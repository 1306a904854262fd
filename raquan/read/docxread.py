"""A ``.docx`` from anyone, read safely into paragraphs and tables as a clerk sees them.

What is read (see ``raquan.read.paragraphs`` for the form and the "đoạn N" numbering):

- the text of each paragraph as Word shows it: runs, tabs, line breaks, symbols, non-breaking
  hyphens, hyperlinks, content controls, tracked insertions (deletions are left out), the
  results of fields (not their codes), text formatted as all caps in capitals, hidden text left
  out;
- bold, italic and superscript of each run, from its direct formatting, its character style
  and its paragraph style (with their ``basedOn`` chains);
- Word's automatic numbering (``numbering.xml``) turned back into the markers a clerk sees:
  ``1.``, ``a)``, ``I.``, ``1.2.``, and bullets as ``-`` (first bullet level) and ``+`` (deeper),
  counted as Word counts them (per list, restarting lower levels, start overrides);
- heading styles (``Heading 1``… or any style with an outline level), alignment, and empty
  paragraphs drawn as horizontal lines (a paragraph border);
- tables with their merged cells (``gridSpan``, ``vMerge``), nested tables in place;
- footnotes and endnotes (``w:footnoteReference``), as note marks whose text is kept aside.

Text boxes, drawings and embedded objects are not read; text boxes are listed as skipped.

Safety: the package is opened with ``raquan.read.bounded.SafeZip`` within ``PACKAGE_FACTOR``
times the YAML size limit (declared and actual sizes, entry count, compression ratio: the
pictures a Word file holds count too, though they are never read), every XML part is parsed by
lxml with entities never resolved, no network and no huge trees, and a part that declares a DTD
is refused outright (Word never writes one; "billion laughs" and external entities need one).
The number of paragraphs and the amount of text are bounded (``MAX_PARAGRAPHS``, the YAML size
limit), so a hostile file fails fast with a Vietnamese message (``UserError``) and never with a
traceback.

Hand-written over lxml rather than python-docx: python-docx exposes none of the numbering,
footnotes, fields, tracked changes or text boxes that make up most of this work, it would parse
the parts a second time outside these limits, and importing and opening with it costs about
0.2 s, half of what pandoc needs for the whole conversion (see ``benchmarks/``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from raquan.errors import UserError
from raquan.read.bounded import SafeZip, max_file_size
from raquan.read.paragraphs import (
    MAX_GRID_SPAN,
    Block,
    Cell,
    CellPlace,
    Note,
    Paragraph,
    ReadDocument,
    Run,
    Table,
)

PACKAGE_FACTOR = 10
"""A .docx package may inflate to this many times the YAML size limit (50 MiB by default)."""

MAX_PARAGRAPHS = 5_000
"""More paragraphs than any plan has (a 40-page plan with appendix tables has about 1,500)."""

W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)

_DASHES = {"-", "\u2013", "\u2014", "\u2212", "\u2010", "\u2011", "\uf02d", "\u2012"}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def parse_xml(data: bytes, name: str, display: str) -> Any:
    """An XML part's root element, parsed safely; a DTD or bad XML is a ``UserError``."""
    if _DOCTYPE.search(data):
        raise UserError(
            f"Phần '{name}' của tệp '{display}' có khai báo DTD hoặc thực thể XML, thứ mà Word "
            "không bao giờ viết: tệp có thể được làm ra để tấn công; raquan không đọc."
        )
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as error:
        # libxml2's own words are English: only where it stopped is said.
        line, column = error.position if error.position else (0, 0)
        where = f" (hỏng ở dòng {line}, cột {column})" if line else ""
        raise UserError(
            f"Phần '{name}' của tệp '{display}' không phải XML hợp lệ{where}: tệp bị hỏng.",
            hint="Mở tệp bằng Word; nếu Word sửa được thì lưu lại rồi thử lại.",
        ) from None
    doctype = root.getroottree().docinfo.doctype
    if doctype:
        raise UserError(
            f"Phần '{name}' của tệp '{display}' có khai báo DTD, thứ mà Word không bao giờ "
            "viết; raquan không đọc."
        )
    return root


# Numbering -----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None
    legal: bool = False


@dataclass(slots=True)
class _List:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)
    used: bool = False


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def roman(number: int) -> str:
    """``4`` -> ``iv`` (lower case, as Word's ``lowerRoman``)."""
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def letters(number: int) -> str:
    """Word's ``lowerLetter``: a, b, …, z, aa, bb, …"""
    if number < 1:
        return ""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def format_number(number: int, fmt: str) -> str:
    """A counter as Word draws it for the number format ``fmt``."""
    if fmt in ("lowerLetter",):
        return letters(number)
    if fmt == "upperLetter":
        return letters(number).upper()
    if fmt == "lowerRoman":
        return roman(number)
    if fmt == "upperRoman":
        return roman(number).upper()
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt == "none":
        return ""
    return str(number)


class Numbering:
    """Word's list numbering: which marker each numbered paragraph gets, counted in order."""

    def __init__(self, root: Any | None, w: str) -> None:
        self._w = w
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._links: dict[str, str] = {}
        self._lists: dict[str, _List] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        q = self._q
        for abstract in root.iterchildren(q("abstractNum")):
            key = abstract.get(q("abstractNumId")) or ""
            levels: dict[int, _Level] = {}
            for lvl in abstract.iterchildren(q("lvl")):
                levels[_int(lvl.get(q("ilvl")), 0)] = self._level(lvl)
            self._abstract[key] = levels
            link = abstract.find(q("numStyleLink"))
            if link is not None:
                self._links[key] = link.get(q("val")) or ""
        for num in root.iterchildren(q("num")):
            key = num.get(q("numId")) or ""
            ref = num.find(q("abstractNumId"))
            listing = _List((ref.get(q("val")) or "") if ref is not None else "")
            for override in num.iterchildren(q("lvlOverride")):
                level = _int(override.get(q("ilvl")), 0)
                start = override.find(q("startOverride"))
                if start is not None:
                    listing.overrides[level] = _int(start.get(q("val")), 1)
                lvl = override.find(q("lvl"))
                if lvl is not None:
                    # A level redefined for this list only: keep it under a private key.
                    private = f"{listing.abstract}#{key}"
                    levels = dict(self._abstract.get(listing.abstract, {}))
                    levels[level] = self._level(lvl)
                    self._abstract[private] = levels
                    listing.abstract = private
            self._lists[key] = listing

    def _q(self, name: str) -> str:
        return f"{{{self._w}}}{name}"

    def _level(self, lvl: Any) -> _Level:
        q = self._q
        level = _Level()
        fmt = lvl.find(q("numFmt"))
        if fmt is not None:
            level.fmt = fmt.get(q("val")) or "decimal"
        text = lvl.find(q("lvlText"))
        if text is not None:
            level.text = text.get(q("val")) or ""
        start = lvl.find(q("start"))
        if start is not None:
            level.start = _int(start.get(q("val")), 1)
        restart = lvl.find(q("lvlRestart"))
        if restart is not None:
            level.restart = _int(restart.get(q("val")), 0)
        level.legal = lvl.find(q("isLgl")) is not None
        return level

    def resolve_link(self, styles: Styles) -> None:
        """Follow ``numStyleLink``: an abstract list defined by a numbering style."""
        for key, style_id in self._links.items():
            num = styles.numbering_of(style_id)
            if num is None:
                continue
            target = self._lists.get(num[0])
            if target is not None and target.abstract in self._abstract:
                self._abstract[key] = self._abstract[target.abstract]

    def marker(self, num_id: str, level: int) -> str:
        """The marker of the next paragraph of list ``num_id`` at ``level`` (counted)."""
        listing = self._lists.get(num_id)
        if listing is None:
            return ""
        levels = self._abstract.get(listing.abstract)
        if not levels:
            return ""
        definition = levels.get(level)
        if definition is None:
            return ""
        counters = self._counters.setdefault(listing.abstract, {})
        if not listing.used:
            listing.used = True
            for lvl, start in listing.overrides.items():
                counters[lvl] = start - 1
        current = counters.get(level, definition.start - 1) + 1
        counters[level] = current
        for deeper in list(counters):
            if deeper > level:
                restart = levels.get(deeper, _Level()).restart
                if restart is None or restart > level:
                    del counters[deeper]
        if definition.fmt == "bullet":
            return self._bullet(definition.text, levels, level)
        if definition.fmt == "none":
            return definition.text.strip() if "%" not in definition.text else ""

        def substitute(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            shown = levels.get(index, _Level())
            value = counters.get(index, shown.start)
            fmt = "decimal" if definition.legal and index != level else shown.fmt
            return format_number(value, fmt)

        return re.sub(r"%([1-9])", substitute, definition.text).strip()

    @staticmethod
    def _bullet(text: str, levels: dict[int, _Level], level: int) -> str:
        char = text.strip()
        if char in _DASHES:
            return "-"
        if char == "+":
            return "+"
        rank = sum(1 for lvl, d in levels.items() if lvl < level and d.fmt == "bullet")
        return "-" if rank == 0 else "+"


# Styles --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Style:
    name: str = ""
    kind: str = ""
    based_on: str | None = None
    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    superscript: bool | None = None
    outline: int | None = None
    align: str | None = None
    num: tuple[str, int] | None = None


class Styles:
    """The document's styles, with what they say about weight, slant, level and numbering."""

    def __init__(self, root: Any | None, w: str) -> None:
        self._w = w
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.default_bold = False
        self.default_italic = False
        if root is None:
            return
        q = self._q
        defaults = root.find(f"{q('docDefaults')}/{q('rPrDefault')}/{q('rPr')}")
        if defaults is not None:
            self.default_bold = bool(_toggle(defaults, q("b")))
            self.default_italic = bool(_toggle(defaults, q("i")))
        for element in root.iterchildren(q("style")):
            style_id = element.get(q("styleId")) or ""
            style = _Style(kind=element.get(q("type")) or "")
            name = element.find(q("name"))
            style.name = (name.get(q("val")) if name is not None else None) or style_id
            based = element.find(q("basedOn"))
            if based is not None:
                style.based_on = based.get(q("val"))
            run = element.find(q("rPr"))
            if run is not None:
                style.bold = _toggle(run, q("b"))
                style.italic = _toggle(run, q("i"))
                style.caps = _toggle(run, q("caps"))
                vert = run.find(q("vertAlign"))
                if vert is not None:
                    style.superscript = vert.get(q("val")) == "superscript"
            paragraph = element.find(q("pPr"))
            if paragraph is not None:
                outline = paragraph.find(q("outlineLvl"))
                if outline is not None:
                    style.outline = _int(outline.get(q("val")), 9)
                jc = paragraph.find(q("jc"))
                if jc is not None:
                    style.align = jc.get(q("val"))
                num = paragraph.find(q("numPr"))
                if num is not None:
                    style.num = _num_pr(num, q)
            if (
                style.kind == "paragraph"
                and element.get(q("default")) in ("1", "true", "on")
                and self.default_paragraph is None
            ):
                self.default_paragraph = style_id
            self._styles[style_id] = style

    def _q(self, name: str) -> str:
        return f"{{{self._w}}}{name}"

    def _chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                return
            yield style
            style_id = style.based_on

    def _first(self, style_id: str | None, attribute: str) -> Any:
        for style in self._chain(style_id):
            value = getattr(style, attribute)
            if value is not None:
                return value
        return None

    def name(self, style_id: str | None) -> str:
        style = self._styles.get(style_id or "")
        return style.name if style is not None else ""

    def flag(self, style_id: str | None, attribute: str) -> bool | None:
        """``bold``, ``italic``, ``caps`` or ``superscript`` as the style chain sets it."""
        value = self._first(style_id, attribute)
        return None if value is None else bool(value)

    def heading_level(self, style_id: str | None) -> int | None:
        """1 for Heading 1 (outline level 0), …; None for body text."""
        for style in self._chain(style_id):
            lowered = style.name.lower()
            if lowered == "title":
                return 1
            found = re.fullmatch(r"heading\s*([1-9])", lowered)
            if found:
                return int(found.group(1))
            if style.outline is not None:
                return style.outline + 1 if style.outline < 9 else None
        return None

    def align(self, style_id: str | None) -> str | None:
        value = self._first(style_id, "align")
        return str(value) if value is not None else None

    def numbering_of(self, style_id: str | None) -> tuple[str, int] | None:
        value = self._first(style_id, "num")
        return value if isinstance(value, tuple) else None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _toggle(properties: Any, tag: str) -> bool | None:
    element = properties.find(tag)
    if element is None:
        return None
    value = element.get(f"{{{element.nsmap.get('w', W_MAIN)}}}val")
    if value is None:
        value = next((v for k, v in element.attrib.items() if k.endswith("}val")), None)
    return value not in ("0", "false", "off", "none")


def _num_pr(num: Any, q: Any) -> tuple[str, int] | None:
    num_id = num.find(q("numId"))
    level = num.find(q("ilvl"))
    if num_id is None:
        return None
    return (num_id.get(q("val")) or "", _int(level.get(q("val")) if level is not None else None, 0))


# The package ---------------------------------------------------------------------------------

_TAGS = (
    *("body", "p", "r", "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen", "sym"),
    *("fldChar", "instrText", "footnoteReference", "endnoteReference", "hyperlink", "ins"),
    *("del", "delText", "moveFrom", "moveTo", "smartTag", "sdt", "sdtContent", "fldSimple"),
    *("customXml", "rPr", "pPr", "rStyle", "pStyle", "b", "i", "caps", "vanish", "vertAlign"),
    *("numPr", "jc", "pBdr", "tbl", "tr", "tc", "tcPr", "gridSpan", "vMerge", "txbxContent"),
    *("drawing", "pict", "object", "footnote", "endnote", "outlineLvl"),
    *("val", "type", "id", "fldCharType", "char"),
)
"""The WordprocessingML names the reader looks for (elements and attributes)."""


def relationships(package: SafeZip, owner: str, display: str) -> dict[str, tuple[str, str]]:
    """The relationships of part ``owner`` (``""`` for the package): id -> (type, target)."""
    folder, name = posixpath.split(owner)
    rels_name = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels_name not in package.names():
        return {}
    root = parse_xml(package.read(rels_name), rels_name, display)
    found: dict[str, tuple[str, str]] = {}
    for rel in root.iterchildren(f"{{{REL}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        found[rel.get("Id") or ""] = (rel.get("Type") or "", posixpath.normpath(path))
    return found


def by_type(rels: dict[str, tuple[str, str]], suffix: str) -> str | None:
    return next((target for kind, target in rels.values() if kind.endswith(suffix)), None)


class _Reader:
    """Walks the main document part into blocks."""

    def __init__(self, document: ReadDocument, package: SafeZip, text_limit: int) -> None:
        self.document = document
        self.display = document.display
        self.package = package
        self.text_limit = text_limit
        self.members = set(package.names())
        self.text_size = 0
        self.paragraphs = 0
        self.tables = 0
        main = self._main_part()
        self.root = parse_xml(package.read(main), main, self.display)
        self.w = self.root.nsmap.get("w") or W_MAIN
        if self.w not in (W_MAIN, W_STRICT):
            self.w = W_MAIN
        rels = relationships(package, main, self.display)
        self.styles = Styles(self._optional(by_type(rels, "/styles")), self.w)
        self.numbering = Numbering(self._optional(by_type(rels, "/numbering")), self.w)
        self.numbering.resolve_link(self.styles)
        self.note_parts = {
            "footnote": by_type(rels, "/footnotes"),
            "endnote": by_type(rels, "/endnotes"),
        }
        self.t = {name: f"{{{self.w}}}{name}" for name in _TAGS}

    def _main_part(self) -> str:
        rels = relationships(self.package, "", self.display)
        main = by_type(rels, _OFFICE_DOCUMENT) or "word/document.xml"
        if main not in self.members:
            raise UserError(
                f"Tệp '{self.display}' là tệp nén nhưng không có phần nội dung văn bản "
                f"('{main}'): đây không phải một văn bản Word.",
                hint="raquan đọc văn bản Word (.docx); tệp Excel, PowerPoint hay tệp nén khác "
                "không phải kế hoạch.",
            )
        return main

    def _optional(self, name: str | None) -> Any | None:
        if name is None or name not in self.members:
            return None
        return parse_xml(self.package.read(name), name, self.display)

    # Blocks ----------------------------------------------------------------------------------

    def read(self) -> None:
        body = self.root.find(self.t["body"])
        if body is None:
            raise UserError(f"Văn bản '{self.display}' không có phần thân (w:body).")
        self.document.blocks = list(self._blocks(body, None))
        self._notes()

    def _blocks(self, parent: Any, place: CellPlace | None) -> Iterator[Block]:
        t = self.t
        for child in parent.iterchildren():
            tag = child.tag
            if tag == t["p"]:
                yield self._paragraph(child, place)
            elif tag == t["tbl"]:
                yield self._table(child)
            elif tag in (t["sdt"], t["customXml"], t["ins"], t["moveTo"]):
                inner = child.find(t["sdtContent"]) if tag == t["sdt"] else child
                if inner is not None:
                    yield from self._blocks(inner, place)
            elif tag == f"{{{MC}}}AlternateContent":
                chosen = _alternate(child)
                if chosen is not None:
                    yield from self._blocks(chosen, place)

    def _table(self, element: Any) -> Table:
        self.tables += 1
        table = Table(self.tables)
        t = self.t
        for r, tr in enumerate(_rows(element, t)):
            row: list[Cell] = []
            for c, tc in enumerate(_cells(tr, t)):
                cell = Cell()
                properties = tc.find(t["tcPr"])
                if properties is not None:
                    span = properties.find(t["gridSpan"])
                    if span is not None:
                        cell.span = min(max(1, _int(span.get(t["val"]), 1)), MAX_GRID_SPAN)
                    merge = properties.find(t["vMerge"])
                    if merge is not None:
                        cell.merged = merge.get(t["val"]) in (None, "continue")
                cell.blocks = list(self._blocks(tc, CellPlace(table.number, r, c)))
                row.append(cell)
            table.rows.append(row)
        return table

    def _paragraph(self, element: Any, place: CellPlace | None) -> Paragraph:
        self.paragraphs += 1
        if self.paragraphs > MAX_PARAGRAPHS:
            raise UserError(
                f"Văn bản '{self.display}' có hơn {MAX_PARAGRAPHS:,} đoạn".replace(",", ".")
                + "; không kế hoạch nào dài như vậy, raquan không đọc tiếp."
            )
        t = self.t
        paragraph = Paragraph(self.paragraphs, cell=place)
        properties = element.find(t["pPr"])
        style_id = None
        num: tuple[str, int] | None = None
        if properties is not None:
            style = properties.find(t["pStyle"])
            if style is not None:
                style_id = style.get(t["val"])
            number = properties.find(t["numPr"])
            if number is not None:
                num = _num_pr(number, lambda name: f"{{{self.w}}}{name}")
            jc = properties.find(t["jc"])
            if jc is not None:
                paragraph.align = jc.get(t["val"]) or ""
            outline = properties.find(t["outlineLvl"])
            if outline is not None:
                level = _int(outline.get(t["val"]), 9)
                paragraph.heading = level + 1 if level < 9 else None
            paragraph.rule = properties.find(t["pBdr"]) is not None
        style_id = style_id or self.styles.default_paragraph
        paragraph.style = self.styles.name(style_id)
        if paragraph.heading is None:
            paragraph.heading = self.styles.heading_level(style_id)
        if not paragraph.align:
            paragraph.align = self.styles.align(style_id) or ""
        if num is None:
            num = self.styles.numbering_of(style_id)
        if num is not None and num[0] not in ("", "0"):
            paragraph.marker = self.numbering.marker(num[0], num[1])
        runs: list[Run] = []
        walker = _RunWalker(self, style_id, runs, paragraph.number)
        walker.walk(element)
        paragraph.runs = _merged(runs)
        self.text_size += sum(len(run.text) for run in paragraph.runs)
        if self.text_size > self.text_limit:
            raise UserError(
                f"Văn bản '{self.display}' có quá nhiều chữ (hơn {self.text_limit:,} ký tự, giới "
                "hạn như với tệp YAML); raquan không đọc tiếp.".replace(",", ".")
            )
        if paragraph.rule and paragraph.body.strip():
            paragraph.rule = False
        return paragraph

    # Notes -----------------------------------------------------------------------------------

    def _notes(self) -> None:
        for kind, name in self.note_parts.items():
            root = self._optional(name)
            if root is None:
                continue
            for note in root.iterchildren(self.t[kind]):
                if note.get(self.t["type"]) not in (None, "normal"):
                    continue
                key = f"{kind}:{note.get(self.t['id'])}"
                runs: list[Run] = []
                for p in note.iter(self.t["p"]):
                    if runs:
                        runs.append(Run(" "))
                    _RunWalker(self, None, runs, 0, in_note=True).walk(p)
                text = _merged(runs)
                self.text_size += sum(len(run.text) for run in text)
                if self.text_size > self.text_limit:
                    raise UserError(f"Văn bản '{self.display}' có quá nhiều chữ; không đọc tiếp.")
                self.document.notes[key] = text


def _rows(table: Any, t: dict[str, str]) -> Iterator[Any]:
    for child in table.iterchildren():
        if child.tag == t["tr"]:
            yield child
        elif child.tag in (t["sdt"], t["customXml"]):
            inner = child.find(t["sdtContent"]) if child.tag == t["sdt"] else child
            if inner is not None:
                yield from _rows(inner, t)


def _cells(row: Any, t: dict[str, str]) -> Iterator[Any]:
    for child in row.iterchildren():
        if child.tag == t["tc"]:
            yield child
        elif child.tag in (t["sdt"], t["customXml"]):
            inner = child.find(t["sdtContent"]) if child.tag == t["sdt"] else child
            if inner is not None:
                yield from _cells(inner, t)


def _alternate(element: Any) -> Any | None:
    """The branch of ``mc:AlternateContent`` to read: the fallback, which any reader
    understands, or the first choice when there is none."""
    fallback = element.find(f"{{{MC}}}Fallback")
    if fallback is not None:
        return fallback
    return element.find(f"{{{MC}}}Choice")


def _merged(runs: list[Run]) -> list[Run]:
    """Neighbouring runs with the same look joined into one."""
    merged: list[Run] = []
    for run in runs:
        if not run.text and run.note is None:
            continue
        last = merged[-1] if merged else None
        if (
            last is not None
            and run.note is None
            and last.note is None
            and (last.bold, last.italic, last.superscript)
            == (run.bold, run.italic, run.superscript)
        ):
            merged[-1] = Run(last.text + run.text, last.bold, last.italic, last.superscript)
        else:
            merged.append(run)
    return merged


class _RunWalker:
    """Collects a paragraph's runs, following Word's containers and fields."""

    def __init__(
        self,
        reader: _Reader,
        style_id: str | None,
        runs: list[Run],
        number: int,
        *,
        in_note: bool = False,
    ) -> None:
        self.reader = reader
        self.t = reader.t
        self.styles = reader.styles
        self.style_id = style_id
        self.runs = runs
        self.number = number
        self.in_note = in_note
        self.fields: list[str] = []  # "code" or "result", one per open complex field
        self.boxes = 0
        styles = reader.styles
        self.base = (
            _first_set(styles.flag(style_id, "bold"), styles.default_bold),
            _first_set(styles.flag(style_id, "italic"), styles.default_italic),
            bool(styles.flag(style_id, "caps")),
        )

    def walk(self, element: Any) -> None:
        t = self.t
        for child in element.iterchildren():
            tag = child.tag
            if tag == t["r"]:
                self._run(child)
            elif tag in (
                t["hyperlink"],
                t["ins"],
                t["smartTag"],
                t["customXml"],
                t["fldSimple"],
                t["moveTo"],
            ):
                self.walk(child)
            elif tag == t["sdt"]:
                content = child.find(t["sdtContent"])
                if content is not None:
                    self.walk(content)
            elif tag == f"{{{MC}}}AlternateContent":
                chosen = _alternate(child)
                if chosen is not None:
                    self.walk(chosen)
            # w:del, w:moveFrom (deleted text), w:pPr, bookmarks, proofing marks: nothing shown.
        if self.boxes and not self.in_note:
            self.reader.document.skipped.append(
                Note(
                    self.number,
                    f"bỏ qua {self.boxes} khung văn bản (text box) hoặc hình vẽ có chữ; nội dung "
                    "trong khung không được nhập.",
                )
            )

    def _look(self, run: Any) -> tuple[bool, bool, bool, bool, bool]:
        t = self.t
        bold, italic, caps = self.base
        superscript = False
        hidden = False
        properties = run.find(t["rPr"])
        if properties is not None:
            style = properties.find(t["rStyle"])
            if style is not None:
                style_id = style.get(t["val"])
                bold = _first_set(self.styles.flag(style_id, "bold"), bold)
                italic = _first_set(self.styles.flag(style_id, "italic"), italic)
                caps = _first_set(self.styles.flag(style_id, "caps"), caps)
                superscript = bool(self.styles.flag(style_id, "superscript"))
            bold = _first_set(_toggle(properties, t["b"]), bold)
            italic = _first_set(_toggle(properties, t["i"]), italic)
            caps = _first_set(_toggle(properties, t["caps"]), caps)
            hidden = bool(_toggle(properties, t["vanish"]))
            vert = properties.find(t["vertAlign"])
            if vert is not None:
                superscript = vert.get(t["val"]) == "superscript"
        return bold, italic, caps, superscript, hidden

    def _run(self, run: Any) -> None:
        t = self.t
        bold, italic, caps, superscript, hidden = self._look(run)
        pieces: list[str] = []

        def flush() -> None:
            if pieces:
                text = "".join(pieces)
                self.runs.append(Run(text.upper() if caps else text, bold, italic, superscript))
                pieces.clear()

        for child in run.iterchildren():
            tag = child.tag
            if tag == t["fldChar"]:
                kind = child.get(t["fldCharType"])
                if kind == "begin":
                    self.fields.append("code")
                elif kind == "separate" and self.fields:
                    self.fields[-1] = "result"
                elif kind == "end" and self.fields:
                    self.fields.pop()
                continue
            if self.fields and self.fields[-1] == "code":
                continue
            if hidden:
                continue
            if tag == t["t"]:
                pieces.append(child.text or "")
            elif tag in (t["tab"], t["ptab"]):
                pieces.append("\t")
            elif tag in (t["br"], t["cr"]):
                if child.get(t["type"]) in (None, "textWrapping"):
                    pieces.append("\n")
            elif tag == t["noBreakHyphen"]:
                pieces.append("-")
            elif tag == t["sym"]:
                pieces.append(_symbol(child.get(t["char"]) or ""))
            elif tag in (t["footnoteReference"], t["endnoteReference"]):
                flush()
                kind = "footnote" if tag == t["footnoteReference"] else "endnote"
                key = f"{kind}:{child.get(t['id'])}"
                self.runs.append(Run("", note=key))
            elif (
                tag in (t["drawing"], t["pict"], t["object"]) or tag == f"{{{MC}}}AlternateContent"
            ) and next(child.iter(t["txbxContent"]), None) is not None:
                self.boxes += 1
        flush()


def _first_set(value: bool | None, fallback: bool) -> bool:
    return fallback if value is None else value


def _symbol(code: str) -> str:
    """A ``w:sym`` character: a dash or bullet of a symbol font as plain text."""
    try:
        char = chr(int(code, 16))
    except ValueError:
        return ""
    if 0xF000 <= ord(char) <= 0xF0FF:  # symbol fonts map their glyphs to U+F0xx
        char = chr(ord(char) - 0xF000)
    if char in _DASHES:
        return "-"
    return char if char.isprintable() else ""


def read_docx(
    path: Path, display: str | None = None, *, text_limit: int | None = None
) -> ReadDocument:
    """Read a ``.docx`` into paragraphs and tables; ``UserError`` when it cannot be read."""
    shown = display if display is not None else str(path)
    document = ReadDocument(path, shown, "docx")
    limit = text_limit if text_limit is not None else max_file_size()
    with SafeZip(path, PACKAGE_FACTOR * max_file_size(), what="tệp .docx") as package:
        reader = _Reader(document, package, limit)
        reader.read()
    return document
