"""RQ511: a completion file is for one unit of the plan's registry."""

from __future__ import annotations

from raquan.check.rules import rq511_completion_unit
from support.checks import LintResultFile, assert_documented

DOC_WRONG = "unit: xã Đoàn Kết Mới\n"
DOC_RIGHT = "unit: xã Đoàn Kết\n"
ENTRIES = "entries: []\n"


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq511_completion_unit, DOC_WRONG, DOC_RIGHT)


def test_unknown_unit_and_group_are_flagged(lint_completions: LintResultFile) -> None:
    assert lint_completions(DOC_WRONG + ENTRIES, "RQ511") == [("RQ511", 4)]
    assert lint_completions("unit: UBND các xã, phường\n" + ENTRIES, "RQ511") == [("RQ511", 4)]


def test_any_spelling_of_a_unit_passes(lint_completions: LintResultFile) -> None:
    for name in ("xã Đoàn Kết", "UBND xã Đoàn Kết", "doan ket"):
        assert lint_completions(f"unit: {name}\n" + ENTRIES, "RQ511") == [], name
