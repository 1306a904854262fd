"""A .docx with garbage where numbers should be, or shapes and boxes in odd places, is read
without a traceback: bad values count as missing."""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

import pytest

from raquan.check import run as check
from raquan.errors import UserError
from raquan.read.docxlayout import read_layout
from support.word_builder import tabbed_header_document, text_box_header_document

GARBAGE = ["x", "nan", "inf", "-1e999", "1" * 400, "", "-5", "0", "2.5e3", "١٢"]
PARTS = ("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/header1.xml")


def _spoiled(source: Path, target: Path, seed: int) -> Path:
    chance = random.Random(seed)
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as spoiled:
        for item in original.infolist():
            data = original.read(item)
            if item.filename in PARTS:
                text = data.decode("utf-8")
                text = re.sub(
                    r"(w:(?:val|w|pos|left|right|firstLine|hanging|before|after|line|sz|space|"
                    r'top|bottom|header|footer|gutter|ilvl|numId|h)|cx|cy)="[^"]*"',
                    lambda m: (
                        f'{m.group(1)}="{chance.choice(GARBAGE)}"'
                        if chance.random() < 0.3
                        else m.group(0)
                    ),
                    text,
                )
                text = re.sub(
                    r"<wp:posOffset>[^<]*<",
                    lambda m: f"<wp:posOffset>{chance.choice(GARBAGE)}<",
                    text,
                )
                data = text.encode("utf-8")
            spoiled.writestr(item, data)
    return target


@pytest.mark.parametrize("seed", range(6))
def test_garbage_numbers_never_raise(rendered_plan: Path, tmp_path: Path, seed: int) -> None:
    sources = [
        rendered_plan,
        tabbed_header_document(tmp_path / "tab.docx"),
        text_box_header_document(tmp_path / "box.docx"),
    ]
    for index, source in enumerate(sources):
        path = _spoiled(source, tmp_path / f"hong-{index}.docx", seed)
        try:
            read_layout(path)
        except UserError:
            continue
        result = check.run([path], select=["RQ6"])
        for diagnostic in result.diagnostics:
            assert diagnostic.position.line >= 1
