"""What the tests of the checks share: the types of the fixtures in ``conftest.py``, the
(code, line, column) of a result, and the rule that a check's docstring examples are tested."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from raquan.check.engine import CheckResult
from raquan.diagnostics import Diagnostic

WriteFiles = Callable[..., Path]
Diagnose = Callable[..., list[Diagnostic]]
Lint = Callable[..., list[tuple[str, int]]]
CheckRegistry = Callable[..., CheckResult]
LintResultFile = Callable[..., list[tuple[str, int]]]


def assert_documented(module: ModuleType, *examples: str) -> str:
    """Assert that each example (YAML written flush left) is in ``module``'s docstring as an
    example block, indented by four spaces; return the docstring for further checks."""
    doc = module.__doc__ or ""
    for example in examples:
        assert textwrap.indent(example, "    ") in doc, example
    return doc


def located(result: CheckResult) -> list[tuple[str, int, int]]:
    """The (code, line, column) of each diagnostic of ``result``."""
    return [(d.code, d.position.line, d.position.column) for d in result.diagnostics]
