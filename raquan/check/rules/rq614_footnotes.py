"""RQ614 — Chú thích gõ tay hoặc chú thích cuối văn bản, thay vì chú thích cuối trang của Word.

Chú thích đặt ở cuối trang có số chú thích (Nghị định 30/2020/NĐ-CP, Phụ lục I). Trong Word đó
là chú thích cuối trang thật (Tham chiếu (References) > Chèn Chú thích cuối trang (Insert
Footnote)): số chú thích tự đánh, nội dung đi theo trang. Kiểm tra: số chú thích gõ tay (chữ số
nâng lên, hay ký tự ¹ ² ³), đoạn chú thích gõ tay dưới một đường kẻ ("1 Tại Báo cáo ..."), và
chú thích cuối văn bản (endnote).

Ví dụ sai::

    ... của Phòng Kinh tế thành phố¹ ...      (số ¹ gõ tay)
    ─────
    1 Tại Báo cáo 918/BC-PKT ngày 28/12/2022.   (đoạn gõ tay cuối trang)

Ví dụ đúng::

    ... của Phòng Kinh tế thành phố[chú thích cuối trang của Word] ...
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.diagnostics import Severity
from raquan.read.docxlayout.model import Paragraph

CODE = "RQ614"
NAME = "footnotes"
SEVERITY = Severity.ERROR
SUMMARY = "Chú thích gõ tay hoặc chú thích cuối văn bản, không phải chú thích cuối trang"
APPLIES_TO = ("docx",)

INSERT = (
    "Xoá số và đoạn chú thích gõ tay; đặt con trỏ sau chữ cần chú thích, Tham chiếu "
    "(References) > Chèn Chú thích cuối trang (Insert Footnote), rồi gõ nội dung chú thích."
)
_MARK = re.compile(r"^\s*(\d{1,2}|\*{1,3})\s*$")
_SUPERSCRIPT_DIGITS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_NOTE_LINE = re.compile(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}|\*{1,3})(?![.)/\d])\s*\S")


def _separator(paragraph: Paragraph) -> bool:
    """A blank paragraph that draws a line (the hand-made separator above hand-made notes)."""
    return paragraph.blank and (
        bool(paragraph.shapes)
        or paragraph.border("top") is not None
        or paragraph.border("bottom") is not None
    )


_UNIT = re.compile(r"(?:\b|\d)(?:[kcdmµ]?m|ha)$")


def _unit(before: str, mark: str) -> bool:
    """True for the power of a unit (``m²``, ``km³``), which is no footnote mark."""
    return mark.strip() in ("2", "3", "²", "³") and bool(_UNIT.search(before.rstrip()[-4:]))


def check(ctx: LayoutContext) -> Iterator[Finding]:
    document = ctx.layout
    reported: set[int] = set()
    after_separator = False
    for paragraph in document.paragraphs:
        if paragraph.section != 0:
            break
        if "endnote" in paragraph.notes:
            reported.add(paragraph.number)
            yield at(
                paragraph.number,
                "Chú thích đặt ở cuối văn bản (endnote); phải là chú thích cuối trang (footnote).",
                "Tham chiếu (References) > mở hộp thoại Chú thích (Footnote & Endnote) > Chuyển "
                "đổi (Convert) > Chuyển tất cả chú thích cuối văn bản thành chú thích cuối trang.",
            )
            continue
        if _separator(paragraph):
            after_separator = True
            continue
        if paragraph.blank:
            continue
        if (
            after_separator
            and _NOTE_LINE.match(paragraph.text)
            and paragraph.number not in reported
        ):
            reported.add(paragraph.number)
            yield at(
                paragraph.number,
                "Đoạn chú thích gõ tay dưới một đường kẻ; chú thích phải là chú thích cuối trang "
                "của Word.",
                INSERT,
                needle=paragraph.text.strip()[:30],
            )
            continue
        after_separator = False
        before = ""
        for run in paragraph.runs:
            mark = None
            if run.superscript and _MARK.match(run.text) and not _unit(before, run.text):
                mark = run.text.strip()
            else:
                for found in _SUPERSCRIPT_DIGITS.finditer(run.text):
                    if not _unit(before + run.text[: found.start()], found.group()):
                        mark = found.group()
                        break
            before += run.text
            if mark and paragraph.number not in reported:
                reported.add(paragraph.number)
                yield at(
                    paragraph.number,
                    f"Số chú thích “{mark}” gõ tay (chữ nâng lên); phải là chú thích cuối trang "
                    "của Word.",
                    INSERT,
                )
                break
