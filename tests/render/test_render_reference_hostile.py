"""A reference .docx from elsewhere whose parts python-docx cannot use when the layout reaches
them: said as the reference's fault (exit 2), never a bug (exit 3), with or without the
render's helper process, and no file written."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.cli.app import app
from support.plans import BUNDLED_PLAN, ROOT

GOOD = ROOT / "tests" / "fixtures" / "docx" / "pandoc-ke-hoach-ra-quan.docx"
RELS = "word/_rels/document.xml.rels"


def _changed(path: Path, name: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(GOOD) as source:
        members = {member: source.read(member) for member in source.namelist()}
    members[name] = change(members[name])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for member, data in members.items():
            target.writestr(member, data)
    return path


DAMAGE: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    "footnotes-not-xml": ("word/footnotes.xml", lambda _: b"garbage"),
    "styles-outside-the-package": (
        RELS,
        lambda data: data.replace(
            b'Target="styles.xml"', b'Target="file:///etc/passwd" TargetMode="External"'
        ),
    ),
    "margin-inf": (
        "word/document.xml",
        lambda data: data.replace(
            b"</w:body>",
            b'<w:sectPr><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="inf"/>'
            b"</w:sectPr></w:body>",
        ),
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
@pytest.mark.parametrize("cores", [2, 1])
def test_a_damaged_reference_is_said_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str, cores: int
) -> None:
    from raquan import forking

    monkeypatch.setattr(forking, "cores", lambda: cores)
    name, change = DAMAGE[damage]
    reference = _changed(tmp_path / "mau.docx", name, change)
    out = tmp_path / "out.docx"
    result = CliRunner().invoke(
        app,
        ["render", "plan", str(BUNDLED_PLAN), "-o", str(out), "--reference-docx", str(reference)],
    )
    assert result.exit_code == 2, result.output
    assert "Tệp mẫu .docx" in result.output
    assert "có phần hỏng hoặc lạ" in " ".join(result.output.split())
    assert not out.exists()


def test_a_reference_with_two_parts_of_one_name_is_refused(tmp_path: Path) -> None:
    import warnings

    reference = tmp_path / "mau.docx"
    with zipfile.ZipFile(GOOD) as source, zipfile.ZipFile(reference, "w") as target:
        for member in source.namelist():
            target.writestr(member, source.read(member))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate it writes
            target.writestr("word/document.xml", source.read("word/document.xml"))
    out = tmp_path / "out.docx"
    arguments = ["render", "plan", str(BUNDLED_PLAN), "-o", str(out)]
    result = CliRunner().invoke(app, [*arguments, "--reference-docx", str(reference)])
    assert result.exit_code == 2, result.output
    assert "có hai phần cùng tên 'word/document.xml'" in result.output
    assert "Warning" not in result.output


def test_a_reference_whose_body_is_huge_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    paragraphs = b"".join(b"<w:p><w:r><w:t>%d</w:t></w:r></w:p>" % n for n in range(300_000))
    reference = _changed(
        tmp_path / "mau.docx",
        "word/document.xml",
        lambda data: data.replace(b"</w:body>", paragraphs + b"</w:body>"),
    )
    out = tmp_path / "out.docx"
    arguments = ["render", "plan", str(BUNDLED_PLAN), "-o", str(out)]
    result = CliRunner().invoke(app, [*arguments, "--reference-docx", str(reference)])
    assert result.exit_code == 2, result.output
    assert "có phần 'word/document.xml' quá lớn" in " ".join(result.output.split())
