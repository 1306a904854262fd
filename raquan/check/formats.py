"""The four ways ``raquan check`` shows its diagnostics (``FORMATS``).

- ``text``: each problem with its place, the source line, a caret under the fault and the hint,
  as hledger and rustc do;
- ``concise``: one line per problem, ``path:line:col: CODE [mức] message``, for editors;
- ``json``: a list of objects (``path``, ``line``, ``column``, ``end_column``, ``paragraph``
  (the "đoạn N" of a Word document, else null), ``code``, ``severity``, ``message``, ``hint``);
- ``github``: GitHub Actions workflow commands (``::error file=…,line=…::…``).

Positions are resolved here, once, for the diagnostics that are shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from raquan.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from raquan.check.engine import CheckResult

Formatter = Callable[["CheckResult", bool], str]
"""``formatter(result, color)``: the whole output of ``raquan check`` for a result."""

_RED = "\x1b[1;31m"
_YELLOW = "\x1b[1;33m"
_BLUE = "\x1b[1;34m"
_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"


def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{_RESET}" if color else text


def text(diagnostics: Sequence[Diagnostic], *, color: bool = False) -> str:
    """The readable form: place, message, source excerpt with a caret, hint."""
    blocks = []
    for diagnostic in diagnostics:
        pos = diagnostic.position
        style = _RED if diagnostic.severity is Severity.ERROR else _YELLOW
        head = (
            f"{_paint(pos.place(diagnostic.path) + ':', _BOLD, color)} "
            f"{_paint(f'{diagnostic.severity.label} {diagnostic.code}', style, color)}: "
            f"{diagnostic.message}"
        )
        lines = [head]
        source_line = diagnostic.source.line(pos.line)
        if source_line.strip():
            number = str(pos.line)
            gutter = " " * len(number)
            shown = source_line.replace("\t", " ")
            column = pos.column
            if pos.unit is not None:
                shown, column = _window(shown, column)
            width = max(1, (pos.end_column or pos.column + 1) - pos.column)
            width = min(width, max(1, len(shown) - column + 1))
            caret = " " * (column - 1) + "^" * width
            bar = _paint("|", _BLUE, color)
            lines += [
                f"{gutter} {bar}",
                f"{_paint(number, _BLUE, color)} {bar} {shown}",
                f"{gutter} {bar} {_paint(caret, style, color)}",
            ]
        if diagnostic.hint:
            prefix = " " * (len(str(pos.line)) + 1)
            lines.append(f"{prefix}{_paint('= gợi ý:', _BOLD, color)} {diagnostic.hint}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


EXCERPT = 100
"""How much of a long paragraph of a Word document is shown around the place of a problem."""


def _window(text: str, column: int) -> tuple[str, int]:
    """A long paragraph cut to about ``EXCERPT`` characters around ``column`` (1-based), with
    "…" where it was cut; and the column in what is shown."""
    if len(text) <= EXCERPT:
        return text, column
    start = max(0, min(column - 1 - EXCERPT // 4, len(text) - EXCERPT))
    end = start + EXCERPT
    shown = ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
    return shown, column - start + (1 if start else 0)


def concise(diagnostics: Iterable[Diagnostic]) -> str:
    """One line per problem: ``path:line:col: CODE [mức] message`` (``path:đoạn N:`` for a
    paragraph of a Word document)."""
    return "\n".join(
        f"{d.position.place(d.path)}: {d.code} [{d.severity.label}] {d.message}"
        for d in diagnostics
    )


def as_json(diagnostics: Iterable[Diagnostic]) -> str:
    """A JSON list of objects, one per problem."""
    items = [
        {
            "path": d.path,
            "line": d.position.line,
            "column": d.position.column,
            "end_column": d.position.end_column,
            "paragraph": d.position.line if d.position.unit == "đoạn" else None,
            "code": d.code,
            "severity": d.severity.value,
            "message": d.message,
            "hint": d.hint,
        }
        for d in diagnostics
    ]
    return json.dumps(items, ensure_ascii=False, indent=2)


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github(diagnostics: Iterable[Diagnostic]) -> str:
    """GitHub Actions annotations."""
    lines = []
    for d in diagnostics:
        pos = d.position
        kind = "error" if d.severity is Severity.ERROR else "warning"
        properties = f"file={_escape_property(d.path)},line={pos.line},col={pos.column}"
        if pos.end_column is not None:
            properties += f",endColumn={pos.end_column}"
        properties += f",title={_escape_property(d.code)}"
        message = d.message if d.hint is None else f"{d.message}\n{d.hint}"
        lines.append(f"::{kind} {properties}::{_escape_data(message)}")
    return "\n".join(lines)


def summary(errors: int, warnings: int, files: int, suppressed: int = 0) -> str:
    """The last line of the text output."""
    silenced = f" ({suppressed} vấn đề được bỏ qua bằng chú thích raquan: ignore)"
    tail = silenced if suppressed else ""
    if not errors and not warnings:
        return f"Không có vấn đề nào trong {files} tệp{tail}."
    return f"Tìm thấy {errors} lỗi, {warnings} cảnh báo trong {files} tệp{tail}."


def unchecked_note(result: CheckResult) -> str | None:
    """What could not be checked, and why (one file with a format error hides nothing else)."""
    files = result.unchecked
    if not files:
        return None
    shown = ", ".join(files[:5]) + (f" và {len(files) - 5} tệp khác" if len(files) > 5 else "")
    return (
        f"Chưa kiểm tra được nội dung (tên đơn vị, thời hạn, ngày, số văn bản, nơi nhận, ...) "
        f"của {len(files)} tệp vì tệp còn lỗi đọc hoặc lỗi định dạng (RQ0xx): {shown}. Sửa các "
        "lỗi đó rồi chạy lại để raquan kiểm tra phần còn lại."
    )


def _text_output(result: CheckResult, color: bool) -> str:
    shown = text(result.diagnostics, color=color)
    head = f"{shown}\n\n" if shown else ""
    files = len({document.source.path for document in result.files})  # a .docx: layout, plan
    counts = (result.errors, result.warnings, files, result.suppressed)
    note = unchecked_note(result)
    return head + summary(*counts) + "\n" + (f"{note}\n" if note else "")


def _lines(form: Callable[[Sequence[Diagnostic]], str]) -> Formatter:
    def output(result: CheckResult, color: bool) -> str:
        shown = form(result.diagnostics)
        return f"{shown}\n" if shown else ""

    return output


FORMATS: dict[str, Formatter] = {
    "text": _text_output,
    "concise": _lines(concise),
    "json": lambda result, color: as_json(result.diagnostics) + "\n",
    "github": _lines(github),
}
"""``--format`` name -> formatter, in the order the help lists them."""
