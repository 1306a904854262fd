"""RQ516: the document that did a duty has a real number and symbol, and is not dated after."""

from __future__ import annotations

from raquan.check.rules import rq516_completion_document
from support.checks import LintResultFile, assert_documented

DOC_WRONG = """\
- duty: ke-hoach-chi-tiet
  date: 2023-01-13
  document: {number: KH 05, date: 2023-01-16}
"""
DOC_RIGHT = """\
- duty: ke-hoach-chi-tiet
  date: 2023-01-13
  document: {number: 05/KH-UBND, date: 2023-01-13}
"""


def _file(entry: str) -> str:
    return "unit: xã Đoàn Kết\nentries:\n" + "".join(f"  {line}\n" for line in entry.splitlines())


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq516_completion_document, DOC_WRONG, DOC_RIGHT)


def test_a_bad_number_and_a_later_date_are_flagged(lint_completions: LintResultFile) -> None:
    assert lint_completions(_file(DOC_WRONG), "RQ516") == [("RQ516", 8), ("RQ516", 8)]
    assert lint_completions(_file(DOC_RIGHT), "RQ516") == []
