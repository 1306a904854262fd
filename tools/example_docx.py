"""Write ``examples/van-ban/ke-hoach-co-loi.docx``: the bundled plan rendered by raquan, then
given a few layout mistakes a clerk makes when retouching it in Word (the README shows what
``raquan check`` says about it).

Run from the repository's root: ``python tools/example_docx.py``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import docx
from docx.shared import Mm, Pt

from raquan.read.resources import bundled
from raquan.render.plan import run as render_plan

TARGET = Path("examples/van-ban/ke-hoach-co-loi.docx")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        rendered = render_plan(
            bundled("plans") / "ke-hoach-ra-quan-2023.yaml", output=Path(folder) / "kh.docx"
        ).output
        document = docx.Document(str(rendered))
    document.sections[0].left_margin = Mm(25)
    for paragraph in document.element.body.iter("{*}p"):
        text = "".join(t.text or "" for t in paragraph.iter("{*}t"))
        runs = paragraph.findall("{*}r")
        if text.startswith("Kon Tum, ngày"):
            runs[0].find("{*}t").text = "Kon Tum, ngày 5 tháng 1 năm 2023"
        if text.startswith("Trên đây là Kế hoạch"):
            last = runs[-1].find("{*}t")
            last.text = last.text.replace("./.", ".")
    for paragraph in document.paragraphs:
        if paragraph.text.startswith("- Tạo khí thế sôi nổi"):
            for run in paragraph.runs:
                run.font.size = Pt(12)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    document.core_properties.comments = ""
    document.save(str(TARGET))


if __name__ == "__main__":
    main()
