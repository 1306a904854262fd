"""Malformed, huge and hostile .docx files get a clear Vietnamese message, within limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.read.bounded import MAX_ZIP_MEMBERS, SafeZip
from raquan.read.docxread import MAX_PARAGRAPHS, read_docx
from raquan.read.plandoc import read_document
from support.docx_parts import W, body, lie_about_size, package


def message(path: Path) -> str:
    with pytest.raises(UserError) as raised:
        read_document(path, path.name)
    return str(raised.value)


def test_a_small_valid_document_reads(tmp_path: Path) -> None:
    document = read_docx(package(tmp_path / "a.docx", {"word/document.xml": body("KẾ HOẠCH")}))
    assert [p.text for p in document.paragraphs] == ["KẾ HOẠCH"]


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_text("Đây là văn bản thường, không phải tệp Word.", encoding="utf-8")
    assert f"'{path}' không phải một tệp .docx đọc được (tệp zip hỏng)" in message(path)


def test_truncated_zip(tmp_path: Path) -> None:
    whole = package(tmp_path / "a.docx", {"word/document.xml": body("x" * 5000)}).read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "cut.docx" in message(path)


def test_a_zip_without_the_document_part(tmp_path: Path) -> None:
    path = package(tmp_path / "so-lieu.docx", {"xl/workbook.xml": "<workbook/>"})
    assert "không có phần nội dung văn bản ('word/document.xml')" in message(path)


def test_broken_xml(tmp_path: Path) -> None:
    path = package(tmp_path / "hong.docx", {"word/document.xml": "<w:document><w:body>"})
    assert "không phải XML hợp lệ" in message(path)


def test_billion_laughs_is_refused_before_parsing(tmp_path: Path) -> None:
    entities = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "ha">{entities}]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = package(tmp_path / "cuoi.docx", {"word/document.xml": xml})
    assert "khai báo DTD hoặc thực thể XML" in message(path)


def test_external_entity_is_refused(tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = package(tmp_path / "xxe.docx", {"word/document.xml": xml})
    text = message(path)
    assert "khai báo DTD" in text
    assert "root:" not in text


def test_a_dtd_in_utf16_is_refused_too(tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x "y">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = package(tmp_path / "utf16.docx", {"word/document.xml": xml.encode("utf-16")})
    assert "DTD" in message(path)


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    bomb = b"<w:t>" + b"0" * (30 * 1024 * 1024) + b"</w:t>"
    path = package(tmp_path / "bom.docx", {"word/document.xml": bomb})
    assert path.stat().st_size < 200_000
    assert "nén hơn 200 lần" in message(path)


def test_zip_bomb_by_declared_size(tmp_path: Path) -> None:
    path = package(tmp_path / "lon.docx", {"word/document.xml": body("x")})
    with pytest.raises(UserError, match="giới hạn khi giải nén"), SafeZip(path, 10):
        pass


def test_a_part_larger_than_it_declares(tmp_path: Path) -> None:
    honest = package(tmp_path / "a.docx", {"word/document.xml": body("x" * 200_000)})
    path = tmp_path / "doi-tra.docx"
    path.write_bytes(lie_about_size(honest.read_bytes(), b"word/document.xml", 400))
    text = message(path)
    assert "doi-tra.docx" in text
    assert "word/document.xml" in text


def test_too_many_entries(tmp_path: Path) -> None:
    parts: dict[str, str | bytes] = {"word/document.xml": body("x")}
    parts.update({f"rac/{i}.xml": "" for i in range(MAX_ZIP_MEMBERS + 1)})
    assert f"có {MAX_ZIP_MEMBERS + 3} phần" in message(package(tmp_path / "nhieu.docx", parts))


def test_thousands_of_paragraphs(tmp_path: Path) -> None:
    path = package(
        tmp_path / "dai.docx",
        {
            "word/document.xml": body(
                *[f"Đoạn {i * 7919 % 100003}." for i in range(MAX_PARAGRAPHS + 1)]
            )
        },
    )
    assert "có hơn 5.000 đoạn" in message(path)


def test_too_much_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAQUAN_MAX_FILE_SIZE", "1000")
    path = package(tmp_path / "chu.docx", {"word/document.xml": body("chữ " * 400)})
    assert "quá nhiều chữ" in message(path)


def test_encrypted_entry(tmp_path: Path) -> None:
    path = package(tmp_path / "a.docx", {"word/document.xml": body("x")})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        position = 0
        while (found := data.find(signature, position)) >= 0:
            data[found + offset] |= 0x1
            position = found + 4
    locked = tmp_path / "khoa.docx"
    locked.write_bytes(bytes(data))
    assert "mật khẩu" in message(locked)


def test_unknown_file_type(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.pdf"
    path.write_bytes(b"%PDF-1.4")
    assert "raquan đọc các tệp .docx" in message(path)


def test_a_cell_spanning_two_billion_columns_spans_at_most_word_s_63(tmp_path: Path) -> None:
    """``gridSpan="2147483647"`` in a file from elsewhere: read (and checked, imported) in
    bounded memory, the row no wider than a Word table can be."""
    from raquan.read.paragraphs import MAX_GRID_SPAN, Table

    cell = '<w:tc><w:tcPr><w:gridSpan w:val="2147483647"/></w:tcPr><w:p/></w:tc>'
    merged = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
    table = f"<w:tbl><w:tr>{cell}</w:tr><w:tr>{merged}</w:tr></w:tbl>"
    xml = body("KẾ HOẠCH").replace("</w:body>", f"{table}<w:p/></w:body>")
    document = read_docx(package(tmp_path / "a.docx", {"word/document.xml": xml}))
    [found] = [block for block in document.blocks if isinstance(block, Table)]
    assert [len(line) for line in found.grid()] == [MAX_GRID_SPAN, 1]


@pytest.mark.parametrize("name", ["ke-hoach.docx", "ke-hoach.doc", "ke-hoach.md"])
def test_a_pipe_nobody_writes_to_is_refused_at_once(tmp_path: Path, name: str) -> None:
    import os

    path = tmp_path / name
    os.mkfifo(path)
    assert "không phải một tệp thường" in message(path)


def test_a_part_that_is_not_xml_is_said_without_libxml2_s_english(tmp_path: Path) -> None:
    from support.english import english

    path = package(tmp_path / "a.docx", {"word/document.xml": "<w:document><w:body/>"})
    said = message(path)
    assert "không phải XML hợp lệ (hỏng ở dòng 1, cột" in said
    assert english(said) == []
