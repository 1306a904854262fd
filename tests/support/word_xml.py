"""Read the XML of a saved .docx (or of an in-memory python-docx element) back, for tests.

Not a test module: the ``tests/render/word`` test modules import it as ``support.word_xml``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from lxml import etree  # lxml ships no type information

from support.docx_text import part

__all__ = [
    "NS",
    "Node",
    "W",
    "attr",
    "local_names",
    "names",
    "one",
    "part",
    "related_part",
    "text",
    "xpath",
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W,
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}

Node = Any
"""An lxml element (lxml has no type hints)."""


def names(docx: Path) -> set[str]:
    """The names of all the zip entries of `docx`."""
    with zipfile.ZipFile(docx) as package:
        return set(package.namelist())


def xpath(node: Node, path: str) -> list[Node]:
    """The nodes `path` selects from `node`, with the ``w``, ``r``, ``rel``, ``ct`` prefixes."""
    return list(etree.XPath(path, namespaces=NS)(node))


def one(node: Node, path: str) -> Node:
    """The single node `path` selects; fails the test when there are none or several."""
    found = xpath(node, path)
    assert len(found) == 1, f"{path}: {len(found)} nodes"
    return found[0]


def attr(node: Node, name: str) -> str | None:
    """Attribute `name` (``w:val``, or unprefixed ``Id``) of `node`, or ``None``."""
    prefix, _, local = name.rpartition(":")
    value = node.get(f"{{{NS[prefix]}}}{local}" if prefix else local)
    return None if value is None else str(value)


def local_names(node: Node) -> list[str]:
    """The local names of the element children of `node`, in document order."""
    return [etree.QName(child).localname for child in node if isinstance(child.tag, str)]


def text(node: Node) -> str:
    """All the ``w:t`` text under `node`, joined."""
    return "".join(str(t) for t in xpath(node, ".//w:t/text()"))


def related_part(docx: Path, source: str, rel_id: str) -> str:
    """The zip name of the part that relationship `rel_id` of part `source` points at."""
    folder, _, file = source.rpartition("/")
    rels = part(docx, f"{folder}/_rels/{file}.rels")
    target = attr(one(rels, f"rel:Relationship[@Id='{rel_id}']"), "Target")
    assert target is not None
    return f"{folder}/{target}" if not target.startswith("/") else target.lstrip("/")
