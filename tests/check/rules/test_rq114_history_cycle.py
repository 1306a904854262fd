"""RQ114: following successors must never come back to where it started."""

from __future__ import annotations

import textwrap

from raquan.check.rules import rq114_history_cycle
from support.checks import CheckRegistry, assert_documented, located
from support.plans import CHAINS, UNITS_WITH_HISTORY

WRONG = """\
- id: xa-a
  name: Ủy ban nhân dân xã A
  kind: xã
  ended: {date: 2020-01-01, successors: [xa-b]}
- id: xa-b
  name: Ủy ban nhân dân xã B
  kind: xã
  ended: {date: 2025-07-01, successors: [xa-a]}
"""
RIGHT = WRONG.replace("successors: [xa-a]", "successors: [xa-c]") + (
    "- id: xa-c\n  name: Ủy ban nhân dân xã C\n  kind: xã\n"
)


def registry(entries: str) -> str:
    return "raquan: 1\nkind: units\narea: thử\nunits:\n" + textwrap.indent(entries, "  ")


def test_docstring_examples_are_the_ones_tested(check_registry: CheckRegistry) -> None:
    assert_documented(rq114_history_cycle, WRONG, RIGHT.rsplit("- id: xa-c", 1)[0])
    result = check_registry(registry(WRONG), "RQ114")
    assert located(result) == [("RQ114", 8, 44)]
    assert result.diagnostics[0].message == "Lịch sử đơn vị quay vòng: xa-a → xa-b → xa-a."
    assert located(check_registry(registry(RIGHT), "RQ114")) == []


def test_a_unit_that_succeeds_itself_is_a_cycle(check_registry: CheckRegistry) -> None:
    text = CHAINS.replace("successors: [xa-c]", "successors: [xa-b]")
    result = check_registry(text, "RQ114")
    assert [d.message for d in result.diagnostics] == ["Lịch sử đơn vị quay vòng: xa-b → xa-b."]


def test_real_histories_have_no_cycle(check_registry: CheckRegistry) -> None:
    assert located(check_registry(UNITS_WITH_HISTORY, "RQ114")) == []
