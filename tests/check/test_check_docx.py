"""``raquan check`` on a plan typed in Word: the plan is read on the fly and its problems are
reported at the paragraphs where they are ("ke-hoach.docx:đoạn 12"), the paragraph's text as
the excerpt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from typer.testing import CliRunner

from raquan.check.run import run
from raquan.cli.app import app
from raquan.read.docxread import read_docx
from support.hand_typed import BEFORE_ISSUE, ON_SUNDAY, UNKNOWN_UNIT, WRONG_WEEKDAY, hand_typed_plan
from support.word_plans import WordPlan

runner = CliRunner()


def _paragraph(document: Path, words: str) -> int:
    """The number ("đoạn N") of the paragraph that holds ``words``."""
    return next(p.number for p in read_docx(document).paragraphs if words in p.text)


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hand_typed_plan(tmp_path_factory.mktemp("go-tay"))


def test_the_planted_mistakes_are_reported_at_their_paragraphs(plan: Path) -> None:
    result = run([plan])
    found = {
        (d.code, d.position.line)
        for d in result.diagnostics
        if d.source.path == plan and d.position.unit == "đoạn"
    }
    assert ("RQ206", _paragraph(plan, WRONG_WEEKDAY)) in found
    assert ("RQ201", _paragraph(plan, BEFORE_ISSUE)) in found
    assert ("RQ101", _paragraph(plan, UNKNOWN_UNIT)) in found
    assert ("RQ202", _paragraph(plan, ON_SUNDAY)) in found
    # The document's layout is checked too (RQ6xx): its findings are not the planted ones.
    assert any(d.code.startswith("RQ6") for d in result.diagnostics)
    errors = sorted(
        (d.code, d.position.line)
        for d in result.diagnostics
        if d.severity == "error" and not d.code.startswith("RQ6")
    )
    assert errors == sorted(
        [
            ("RQ206", _paragraph(plan, WRONG_WEEKDAY)),
            ("RQ201", _paragraph(plan, BEFORE_ISSUE)),
            ("RQ101", _paragraph(plan, UNKNOWN_UNIT)),
        ]
    )


def test_the_text_output_shows_the_paragraph_and_points_at_the_words(plan: Path) -> None:
    result = runner.invoke(app, ["check", str(plan), "--ignore", "RQ6"])
    assert result.exit_code == 1, result.output
    number = _paragraph(plan, WRONG_WEEKDAY)
    lines = result.stdout.splitlines()
    head = lines.index(
        f"{plan}:đoạn {number}: lỗi RQ206: Ngày 16/09/2024 là thứ Hai, không phải 'thứ Ba'."
    )
    excerpt, caret = lines[head + 2], lines[head + 3]
    # The paragraph is long: the excerpt is the part of it around the words, cut with "…".
    assert excerpt.startswith(f"{number} | …")
    assert "vào lúc 07 giờ 30 phút, thứ Ba, ngày 16/9/2024 tại Nhà văn hóa" in excerpt
    start = excerpt.index(WRONG_WEEKDAY.split(", ")[1])
    assert caret.index("^") == start
    assert caret.count("^") == len("ngày 16/9/2024")
    assert lines[-1] == "Tìm thấy 3 lỗi, 7 cảnh báo trong 2 tệp."


def test_concise_and_json_outputs_name_the_paragraph(plan: Path) -> None:
    number = _paragraph(plan, BEFORE_ISSUE)
    concise = runner.invoke(app, ["check", str(plan), "--format", "concise", "--select", "RQ201"])
    assert concise.stdout.splitlines() == [
        f"{plan}:đoạn {number}: RQ201 [lỗi] Thời hạn 'trước ngày 25/7/2024' sớm hơn ngày ban "
        "hành 02/08/2024."
    ]
    shown = runner.invoke(app, ["check", str(plan), "--format", "json", "--select", "RQ201"])
    [item] = json.loads(shown.stdout)
    assert (item["paragraph"], item["line"], item["code"]) == (number, number, "RQ201")


def test_parts_not_read_are_reported(tmp_path: Path) -> None:
    """A text box beside a heading: the plan is checked without it, and RQ701 says so."""
    word = WordPlan()
    word.paragraph("KẾ HOẠCH", align="center", bold=True)
    word.paragraph("Thử", align="center", bold=True)
    heading = word.paragraph("I. MỤC ĐÍCH", bold=True)
    heading._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:pict><w:txbxContent><w:p><w:r><w:t>Chữ trong khung</w:t></w:r></w:p>"
            "</w:txbxContent></w:pict></w:r>"
        )
    )
    path = word.save(tmp_path / "khung.docx")
    result = run([path], select=["RQ701"])
    [diagnostic] = result.diagnostics
    assert diagnostic.code == "RQ701"
    assert diagnostic.position.line == _paragraph(path, "I. MỤC ĐÍCH")
    assert "khung văn bản" in diagnostic.message


def test_a_word_plan_uses_the_projects_registry(tmp_path: Path) -> None:
    """No registry beside the plan: the names are matched against the configuration's
    ``registry``, as for a YAML plan that names none."""
    folder = tmp_path / "ke-hoach"
    folder.mkdir()
    plan = hand_typed_plan(folder)
    (tmp_path / "danh-muc").mkdir()
    (folder / "units.yaml").rename(tmp_path / "danh-muc" / "dm.yaml")
    (tmp_path / "raquan.toml").write_text('registry = "danh-muc/dm.yaml"\n', encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "json", str(plan)])
    assert result.exit_code == 1, result.output
    codes = [d["code"] for d in json.loads(result.stdout)]
    assert "RQ104" not in codes
    assert codes.count("RQ101") == 1  # only the planted unknown unit
