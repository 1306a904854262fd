"""Adding one entry to a unit's completion file, never losing what is already there.

The file is changed under an exclusive lock (``raquan.lock``): the file is read again under the
lock, the entry is appended *as text* after the last entry (so the clerk's comments, order and
layout stay as they were), the whole new text is validated like any completion file, and only
then does it replace the old file atomically (``write_atomic``). A file that is not a valid
completion file, or that belongs to another plan or unit, is never touched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from raquan.domain.dates.phrases import short_date
from raquan.errors import UserError
from raquan.files import write_atomic, write_new
from raquan.i18n import os_reason
from raquan.lock import locked
from raquan.models.completions import CompletionEntry, Completions

_ENTRIES = re.compile(r"^entries:[ \t]*(?P<empty>\[[ \t]*\])?[ \t]*(?:#.*)?$", re.M)
_TOP_LEVEL = re.compile(r"^[^\s#-]", re.M)
_DASH = re.compile(r"^(?P<indent>[ \t]*)-[ \t]", re.M)


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def entry_lines(entry: CompletionEntry, indent: str = "  ") -> str:
    """The entry as YAML lines of a block sequence item, ``indent`` before its dash."""
    inner = indent + "  "
    lines = [f"{indent}- duty: {entry.duty}", f"{inner}date: {entry.date.isoformat()}"]
    if entry.time is not None:
        lines.append(f'{inner}time: "{entry.time:%H:%M}"')
    if entry.occurrence is not None:
        lines.append(f"{inner}occurrence: {_quoted(entry.occurrence)}")
    document = entry.document
    if document is not None:
        parts = [f"number: {_quoted(document.number)}"]
        if document.date is not None:
            parts.append(f"date: {document.date.isoformat()}")
        if document.type is not None:
            parts.append(f"type: {_quoted(document.type)}")
        lines.append(f"{inner}document: {{{', '.join(parts)}}}")
    if entry.note is not None:
        lines.append(f"{inner}note: {_quoted(entry.note)}")
    return "\n".join(lines) + "\n"


def new_file_text(plan: str, unit: str, entry: CompletionEntry) -> str:
    """A new completion file holding one entry."""
    return (
        "# Ghi nhận hoàn thành nhiệm vụ của đơn vị (raquan done). Mỗi mục một lần hoàn thành.\n"
        "raquan: 1\n"
        "kind: completions\n"
        f"plan: {plan}\n"
        f"unit: {_quoted(unit)}\n"
        "entries:\n" + entry_lines(entry)
    )


def appended(text: str, entry: CompletionEntry, shown: str) -> str:
    """``text`` with ``entry`` added after its last entry.

    Raises ``UserError`` when the entries are not the file's last key in block style (the
    only layout where adding lines at the end is certain to add an entry).
    """
    found = list(_ENTRIES.finditer(text))
    if len(found) != 1 or _TOP_LEVEL.search(text, found[0].end()):
        raise UserError(
            f"Không thêm được mục vào '{shown}': khoá 'entries' phải là khoá cuối cùng của tệp.",
            hint="Chuyển 'entries:' và các mục của nó xuống cuối tệp, rồi chạy lại lệnh.",
        )
    match = found[0]
    if match.group("empty"):
        text = text[: match.start()] + "entries:" + text[match.end() :]
    if not text.endswith("\n"):
        text += "\n"
    dash = _DASH.search(text, text.index("entries:"))
    indent = dash.group("indent") if dash else "  "
    return text + entry_lines(entry, indent)


def record(
    path: Path,
    *,
    shown: str,
    plan: str,
    unit: str,
    entry: CompletionEntry,
    parse: Callable[[Path, str, str], Completions],
    same_unit: Callable[[str], bool],
    answers: Callable[[CompletionEntry], bool] = lambda _: False,
) -> bool:
    """Add ``entry`` to the completion file at ``path`` (creating it); True when created.

    ``parse(path, text, shown)`` validates a completion file's text and returns its model, or
    raises ``UserError`` naming the file and the place; ``same_unit`` says whether the unit a
    file names is the unit recorded for; ``answers(old)`` whether an entry already there
    records what ``entry`` would (the same duty or occurrence, done the same day: the command
    run twice): then nothing is added, and ``UserError`` says so. (Another day for the same
    duty is added: RQ514 then says which record counts.)
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"Không tạo được thư mục '{path.parent}': {os_reason(error)}.") from None
    with locked(path):
        try:
            old = path.read_bytes()
        except FileNotFoundError:
            old = None
        except OSError as error:
            raise UserError(f"Không đọc được '{shown}': {os_reason(error)}.") from None
        if old is None:
            text = new_file_text(plan, unit, entry)
            parse(path, text, shown)
            write_new(path, text)
            return True
        try:
            current = old.decode("utf-8")
        except UnicodeDecodeError:
            raise UserError(f"Tệp '{shown}' không phải văn bản UTF-8; raquan không sửa.") from None
        before = parse(path, current, shown)
        if before.plan != plan:
            raise UserError(
                f"Tệp '{shown}' ghi nhận cho kế hoạch '{before.plan}', không phải '{plan}'."
            )
        if not same_unit(before.unit):
            raise UserError(
                f"Tệp '{shown}' ghi nhận cho đơn vị '{before.unit}', không phải {unit}."
            )
        for number, earlier in enumerate(before.entries, start=1):
            if answers(earlier):
                raise UserError(
                    f"{unit} đã được ghi nhận hoàn thành nhiệm vụ '{entry.duty}' ngày "
                    f"{short_date(earlier.date)} (mục thứ {number} trong '{shown}'); không "
                    "ghi thêm.",
                    hint="Mục ấy sai thì sửa hoặc xoá nó trong tệp, rồi chạy lại.",
                )
        text = appended(current, entry, shown)
        after = parse(path, text, shown)
        if list(after.entries) != [*before.entries, entry]:
            raise UserError(
                f"Không thêm được mục vào '{shown}' mà giữ nguyên các mục đã có.",
                hint="Kiểm tra cách viết các mục trong 'entries' (mỗi mục bắt đầu bằng '- ').",
            )
        write_atomic(path, text)
        return False
