"""Which findings a run reports: the codes selected, per-file ignores, suppression comments.

``Selection`` is what a run was asked for: the codes selected (``--select``/``--ignore``, or the
configuration's ``select``/``ignore``) and the configuration's ``per-file-ignores``. ``apply``
takes every finding of a run and keeps those to report:

- a finding whose code is not selected for its file is dropped;
- a finding on a line that carries ``# raquan: ignore[CODE] lý do`` (on the line reported, or
  on the first line of the value it is about) is silenced there only, and counted;
- a suppression comment that silences nothing is itself reported (RQ025, as ruff's RUF100),
  for the codes that were selected for its file; one that cannot be read, or names a code that
  does not exist, is RQ026.

Any kind of file goes through it: per-file ignores apply to every diagnostic by its file's
path (a ``.docx`` layout finding too); comments are read where the file is text that the
YAML reader parsed (``Document``), and in a .docx from its Word comments (a comment reading
``raquan: ignore[RQ611] lý do`` silences at the paragraph it is anchored at). See
docs/ARCHITECTURE.md, "Configuration and suppressions".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.check.rules import RULES
from raquan.diagnostics import Diagnostic, Position
from raquan.read.config import Config
from raquan.read.loader import Document
from raquan.read.suppressions import Suppression, find, in_word_comments

UNUSED = "RQ025"
MALFORMED = "RQ026"


@dataclass(frozen=True, slots=True)
class Selection:
    """The codes a run reports, and the codes per-file ignores leave out of some files."""

    codes: frozenset[str]
    per_file: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: Path = field(default_factory=Path)

    @classmethod
    def of(cls, codes: Collection[str], config: Config | None = None) -> Selection:
        if config is None:
            return cls(frozenset(codes))
        return cls(frozenset(codes), config.per_file_ignores, config.root)

    def codes_for(self, path: Path) -> frozenset[str]:
        """The codes reported for the file ``path``."""
        if not self.per_file:
            return self.codes
        ignored = Config(root=self.root, per_file_ignores=self.per_file).ignored_in(path)
        if not ignored:
            return self.codes
        return frozenset(c for c in self.codes if not any(c.startswith(i) for i in ignored))


def _lines_of(diagnostic: Diagnostic) -> set[int]:
    """The lines a suppression for ``diagnostic`` may be on: the line reported, and the first
    line of the value it is about."""
    lines = {diagnostic.position.line}
    if not isinstance(diagnostic.target, Position):
        lines.add(diagnostic.source.locate(diagnostic.target).line)
    return lines


def _finding(
    document: Document, code: str, comment: Suppression, message: str, hint: str
) -> Diagnostic:
    return Diagnostic(
        document.source,
        code,
        RULES[code].severity,
        message,
        Position(comment.line, comment.column, comment.end_column),
        hint=hint,
    )


def _about_comments(
    document: Document,
    comments: Sequence[Suppression],
    used: set[tuple[int, str]],
    codes: frozenset[str],
) -> Iterable[Diagnostic]:
    """RQ025 and RQ026 for the suppression comments of one file."""
    for comment in comments:
        if comment.malformed:
            if MALFORMED in codes:
                yield _finding(
                    document,
                    MALFORMED,
                    comment,
                    comment.malformed,
                    "Viết: # raquan: ignore[RQ202] lý do (nhiều mã ngăn bằng dấu phẩy).",
                )
            continue
        unknown = [code for code in comment.codes if code not in RULES]
        if unknown and MALFORMED in codes:
            yield _finding(
                document,
                MALFORMED,
                comment,
                f"Không có mã kiểm tra '{unknown[0]}' trong chú thích bỏ qua.",
                "Xem các mã bằng: raquan check --list",
            )
        unused = [
            code
            for code in comment.codes
            if code in RULES and code in codes and (comment.line, code) not in used
        ]
        if unused and UNUSED in codes:
            listed = ", ".join(unused)
            yield _finding(
                document,
                UNUSED,
                comment,
                f"Chú thích bỏ qua {listed} không bỏ qua vấn đề nào ở dòng này.",
                "Xoá mã này khỏi chú thích (vấn đề đã được sửa, hoặc được báo ở dòng khác).",
            )


def _word_comments(document: Document) -> list[Suppression]:
    """The suppressions of a Word document read for its layout (none when it could not be
    read: RQ600). Its models are imported here, as only a run with Word documents needs them."""
    from raquan.read.docxlayout.source import DocxSource  # noqa: PLC0415

    if not isinstance(document.source, DocxSource):
        return []
    return in_word_comments(document.source.layout.comments)


def apply(
    diagnostics: Iterable[Diagnostic], documents: Sequence[Document], selection: Selection
) -> tuple[list[Diagnostic], int]:
    """The findings to report (sorted), and how many suppression comments silenced."""
    comments: dict[Path, tuple[Document, list[Suppression]]] = {}
    for document in documents:
        if document.kind == "docx":
            found = _word_comments(document)
        elif document.data is not None and document.source.text is not None:
            found = find(document.source.text)
        else:
            continue
        if found:
            comments[document.source.path] = (document, found)
    kept: list[Diagnostic] = []
    used: dict[Path, set[tuple[int, str]]] = {}
    silenced = 0
    for diagnostic in diagnostics:
        path = diagnostic.source.path
        if diagnostic.code not in selection.codes_for(path):
            continue
        here = comments.get(path)
        if here is not None:
            lines = _lines_of(diagnostic)
            hit = [
                c
                for c in here[1]
                if c.line in lines and diagnostic.code in c.codes and not c.malformed
            ]
            if hit:
                used.setdefault(path, set()).update((c.line, diagnostic.code) for c in hit)
                silenced += 1
                continue
        kept.append(diagnostic)
    for path, (document, found) in comments.items():
        codes = selection.codes_for(path)
        for finding in _about_comments(document, found, used.get(path, set()), codes):
            lines = {finding.position.line}
            if any(c.line in lines and finding.code in c.codes for c in found):
                silenced += 1
                continue
            kept.append(finding)
    return sorted(kept, key=Diagnostic.sort_key), silenced
