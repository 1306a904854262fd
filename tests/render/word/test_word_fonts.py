"""``set_document_fonts`` and ``set_run_fonts``: four font slots, no theme fonts, vi-VN, black."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn

from raquan.render.word import set_document_fonts, set_run_fonts
from support.word_xml import Node, attr, local_names, one, part, xpath

TNR = "Times New Roman"
SLOTS = {"ascii", "hAnsi", "eastAsia", "cs"}
THEMED = "//w:rFonts[@w:asciiTheme or @w:hAnsiTheme or @w:eastAsiaTheme or @w:cstheme]"


def _styles(path: Path) -> Node:
    return part(path, "word/styles.xml")


def _saved(document: Document, tmp_path: Path, name: str = "fonts.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def _assert_document_fonts(styles: Node) -> None:
    rpr = one(styles, "w:docDefaults/w:rPrDefault/w:rPr")
    rfonts = one(rpr, "w:rFonts")
    assert {key.split("}")[1] for key in rfonts.attrib} == SLOTS
    assert {rfonts.get(key) for key in rfonts.attrib} == {TNR}
    lang = one(rpr, "w:lang")
    assert [attr(lang, f"w:{a}") for a in ("val", "eastAsia", "bidi")] == ["vi-VN"] * 3
    assert xpath(styles, THEMED) == []


def test_the_default_template_uses_theme_fonts_to_begin_with(tmp_path: Path) -> None:
    styles = _styles(_saved(docx.Document(), tmp_path))
    assert len(xpath(styles, THEMED)) > 10
    assert xpath(styles, "//w:style[@w:styleId='Heading1']//w:color[@w:themeColor]")


def test_document_defaults_have_the_four_slots_the_language_and_no_theme(tmp_path: Path) -> None:
    document = docx.Document()
    set_document_fonts(document)
    styles = _styles(_saved(document, tmp_path))
    _assert_document_fonts(styles)
    rpr = one(styles, "w:docDefaults/w:rPrDefault/w:rPr")
    assert attr(one(rpr, "w:sz"), "w:val") == "28"
    assert attr(one(rpr, "w:szCs"), "w:val") == "28"
    assert local_names(rpr) == ["rFonts", "sz", "szCs", "lang"]


def test_every_style_font_is_times_new_roman_and_black(tmp_path: Path) -> None:
    document = docx.Document()
    set_document_fonts(document)
    styles = _styles(_saved(document, tmp_path))
    all_rfonts = xpath(styles, "//w:style//w:rFonts")
    assert all_rfonts
    for rfonts in all_rfonts:
        assert [attr(rfonts, f"w:{slot}") for slot in sorted(SLOTS)] == [TNR] * 4
    normal = one(styles, "w:style[@w:styleId='Normal']/w:rPr/w:rFonts")
    assert attr(normal, "w:ascii") == TNR
    heading = one(styles, "w:style[@w:styleId='Heading1']/w:rPr/w:color")
    assert attr(heading, "w:val") == "000000"
    assert attr(heading, "w:themeColor") is None
    text_styles = "w:style[@w:type='paragraph' or @w:type='character']"
    assert xpath(styles, f"{text_styles}//*[@w:themeColor]") == []


def test_fonts_survive_saving_and_reopening(tmp_path: Path) -> None:
    document = docx.Document()
    set_document_fonts(document, size_pt=13)
    reopened = docx.Document(str(_saved(document, tmp_path)))
    styles = _styles(_saved(reopened, tmp_path, "again.docx"))
    _assert_document_fonts(styles)
    assert attr(one(styles, "w:docDefaults/w:rPrDefault/w:rPr/w:sz"), "w:val") == "26"


def test_without_a_size_the_default_size_is_left_alone(tmp_path: Path) -> None:
    document = docx.Document()
    before = _styles(_saved(document, tmp_path, "before.docx"))
    size = attr(one(before, "w:docDefaults/w:rPrDefault/w:rPr/w:sz"), "w:val")
    set_document_fonts(document, "Arial", language="en-GB", size_pt=None)
    styles = _styles(_saved(document, tmp_path))
    rpr = one(styles, "w:docDefaults/w:rPrDefault/w:rPr")
    assert size is not None
    assert attr(one(rpr, "w:sz"), "w:val") == size
    assert attr(one(rpr, "w:rFonts"), "w:cs") == "Arial"
    assert attr(one(rpr, "w:lang"), "w:bidi") == "en-GB"


def test_a_run_gets_the_four_slots_without_theme_attributes(tmp_path: Path) -> None:
    document = docx.Document()
    run = document.add_paragraph().add_run("Ủy ban nhân dân")
    run.bold = True
    rfonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:asciiTheme"), "minorHAnsi")
    rfonts.set(qn("w:cstheme"), "minorBidi")
    set_run_fonts(run, TNR, size_pt=13)
    body = part(_saved(document, tmp_path), "word/document.xml")
    rpr = one(body, "//w:r[w:t='Ủy ban nhân dân']/w:rPr")
    saved = one(rpr, "w:rFonts")
    assert {key.split("}")[1] for key in saved.attrib} == SLOTS
    assert attr(one(rpr, "w:sz"), "w:val") == "26"
    assert local_names(rpr) == ["rFonts", "b", "sz", "szCs"]
