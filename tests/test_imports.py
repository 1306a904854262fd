"""``raquan check`` and ``raquan --help`` do not pay for the document libraries."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("docx", "jinja2", "markdown_it", "mdit_py_plugins", "num2words", "icalendar")

PROBE = """
import sys
from raquan.cli.app import main
sys.argv = ["raquan", *{args!r}]
try:
    main()
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r})
print("HEAVY:" + ",".join(heavy))
"""


def _imported(*args: str) -> list[str]:
    code = PROBE.format(args=list(args), heavy=set(HEAVY))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("HEAVY:"))
    return [m for m in line.removeprefix("HEAVY:").split(",") if m]


def test_check_does_not_import_document_libraries() -> None:
    assert _imported("check") == []


def test_help_does_not_import_document_libraries() -> None:
    assert _imported("--help") == []
