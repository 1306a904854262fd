"""The digest of the generator's code, for ``benchmarks/run.py`` to tell a corpus written by
another version (it imports nothing of raquan, to keep the runner's own memory small)."""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def generator_digest() -> str:
    """A digest of the generator's code (this package and ``benchmarks/generate.py``): a
    corpus written by another version of it is regenerated."""
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.glob("*.py"), PACKAGE.parent / "generate.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
