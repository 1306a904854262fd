"""``add_rule``: a centred solid line as the top border of a tiny empty paragraph."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from raquan.render.word import add_rule, cm_to_twips
from support.word_xml import attr, local_names, one, part, xpath


def test_a_rule_in_the_body_is_a_centred_top_border(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN")
    rule = add_rule(document, length_cm=5, available_cm=16, weight_eighths=8)
    assert rule.text == ""
    path = tmp_path / "rule.docx"
    document.save(str(path))
    ppr = one(part(path, "word/document.xml"), "w:body/w:p[2]/w:pPr")
    top = one(ppr, "w:pBdr/w:top")
    assert (attr(top, "w:val"), attr(top, "w:sz")) == ("single", "8")
    assert xpath(ppr, "w:pBdr/*[not(self::w:top)]") == []
    indent = one(ppr, "w:ind")
    assert cm_to_twips(5.5) == 3118
    assert (attr(indent, "w:left"), attr(indent, "w:right")) == ("3118", "3118")
    assert attr(indent, "w:firstLine") == "0"
    spacing = one(ppr, "w:spacing")
    assert (attr(spacing, "w:before"), attr(spacing, "w:after")) == ("0", "0")
    assert attr(one(ppr, "w:rPr/w:sz"), "w:val") == "2"
    assert local_names(ppr) == ["pBdr", "spacing", "ind", "jc", "rPr"]
    assert xpath(part(path, "word/document.xml"), "w:body/w:p[2]/w:r") == []


def test_a_rule_in_a_cell_with_space_before(tmp_path: Path) -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=2).cell(0, 1)
    cell.paragraphs[0].add_run("Độc lập - Tự do - Hạnh phúc")
    add_rule(cell, length_cm=6.2, available_cm=9.6, space_before_pt=1.5)
    path = tmp_path / "cell.docx"
    document.save(str(path))
    ppr = one(part(path, "word/document.xml"), "//w:tc[2]/w:p[2]/w:pPr")
    assert attr(one(ppr, "w:pBdr/w:top"), "w:sz") == "6"
    assert attr(one(ppr, "w:ind"), "w:left") == str(cm_to_twips(1.7)) == "964"
    assert attr(one(ppr, "w:spacing"), "w:before") == "30"


def test_a_rule_longer_than_the_room_is_refused() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        add_rule(docx.Document(), length_cm=17, available_cm=16)
