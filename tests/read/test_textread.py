"""Plans written as Markdown or plain text, read into the same paragraphs as a .docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.read.paragraphs import Table
from raquan.read.textread import parse_text, read_text_plan

MARKDOWN = """\
**KẾ HOẠCH**<br>
**Tổ chức ra quân**

## I. MỤC ĐÍCH:

- Một dòng
tiếp dòng trên.
- + Xây dựng Chương trình
* Dấu sao

Phòng Kinh tế<sup>1</sup>, UBND.

---

<sup>1</sup> Tại Báo cáo 918/BC-PKT.

Xem[^a].

[^a]: Chú thích kiểu Markdown.

| STT | Nội dung |
|---|---|
| 1 | Việc \\| có gạch |
"""


def test_markdown_paragraphs_headings_lists_and_tables() -> None:
    document = parse_text(MARKDOWN, Path("k.md"), "k.md", markdown=True)
    paragraphs = [b for b in document.blocks if not isinstance(b, Table)]
    assert [(p.line, p.text) for p in paragraphs] == [
        (1, "KẾ HOẠCH\nTổ chức ra quân"),
        (4, "I. MỤC ĐÍCH:"),
        (6, "- Một dòng tiếp dòng trên."),
        (8, "+ Xây dựng Chương trình"),
        (9, "- Dấu sao"),
        (11, "Phòng Kinh tế1, UBND."),
        (13, ""),
        (15, "1 Tại Báo cáo 918/BC-PKT."),
        (17, "Xem."),
    ]
    assert paragraphs[0].bold
    assert paragraphs[1].heading == 2
    assert paragraphs[6].rule
    assert [r.text for r in paragraphs[5].runs if r.superscript] == ["1"]
    assert [r.note for r in paragraphs[8].runs if r.note] == ["md:a"]
    assert "".join(r.text for r in document.notes["md:a"]) == "Chú thích kiểu Markdown."
    (table,) = [b for b in document.blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.grid()] == [
        ["STT", "Nội dung"],
        ["1", "Việc | có gạch"],
    ]


def test_plain_text_keeps_lines_and_joins_wrapped_ones() -> None:
    text = (
        "KẾ HOẠCH\nTổ chức ra quân\n\n1. Mục đích:\n- Tạo khí thế sôi nổi, thi đua yêu nước,\n"
        "hăng say lao động.\n- Dòng sau.\n"
    )
    document = parse_text(text, Path("k.txt"), "k.txt", markdown=False)
    assert [p.text for p in document.paragraphs] == [
        "KẾ HOẠCH",
        "Tổ chức ra quân",
        "1. Mục đích:",
        "- Tạo khí thế sôi nổi, thi đua yêu nước, hăng say lao động.",
        "- Dòng sau.",
    ]


def test_encodings(tmp_path: Path) -> None:
    path = tmp_path / "k.txt"
    path.write_bytes("KẾ HOẠCH".encode("utf-16"))
    assert read_text_plan(path).paragraphs[0].text == "KẾ HOẠCH"
    path.write_bytes(b"K\xea\xd2 ho\xb9ch")  # TCVN3 (ABC): not Unicode
    with pytest.raises(UserError, match="không phải văn bản UTF-8"):
        read_text_plan(path)


def test_size_and_paragraph_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "k.md"
    path.write_text("- dòng\n" * 6000, encoding="utf-8")
    with pytest.raises(UserError, match=r"có hơn 5\.000 đoạn"):
        read_text_plan(path)
    monkeypatch.setenv("RAQUAN_MAX_FILE_SIZE", "100")
    with pytest.raises(UserError, match="quá lớn"):
        read_text_plan(path)
