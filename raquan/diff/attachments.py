"""Changes of the appendices: added, removed, retitled, rows added or removed."""

from __future__ import annotations

import json
from collections import Counter

from raquan.diff.changes import Change
from raquan.diff.units import UnitNames
from raquan.diff.versions import VersionPair
from raquan.diff.words import quoted, text_change, value_change
from raquan.models.plan import AreaAssignment, Attachment, Registration


def _row_key(row: Registration | AreaAssignment) -> str:
    return json.dumps(row.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def _rows(attachment: Attachment) -> Counter[str]:
    return Counter(_row_key(row) for row in attachment.rows)


def _row_refs(row: Registration | AreaAssignment) -> list[str]:
    if isinstance(row, Registration):
        return [row.unit]
    return [row.area, *row.members]


def _involves(attachment: Attachment, rows: Counter[str], names: UnitNames) -> frozenset[str]:
    """The units of the rows of ``attachment`` that are among ``rows``."""
    refs: list[str] = []
    for row in attachment.rows:
        if rows[_row_key(row)]:
            refs += _row_refs(row)
    return names.involves(refs)


def _all_units(attachment: Attachment, names: UnitNames) -> frozenset[str]:
    return names.involves(ref for row in attachment.rows for ref in _row_refs(row))


def _count(number: int) -> str:
    return f"{number} dòng"


def _rows_change(pair: VersionPair, old: Attachment, new: Attachment) -> Change | None:
    before, after = _rows(old), _rows(new)
    if before == after:
        return None
    added, removed = after - before, before - after
    parts = []
    if added:
        parts.append(f"thêm {_count(added.total())}")
    if removed:
        parts.append(f"bỏ {_count(removed.total())}")
    return Change(
        "attachment-changed",
        new.id,
        f"Phụ lục {new.id} {quoted(new.title, 80)}: từ {_count(before.total())} thành "
        f"{_count(after.total())} ({', '.join(parts)}).",
        before=before.total(),
        after=after.total(),
        field="rows",
        involves=_involves(old, removed, pair.old_names) | _involves(new, added, pair.new_names),
    )


def attachment_changes(pair: VersionPair) -> list[Change]:
    """Appendices matched by id."""
    old = {attachment.id: attachment for attachment in pair.old.plan.attachments}
    new = {attachment.id: attachment for attachment in pair.new.plan.attachments}
    found: list[Change] = []
    for key, attachment in old.items():
        if key not in new:
            found.append(
                Change(
                    "attachment-removed",
                    key,
                    f"Bỏ phụ lục {key} {quoted(attachment.title, 80)} "
                    f"({_count(len(attachment.rows))}).",
                    before=len(attachment.rows),
                    field="rows",
                    involves=_all_units(attachment, pair.old_names),
                )
            )
    for key, attachment in new.items():
        if key not in old:
            found.append(
                Change(
                    "attachment-added",
                    key,
                    f"Thêm phụ lục {key} {quoted(attachment.title, 80)} "
                    f"({_count(len(attachment.rows))}).",
                    after=len(attachment.rows),
                    field="rows",
                    involves=_all_units(attachment, pair.new_names),
                )
            )
            continue
        before = old[key]
        title = text_change(
            key,
            f"tên phụ lục {key}",
            before.title,
            attachment.title,
            kind="attachment-changed",
            field="title",
        )
        kind = value_change(
            "attachment-changed",
            key,
            f"loại bảng của phụ lục {key}",
            (quoted(before.kind), quoted(attachment.kind)),
            (before.kind, attachment.kind),
            field="kind",
        )
        rows = _rows_change(pair, before, attachment)
        found += [change for change in (title, kind, rows) if change is not None]
    return found
