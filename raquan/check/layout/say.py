"""How layout findings are worded: numbers with a decimal comma, where a value was set, what to
do in Word (menu names in Vietnamese, with the English ones in brackets), and one finding per
cause: a value set by a style is reported once, at the first paragraph using it, with the
paragraphs it touches; so is the same wrong value set directly on many paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from raquan.check.context import Finding
from raquan.check.layout.anatomy import Anatomy, Piece, text_centre_cm
from raquan.check.layout.context import at
from raquan.domain.layout import (
    RULE_CENTRE_TOLERANCE_CM,
    RULE_TOLERANCE,
    SIZE_TOLERANCE_PT,
    RuleLength,
    TextStyle,
)
from raquan.read.docxlayout.styles import Origin

HOME_FONT = "Trang đầu (Home) > Phông chữ (Font)"
HOME_PARAGRAPH = "Trang đầu (Home) > Đoạn văn (Paragraph)"
MODIFY_STYLE = (
    "Trang đầu (Home) > Kiểu (Styles), nhấp chuột phải vào kiểu '{name}' > Sửa đổi (Modify)"
)
SET_DEFAULT = "rồi bấm Đặt làm Mặc định (Set As Default) > Tất cả tài liệu dựa trên mẫu này"


def number(value: float, digits: int = 2) -> str:
    """``1.27`` -> ``1,27``; ``20.0`` -> ``20``."""
    return f"{value:.{digits}f}".rstrip("0").rstrip(".").replace(".", ",")


def where(origin: Origin) -> str:
    """Where a value was set, in words."""
    if origin.kind == "paragraph":
        return "định dạng trực tiếp của đoạn"
    if origin.kind == "run":
        return "định dạng trực tiếp của chữ"
    if origin.kind == "paragraph-style":
        return f"kiểu đoạn '{origin.name}'"
    if origin.kind == "character-style":
        return f"kiểu ký tự '{origin.name}'"
    if origin.kind == "table-style":
        return f"kiểu bảng '{origin.name}'"
    if origin.kind == "numbering":
        return "định dạng danh sách (numbering)"
    if origin.kind == "defaults":
        return "định dạng mặc định của văn bản"
    return "chưa đặt, nên Word dùng giá trị mặc định của máy"


def fix_in(origin: Origin, direct: str, setting: str) -> str:
    """What to do in Word for a value set at ``origin``: ``direct`` is the menu path for the
    selected text, ``setting`` the value to choose."""
    if origin.kind.endswith("-style"):
        return f"{MODIFY_STYLE.format(name=origin.name)}: {setting}."
    if origin.kind in ("defaults", "application"):
        return f"{direct}: {setting}, {SET_DEFAULT}."
    return f"Chọn đoạn, {direct}: {setting}."


@dataclass(slots=True)
class Group:
    """Paragraphs sharing one cause of one problem."""

    first: int
    needle: str | None
    numbers: list[int] = field(default_factory=list)


def grouped(
    items: Iterable[tuple[int, Origin, str, str | None]],
) -> Iterator[tuple[Origin, str, Group]]:
    """``(paragraph, origin, problem, needle)`` items as one group per problem and cause: a
    style (or the defaults) that sets the wrong value, or the paragraphs' own formatting."""
    groups: dict[tuple[str, str, str, int], Group] = {}
    keys: list[tuple[str, str, str, int]] = []
    origins: dict[tuple[str, str, str, int], Origin] = {}
    for paragraph, origin, problem, needle in items:
        key = (origin.kind, "" if origin.direct else origin.name, problem, 0)
        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(paragraph, needle)
            keys.append(key)
            origins[key] = origin
        if paragraph not in group.numbers:
            group.numbers.append(paragraph)
    for key in keys:
        yield origins[key], key[2], groups[key]


def ranges(numbers: Iterable[int], most: int = 6) -> str:
    """``[3, 4, 5, 9, 12, 13]`` -> ``"3-5, 9, 12-13"`` (the first ``most`` stretches, then …)."""
    stretches: list[list[int]] = []
    for number in sorted(set(numbers)):
        if stretches and number == stretches[-1][1] + 1:
            stretches[-1][1] = number
        else:
            stretches.append([number, number])
    shown = [f"{a}" if a == b else f"{a}-{b}" for a, b in stretches[:most]]
    return ", ".join(shown) + (", …" if len(stretches) > most else "")


def count_words(group: Group) -> str:
    """ ", ở 12 đoạn: 3-9, 15-19" for a group of several paragraphs, else ""."""
    if len(group.numbers) <= 1:
        return ""
    return f", ở {len(group.numbers)} đoạn: {ranges(group.numbers)}"


def sizes_words(sizes: Iterable[float]) -> str:
    return ", ".join(f"{number(size, 1)}" for size in sizes) + " pt"


def look_problems(piece: Piece, style: TextStyle) -> list[str]:
    """What is wrong with how ``piece`` looks, for an element that should look like ``style``."""
    look = piece.look
    problems: list[str] = []
    if look.sizes and not all(style.sizes.holds(s, SIZE_TOLERANCE_PT) for s in look.sizes):
        problems.append(f"cỡ chữ {sizes_words(look.sizes)} (phải {style.sizes.words('pt')})")
    if style.bold is True and not look.bold:
        problems.append("không in đậm (phải in đậm)")
    elif style.bold is False and look.any_bold:
        problems.append("in đậm (phải in thường, không đậm)")
    if style.italic is True and not look.italic:
        problems.append("không in nghiêng (phải in nghiêng)")
    elif style.italic is False and look.any_italic:
        problems.append("in nghiêng (phải chữ đứng)")
    if style.upper is True and not piece.upper:
        problems.append("không viết in hoa (phải in hoa)")
    return problems


def style_hint(style: TextStyle) -> str:
    """What to set in Word for an element in ``style``."""
    parts = [f"cỡ {style.sizes.words('pt')}"]
    if style.bold is not None:
        parts.append("in đậm (Ctrl+B)" if style.bold else "bỏ in đậm")
    if style.italic is not None:
        parts.append("in nghiêng (Ctrl+I)" if style.italic else "chữ đứng")
    if style.upper:
        parts.append("in hoa")
    return f"Chọn dòng đó, {HOME_FONT}: " + ", ".join(parts) + "."


def check_look(piece: Piece, style: TextStyle) -> Finding | None:
    """A finding when ``piece`` does not look like ``style``."""
    return next(iter(check_looks([piece], style)), None)


def check_looks(pieces: Iterable[Piece], style: TextStyle) -> list[Finding]:
    """Findings for the pieces that do not look like ``style``: one per set of problems, at
    the first piece that has them, naming how many other lines share them."""
    found: dict[str, list[Piece]] = {}
    for piece in pieces:
        problems = look_problems(piece, style)
        if problems:
            found.setdefault("; ".join(problems), []).append(piece)
    findings = []
    label = f"{style.label[:1].upper()}{style.label[1:]}"
    for words, group in found.items():
        first = group[0]
        shown = first.text if len(first.text) <= 60 else first.text[:57] + "…"
        more = f" (và {len(group) - 1} dòng khác)" if len(group) > 1 else ""
        findings.append(
            at(
                first.number,
                f"{label} “{shown}”{more}: {words}.",
                style_hint(style),
                needle=first.text[:60],
            )
        )
    return findings


def rule_problem(anatomy: Anatomy, lines: list[Piece], rule: RuleLength) -> Finding | None:
    """A finding when the line under ``lines`` (the last of them) is missing, too short or too
    long for ``rule``, or not centred under them."""
    last = lines[-1]
    widest = max(lines, key=lambda piece: piece.width_cm())
    text_cm = widest.width_cm()
    available = widest.paragraph.available_cm
    if available is not None:
        text_cm = min(text_cm, available)
    wanted = (
        "bằng độ dài dòng chữ"
        if rule.fractions.low == rule.fractions.high
        else "từ 1/3 đến 1/2 độ dài dòng chữ"
    )
    length = number(text_cm * rule.fraction, 1)
    hint = (
        f"Kẻ một đường nét liền {wanted} (khoảng {length} cm), căn giữa dưới dòng chữ: đường "
        f"viền trên của một đoạn trống ngay dưới ({HOME_PARAGRAPH} > Viền (Borders)), thụt lề "
        "hai bên cho vừa độ dài; hoặc Chèn (Insert) > Hình dạng (Shapes) > Đường thẳng (Line)."
    )
    found = anatomy.rule_under(last)
    if found is None:
        return at(last.number, f"Không có {rule.label} (“{last.text}”).", hint, needle=last.text)
    if found.length_cm is None or text_cm <= 0:
        return None
    ratio = found.length_cm / text_cm
    if not rule.fractions.holds(ratio, RULE_TOLERANCE):
        return at(
            found.paragraph,
            f"{rule.label[:1].upper()}{rule.label[1:]} ({found.how}) dài {number(found.length_cm)}"
            f" cm, bằng {ratio * 100:.0f}% dòng chữ “{widest.text}” ({number(text_cm)} cm); "
            f"phải {wanted}.",
            hint,
        )
    centre = text_centre_cm(widest)
    if (
        found.centre_cm is not None
        and centre is not None
        and abs(found.centre_cm - centre) > RULE_CENTRE_TOLERANCE_CM
    ):
        return at(
            found.paragraph,
            f"{rule.label[:1].upper()}{rule.label[1:]} không nằm cân đối dưới dòng chữ "
            f"“{widest.text}” (lệch {number(abs(found.centre_cm - centre))} cm).",
            hint,
        )
    return None
