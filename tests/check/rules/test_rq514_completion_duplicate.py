"""RQ514: one record per duty (per occurrence) is enough; the earliest counts."""

from __future__ import annotations

from raquan.check.rules import rq514_completion_duplicate
from support.checks import LintResultFile, assert_documented

DOC_WRONG = """\
entries:
  - duty: ke-hoach-chi-tiet
    date: 2023-01-13
  - duty: ke-hoach-chi-tiet
    date: 2023-01-14
"""
DOC_RIGHT = """\
entries:
  - duty: ke-hoach-chi-tiet
    date: 2023-01-13
"""


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq514_completion_duplicate, DOC_WRONG, DOC_RIGHT)


def test_the_second_record_is_flagged(lint_completions: LintResultFile) -> None:
    assert lint_completions("unit: xã Đoàn Kết\n" + DOC_WRONG, "RQ514") == [("RQ514", 8)]
    assert lint_completions("unit: xã Đoàn Kết\n" + DOC_RIGHT, "RQ514") == []
