"""RQ615 — "Nơi nhận" trình bày sai.

Nơi nhận (Nghị định 30/2020/NĐ-CP, Phụ lục I) đặt ở góc trái dưới nội dung: chữ "Nơi nhận:"
in thường, cỡ 12, nghiêng, đậm; mỗi nơi nhận một dòng, cỡ 11, đứng, bắt đầu bằng gạch đầu dòng
("- "), kết thúc bằng dấu chấm phẩy (;); dòng cuối cùng là "- Lưu: VT, ..." (văn thư và đơn vị
soạn thảo), kết thúc bằng dấu chấm (.).

Ví dụ sai::

    Nơi nhận                 (không nghiêng, thiếu dấu hai chấm)
    - UBND tỉnh,
    - Lưu VT

Ví dụ đúng::

    Nơi nhận:
    - UBND tỉnh;
    - Lưu: VT, KTN.
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.anatomy import Piece
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import check_look, look_problems, style_hint
from raquan.diagnostics import Severity
from raquan.domain.folding import fold
from raquan.domain.layout import RECIPIENT_STYLE, RECIPIENTS_LABEL, RECIPIENTS_LABEL_STYLE

CODE = "RQ615"
NAME = "recipients"
SEVERITY = Severity.ERROR
SUMMARY = "“Nơi nhận:” sai kiểu chữ, hoặc các dòng nơi nhận sai cỡ chữ, dấu câu, thiếu dòng Lưu"
APPLIES_TO = ("docx",)


def _dash(piece: Piece) -> bool:
    marker = piece.paragraph.marker
    if marker and piece.start <= len(marker):
        return marker in ("-", "+", "–")
    return piece.text[:1] in "-+–"


def _archive(piece: Piece) -> bool:
    return fold(piece.text).lower().lstrip("-+– ").startswith("luu")


def check(ctx: LayoutContext) -> Iterator[Finding]:
    anatomy = ctx.anatomy
    label = anatomy.recipients_label
    if label is None:
        if anatomy.signature or (anatomy.national and anatomy.body):
            where = anatomy.closing_start or (anatomy.body[-1].number if anatomy.body else 1)
            yield at(
                where,
                "Không thấy “Nơi nhận:” ở góc trái dưới nội dung văn bản.",
                "Gõ “Nơi nhận:” (cỡ 12, nghiêng, đậm) ở cột trái phần ký, rồi mỗi nơi nhận một "
                "dòng “- ...;” cỡ 11, dòng cuối “- Lưu: VT, ...”.",
            )
        return
    if label.text.strip() != RECIPIENTS_LABEL:
        yield at(
            label.number,
            f"Dòng “{label.text}” phải viết đúng “{RECIPIENTS_LABEL}”.",
            f"Gõ đúng “{RECIPIENTS_LABEL}” (có dấu hai chấm).",
            needle=label.text,
        )
    found = check_look(label, RECIPIENTS_LABEL_STYLE)
    if found is not None:
        yield found
    entries = [p for p in anatomy.recipients if p.text.strip()]
    if not entries:
        yield at(label.number, "“Nơi nhận:” không có dòng nơi nhận nào.", None)
        return
    wrong_look = [p for p in entries if look_problems(p, RECIPIENT_STYLE)]
    if wrong_look:
        first = wrong_look[0]
        more = f" (và {len(wrong_look) - 1} dòng khác)" if len(wrong_look) > 1 else ""
        yield at(
            first.number,
            f"Dòng nơi nhận “{first.text}”{more}: "
            f"{'; '.join(look_problems(first, RECIPIENT_STYLE))}.",
            style_hint(RECIPIENT_STYLE),
            needle=first.text,
        )
    no_dash = [p for p in entries if not _dash(p)]
    if no_dash:
        more = f" (và {len(no_dash) - 1} dòng khác)" if len(no_dash) > 1 else ""
        yield at(
            no_dash[0].number,
            f"Dòng nơi nhận “{no_dash[0].text}”{more} không bắt đầu bằng gạch đầu dòng “- ”.",
            "Mỗi nơi nhận một dòng, bắt đầu bằng “- ” (gõ dấu gạch nối, không dùng dấu chấm "
            "tròn của danh sách tự động).",
            needle=no_dash[0].text,
        )
    for piece in entries[:-1]:
        if not piece.text.rstrip().endswith(";"):
            yield at(
                piece.number,
                f"Dòng nơi nhận “{piece.text}” phải kết thúc bằng dấu chấm phẩy (;).",
                "Mỗi dòng nơi nhận kết thúc bằng “;”, riêng dòng cuối (Lưu) bằng “.”.",
                needle=piece.text,
            )
    last = entries[-1]
    if not _archive(last):
        yield at(
            last.number,
            "Dòng cuối của Nơi nhận phải là “- Lưu: VT, ...” (lưu văn thư và đơn vị soạn thảo).",
            "Thêm dòng cuối “- Lưu: VT, <chữ viết tắt đơn vị soạn thảo>.”",
            needle=last.text,
        )
    elif not last.text.rstrip().endswith("."):
        yield at(
            last.number,
            f"Dòng “{last.text}” (dòng cuối của Nơi nhận) phải kết thúc bằng dấu chấm (.).",
            "Dòng cuối “- Lưu: VT, ...” kết thúc bằng dấu chấm.",
            needle=last.text,
        )
