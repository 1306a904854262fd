"""The rendered bundled plan reproduces the reference document, paragraph by paragraph."""

from __future__ import annotations

import re
from pathlib import Path

from support.docx_text import NS, paragraph_text, part, sections, texts
from support.plans import FIXTURES

REFERENCE = FIXTURES / "reference" / "ke-hoach-ra-quan-2023-kon-tum.md"

TYPO_FIXES = [
    # The reference's evident typos, corrected in the bundled YAML (see its header comment).
    ("điếm", "điểm"),
    ("diêm", "điểm"),
    ("cảnh quang", "cảnh quan"),
    ("Mừng 10", "Mùng 10"),
    ("(Thứ Ba)", "(thứ Ba)"),
    ("(thứ ba)", "(thứ Ba)"),
    ("1766-CV/TU, ngày", "1766-CV/TU ngày"),  # the other citation has no comma
    ("\u2019", "'"),  # 08h30’: raquan writes times with a straight apostrophe
]


def reference_paragraphs() -> tuple[list[str], list[str]]:
    """The reference's paragraphs (Markdown syntax removed) and its footnotes."""
    text = REFERENCE.read_text(encoding="utf-8")
    text = text.replace("xây\n\ndựng", "xây dựng")  # a line broken in two by the conversion
    for wrong, right in TYPO_FIXES:
        text = text.replace(wrong, right)
    paragraphs: list[str] = []
    notes: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line == "---":
            continue
        note = re.match(r"<sup>(\d+)</sup>\s*(.*)", line)
        if note:
            notes.append(note.group(2))
            continue
        line = re.sub(r"<sup>\d+</sup>", "", line)
        line = re.sub(r"^#+\s*", "", line)
        line = line.replace("**", "")
        line = re.sub(r"^- \+ ", "+ ", line)
        if line.startswith("*(") and line.endswith(")*"):
            line = line[1:-1]
        paragraphs.append(" ".join(line.split()))
    return paragraphs, notes


def test_rendered_text_matches_the_reference(rendered_plan: Path) -> None:
    expected, _ = reference_paragraphs()
    main = sections(rendered_plan)[0]
    # The header block (first table) holds fields the reference omits; compare the rest.
    actual = list(texts(main, skip_tables=1))
    assert actual == expected


def test_the_footnote_is_a_real_footnote_with_the_reference_text(rendered_plan: Path) -> None:
    _, notes = reference_paragraphs()
    root = part(rendered_plan, "word/footnotes.xml")
    bodies = [
        paragraph_text(note)
        for note in root.findall("w:footnote", NS)
        if note.get(f"{{{NS['w']}}}type") is None
    ]
    assert bodies == notes == ["Tại Báo cáo 918/BC-PKT ngày 28/12/2022."]


def test_appendices_follow_in_their_own_sections(rendered_plan: Path) -> None:
    parts = sections(rendered_plan)
    assert len(parts) == 3
    first = list(texts(parts[1]))
    assert first[:3] == [
        "Phụ lục I",
        "BẢNG ĐĂNG KÝ NỘI DUNG, HOẠT ĐỘNG RA QUÂN ĐẦU XUÂN QUÝ MÃO",
        "(Kèm theo Kế hoạch số /KH-UBND ngày tháng 01 năm 2023 của Ủy ban nhân dân thành phố "
        "Kon Tum)",
    ]
    assert "Bê tông hóa đường đi khu sản xuất thôn 8" in first
    second = list(texts(parts[2]))
    assert second[:2] == ["Phụ lục II", "BẢNG PHÂN CÔNG PHỤ TRÁCH ĐỊA BÀN RA QUÂN NĂM 2023"]
