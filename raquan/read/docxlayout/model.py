"""A ``.docx`` as its layout: sections and pages, paragraphs with their resolved formatting,
tables, text boxes, drawn lines, headers and footers.

Paragraphs are numbered as everywhere in raquan ("đoạn N", ``raquan.read.paragraphs``): the
N-th paragraph mark of the main body in document order, table cells included, text boxes not.
A paragraph inside a text box carries the number of the paragraph its box is anchored in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from raquan.read.docxlayout.styles import APPLICATION, Border, Font, Origin, Props, StyleSheet

TWIPS_PER_CM = 1440 / 2.54
TWIPS_PER_MM = TWIPS_PER_CM / 10
EMU_PER_CM = 360_000


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text with one look; ``props`` are resolved through every layer."""

    text: str
    props: Props

    def value(self, key: str, default: object = None) -> object:
        found = self.props.get(key)
        return default if found is None else found[0]

    def origin(self, key: str) -> Origin:
        found = self.props.get(key)
        return APPLICATION if found is None else found[1]

    @property
    def size(self) -> float:
        """The size in points (Word's default, 10 pt, when nothing sets one)."""
        value = self.value("size", 10.0)
        return float(value) if isinstance(value, (int, float)) else 10.0

    @property
    def bold(self) -> bool:
        return bool(self.value("bold", False))

    @property
    def italic(self) -> bool:
        return bool(self.value("italic", False))

    @property
    def superscript(self) -> bool:
        return bool(self.value("superscript", False))

    def font(self, slot: str) -> Font | None:
        value = self.value(slot)
        return value if isinstance(value, Font) else None

    @property
    def visible(self) -> bool:
        """True when the run shows some ink."""
        return bool(self.text.strip())


@dataclass(frozen=True, slots=True)
class Cell:
    """Where a paragraph sits in a table, and the cell's geometry."""

    table: int
    row: int
    column: int
    """The grid column the cell starts at."""
    columns: int
    """How many grid columns the table has."""
    width_cm: float | None
    left_cm: float
    """The cell's left edge, from the table's left edge."""
    margin_left_cm: float
    margin_right_cm: float
    borders: dict[str, Border | None] = field(default_factory=dict)
    """Visible borders of the cell by edge (``top``, ``bottom``, ``left``, ``right``)."""

    @property
    def inner_cm(self) -> float | None:
        if self.width_cm is None:
            return None
        return max(0.0, self.width_cm - self.margin_left_cm - self.margin_right_cm)


@dataclass(frozen=True, slots=True)
class Shape:
    """A drawn line or horizontal rule anchored in a paragraph.

    ``width_cm`` is None for a rule as wide as the text column (a horizontal line). ``left_cm``
    is its left end from the left edge of the column it is placed in, when the position is
    given as a distance; ``align`` when it is given as an alignment (``center``).
    """

    kind: str
    width_cm: float | None
    left_cm: float | None = None
    align: str | None = None
    relative: str = "column"


@dataclass(slots=True)
class Paragraph:
    """One paragraph with its resolved formatting and where it is."""

    number: int
    runs: list[Run] = field(default_factory=list)
    props: Props = field(default_factory=dict)
    style: str = ""
    """The paragraph style's name."""
    section: int = 0
    cell: Cell | None = None
    box: int | None = None
    """For a paragraph inside a text box: the position of the box's left edge, in tenths of a
    millimetre from the column's left edge (rounded), to tell left from right; else None."""
    shapes: list[Shape] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    """Field instructions (``PAGE``), upper case."""
    notes: list[str] = field(default_factory=list)
    """``footnote`` or ``endnote`` for each reference to a note."""
    marker: str = ""
    """The number or bullet Word draws from list numbering ("1.", "-", "•")."""
    available_cm: float | None = None
    """The width the paragraph is laid out in: the page's text width, a cell's inner width, a
    text box's width; None when unknown."""
    story: str = "body"
    """``body``, or the part of a header, footer or note."""

    @property
    def body(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def text(self) -> str:
        """The paragraph as it shows: the list marker, then its text."""
        body = self.body
        return f"{self.marker} {body}" if self.marker else body

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    def value(self, key: str, default: object = None) -> object:
        found = self.props.get(key)
        return default if found is None else found[0]

    def origin(self, key: str) -> Origin:
        found = self.props.get(key)
        return APPLICATION if found is None else found[1]

    def length_cm(self, key: str) -> float:
        """An indent or a spacing (twips) in centimetres (0 when not set)."""
        value = self.value(key, 0.0)
        return float(value) / TWIPS_PER_CM if isinstance(value, (int, float)) else 0.0

    def points(self, key: str) -> float:
        """A spacing (twips) in points (0 when not set)."""
        value = self.value(key, 0.0)
        return float(value) / 20 if isinstance(value, (int, float)) else 0.0

    @property
    def align(self) -> str:
        value = self.value("align", "left")
        shown = str(value)
        return {"start": "left", "end": "right", "justify": "both"}.get(shown, shown)

    def border(self, edge: str) -> Border | None:
        value = self.value(f"border.{edge}")
        return value if isinstance(value, Border) else None


@dataclass(slots=True)
class Story:
    """A header or a footer: its part and its paragraphs."""

    part: str
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def page_number(self) -> Paragraph | None:
        """The paragraph that shows the page number (a ``PAGE`` field), if any."""
        return next(
            (p for p in self.paragraphs if any(f.split()[:1] == ["PAGE"] for f in p.fields)),
            None,
        )


@dataclass(slots=True)
class Section:
    """One section of the document: its pages' size, margins, headers and footers.

    Sizes and margins are in millimetres, None when the file does not say (the application's
    default then applies, which depends on the computer: Letter in the United States).
    """

    index: int
    first: int = 1
    last: int = 1
    width_mm: float | None = None
    height_mm: float | None = None
    orient: str | None = None
    margins: dict[str, float | None] = field(default_factory=dict)
    title_page: bool = False
    headers: dict[str, Story | None] = field(default_factory=dict)
    footers: dict[str, Story | None] = field(default_factory=dict)
    number_format: str | None = None

    @property
    def landscape(self) -> bool:
        if self.width_mm is not None and self.height_mm is not None:
            return self.width_mm > self.height_mm
        return self.orient == "landscape"

    @property
    def text_width_cm(self) -> float | None:
        left, right = self.margins.get("left"), self.margins.get("right")
        if self.width_mm is None or left is None or right is None:
            return None
        gutter = self.margins.get("gutter") or 0.0
        return (self.width_mm - left - right - gutter) / 10


@dataclass(slots=True)
class LayoutDocument:
    """A .docx read for its layout."""

    path: Path
    display: str
    styles: StyleSheet
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    """The body's paragraphs in order (table cells included), then none of the text boxes'."""
    boxes: list[Paragraph] = field(default_factory=list)
    """Paragraphs inside text boxes, each with the number of its anchor paragraph."""
    footnotes: int = 0
    endnotes: int = 0
    comments: list[tuple[int, str]] = field(default_factory=list)
    """The Word comments (Xem lại > Chú thích mới), in order: the paragraph each is anchored at
    (where its range starts) and its text."""
    gutter_at_top: bool = False
    mirror_margins: bool = False

    def paragraph(self, number: int) -> Paragraph | None:
        index = number - 1
        if 0 <= index < len(self.paragraphs) and self.paragraphs[index].number == number:
            return self.paragraphs[index]
        return next((p for p in self.paragraphs if p.number == number), None)

    def section_of(self, number: int) -> Section | None:
        return next((s for s in self.sections if s.first <= number <= s.last), None)
