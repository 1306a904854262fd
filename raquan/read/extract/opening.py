"""The opening of a plan: its legal bases and the sentence that introduces it.

Lines that are each one "Căn cứ …;" become the legal bases (raquan's template prints them again,
one a line). Otherwise the documents cited in the first sentence that cites any ("Thực hiện Kế
hoạch số 36/KH-UBND ngày 06/01/2023 của …; Công văn số …") become the legal bases, and
``{legal_bases}`` takes their place in the text when raquan prints them with the same words
(commas and leading zeros of dates aside; a change of wording is marked for review). Lines that
cannot be split into documents (a law cited without its number) stay as written.
"""

from __future__ import annotations

import re
from typing import Any

from raquan.domain.phrasing import citation
from raquan.models.plan import CitedDocument
from raquan.read.extract.build import Builder
from raquan.read.extract.deadlines import same_words
from raquan.read.extract.front import citations
from raquan.read.extract.outline import Item
from raquan.read.extract.text import clean, folded

Replacement = tuple[int, int, str]


def citation_key(text: str) -> str:
    """A citation's words for comparing how two texts cite: no commas, dates zero-padded."""
    padded = re.sub(r"(?<!\d)(\d)(?=/)", r"0\1", text.replace(",", " "))
    return folded(padded)


def _single_basis(text: str) -> list[dict[str, Any]] | None:
    """The document of a "Căn cứ …;" line that cites exactly one ([] when it cites none
    that can be read); None when the line says more than a citation."""
    found = citations(text)
    body = clean(re.sub(r"^\W*căn cứ\s+", "", text, flags=re.IGNORECASE)).rstrip(";. ")
    if len(found) == 1 and clean(text[found[0].start : found[0].end]) == body:
        return [found[0].data]
    return [] if not found else None


def _inline(builder: Builder, item: Item, bases: list[dict[str, Any]]) -> list[Replacement]:
    """The citations of a sentence as legal bases, replaced by ``{legal_bases}``."""
    text = item.text
    found = citations(text)
    if not found or bases:
        return []
    start, end = found[0].start, found[-1].end
    printed = "; ".join(citation(CitedDocument(id="x", **cited.data)) for cited in found)
    if citation_key(printed) != citation_key(text[start:end]):
        return []
    for cited in found:
        bases.append(cited.data)
        builder.cited(cited.data["date"])
    if not same_words(printed, text[start:end]):
        builder.guess(
            ("preamble",), "các văn bản căn cứ được in lại theo cách raquan viết: " + printed
        )
    return [(start, end, "{legal_bases}")]


def read_opening(builder: Builder, items: list[Item]) -> None:
    """The legal bases and the opening text, from the items before the first part."""
    lines: list[str] = []
    paragraphs: list[int] = []
    bases: list[dict[str, Any]] = []
    cancu: list[tuple[Item, list[dict[str, Any]]]] = []
    for item in items:
        if folded(item.text).startswith("can cu"):
            single = _single_basis(item.text)
            if single is not None:
                cancu.append((item, single))
                continue
        lines.append(item.styled.rich(_inline(builder, item, bases)))
        paragraphs.extend([item.paragraph.number, *item.more])
    if cancu and all(parsed for _, parsed in cancu) and not bases:
        bases = [data for _, parsed in cancu for data in parsed]
        for data in bases:
            builder.cited(data["date"])
        builder.guess(("legal_bases",), "các dòng Căn cứ được in lại theo cách raquan viết")
    elif cancu:
        lines = [item.styled.rich() for item, _ in cancu] + lines
        paragraphs = [item.paragraph.number for item, _ in cancu] + paragraphs
        builder.note(
            cancu[0][0].paragraph.number,
            "có dòng Căn cứ không tách được thành văn bản (số, ngày, cơ quan ban hành); các dòng "
            "Căn cứ được giữ nguyên trong đoạn mở đầu.",
        )
    if bases:
        for position, data in enumerate(bases):
            number = re.sub(r"[^0-9A-Za-z]+", "-", data["number"]).strip("-").lower()
            bases[position] = {"id": builder.new_id(f"{data['type']} {number}", words=8), **data}
        builder.data["legal_bases"] = bases
        builder.counts.legal_bases = len(bases)
    if lines:
        builder.data["preamble"] = "\n".join(lines)
        builder.at(("preamble",), paragraphs[0], more=tuple(paragraphs[1:]))
    issuer = re.search(
        r"((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+[^,;.]*?)\s+(?:ban hành|xây dựng)",
        " ".join(item.text for item in items),
    )
    builder.preamble_issuer = issuer.group(1) if issuer else None
