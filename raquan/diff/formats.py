"""A comparison as text (grouped by kind under Vietnamese headings), as Markdown to paste into
a message, and as JSON (a list of change objects)."""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import groupby

from raquan.diff.changes import KINDS, Change
from raquan.diff.run import Comparison
from raquan.domain.markdown import escape
from raquan.domain.phrasing import squash


def _groups(changes: list[Change]) -> list[tuple[str, list[Change]]]:
    return [(KINDS[kind], list(group)) for kind, group in groupby(changes, key=lambda c: c.kind)]


def summary(comparison: Comparison) -> str:
    """The first line: what was compared and how many changes."""
    old, new = comparison.old.label, comparison.new.label
    count = len(comparison.changes)
    concern = " liên quan đến " + "; ".join(comparison.units) if comparison.units else ""
    if not count:
        line = f"Không có thay đổi nào{concern} giữa “{old}” và “{new}”."
    else:
        line = f"So sánh “{old}” với “{new}”: {count} thay đổi{concern}."
    if comparison.hidden:
        line += f" Đã ẩn {comparison.hidden} thay đổi không liên quan."
    return line


def to_text(comparison: Comparison) -> str:
    """The readable form: a summary line, then each kind of change under its heading."""
    lines = [summary(comparison)]
    lines += [f"Lưu ý: {notice}" for notice in comparison.notices]
    for heading, group in _groups(comparison.changes):
        lines += ["", f"{heading} ({len(group)}):"]
        for change in group:
            lines.append(f"  - {change.message}")
            lines += [f"      {detail}" for detail in change.details]
    return "\n".join(lines) + "\n"


def to_markdown(comparison: Comparison) -> str:
    """Markdown to paste into a message: a title, the summary, a list per kind of change."""
    title = squash(comparison.new.plan.title)
    lines = [f"## Thay đổi của kế hoạch {escape(title)}", ""]
    lines.append(escape(summary(comparison)))
    lines += [f"\n> {escape(notice)}" for notice in comparison.notices]
    for heading, group in _groups(comparison.changes):
        lines += ["", f"### {escape(heading)} ({len(group)})", ""]
        for change in group:
            lines.append(f"- {escape(change.message)}")
            lines += [f"  - {escape(detail)}" for detail in change.details]
    return "\n".join(lines) + "\n"


def to_json(comparison: Comparison) -> str:
    """A JSON list of change objects (``kind``, ``item``, ``field``, ``before``, ``after``,
    ``added``, ``removed``, ``message``, ``details``)."""
    data = [change.as_dict() for change in comparison.changes]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Comparison], str]] = {
    "text": to_text,
    "json": to_json,
    "md": to_markdown,
}
"""``--format`` name -> formatter, in the order the help lists them."""
