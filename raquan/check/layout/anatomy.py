"""The parts of an administrative document, found in any .docx whoever made it.

Word documents lay the same form out in many ways: the header as a borderless two-column table,
as paragraphs whose two halves are separated by tabs, or as text boxes; the short rules as a
paragraph's border, a table cell's border, or a drawn line. So the parts are found by what
they *say*, not by how they are built:

- every paragraph (text boxes' included, after the paragraph they are anchored in) is cut into
  ``Piece``s: its lines (at line breaks) and, within a line, the stretches between tabs. Each
  piece knows its column on the page (left or right half, from its table cell, its tab stop or
  its text box) and its look (the runs under it);
- the header is where the Quốc hiệu, the Tiêu ngữ, the "Số:" line and the place and date are,
  recognised by their words (diacritics, case and spacing aside); the issuing body is what
  stands above "Số:" in its column;
- the type name is the first piece after the header that names a type of document, and the
  summary (trích yếu) follows it; a công văn has "V/v ..." under its number instead;
- the closing block starts at "Nơi nhận" or at the signing authority (TM., KT., ...); the body
  lies between; appendices are the later landscape sections;
- a rule under a piece is whatever draws a line there (``rule_under``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from raquan.domain.doctypes import ABBREVIATIONS
from raquan.domain.folding import fold
from raquan.domain.layout import AUTHORITIES, MOTTO, NATIONAL_NAME
from raquan.domain.textwidth import text_width_cm
from raquan.read.docxlayout.model import TWIPS_PER_CM, LayoutDocument, Paragraph, Run

HEADER_SEARCH = 40
"""The header is looked for in the first paragraphs of the document."""
_NUMBER_LINE = re.compile(r"^\s*s[o0]\s*(?::|\.|\d|\s{2,}|_|$|/)", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"^[^0-9+\-]{0,40}?,?\s*ngay\b.{0,20}\bthang\b.{0,20}\bnam\b\s*\d{0,4}\s*$"
)
_LETTER_SUMMARY = re.compile(r"^\s*v\s*/\s*v\b")
_AUTHORITY = re.compile(r"^\s*(" + "|".join(AUTHORITIES) + r")\s*[./]?\s+\S", re.IGNORECASE)
_AUTHORITY_LOOSE = re.compile(r"^\s*(T\s*/\s*M|K\s*/\s*T|T\s*/\s*L)\b", re.IGNORECASE)
_TYPE_NAMES = {fold(name).upper() for name in ABBREVIATIONS} | {"CONG VAN", "TO TRINH"}
_BODY_START = re.compile(r"^\s*(can cu|thuc hien|kinh gui|[ivx]+\.\s|\d+\.\s)")
_PARTY = "dang cong san viet nam"
_SUPERVISED = re.compile(
    r"^\s*(so|phong|ban|uy ban|ubnd|trung tam|van phong|chi cuc|cuc|tong cuc|hoi dong|"
    r"truong|benh vien|doan|hoi|vien|bo chi huy|cong an|ban chi dao)\b"
)
_PLACE_LEVEL = re.compile(
    r"\b(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|bo|tw|trung uong)\b"
)


def _letters(text: str) -> str:
    """Folded text with only letters and single spaces, to compare fixed texts loosely."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).lower()).split())


def similar(text: str, expected: str, threshold: float = 85) -> bool:
    """Whether ``text`` is ``expected`` give or take diacritics, case, spacing and a typo."""
    from rapidfuzz import fuzz  # noqa: PLC0415  (only when a .docx is checked)

    return fuzz.ratio(_letters(text), _letters(expected)) >= threshold


@dataclass(frozen=True, slots=True)
class Look:
    """The look of a stretch of text: its sizes, and whether it is all bold, italic, upper."""

    sizes: tuple[float, ...]
    bold: bool
    italic: bool
    any_bold: bool
    any_italic: bool

    @property
    def size(self) -> float:
        return self.sizes[0] if self.sizes else 0.0


@dataclass(frozen=True)
class Piece:
    """A line of a paragraph, or a stretch of a line between tabs, with where it stands."""

    paragraph: Paragraph
    start: int
    """Where the piece starts in ``paragraph.text``."""
    text: str
    column: int | None
    """0 for the left half of the page (or of a two-column table), 1 for the right, None for
    text across the whole width."""
    runs: tuple[Run, ...]
    last_line: bool
    """True when nothing but blanks follows the piece in its paragraph."""

    @property
    def number(self) -> int:
        return self.paragraph.number

    @cached_property
    def look(self) -> Look:
        shown = [run for run in self.runs if run.visible]
        sizes = tuple(sorted({run.size for run in shown}))
        return Look(
            sizes,
            bool(shown) and all(run.bold for run in shown),
            bool(shown) and all(run.italic for run in shown),
            any(run.bold for run in shown),
            any(run.italic for run in shown),
        )

    @property
    def upper(self) -> bool:
        letters = [char for char in self.text if char.isalpha()]
        return bool(letters) and all(not char.islower() for char in letters)

    @property
    def folded(self) -> str:
        return _letters(self.text)

    def width_cm(self) -> float:
        """How wide the piece prints (Times New Roman, its own size and weight)."""
        look = self.look
        return text_width_cm(self.text, look.size or 13, bold=look.bold, italic=look.italic)


def _runs_between(paragraph: Paragraph, start: int, end: int) -> tuple[Run, ...]:
    """The runs under ``paragraph.text[start:end]``, cut to it."""
    offset = len(paragraph.marker) + 1 if paragraph.marker else 0
    found: list[Run] = []
    position = offset
    for run in paragraph.runs:
        run_end = position + len(run.text)
        low, high = max(start, position), min(end, run_end)
        if low < high:
            found.append(Run(run.text[low - position : high - position], run.props))
        position = run_end
    return tuple(found)


def _tab_column(paragraph: Paragraph, tabs_before: int) -> int | None:
    """The column of the text after ``tabs_before`` tabs, from the paragraph's tab stops."""
    available = paragraph.available_cm or 16.5
    value = paragraph.value("tabs")
    stops: list[tuple[str, float]] = []
    if isinstance(value, tuple) and value:
        stops = sorted(
            ((kind, position / TWIPS_PER_CM) for kind, position in value[0]),
            key=lambda stop: stop[1],
        )
    if tabs_before <= len(stops):
        kind, position = stops[tabs_before - 1]
    else:
        kind, position = "left", 1.27 * tabs_before
    centre = position if kind == "center" else position + 2 if kind == "left" else position - 2
    return 0 if centre < available / 2 else 1


def pieces_of(paragraph: Paragraph) -> list[Piece]:
    """A paragraph cut into its non-blank lines and tab-separated stretches."""
    text = paragraph.text
    found: list[Piece] = []
    base_column = _container_column(paragraph)
    position = 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        segments = line.split("\t")
        shown = [(i, s) for i, s in enumerate(segments) if s.strip()]
        last_line = all(not rest.strip() for rest in lines[index + 1 :])
        offset = position
        for i, segment in enumerate(segments):
            if segment.strip():
                lead = len(segment) - len(segment.lstrip())
                start = offset + lead
                stripped = segment.strip()
                column = base_column
                if len(shown) > 1:
                    column = 0 if (i, segment) == shown[0] else 1
                elif i > 0 and base_column is None:
                    column = _tab_column(paragraph, i)
                runs = _runs_between(paragraph, start, start + len(stripped))
                found.append(Piece(paragraph, start, stripped, column, runs, last_line))
            offset += len(segment) + 1
        position += len(line) + 1
    return found


def _container_column(paragraph: Paragraph) -> int | None:
    cell = paragraph.cell
    if cell is not None and cell.columns > 1:
        return 0 if cell.column == 0 else 1
    if paragraph.box is not None:
        return 0 if paragraph.box < 700 else 1
    return None


@dataclass(frozen=True, slots=True)
class FoundRule:
    """A line drawn under some text: how long it is, where its middle is (from the left edge
    of the text's column, when known), and how it is drawn (for messages)."""

    length_cm: float | None
    centre_cm: float | None
    how: str
    paragraph: int


def _paragraph_extent(paragraph: Paragraph) -> tuple[float, float] | None:
    """The left end and the length of a paragraph's box (for its borders)."""
    available = paragraph.available_cm
    if available is None:
        return None
    left = paragraph.length_cm("left")
    right = paragraph.length_cm("right")
    return left, max(0.0, available - left - right)


def _shape_rules(paragraph: Paragraph) -> Iterator[FoundRule]:
    for shape in paragraph.shapes:
        available = paragraph.available_cm
        length = shape.width_cm if shape.width_cm else available
        centre: float | None = None
        if length is not None and shape.align == "center" and available is not None:
            centre = available / 2
        elif length is not None and shape.left_cm is not None and shape.relative == "column":
            centre = shape.left_cm + length / 2
        yield FoundRule(length, centre, "hình vẽ (đường thẳng)", paragraph.number)


def _border_rule(paragraph: Paragraph, edge: str) -> FoundRule | None:
    if paragraph.border(edge) is None:
        return None
    extent = _paragraph_extent(paragraph)
    if extent is None:
        return FoundRule(None, None, "đường viền đoạn", paragraph.number)
    left, length = extent
    return FoundRule(length, left + length / 2, "đường viền đoạn", paragraph.number)


def _nearest(piece: Piece, rules: Iterable[FoundRule]) -> FoundRule | None:
    """Of the lines drawn in a paragraph, the one under ``piece``: on its half of the line
    when the piece is one of two halves, else the first."""
    found = list(rules)
    if len(found) <= 1 or piece.column is None:
        return found[0] if found else None
    centre = text_centre_cm(piece)
    placed = [rule for rule in found if rule.centre_cm is not None]
    if centre is None or not placed:
        return found[0]
    return min(placed, key=lambda rule: abs((rule.centre_cm or 0.0) - centre))


def _tab_stop(paragraph: Paragraph, tabs_before: int) -> tuple[str, float] | None:
    value = paragraph.value("tabs")
    if not isinstance(value, tuple) or not value:
        return None
    stops = sorted(((k, p / TWIPS_PER_CM) for k, p in value[0]), key=lambda stop: stop[1])
    return stops[tabs_before - 1] if 0 < tabs_before <= len(stops) else None


def text_centre_cm(piece: Piece) -> float | None:
    """Where the middle of a piece is, from the left edge of its column (for centred text)."""
    paragraph = piece.paragraph
    extent = _paragraph_extent(paragraph)
    line_start = paragraph.text.rfind("\n", 0, piece.start) + 1
    tabs = paragraph.text.count("\t", line_start, piece.start)
    if tabs:
        stop = _tab_stop(paragraph, tabs)
        if stop is None:
            return None
        kind, position = stop
        width = piece.width_cm()
        shift = {"center": 0.0, "right": -width / 2}.get(kind, width / 2)
        return position + shift
    if extent is None:
        return None
    left, length = extent
    width = min(piece.width_cm(), length)
    first = paragraph.length_cm("firstLine") if piece.start <= len(paragraph.marker) else 0.0
    align = paragraph.align
    if align == "center":
        return left + first / 2 + length / 2
    if align == "right":
        return left + length - width / 2
    return left + max(0.0, first) + width / 2


@dataclass(slots=True)
class Anatomy:
    """The parts found in a document (any of them may be missing)."""

    document: LayoutDocument
    pieces: list[Piece] = field(default_factory=list)
    """Every piece of the first section, in reading order."""
    party: bool = False
    national: Piece | None = None
    motto: Piece | None = None
    number: Piece | None = None
    place_date: Piece | None = None
    letter_summary: list[Piece] = field(default_factory=list)
    supervising: list[Piece] = field(default_factory=list)
    issuer: list[Piece] = field(default_factory=list)
    header_end: int = 0
    """The last paragraph of the header block (0 when there is none)."""
    type_name: Piece | None = None
    summary: list[Piece] = field(default_factory=list)
    title_end: int = 0
    body: list[Paragraph] = field(default_factory=list)
    closing_start: int | None = None
    recipients_label: Piece | None = None
    recipients: list[Piece] = field(default_factory=list)
    signature: list[Piece] = field(default_factory=list)

    # Rules -----------------------------------------------------------------------------------

    def following(self, piece: Piece, limit: int = 2) -> list[Paragraph]:
        """The next paragraphs in the same container as ``piece`` (same cell, same box, or the
        body), up to ``limit``."""
        paragraphs = self.document.boxes if piece.paragraph.box is not None else None
        source = paragraphs if paragraphs is not None else self.document.paragraphs
        found: list[Paragraph] = []
        started = False
        for paragraph in source:
            if paragraph is piece.paragraph:
                started = True
                continue
            if not started:
                continue
            if not _same_container(paragraph, piece.paragraph):
                break
            found.append(paragraph)
            if len(found) >= limit:
                break
        return found

    def rule_under(self, piece: Piece) -> FoundRule | None:
        """The line drawn right under ``piece``, however it is drawn, or None."""
        paragraph = piece.paragraph
        if piece.last_line:
            found = _border_rule(paragraph, "bottom")
            if found is not None:
                return found
        found = _nearest(piece, _shape_rules(paragraph))
        if found is not None:
            return found
        for following in self.following(piece):
            if not following.blank:
                break
            found = _border_rule(following, "top") or _border_rule(following, "bottom")
            if found is not None:
                return found
            found = _nearest(piece, _shape_rules(following))
            if found is not None:
                return found
        cell = paragraph.cell
        if cell is not None and piece.last_line and cell.borders.get("bottom") is not None:
            rest = self.following(piece, limit=50)
            if all(p.blank for p in rest):
                width = cell.width_cm
                centre = width / 2 - cell.margin_left_cm if width is not None else None
                return FoundRule(width, centre, "đường viền ô bảng", paragraph.number)
        return None


def _same_container(a: Paragraph, b: Paragraph) -> bool:
    if a.box is not None or b.box is not None:
        return a.box == b.box and a.number == b.number
    if a.cell is None or b.cell is None:
        return a.cell is None and b.cell is None
    return (a.cell.table, a.cell.row, a.cell.column) == (b.cell.table, b.cell.row, b.cell.column)


def _reading_order(document: LayoutDocument) -> list[Paragraph]:
    """The first section's paragraphs, each text box's right after its anchor."""
    boxes: dict[int, list[Paragraph]] = {}
    for box in document.boxes:
        if box.story == "body":
            boxes.setdefault(box.number, []).append(box)
    ordered: list[Paragraph] = []
    for paragraph in document.paragraphs:
        if paragraph.section != 0:
            break
        ordered.append(paragraph)
        ordered.extend(boxes.get(paragraph.number, []))
    return ordered


def _type_name(piece: Piece) -> bool:
    return _letters(piece.text).upper() in _TYPE_NAMES


def _is_authority(text: str) -> bool:
    return bool(_AUTHORITY.match(text) or _AUTHORITY_LOOSE.match(text))


def is_recipients_label(piece: Piece) -> bool:
    return piece.folded.startswith("noi nhan")


def _split_issuer(lines: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """The supervising body's lines and the issuing body's, from the lines above "Số:"."""
    if len(lines) < 2:
        return [], lines
    first = _letters(lines[0].text)
    second = _letters(lines[1].text)
    if _PLACE_LEVEL.search(first) and _SUPERVISED.match(second):
        return lines[:1], lines[1:]
    return [], lines


def read_anatomy(document: LayoutDocument) -> Anatomy:
    """Find the parts of ``document``."""
    anatomy = Anatomy(document)
    ordered = _reading_order(document)
    pieces = [piece for paragraph in ordered for piece in pieces_of(paragraph)]
    anatomy.pieces = pieces
    _header(anatomy, pieces)
    _title(anatomy, pieces)
    _closing(anatomy, pieces)
    _body(anatomy, ordered)
    return anatomy


def _header(anatomy: Anatomy, pieces: list[Piece]) -> None:
    early: list[Piece] = []
    for piece in pieces:
        if piece.number > HEADER_SEARCH or (piece.paragraph.cell is None and _type_name(piece)):
            break
        if len(piece.text) > 150 or _BODY_START.match(piece.folded):
            break
        early.append(piece)
    for piece in early:
        letters = piece.folded
        if anatomy.national is None and similar(piece.text, NATIONAL_NAME):
            anatomy.national = piece
        elif letters == _PARTY:
            anatomy.party = True
            anatomy.national = anatomy.national or None
        elif anatomy.motto is None and similar(piece.text, MOTTO, 80):
            anatomy.motto = piece
        elif anatomy.number is None and _NUMBER_LINE.match(fold(piece.text)):
            anatomy.number = piece
        elif anatomy.place_date is None and _PLACE_DATE.search(letters):
            anatomy.place_date = piece
        elif _LETTER_SUMMARY.match(fold(piece.text).lower()) and not anatomy.letter_summary:
            anatomy.letter_summary = [piece]
    order = {id(p): i for i, p in enumerate(pieces)}
    found = [p for p in (anatomy.national, anatomy.motto, anatomy.number, anatomy.place_date) if p]
    if not found:
        return
    end = max(p.number for p in found)
    tables = {p.paragraph.cell.table for p in found if p.paragraph.cell is not None}
    for piece in pieces:
        cell = piece.paragraph.cell
        if cell is not None and cell.table in tables:
            end = max(end, piece.number)
    anatomy.header_end = end
    special = {id(p) for p in found}
    if anatomy.letter_summary:
        summary = anatomy.letter_summary[0]
        anatomy.letter_summary = [
            p
            for p in pieces
            if p.number <= end
            and p.column == summary.column
            and id(p) not in special
            and order[id(p)] >= order[id(summary)]
        ]
        special |= {id(p) for p in anatomy.letter_summary}
    number = anatomy.number
    anchor = number or anatomy.national
    if anchor is None:
        return
    column = number.column if number is not None else 0
    above = [
        p
        for p in pieces
        if order[id(p)] < order[id(anchor)]
        and id(p) not in special
        and (p.column == column or (column is not None and p.column is None and number is None))
    ]
    if number is None and anatomy.national is not None and anatomy.national.column is None:
        above = [p for p in pieces if p.number < anatomy.national.number and id(p) not in special]
    anatomy.supervising, anatomy.issuer = _split_issuer(above)


def _title(anatomy: Anatomy, pieces: list[Piece]) -> None:
    after = [
        p
        for p in pieces
        if p.number > anatomy.header_end and p.paragraph.cell is None and p.paragraph.box is None
    ]
    if not after:
        return
    first = after[0]
    if not _type_name(first):
        return
    anatomy.type_name = first
    anatomy.title_end = first.number
    last_paragraph = first.paragraph
    for piece in after[1:4]:
        if piece.paragraph is not last_paragraph:
            between = [
                p
                for p in anatomy.document.paragraphs
                if last_paragraph.number < p.number < piece.number
            ]
            if any(p.blank for p in between) or _BODY_START.match(piece.folded):
                break
            if len(piece.text) > 250 or piece.paragraph.length_cm("firstLine") > 0.5:
                break
            last_paragraph = piece.paragraph
        anatomy.summary.append(piece)
        anatomy.title_end = piece.number
    rule = anatomy.rule_under(anatomy.summary[-1]) if anatomy.summary else None
    if rule is not None:
        anatomy.title_end = max(anatomy.title_end, rule.paragraph)


def _closing(anatomy: Anatomy, pieces: list[Piece]) -> None:
    start = max(anatomy.title_end, anatomy.header_end)
    later = [p for p in pieces if p.number > start]
    label = next((p for p in later if is_recipients_label(p)), None)
    authority = next((p for p in later if _is_authority(p.text) and p.upper), None)
    starts = [p for p in (label, authority) if p is not None]
    if not starts:
        return
    order = {id(p): i for i, p in enumerate(later)}
    first = min(starts, key=lambda p: order[id(p)])
    closing = first.number
    cell = first.paragraph.cell
    if cell is not None:
        closing = min(
            p.number for p in pieces if p.paragraph.cell and p.paragraph.cell.table == cell.table
        )
    anatomy.closing_start = closing
    if label is not None:
        anatomy.recipients_label = label
        anatomy.recipients = _entries(label, later[order[id(label)] + 1 :])
    taken = {id(p) for p in anatomy.recipients} | ({id(label)} if label else set())
    if authority is not None:
        signature = [
            p
            for p in later
            if order[id(p)] >= order[id(authority)]
            and id(p) not in taken
            and (p.column == authority.column or authority.column is None)
        ]
        anatomy.signature = signature[:8]
    elif label is not None and label.column == 0:
        anatomy.signature = [p for p in later if p.column == 1 and p.number >= closing][:8]


def _entries(label: Piece, later: list[Piece]) -> list[Piece]:
    found: list[Piece] = []
    for piece in later:
        if label.column is not None and piece.column != label.column:
            continue
        if _is_authority(piece.text) and piece.upper:
            break
        if label.paragraph.cell is not None and not _same_cell(piece.paragraph, label.paragraph):
            break
        found.append(piece)
        if _letters(piece.text).lstrip("- ").startswith("luu"):
            break
    return found


def _same_cell(a: Paragraph, b: Paragraph) -> bool:
    return (
        a.cell is not None
        and b.cell is not None
        and a.cell.table == b.cell.table
        and (a.cell.column == b.cell.column)
    )


def _body(anatomy: Anatomy, ordered: Sequence[Paragraph]) -> None:
    start = max(anatomy.title_end, anatomy.header_end)
    end = anatomy.closing_start or math.inf
    skipping_greeting = False
    for paragraph in ordered:
        if paragraph.number <= start or paragraph.number >= end:
            continue
        if paragraph.cell is not None or paragraph.box is not None or paragraph.blank:
            continue
        letters = _letters(paragraph.text)
        if letters.startswith("kinh gui"):
            skipping_greeting = True
            continue
        if skipping_greeting and paragraph.text.lstrip()[:1] in "-+":
            continue
        skipping_greeting = False
        if letters.startswith("phu luc") and paragraph.align == "center":
            break
        anatomy.body.append(paragraph)


def body_text_pieces(anatomy: Anatomy) -> Iterable[Piece]:
    """The pieces of the body's paragraphs."""
    for paragraph in anatomy.body:
        yield from pieces_of(paragraph)


def estimated_pages(document: LayoutDocument) -> float:
    """About how many pages the first section fills (lines of text at their size and spacing,
    tables row by row), to tell a one-page document from a longer one."""
    if not document.sections:
        return 0.0
    section = document.sections[0]
    height = section.height_mm
    top, bottom = section.margins.get("top"), section.margins.get("bottom")
    if height is None:
        height = 279.4
    usable_cm = (
        height - (top if top is not None else 25.4) - (bottom if bottom is not None else 25.4)
    ) / 10
    total = 0.0
    cells: dict[tuple[int, int, int], float] = {}
    for paragraph in document.paragraphs:
        if paragraph.section != 0:
            break
        sizes = [run.size for run in paragraph.runs if run.visible] or [12.0]
        size = max(sizes)
        width = sum(
            text_width_cm(run.text, run.size, bold=run.bold, italic=run.italic)
            for run in paragraph.runs
        )
        available = paragraph.available_cm or 16.5
        lines = max(1, math.ceil(width / max(available, 1.0)) + paragraph.body.count("\n"))
        height_cm = lines * size * 1.15 / 72 * 2.54
        height_cm += (paragraph.points("before") + paragraph.points("after")) / 72 * 2.54
        cell = paragraph.cell
        if cell is None:
            total += height_cm
        else:
            key = (cell.table, cell.row, cell.column)
            cells[key] = cells.get(key, 0.0) + height_cm
    rows: dict[tuple[int, int], float] = {}
    for (table, row, _column), cell_cm in cells.items():
        rows[(table, row)] = max(rows.get((table, row), 0.0), cell_cm)
    total += sum(rows.values())
    return total / max(usable_cm, 1.0)
