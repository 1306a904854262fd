"""The package's small exception tree.

``RaquanError`` is the base of every error raquan raises on purpose. ``UserError`` means the
user's input is wrong or the tool cannot do its job with it (an unreadable file, an unknown unit
name, a bad option value); its message is written in Vietnamese for people and the CLI turns it
into exit code 2. Anything else that escapes is a bug and is allowed to show a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from raquan.diagnostics import Diagnostic


class RaquanError(Exception):
    """Base class of raquan's own errors."""


class UserError(RaquanError):
    """The input is wrong; ``message`` says so in Vietnamese, ``hint`` may say how to fix it."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if self.hint is None else f"{self.message}\n{self.hint}"


class CheckFailedError(RaquanError):
    """The input has errors that ``check`` reports (``diagnostics``); nothing was made of it."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("input has errors")
        self.diagnostics = diagnostics
