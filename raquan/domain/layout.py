"""The layout of an administrative document under Nghị định 30/2020/NĐ-CP, in one place.

``raquan render`` writes its documents with the values here (``Page``, ``TextStyle.size``,
``BodyParagraph``, ``RuleLength.fraction``), and the layout checks of ``raquan check``
(RQ6xx) hold any ``.docx`` to the ranges here (``Range``): what the decree allows. So a
rendered document passes every check by construction, and a change of the rules is one edit.

Sources: Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức, kỹ thuật trình bày) and its diagram of
the page; where the decree gives a range (margins, sizes), the range is checked and raquan
writes one value inside it.

Landscape pages (appendices with wide tables) are bound with the portrait pages, turned so
that their top edge lies along the binding: the *top* margin of a landscape page is its
binding edge and keeps the 30-35 mm of a portrait page's left margin, the bottom margin takes
the right margin's 15-20 mm, and the sides the 20-25 mm of the top and bottom.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from raquan.domain.doctypes import AUTHORITIES
from raquan.domain.textwidth import text_width_cm

__all__ = [
    "AUTHORITIES",
    "BODY_PARAGRAPH",
    "CELL_MARGIN_CM",
    "FONT",
    "LANDSCAPE",
    "MOTTO",
    "NATIONAL_NAME",
    "PORTRAIT",
    "TABLE_CELL_STYLE",
    "TABLE_SPACE_PT",
    "BodyParagraph",
    "Margins",
    "Page",
    "Range",
    "RuleLength",
    "TextStyle",
    "text_width_cm",
]


@dataclass(frozen=True, slots=True)
class Range:
    """An interval of allowed values, ends included."""

    low: float
    high: float

    def holds(self, value: float, tolerance: float = 0.0) -> bool:
        """Whether ``value`` is inside, give or take ``tolerance``."""
        return self.low - tolerance <= value <= self.high + tolerance

    def words(self, unit: str) -> str:
        """``20-25 mm``, or ``13 pt`` when both ends are one value (decimal comma)."""

        def shown(value: float) -> str:
            return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")

        if self.low == self.high:
            return f"{shown(self.low)} {unit}"
        return f"{shown(self.low)}-{shown(self.high)} {unit}"


# The page ------------------------------------------------------------------------------------

A4_MM = (210.0, 297.0)
"""Width and height of an A4 sheet, portrait."""
PAGE_TOLERANCE_MM = 1.0
"""How far a page size may be from A4 and still be A4 (Word rounds to twips)."""
MARGIN_TOLERANCE_MM = 0.3


@dataclass(frozen=True, slots=True)
class Page:
    """The size and margins of a page raquan writes, in millimetres."""

    width_mm: float
    height_mm: float
    top_mm: float
    bottom_mm: float
    left_mm: float
    right_mm: float
    header_mm: float = 10
    """From the top edge to the page number, inside the top margin."""

    @property
    def landscape(self) -> bool:
        return self.width_mm > self.height_mm

    @property
    def text_width_cm(self) -> float:
        """The width between the left and right margins."""
        return (self.width_mm - self.left_mm - self.right_mm) / 10


@dataclass(frozen=True, slots=True)
class Margins:
    """The margins the decree allows on one orientation of page, and its binding edge."""

    top: Range
    bottom: Range
    left: Range
    right: Range
    binding: Literal["left", "top"]


PORTRAIT_MARGINS = Margins(
    top=Range(20, 25), bottom=Range(20, 25), left=Range(30, 35), right=Range(15, 20), binding="left"
)
LANDSCAPE_MARGINS = Margins(
    top=Range(30, 35), bottom=Range(15, 20), left=Range(20, 25), right=Range(20, 25), binding="top"
)

PORTRAIT = Page(210, 297, top_mm=20, bottom_mm=20, left_mm=30, right_mm=15)
"""The page of the body: A4 portrait."""
LANDSCAPE = Page(297, 210, top_mm=30, bottom_mm=20, left_mm=20, right_mm=20, header_mm=15)
"""The page of an appendix with wide tables: A4 landscape, bound along its top edge; its page
number is set 15 mm from that edge, clear of the staples."""


# Fonts ---------------------------------------------------------------------------------------

FONT = "Times New Roman"
"""The font of every run (a Unicode font, TCVN 6909:2001)."""
FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
"""Word's four font slots: Latin text, other Latin text, East Asian text, complex scripts."""
LEGACY_FONT_PREFIXES = (".vn", "vni-", "vn-", "vni ")
"""Fonts of the old TCVN3 (ABC) and VNI encodings, not Unicode (``.VnTime``, ``VNI-Times``)."""


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How one element of the document prints: its size (``size`` is what raquan writes,
    ``sizes`` what the decree allows), weight, slant and case (``None``: not prescribed)."""

    label: str
    """The element's name in Vietnamese, for messages."""
    size: float
    sizes: Range
    bold: bool | None = None
    italic: bool | None = None
    upper: bool | None = None


SUPERVISING_BODY = TextStyle(
    "tên cơ quan chủ quản", 13, Range(12, 13), bold=False, italic=False, upper=True
)
ISSUING_BODY = TextStyle(
    "tên cơ quan ban hành", 13, Range(12, 13), bold=True, italic=False, upper=True
)
NATIONAL_NAME_STYLE = TextStyle("Quốc hiệu", 12, Range(12, 13), bold=True, italic=False, upper=True)
MOTTO_STYLE = TextStyle("Tiêu ngữ", 13, Range(13, 14), bold=True, italic=False, upper=False)
NUMBER_STYLE = TextStyle("số, ký hiệu văn bản", 13, Range(13, 13), bold=False, italic=False)
PLACE_DATE_STYLE = TextStyle("địa danh và thời gian", 13, Range(13, 14), bold=False, italic=True)
TYPE_NAME_STYLE = TextStyle(
    "tên loại văn bản", 14, Range(13, 14), bold=True, italic=False, upper=True
)
SUMMARY_STYLE = TextStyle("trích yếu nội dung", 14, Range(13, 14), bold=True, italic=False)
LETTER_SUMMARY_STYLE = TextStyle(
    "trích yếu của công văn", 13, Range(12, 13), bold=False, italic=False
)
BODY_TEXT = TextStyle("nội dung văn bản", 14, Range(13, 14))
RECIPIENTS_LABEL_STYLE = TextStyle("dòng", 12, Range(12, 12), bold=True, italic=True)
RECIPIENT_STYLE = TextStyle("tên nơi nhận", 11, Range(11, 11), bold=False, italic=False)
AUTHORITY_STYLE = TextStyle(
    "thẩm quyền, chức vụ người ký", 14, Range(13, 14), bold=True, italic=False, upper=True
)
SIGNER_STYLE = TextStyle("họ tên người ký", 14, Range(13, 14), bold=True, italic=False)
PAGE_NUMBER_STYLE = TextStyle("số trang", 13, Range(13, 14), bold=False, italic=False)
SIZE_TOLERANCE_PT = 0.25


# Body paragraphs -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BodyParagraph:
    """How a paragraph of the body is set: justified, its first line indented, space between
    paragraphs, line spacing (a multiple of single)."""

    first_line_cm: float = 1.27
    first_lines: Range = Range(1.0, 1.27)
    space_after_pt: float = 6
    least_space_pt: float = 6
    line_spacing: float = 1.15
    line_spacings: Range = Range(1.0, 1.5)


BODY_PARAGRAPH = BodyParagraph()
INDENT_TOLERANCE_CM = 0.03


# Rules (the short lines under the issuer, the motto and the summary) ------------------------


@dataclass(frozen=True, slots=True)
class RuleLength:
    """A solid line under a line of text, as a fraction of that text's printed width:
    ``fraction`` is what raquan draws, ``fractions`` what the decree allows."""

    label: str
    fraction: float
    fractions: Range
    gap_pt: float = 3
    """The space raquan leaves between the text and the line, in points."""


ISSUER_RULE = RuleLength("đường kẻ dưới tên cơ quan ban hành", 0.4, Range(1 / 3, 1 / 2))
MOTTO_RULE = RuleLength("đường kẻ dưới Tiêu ngữ", 1.0, Range(1.0, 1.0))
SUMMARY_RULE = RuleLength("đường kẻ dưới trích yếu", 0.4, Range(1 / 3, 1 / 2), gap_pt=6)
"""Set off from the summary by about half a line, as the forms of Phụ lục III draw it: closer,
it reads as an underline of the last line."""
RULE_TOLERANCE = 0.08
"""How far (as a fraction of the text's width) a rule may be from its range: widths are
measured from the font's metrics, which a printer's rendering follows to a few per cent."""
RULE_CENTRE_TOLERANCE_CM = 0.3
"""How far the middle of a rule may be from the middle of its text."""


# Blocks and tables (practice: the decree does not size them) ---------------------------------

HEADER_COLUMNS = (Range(6, 7.5), Range(9.5, 10.5))
"""The widths (cm) of the header block's columns: issuing body, national name and motto."""
CLOSING_COLUMNS = (Range(5.5, 7), Range(9.5, 11))
"""The widths (cm) of the closing block's columns: Nơi nhận, signature."""
HEADER_LEFT_CM = 6.5
CLOSING_LEFT_CM = 6.5
CELL_MARGIN_CM = 0.19
"""The left and right inner margin of a table cell (Word's default)."""
TABLE_CELL_STYLE = TextStyle("chữ trong bảng", 12, Range(11, 13), italic=False)
"""The text of a table: 12 pt, down to 11 pt for a table too wide for the page."""
TABLE_SPACE_PT = 6
TABLE_SPACES = Range(6, 12)
"""The space between a table and the paragraphs before and after it, in points."""
APPENDIX_LABEL_STYLE = TextStyle("chữ “Phụ lục”", 14, Range(14, 14), bold=True, italic=False)
APPENDIX_TITLE_STYLE = TextStyle(
    "tên phụ lục", 14, Range(13, 14), bold=True, italic=False, upper=True
)
APPENDIX_NOTE_STYLE = TextStyle("dòng “(Kèm theo ...)”", 14, Range(13, 14), italic=True)


# Fixed texts ---------------------------------------------------------------------------------

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
ARCHIVE_PREFIX = "Lưu:"
ACADEMIC_TITLES = ("GS.", "PGS.", "TS.", "ThS.", "KS.", "BS.", "CN.", "TSKH.")
"""Academic titles, which the signer's name does not carry."""
