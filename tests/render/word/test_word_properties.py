"""Document properties, and the stale parts of python-docx's template dropped."""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import docx

from raquan.render.word import Properties, drop_stale_parts, set_properties
from support.word_xml import part, xpath

CORE = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dcterms": "http://purl.org/dc/terms/",
}
APP = {"e": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
WHEN = datetime.datetime(
    2023, 4, 7, 15, 30, 12, 123, tzinfo=datetime.timezone(datetime.timedelta(hours=7))
)


def _saved(tmp_path: Path) -> Path:
    document = docx.Document()
    drop_stale_parts(document)
    set_properties(
        document,
        Properties(
            title="Tổ chức ra quân",
            subject="Kế hoạch",
            author="Ủy ban nhân dân thành phố Kon Tum & <các xã>",
            created=WHEN,
            comments="Tạo bằng raquan",
        ),
    )
    path = tmp_path / "a.docx"
    document.save(str(path))
    return path


def test_core_properties(tmp_path: Path) -> None:
    core = part(_saved(tmp_path), "docProps/core.xml")
    assert (
        core.findtext("dc:creator", namespaces=CORE)
        == "Ủy ban nhân dân thành phố Kon Tum & <các xã>"
    )
    assert core.findtext("cp:lastModifiedBy", namespaces=CORE) == core.findtext(
        "dc:creator", namespaces=CORE
    )
    assert core.findtext("dcterms:created", namespaces=CORE) == "2023-04-07T08:30:12Z"
    assert core.findtext("dcterms:modified", namespaces=CORE) == "2023-04-07T08:30:12Z"
    assert core.findtext("dc:language", namespaces=CORE) == "vi-VN"
    assert core.findtext("cp:revision", namespaces=CORE) == "1"


def test_extended_properties_say_raquan_and_nothing_stale(tmp_path: Path) -> None:
    app = part(_saved(tmp_path), "docProps/app.xml")
    assert app.findtext("e:Application", namespaces=APP) == "raquan"
    assert (
        app.findtext("e:Company", namespaces=APP) == "Ủy ban nhân dân thành phố Kon Tum & <các xã>"
    )
    for stale in ("Pages", "Words", "Characters", "Lines", "Paragraphs", "AppVersion", "Template"):
        assert app.find(f"e:{stale}", namespaces=APP) is None, stale


def test_template_leftovers_are_gone(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        types = package.read("[Content_Types].xml").decode("utf-8")
    assert "docProps/thumbnail.jpeg" not in names
    assert "word/stylesWithEffects.xml" not in names
    assert not any(name.startswith("customXml/") for name in names)
    assert "stylesWithEffects" not in types
    assert "customXml" not in types
    settings = part(path, "word/settings.xml")
    assert not xpath(settings, "w:themeFontLang | w:savePreviewPicture | w:proofState")
    assert xpath(settings, "w:compat")  # the rest of the settings is kept
    # The document still opens.
    assert docx.Document(str(path)).core_properties.title == "Tổ chức ra quân"
