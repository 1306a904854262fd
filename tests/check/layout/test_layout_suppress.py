"""Suppressions in a .docx: a Word comment (Xem lại > Chú thích mới) reading ``raquan:
ignore[RQ611] lý do`` silences that code at the paragraph it is anchored at, as a
``# raquan: ignore[...]`` comment does on a YAML line; one that silences nothing is RQ025."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from typer.testing import CliRunner

from raquan.check import run as check
from raquan.cli.app import app
from support.layout import edited, find, number_of

runner = CliRunner()


def _left_aligned(document: Document) -> int:
    paragraph = find(document, "- Tạo khí thế sôi nổi")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    return number_of(document, paragraph)


def _with_comment(rendered: Path, tmp_path: Path, text: str, at: str) -> tuple[Path, int]:
    def change(document: Document) -> int:
        where = _left_aligned(document)
        target = find(document, at)
        document.add_comment(target.runs, text=text, author="Văn thư", initials="VT")
        return where

    return edited(rendered, tmp_path / "co-chu-thich.docx", change)


def test_a_word_comment_silences_its_paragraphs_finding(
    rendered_plan: Path, tmp_path: Path
) -> None:
    path, _ = _with_comment(
        rendered_plan, tmp_path, "raquan: ignore[RQ611] căn trái theo ý lãnh đạo", "- Tạo khí thế"
    )
    result = check.run([path], select=["RQ6", "RQ025", "RQ026"])
    assert [(d.code, d.position.line) for d in result.diagnostics] == []
    assert result.suppressed == 1
    shown = runner.invoke(app, ["check", str(path)])
    assert shown.exit_code == 0, shown.output
    # The plan the document is, read as raquan import does, keeps its own warning (RQ202).
    assert "RQ611" not in shown.output
    assert "(1 vấn đề được bỏ qua bằng chú thích raquan: ignore)" in shown.output


def test_a_comment_on_another_paragraph_silences_nothing_and_says_so(
    rendered_plan: Path, tmp_path: Path
) -> None:
    path, where = _with_comment(
        rendered_plan, tmp_path, "# raquan: ignore[RQ611] nhầm chỗ", "- Tăng cường công tác"
    )
    there = number_of_text(path, "- Tăng cường công tác")
    result = check.run([path], select=["RQ6", "RQ025"])
    assert [(d.code, d.position.line) for d in result.diagnostics] == sorted(
        [("RQ611", where), ("RQ025", there)], key=lambda pair: pair[1]
    )


def test_a_comment_without_codes_is_rq026_and_other_comments_are_text(
    rendered_plan: Path, tmp_path: Path
) -> None:
    def change(document: Document) -> int:
        paragraph = find(document, "- Tạo khí thế sôi nổi")
        document.add_comment(paragraph.runs, text="raquan: ignore lý do", author="VT")
        other = find(document, "- Tăng cường công tác")
        document.add_comment(other.runs, text="Anh xem lại câu này", author="VT")
        return number_of(document, paragraph)

    path, where = edited(rendered_plan, tmp_path / "sai-chu-thich.docx", change)
    result = check.run([path], select=["RQ6", "RQ025", "RQ026"])
    assert [(d.code, d.position.line) for d in result.diagnostics] == [("RQ026", where)]


def number_of_text(path: Path, text: str) -> int:
    import docx

    document = docx.Document(str(path))
    return number_of(document, find(document, text))
