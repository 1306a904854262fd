"""Small .docx packages written byte by byte, for the tests of malformed and hostile files."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def body(*paragraphs: str) -> str:
    inner = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    return f"{head}<w:document {W}><w:body>{inner}</w:body></w:document>"


def package(path: Path, parts: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def lie_about_size(data: bytes, name: bytes, size: int) -> bytes:
    """The zip with ``name``'s declared uncompressed size replaced, in both headers."""
    out = bytearray(data)
    position = 0
    while True:
        local = out.find(b"PK\x03\x04", position)
        if local < 0:
            break
        length = struct.unpack_from("<H", out, local + 26)[0]
        if out[local + 30 : local + 30 + length] == name:
            struct.pack_into("<I", out, local + 22, size)
        position = local + 4
    position = 0
    while True:
        central = out.find(b"PK\x01\x02", position)
        if central < 0:
            break
        length = struct.unpack_from("<H", out, central + 28)[0]
        if out[central + 46 : central + 46 + length] == name:
            struct.pack_into("<I", out, central + 24, size)
        position = central + 4
    return bytes(out)
