"""What a rule is: a code, a severity, a one-line summary, its documentation, and a function.

A rule is a module of ``raquan.check.rules`` with ``CODE``, ``NAME``, ``SEVERITY``,
``SUMMARY``, ``APPLIES_TO`` and a ``check(ctx)`` function that yields ``Finding``s; its
docstring (in Vietnamese, shown by ``raquan check --explain``) says what it catches, with a
failing and a passing example. The module is named for its code and name
(``rq106_bad_placeholder``). Problems found while reading (RQ0xx) are rules without a function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from raquan.diagnostics import Severity

if TYPE_CHECKING:
    from raquan.check.context import Finding

FileKind = Literal["file", "plan", "units", "report", "completions", "docx"]
"""What a rule checks: any file (the loader's codes), a plan, a unit registry, a result file,
a completions file, or a Word document's layout (``docx``)."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A check's description, and its function (None for problems the loader finds)."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    applies_to: tuple[FileKind, ...]
    run: Callable[[Any], Iterable[Finding]] | None = None

    @property
    def text(self) -> str:
        """The documentation as plain text for a terminal (``--explain``): the docstring's
        reStructuredText marks taken out (``code`` -> 'code', "Ví dụ sai::" -> "Ví dụ sai:")."""
        plain = re.sub(r"``(.+?)``", r"'\1'", self.doc, flags=re.S)
        plain = re.sub(r"(?<=\S)::$", ":", plain, flags=re.M)
        return re.sub(r"(?<!\w):(?:ref|func|class|mod):`([^`]+)`", r"\1", plain)

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        rule = cls(
            code=module.CODE,
            name=module.NAME,
            severity=module.SEVERITY,
            summary=module.SUMMARY,
            doc=(module.__doc__ or "").strip(),
            applies_to=module.APPLIES_TO,
            run=module.check,
        )
        return rule
