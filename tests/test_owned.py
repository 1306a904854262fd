"""``raquan.owned``: a file raquan made is replaced; a file of someone else's, or raquan's
own after a hand edit, is kept unless forced."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.owned import (
    FINGERPRINT_PROPERTY,
    PLACEHOLDER,
    TextMark,
    package_intact,
    stamp_package,
    write_owned,
)

MARK = TextMark("X-RAQUAN-FINGERPRINT:")


def _calendar(summary: str) -> str:
    return f"BEGIN:VCALENDAR\r\nSUMMARY:{summary}\r\n{MARK.placeholder}\r\nEND:VCALENDAR\r\n"


def test_a_stamped_text_is_intact_until_a_line_changes(tmp_path: Path) -> None:
    target = tmp_path / "lich.ics"
    data = MARK.stamp(_calendar("Hạn nộp kế hoạch"))
    assert PLACEHOLDER.encode() not in data
    target.write_bytes(data)
    assert MARK.intact(target)
    target.write_bytes(data.replace("Hạn nộp".encode(), "Hạn gửi".encode()))
    assert not MARK.intact(target)
    target.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    assert not MARK.intact(target)


def test_write_owned_replaces_its_own_file_and_keeps_others(tmp_path: Path) -> None:
    target = tmp_path / "lich.ics"
    assert write_owned(target, MARK.stamp(_calendar("một")), intact=MARK.intact) is False
    assert write_owned(target, MARK.stamp(_calendar("hai")), intact=MARK.intact) is True
    assert "hai" in target.read_text(encoding="utf-8")

    edited = target.read_text(encoding="utf-8").replace("hai", "sửa tay")
    target.write_text(edited, encoding="utf-8")
    with pytest.raises(UserError) as refused:
        write_owned(target, MARK.stamp(_calendar("ba")), intact=MARK.intact)
    assert "không ghi đè" in refused.value.message
    assert refused.value.hint is not None
    assert "--force" in refused.value.hint
    assert target.read_text(encoding="utf-8") == edited

    mine = tmp_path / "cua-toi.ics"
    mine.write_text("của tôi", encoding="utf-8")
    with pytest.raises(UserError):
        write_owned(mine, MARK.stamp(_calendar("ba")), intact=MARK.intact)
    assert mine.read_text(encoding="utf-8") == "của tôi"
    write_owned(mine, MARK.stamp(_calendar("ba")), intact=MARK.intact, force=True)
    assert "ba" in mine.read_text(encoding="utf-8")


def test_a_folder_at_the_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError) as refused:
        write_owned(tmp_path, b"x", intact=MARK.intact)
    assert "thư mục" in refused.value.message


def _package(sheet: str) -> bytes:
    custom = (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties"><property name="' + FINGERPRINT_PROPERTY + '" pid="2"><vt:lpwstr '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        + PLACEHOLDER
        + "</vt:lpwstr></property></Properties>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/worksheets/sheet1.xml", sheet)
        package.writestr("docProps/core.xml", "<coreProperties/>")
        package.writestr("docProps/custom.xml", custom)
    return buffer.getvalue()


def _rewrite(data: bytes, name: str, content: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for info in source.infolist():
            package.writestr(info.filename, content if info.filename == name else source.read(info))
    return buffer.getvalue()


def test_a_stamped_package_is_intact_until_a_part_changes(tmp_path: Path) -> None:
    target = tmp_path / "theo-doi.xlsx"
    data = stamp_package(_package("<sheet>Quá hạn</sheet>"))
    target.write_bytes(data)
    assert package_intact(target)
    # Saving rewrites the properties: not a change of content.
    target.write_bytes(
        _rewrite(data, "docProps/core.xml", "<coreProperties>lưu lại</coreProperties>")
    )
    assert package_intact(target)
    target.write_bytes(_rewrite(data, "xl/worksheets/sheet1.xml", "<sheet>Đúng hạn</sheet>"))
    assert not package_intact(target)
    target.write_bytes(b"PK\x03\x04 not a zip")
    assert not package_intact(target)
