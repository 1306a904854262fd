"""RQ604 — Phông chữ không phải Times New Roman.

Văn bản dùng phông chữ tiếng Việt Unicode (TCVN 6909:2001), trong thực tế là Times New Roman, ở
mọi chữ: nội dung, bảng, khung văn bản, đầu trang, chân trang. Word chọn phông cho mỗi chữ trong
bốn "vị trí" (chữ La-tinh ``ascii`` và ``hAnsi``, chữ Đông Á ``eastAsia``, chữ phức hợp ``cs``),
lấy từ chữ, kiểu ký tự, kiểu đoạn, kiểu bảng rồi định dạng mặc định của văn bản; một vị trí
trỏ tới "phông chủ đề" (theme font) sẽ đổi phông khi văn bản được mở trên máy khác hay đổi chủ
đề. Phông TCVN3 (``.VnTime``) hay VNI (``VNI-Times``) không phải Unicode. Phông được khai báo
thêm trong cấu hình (cùng họ Times, Unicode) cũng được chấp nhận.

Mỗi nguyên nhân được báo một lần: một kiểu đoạn dùng phông khác được báo ở đoạn đầu tiên dùng
kiểu đó, kèm số đoạn.

Ví dụ sai::

    Kiểu Normal: Phông chữ +Nội dung (Calibri) — phông chủ đề

Ví dụ đúng::

    Kiểu Normal: Phông chữ Times New Roman (La-tinh và châu Á)
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding
from raquan.check.layout.context import LayoutContext, at
from raquan.check.layout.say import HOME_FONT, Group, count_words, fix_in, where
from raquan.diagnostics import Severity
from raquan.domain.layout import FONT, FONT_SLOTS, LEGACY_FONT_PREFIXES
from raquan.read.docxlayout.model import Paragraph
from raquan.read.docxlayout.styles import Origin

CODE = "RQ604"
NAME = "font-family"
SEVERITY = Severity.ERROR
SUMMARY = "Phông chữ không phải Times New Roman (Unicode), hoặc là phông chủ đề"
APPLIES_TO = ("docx",)


def _paragraphs(ctx: LayoutContext) -> Iterator[Paragraph]:
    yield from ctx.layout.paragraphs
    yield from ctx.layout.boxes
    seen: set[str] = set()
    for section in ctx.layout.sections:
        for story in (*section.headers.values(), *section.footers.values()):
            if story is not None and story.part not in seen:
                seen.add(story.part)
                yield from story.paragraphs


SLOT_WORDS = {
    "ascii": "chữ La-tinh",
    "hAnsi": "chữ La-tinh",
    "eastAsia": "chữ châu Á",
    "cs": "chữ phức hợp",
}


def _problem(name: str | None, theme: str | None, accepted: set[str]) -> str | None:
    if name is None and theme is None:
        return "chưa đặt phông"
    if theme is not None:
        return f"phông chủ đề {name}" if name else "phông chủ đề"
    assert name is not None
    if name.casefold() in accepted:
        return None
    if name.casefold().startswith(LEGACY_FONT_PREFIXES):
        return f"phông {name} (bảng mã TCVN3/VNI, không phải Unicode)"
    return f"phông {name}"


def check(ctx: LayoutContext) -> Iterator[Finding]:
    accepted = {font.casefold() for font in ctx.fonts}
    groups: dict[tuple[str, str, int], tuple[Origin, dict[str, list[str]], Group]] = {}
    for paragraph in _paragraphs(ctx):
        for run in paragraph.runs:
            if not run.visible:
                continue
            for slot in FONT_SLOTS:
                font = run.font(slot)
                problem = _problem(
                    font.name if font is not None else None,
                    font.theme if font is not None else None,
                    accepted,
                )
                if problem is None:
                    continue
                origin = run.origin(slot)
                key = (origin.kind, "" if origin.direct else origin.name, 0)
                entry = groups.setdefault(key, (origin, {}, Group(paragraph.number or 1, None)))
                slots = entry[1].setdefault(problem, [])
                if SLOT_WORDS[slot] not in slots:
                    slots.append(SLOT_WORDS[slot])
                if paragraph.number and paragraph.number not in entry[2].numbers:
                    entry[2].numbers.append(paragraph.number)
    for origin, problems, group in groups.values():
        yield at(
            group.first,
            f"Chữ không dùng {FONT}: "
            + "; ".join(f"{', '.join(slots)}: {problem}" for problem, slots in problems.items())
            + f" ({where(origin)}{count_words(group)}).",
            fix_in(
                origin,
                f"{HOME_FONT}, mở hộp thoại Phông (Ctrl+D)",
                f"{FONT} cho cả Phông La-tinh và Phông châu Á",
            ),
        )
