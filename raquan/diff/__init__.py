"""What changed between two versions of a plan, in the terms a clerk uses.

Duties added or removed, deadlines moved ("từ trước ngày 15/01/2023 (Chủ nhật) sang trước
ngày 13/01/2023 (thứ Sáu)"), units given a duty or a block of duties, or asked to cooperate,
events moved, lines of "Nơi nhận" added or removed, texts reworded (with a short before and
after), appendices changed. Two files are compared, or one file with itself at a git revision.

- ``compare_paths``: load both versions (with raquan's loader and each one's unit registry),
  compare them, keep the changes that concern the units asked for;
- ``compare_versions``: the changes between two loaded versions;
- ``render``: the result as text, Markdown or JSON.

The core never prints: the command ``raquan diff`` (``raquan.cli.diff``) prints.
"""

from __future__ import annotations

from raquan.diff.changes import KINDS, Change
from raquan.diff.compare import compare_versions
from raquan.diff.formats import FORMATS, render
from raquan.diff.run import Comparison, compare_paths, select
from raquan.diff.versions import (
    InvalidVersionError,
    PlanVersion,
    load_revision,
    load_version,
)

__all__ = [
    "FORMATS",
    "KINDS",
    "Change",
    "Comparison",
    "InvalidVersionError",
    "PlanVersion",
    "compare_paths",
    "compare_versions",
    "load_revision",
    "load_version",
    "render",
    "select",
]
