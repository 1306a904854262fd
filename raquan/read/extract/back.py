"""The closing block: "Nơi nhận" with its lines and the "Lưu" line, and the signature.

The block is a two-column table (recipients left, signature right), or paragraphs whose two
columns are separated by tabs, or paragraphs one under the other (the recipients, then the
signature). A recipient line is "- VP. UBND tỉnh;" (the dash and the final ";" or "." are
layout); a note in brackets after a name ("UBND huyện (b/c)") stays in the printed line while
the name is matched against the registry. The signature is its authority lines ("TM. ỦY BAN
NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's title, and the signer's name; "(Đã ký)" and "(Ký, ghi
rõ họ tên, đóng dấu)" are left out.
"""

from __future__ import annotations

import re
from typing import Any

from raquan.read.extract.build import Builder
from raquan.read.extract.front import Line, lines_of
from raquan.read.extract.text import clean, is_upper
from raquan.read.paragraphs import Block, Table

_RECIPIENTS = re.compile(r"^\W*nơi\s+nhận\s*:?\s*", re.IGNORECASE)
_ARCHIVE = re.compile(r"^\W*lưu\s*:?\s*(?P<what>.*?)\s*[.;]?\s*$", re.IGNORECASE)
_SIGNATURE_LINE = re.compile(r"^(?:TM|KT|TL|TUQ|Q)\.\s*", re.IGNORECASE)
_SIGNED = re.compile(r"^\(?\s*(?:đã ký|ký|ký tên|chữ ký|ký,)", re.IGNORECASE)
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]+$")


def _is_signer(text: str) -> bool:
    words = clean(text).strip("*").split()
    return 2 <= len(words) <= 5 and all(_NAME_WORD.match(word) for word in words)


def _closing_lines(blocks: list[Block]) -> tuple[list[Line], list[Line]]:
    """The left (recipients) and right (signature) lines of the closing block."""
    left: list[Line] = []
    right: list[Line] = []
    for block in blocks:
        if isinstance(block, Table):
            for row in block.grid():
                seen: list[Any] = []
                for cell in row:
                    if any(cell is other for other in seen):
                        continue
                    seen.append(cell)
                    column = len(seen) - 1
                    for paragraph in cell.paragraphs:
                        for line in lines_of(paragraph, column):
                            (left if column == 0 else right).append(line)
            continue
        for line in lines_of(block):
            if line.column > 0:
                right.append(line)
            else:
                left.append(line)
    # Paragraphs one under the other: what follows the recipients is the signature.
    moved: list[Line] = []
    kept: list[Line] = []
    in_signature = False
    for line in left:
        text = line.text
        if _SIGNATURE_LINE.match(text) or (in_signature and (is_upper(text) or _is_signer(text))):
            in_signature = True
            moved.append(line)
            continue
        if _is_signer(text) and kept and _ARCHIVE.match(kept[-1].text):
            moved.append(line)
            in_signature = True
            continue
        kept.append(line)
    return kept, right + moved


def _recipient_lines(builder: Builder, left: list[Line]) -> None:
    """The recipients and the "Lưu" line from the left column."""
    recipients: list[dict[str, Any]] = []
    for line in left:
        text = line.text
        header = _RECIPIENTS.match(text)
        if header is not None:
            text = text[header.end() :]
        for part in re.split(r"(?:^|(?<=[;.]))\s*[-–+•]\s+", text):
            item = re.sub(r"^[-–+•]\s*", "", clean(part))
            archive = _ARCHIVE.match(item)
            if archive is not None:
                words = [clean(w) for w in re.split(r"[,;]", archive.group("what")) if clean(w)]
                if words:
                    builder.data["archive"] = words
                    builder.at(("archive",), line.paragraph, line.start)
                continue
            printed = item.rstrip(";.,").strip()
            if printed:
                path = ("recipients", len(recipients))
                recipients.append(_recipient(builder, printed, path, line.paragraph.number))
                builder.at(path, line.paragraph, line.start)
    if recipients:
        builder.data["recipients"] = recipients
        builder.counts.recipients = len(recipients)


def _signature(builder: Builder, right: list[Line]) -> None:
    """The signature: authority and title lines, then the signer's name."""
    lines: list[str] = []
    signer: str | None = None
    first = None
    for line in right:
        for piece in re.split(r"\s+/\s+", line.text):
            text = clean(piece).strip("*")
            if not text or _SIGNED.match(text):
                continue
            first = first or line
            if _is_signer(text) and lines:
                signer = text
            elif signer is None:
                lines.append(text)
    if not lines or first is None:
        return
    builder.at(("signature",), first.paragraph, first.start)
    builder.at(("signature", "lines"), first.paragraph, first.start)
    if signer is None:
        signer = "<họ tên người ký>"
        builder.guess(("signature", "signer"), "không tìm thấy họ tên người ký")
    builder.data["signature"] = {"lines": lines, "signer": signer}


def read_closing(builder: Builder, blocks: list[Block]) -> None:
    """Recipients, the "Lưu" line and the signature."""
    left, right = _closing_lines(blocks)
    _recipient_lines(builder, left)
    _signature(builder, right)


_ORG_START = re.compile(r"\b(?:UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Sở|Phòng|Ban)\b")


def _covers(builder: Builder, printed: str, paragraph: int) -> list[str]:
    """The units a line of several names covers ("Đ/c Chủ tịch, các PCT UBND TP": the title
    words share the body named at the end), or [] when not every name is known."""
    parts = [clean(part) for part in re.split(r",|\s+và\s+", printed) if clean(part)]
    if len(parts) < 2:
        return []
    tail = _ORG_START.search(parts[-1])
    shared = parts[-1][tail.start() :] if tail else ""
    refs: list[str] = []
    for part in parts:
        candidates = [part, re.sub(r"^(?:các|những)\s+", "", part, flags=re.IGNORECASE)]
        if shared and shared not in part:
            candidates += [f"{c} {shared}" for c in list(candidates)]
        target = None
        for candidate in candidates:
            target = builder.names.lookup(candidate)[0]
            if target is not None:
                break
        if target is None:
            return []
        ref = builder.names.ref_of(target)
        if ref not in refs:
            refs.append(ref)
    return refs


def _recipient(
    builder: Builder, printed: str, path: tuple[Any, ...], paragraph: int
) -> dict[str, Any]:
    names = builder.names
    found = names.match(printed, paragraph)
    if found.target is None:
        names.seen.remove(found)
        covers = _covers(builder, printed, paragraph)
        if covers:
            builder.guess((*path, "covers"), "các đơn vị mà dòng này gửi tới được đoán từ tên")
            return {"text": printed, "covers": covers}
        return {"text": printed}
    if found.guess is not None:
        builder.guess((*path, "unit"), found.guess)
    unit = names.ref_of(found.target)
    if names.index is not None and names.index.shown(unit) == printed:
        return {"unit": unit}
    return {"text": printed, "unit": unit}
