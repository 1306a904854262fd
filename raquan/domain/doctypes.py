"""Types of administrative documents and their abbreviations (Nghị định 30/2020/NĐ-CP, Phụ lục III).

Also the two ways a document's number and symbol are written: the State's
(``36/KH-UBND``: number, slash, type abbreviation, hyphen, issuer) and the Party's
(``1766-CV/TU``: number, hyphen, type, slash, issuer). Both appear in one plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

from raquan.models.vocabulary import DocumentType

AUTHORITIES: dict[str, str] = {
    "TM": "thay mặt",
    "KT": "ký thay",
    "TL": "thừa lệnh",
    "TUQ": "thừa ủy quyền",
    "Q": "quyền",
}
"""The abbreviations of signing authority that may start the signature block."""

ABBREVIATIONS: dict[str, str] = {
    "Nghị định": "NĐ",
    "Thông tư": "TT",
    "Thông tư liên tịch": "TTLT",
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Quy chế": "QC",
    "Quy định": "QyĐ",
    "Thông cáo": "TC",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Chương trình": "CTr",
    "Kế hoạch": "KH",
    "Phương án": "PA",
    "Đề án": "ĐA",
    "Dự án": "DA",
    "Báo cáo": "BC",
    "Biên bản": "BB",
    "Tờ trình": "TTr",
    "Hợp đồng": "HĐ",
    "Công văn": "CV",
    "Công điện": "CĐ",
    "Bản ghi nhớ": "BGN",
    "Bản thỏa thuận": "BTT",
    "Giấy ủy quyền": "GUQ",
    "Giấy mời": "GM",
    "Giấy giới thiệu": "GGT",
    "Giấy nghỉ phép": "GNP",
    "Phiếu gửi": "PG",
    "Phiếu chuyển": "PC",
    "Phiếu báo": "PB",
}
"""Type -> abbreviation. A State công văn has none (``12/UBND-VX``); a Party one has ``CV``.
A law or an ordinance has none either (``45/2019/QH14``)."""

TYPES_BY_ABBREVIATION = {abbr: kind for kind, abbr in ABBREVIATIONS.items()}

_PART = r"[A-ZĐ][A-Za-zĐđ0-9&.]*"
_STATE = re.compile(
    rf"(?P<number>\d+)(?:/(?P<year>\d{{4}}))?/(?P<symbol>(?P<first>{_PART})(?:-{_PART})*)"
)
_PARTY = re.compile(rf"(?P<number>\d+)-(?P<type>{_PART})/(?P<issuer>{_PART}(?:/{_PART})*)")


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    """A parsed number and symbol."""

    style: Literal["state", "party"]
    number: int
    type_abbreviation: str | None
    symbol: str


def parse_number(text: str) -> DocumentNumber | None:
    """Parse ``36/KH-UBND`` (State) or ``1766-CV/TU`` (Party); None when it is neither.

    For a State number the type abbreviation is the first part of the symbol when it is a known
    type (``KH`` in ``KH-UBND``); a State công văn (``12/UBND-VX``) has none.
    """
    text = text.strip()
    state = _STATE.fullmatch(text)
    if state and (state.group("year") or "-" in state.group("symbol")):
        first = state.group("first")
        return DocumentNumber(
            "state",
            int(state.group("number")),
            first if first in TYPES_BY_ABBREVIATION else None,
            state.group("symbol"),
        )
    party = _PARTY.fullmatch(text)
    if party:
        return DocumentNumber(
            "party",
            int(party.group("number")),
            party.group("type"),
            f"{party.group('type')}/{party.group('issuer')}",
        )
    return None


def expected_abbreviation(document_type: str, style: Literal["state", "party"]) -> str | None:
    """The type abbreviation a number of this style must carry (None: it must carry none).

    A State công văn carries no type (``12/UBND-VX``); a Party one carries ``CV``.
    """
    if document_type == "Công văn":
        return "CV" if style == "party" else None
    return ABBREVIATIONS.get(document_type)


def type_problem(document_type: str, parsed: DocumentNumber) -> str | None:
    """Why a number does not fit its document type (Vietnamese), or None when it does."""
    expected = expected_abbreviation(document_type, parsed.style)
    found = parsed.type_abbreviation
    if document_type in ("Luật", "Pháp lệnh"):
        return None
    if expected is None and found is not None:
        return (
            f"{document_type} của Nhà nước không có chữ viết tắt loại văn bản trong ký hiệu, "
            f"nhưng ký hiệu có '{found}' ({TYPES_BY_ABBREVIATION.get(found, found)})."
        )
    if expected is not None and found != expected:
        shown = f"'{found}'" if found else "không có chữ viết tắt loại văn bản"
        return f"{document_type} phải có ký hiệu '{expected}', nhưng ở đây {shown}."
    return None


SYMBOL = re.compile(rf"{_PART}(?:-{_PART})+")
"""The symbol of a State document without its number: ``KH-UBND``."""

_TYPE_WORDS = sorted(get_args(DocumentType), key=len, reverse=True)
_CITATION = re.compile(
    r"(?P<type>" + "|".join(re.escape(w) for w in _TYPE_WORDS) + r")"
    r"(?:\s+số)?\s+(?P<number>\d+[/-](?=[^\s,;:()]*[A-Za-zĐđ])[^\s,;:()]+)"
)


@dataclass(frozen=True, slots=True)
class Citation:
    """A document cited in running text: "Kế hoạch số 36/KH-UBND"."""

    type: str
    number: str
    start: int
    end: int
    text: str


def find_citations(text: str) -> list[Citation]:
    """Every "<type> [số] <number>" in a text, in order."""
    found = []
    for match in _CITATION.finditer(text):
        number = match.group("number").rstrip(".")
        found.append(
            Citation(
                match.group("type"),
                number,
                match.start(),
                match.start("number") + len(number),
                text[match.start() : match.start("number") + len(number)],
            )
        )
    return found
