"""The parts of a document before its body and after it, found by what they say.

- **Zones.** The document type's line (``KẾ HOẠCH``, in capitals, alone on its line) divides
  the header from the rest; the trích yếu is the bold or centred lines right under it; the body
  runs to "Nơi nhận" or the signature block; what follows the signer is the appendices. A
  document without a header (a text copied from a PDF) starts at its type line.
- **Header** (a table, or lines whose two columns are separated by tabs): the issuing body's
  lines in capitals (not bold above bold: the supervising body), "Số: 45/KH-UBND" or a draft's
  blank "Số:      /KH-UBND", "Tân Lập, ngày 02 tháng 5 năm 2024" (a draft leaves the day
  blank); the national name and motto are recognised and left out.
- **Legal bases**: "Căn cứ …" lines, or a "Thực hiện …" sentence citing documents; each cited
  document gives its type, number and symbol, date, issuer and summary.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, get_args

from raquan.domain.dates.textdates import find_dates
from raquan.domain.doctypes import ABBREVIATIONS, find_citations, parse_number
from raquan.models.vocabulary import DocumentType
from raquan.read.extract.build import Builder
from raquan.read.extract.text import Styled, clean, folded, from_capitals, is_upper
from raquan.read.paragraphs import Block, Paragraph, Table

TYPES_UPPER = {name.upper(): name for name in get_args(DocumentType)}
_NATIONAL = "cong hoa xa hoi chu nghia viet nam"
_MOTTO = re.compile(r"doc lap\W+tu do\W+hanh phuc")
_NUMBER = re.compile(r"^số\s*[:.]?\s*(?P<number>\d*)\s*(?:/|$)(?P<symbol>\S*)", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{1,60}),\s*ngày\s*(?P<day>\d{0,2})\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*"
    r"(?P<year>\d{4})",
    re.IGNORECASE,
)
_RULE_TEXT = re.compile(r"^[\s\-_–—=*.]*$")
_SIGNATURE_START = re.compile(r"^(?:TM|KT|TL|TUQ|Q|TL\.\s*KT|KT\.\s*TM)\s*\.", re.IGNORECASE)
_RECIPIENTS = re.compile(r"^\W*nơi\s+nhận\s*:?", re.IGNORECASE)


@dataclass(slots=True)
class Line:
    """A line of text from the document with its place: a paragraph's line, or a part of it
    between tabs (``column``), or a table cell's line."""

    paragraph: Paragraph
    text: str
    start: int
    column: int = 0
    bold: bool = False


def lines_of(paragraph: Paragraph, column: int = 0) -> Iterator[Line]:
    """The paragraph's lines (split at line breaks and tabs), each with its offset."""
    text = paragraph.text
    position = 0
    for raw_line in text.split("\n"):
        parts = re.split(r"(\t+| {6,})", raw_line)
        offset = position
        part_column = column
        for index, part in enumerate(parts):
            if index % 2 == 1:
                part_column += 1
                offset += len(part)
                continue
            if part.strip():
                lead = len(part) - len(part.lstrip())
                styled = Styled.of(paragraph).slice(offset + lead, offset + len(part.rstrip()))
                yield Line(
                    paragraph,
                    clean(part),
                    offset + lead,
                    part_column,
                    styled.bold_fraction() > 0.6,
                )
            offset += len(part)
        position += len(raw_line) + 1


@dataclass(slots=True)
class Zones:
    """Where the parts of the document are, as indexes into its top-level blocks."""

    header: list[Block] = field(default_factory=list)
    type_name: str | None = None
    type_paragraph: Paragraph | None = None
    title: list[Line] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    closing: list[Block] = field(default_factory=list)
    appendices: list[Block] = field(default_factory=list)


def _type_line(paragraph: Paragraph) -> str | None:
    first = clean(paragraph.text.split("\n", 1)[0]).strip("*: ")
    return TYPES_UPPER.get(first.upper()) if first and is_upper(first) else None


def is_closing_start(block: Block) -> bool:
    """Whether a block starts the closing part: "Nơi nhận", or the signature's authority."""
    if isinstance(block, Table):
        grid = block.grid()
        if not grid or not grid[0]:
            return False
        first = [cell.text for cell in grid[0]]
        return any(_RECIPIENTS.match(text) for text in first) or any(
            _SIGNATURE_START.match(text) for text in first
        )
    text = block.text.strip()
    return bool(_RECIPIENTS.match(text) or (_SIGNATURE_START.match(text) and is_upper(text)))


def _is_appendix_start(block: Block) -> bool:
    if isinstance(block, Table):
        return True
    return folded(block.text).startswith(("phu luc", "bang ", "danh sach", "danh muc"))


def zones(blocks: Sequence[Block]) -> Zones:
    """Split the top-level blocks into the parts of an administrative document."""
    found = Zones()
    start = 0
    for index, block in enumerate(blocks[:60]):
        if isinstance(block, Paragraph):
            name = _type_line(block)
            if name is not None:
                found.type_name = name
                found.type_paragraph = block
                found.header = list(blocks[:index])
                start = index + 1
                lines = list(lines_of(block))[1:]
                found.title.extend(lines)
                break
    position = start
    if found.type_paragraph is not None:
        while position < len(blocks) and len(found.title) < 5:
            block = blocks[position]
            if not isinstance(block, Paragraph) or block.blank or block.rule:
                break
            text = clean(block.text)
            if _RULE_TEXT.match(text):
                break
            if folded(text).startswith(("can cu", "thuc hien", "nham ")) or (
                not block.bold and block.align != "center"
            ):
                break
            found.title.extend(lines_of(block))
            position += 1
    end = len(blocks)
    for index in range(position, len(blocks)):
        if is_closing_start(blocks[index]):
            end = index
            break
    found.body = list(blocks[position:end])
    closing_end = end
    signed = False
    for index in range(end, len(blocks)):
        block = blocks[index]
        if signed and _is_appendix_start(block):
            break
        closing_end = index + 1
        if isinstance(block, Table) or (
            isinstance(block, Paragraph) and _looks_like_signer(block.text)
        ):
            signed = True
    found.closing = list(blocks[end:closing_end])
    found.appendices = list(blocks[closing_end:])
    return found


_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]+$")


def _looks_like_signer(text: str) -> bool:
    words = clean(text).strip("*").split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(word) for word in words)


# Header ----------------------------------------------------------------------------------------


def header_lines(blocks: Sequence[Block]) -> list[Line]:
    """The header's lines; a table's left column comes before its right one, row by row."""
    lines: list[Line] = []
    for block in blocks:
        if isinstance(block, Table):
            for row in block.grid():
                for column, cell in enumerate(_unique(row)):
                    for paragraph in cell.paragraphs:
                        for line in lines_of(paragraph, column):
                            lines.append(line)
        elif not block.blank:
            lines.extend(lines_of(block))
    return lines


def _unique(row: list[Any]) -> list[Any]:
    out: list[Any] = []
    for cell in row:
        if not out or out[-1] is not cell:
            out.append(cell)
    return out


def _number_line(builder: Builder, header: dict[str, Any], line: Line) -> bool:
    """ "Số: 45/KH-UBND" (or a draft's "Số:      /KH-UBND"): the number and the symbol."""
    number = _NUMBER.match(line.text)
    if number is None or "/" not in line.text:
        return False
    symbol = number.group("symbol").strip(" .")
    if symbol:
        header["symbol"] = symbol
        builder.at(("header", "symbol"), line.paragraph, line.start)
    if number.group("number"):
        header["number"] = int(number.group("number"))
        builder.at(("header", "number"), line.paragraph, line.start)
    return True


def _place_line(builder: Builder, header: dict[str, Any], line: Line) -> bool:
    """ "Tân Lập, ngày 02 tháng 5 năm 2024" (a draft leaves the day blank)."""
    place = _PLACE_DATE.match(line.text)
    if place is None:
        return False
    header["place"] = clean(place.group("place"))
    builder.at(("header", "place"), line.paragraph, line.start)
    builder.at(("header", "date"), line.paragraph, line.start)
    year, month, day = int(place.group("year")), int(place.group("month")), place.group("day")
    header["date"] = f"{year:04d}-{month:02d}"
    if day:
        try:
            header["date"] = datetime.date(year, month, int(day))
        except ValueError:  # a day that does not exist: the model reports it
            header["date"] = f"{year:04d}-{month:02d}-{int(day):02d}"
    builder.year = year
    return True


def read_header(builder: Builder, found: Zones) -> None:
    """The header's data: issuing body, number and symbol, place and date, type."""
    header: dict[str, Any] = {"type": found.type_name or "Kế hoạch"}
    if found.type_name is None:
        builder.guess(("header", "type"), "không tìm thấy dòng tên loại văn bản (KẾ HOẠCH)")
    if found.type_paragraph is not None:
        builder.at(("header", "type"), found.type_paragraph)
    issuing: list[Line] = []
    for line in header_lines(found.header):
        plain = folded(line.text)
        if plain.startswith((_NATIONAL, "v/v")) or _MOTTO.search(plain):
            continue
        if _RULE_TEXT.match(line.text) or _number_line(builder, header, line):
            continue
        if not _place_line(builder, header, line) and line.column == 0 and is_upper(line.text):
            issuing.append(line)
    if issuing:
        bold = [line for line in issuing if line.bold]
        if bold and len(bold) < len(issuing):
            first_bold = issuing.index(bold[0])
            header["supervising_body"] = [line.text for line in issuing[:first_bold]]
            issuing = issuing[first_bold:]
        header["issuing_body"] = [line.text for line in issuing]
        issuer = " ".join(from_capitals(line.text) for line in issuing)
        header["issuer"] = re.sub(r"^Ủy ban nhân dân ", "UBND ", issuer.replace("Uỷ", "Ủy"))
        for key in ("issuing_body", "issuer"):
            builder.at(("header", key), issuing[0].paragraph, issuing[0].start)
    builder.data["header"] = header


def resolve_issuer(builder: Builder) -> None:
    """The issuer the header names, matched against the registry."""
    header: dict[str, Any] = builder.data["header"]
    if "issuer" not in header:
        return
    where = builder.where.get(("header", "issuer"))
    found = builder.names.match(header["issuer"], where.paragraph if where else 0)
    if found.target is not None:
        header["issuer"] = found.ref


def complete_header(builder: Builder, preamble_issuer: str | None) -> None:
    """Fill what the header did not say from the rest of the document, marked as guesses."""
    header: dict[str, Any] = builder.data["header"]
    if "issuer" not in header:
        header["issuer"] = preamble_issuer or "UBND"
        builder.guess(
            ("header", "issuer"), "văn bản không có phần đầu; cơ quan ban hành lấy theo đoạn mở đầu"
        )
    where = builder.where.get(("header", "issuer"))
    found = builder.names.match(header["issuer"], where.paragraph if where else 0)
    if found.target is not None:
        header["issuer"] = found.ref
    else:
        builder.mark_match(found, ("header", "issuer"))
    official = found.target.name if found.target is not None else header["issuer"]
    if "issuing_body" not in header:
        name = re.sub(r"^(?:UBND|Ủy ban nhân dân)\s+", "", official, flags=re.IGNORECASE)
        committee = name != official
        header["issuing_body"] = ["ỦY BAN NHÂN DÂN", name.upper()] if committee else [name.upper()]
        builder.guess(("header", "issuing_body"), "suy ra từ tên cơ quan ban hành")
    if "symbol" not in header:
        abbreviation = getattr(found.target, "abbreviation", None) or "UBND"
        header["symbol"] = f"{ABBREVIATIONS.get(header['type'], 'KH')}-{abbreviation}"
        builder.guess(("header", "symbol"), "văn bản không ghi số, ký hiệu; ký hiệu được đoán")
    if "place" not in header:
        match = re.search(
            r"(?:thành phố|thị xã|huyện|quận|tỉnh|xã|phường|thị trấn)\s+(.+)$", official
        )
        index = builder.names.index
        area = index.registry.area if index is not None else "<địa danh>"
        header["place"] = match.group(1) if match else area
        builder.guess(("header", "place"), "văn bản không có dòng địa danh, ngày tháng")
    if "date" not in header:
        day = builder.cited_date or builder.earliest_due or datetime.date.today()
        header["date"] = f"{day.year:04d}-{day.month:02d}"
        builder.guess(
            ("header", "date"),
            "văn bản không ghi ngày ban hành; để trống ngày như dự thảo, tháng theo ngày muộn "
            "nhất của các văn bản được dẫn",
        )
    builder.data["header"] = {key: header[key] for key in _HEADER_ORDER if key in header}


_HEADER_ORDER = (
    "type",
    "issuer",
    "supervising_body",
    "issuing_body",
    "number",
    "symbol",
    "place",
    "date",
)


# Legal bases -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Cited:
    """A document cited in a sentence, with the span of its words."""

    start: int
    end: int
    data: dict[str, Any]


_ISSUER_END = re.compile(r"\s+(?:về việc|về|v/v|V/v|hướng dẫn|quy định)\s+")


def citations(text: str) -> list[Cited]:
    """The documents cited in ``text`` ("Kế hoạch số 36/KH-UBND ngày 06/01/2023 của … về …"),
    each as the data of a legal basis; citations without a date or issuer are left out."""
    found: list[Cited] = []
    mentions = find_citations(text)
    for position, citation in enumerate(mentions):
        limit = mentions[position + 1].start if position + 1 < len(mentions) else len(text)
        dates = [m for m in find_dates(text[citation.end : limit]) if m.date]
        if not dates or dates[0].start > 12:
            continue
        date = dates[0]
        tail_start = citation.end + date.end
        tail = text[tail_start:limit]
        issuer_match = re.match(r"\s*(?:của|do)\s+", tail)
        if issuer_match is None:
            continue
        body = tail[issuer_match.end() :]
        about = _ISSUER_END.search(body)
        if about is None:
            continue
        issuer = clean(body[: about.start()])
        summary_text = body[about.end() :]
        stop = re.search(r";|\.(?:\s|$)(?![^(]*\))", summary_text)
        summary_end = stop.start() if stop else len(summary_text.rstrip())
        summary = clean(summary_text[:summary_end]).rstrip(" ,")
        if not issuer or not summary:
            continue
        number = citation.number
        if parse_number(number) is None:
            continue
        end = tail_start + issuer_match.end() + about.end() + summary_end
        found.append(
            Cited(
                citation.start,
                end,
                {
                    "type": citation.type,
                    "number": number,
                    "date": date.date,
                    "issuer": issuer,
                    "summary": summary,
                },
            )
        )
    return found
