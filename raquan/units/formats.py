"""``raquan units show`` and ``list`` as text (for people) or JSON (for scripts):
``SHOW_FORMATS`` and ``LIST_FORMATS``, the tables of their ``--format``."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

from raquan.domain.dates.phrases import short_date
from raquan.domain.history import ONE_DAY, place_name
from raquan.models.units import Unit
from raquan.units.run import GroupStory, Listing, Shown, UnitStory


def _dates(unit: Unit) -> str:
    """ "từ 01/07/2025", "đến 30/06/2025", "01/07/2020 - 30/06/2025", or ""."""
    since = short_date(unit.since) if unit.since else None
    last = short_date(unit.until - ONE_DAY) if unit.until else None
    if since and last:
        return f"{since} - {last}"
    if since:
        return f"từ {since}"
    return f"đến {last}" if last else ""


def _unit_lines(story: UnitStory, day: datetime.date) -> list[str]:
    unit = story.unit
    lines = [f"{unit.display} ({unit.id})", f"  Tên chính thức: {unit.name}"]
    if unit.short:
        lines.append(f"  Tên ngắn: {unit.short}")
    if unit.aliases:
        lines.append(f"  Tên gọi khác: {'; '.join(unit.aliases)}")
    lines.append(f"  Loại: {unit.kind}; cấp: {unit.level}")
    if unit.code:
        lines.append(f"  Mã đơn vị hành chính: {unit.code}")
    when = _dates(unit)
    state = "đang hoạt động" if story.in_force else "không hoạt động"
    lines.append(f"  Hoạt động: {when + '; ' if when else ''}{state} ngày {short_date(day)}")
    if story.groups:
        listed = "; ".join(group.name for group in story.groups)
        lines.append(f"  Thuộc các nhóm: {listed}")
    if story.origin is not None:
        lines.append(f"  Hình thành: {story.origin.explain()}.")
    for change in story.changes:
        lines.append(f"  Thay đổi: {change.explain()}.")
    if story.now:
        lines.append(f"  Nay là: {', '.join(u.display for u in story.now)}.")
    return lines


def _group_lines(story: GroupStory, day: datetime.date) -> list[str]:
    group = story.group
    lines = [f"{group.name} ({group.id}) — nhóm"]
    if group.aliases:
        lines.append(f"  Tên gọi khác: {'; '.join(group.aliases)}")
    if group.kinds:
        where = f" cấp {group.level}" if group.level else ""
        lines.append(f"  Gồm mọi đơn vị loại: {', '.join(group.kinds)}{where}")
    if group.members:
        lines.append(f"  Thành viên ghi tên: {'; '.join(group.members)}")
    members = ", ".join(place_name(u) for u in story.members) or "không có đơn vị nào"
    lines.append(f"  Ngày {short_date(day)}: {members}")
    return lines


def show_text(shown: Shown) -> str:
    blocks = [
        "\n".join(
            _unit_lines(story, shown.day)
            if isinstance(story, UnitStory)
            else _group_lines(story, shown.day)
        )
        for story in shown.stories
    ]
    return "\n\n".join(blocks) + "\n"


def _unit_dict(unit: Unit) -> dict[str, Any]:
    return {
        "id": unit.id,
        "name": unit.name,
        "short": unit.short,
        "kind": unit.kind,
        "level": unit.level,
        "code": unit.code,
        "since": unit.since.isoformat() if unit.since else None,
        "until": unit.until.isoformat() if unit.until else None,
    }


def show_json(shown: Shown) -> str:
    found: list[dict[str, Any]] = []
    for story in shown.stories:
        if isinstance(story, UnitStory):
            item = _unit_dict(story.unit)
            item |= {
                "type": "unit",
                "aliases": list(story.unit.aliases),
                "in_force": story.in_force,
                "groups": [group.id for group in story.groups],
                "began": story.origin.explain() if story.origin else None,
                "predecessors": [u.id for u in story.origin.predecessors] if story.origin else [],
                "changes": [
                    {
                        "unit": change.unit.id,
                        "date": change.date.isoformat(),
                        "change": change.kind,
                        "successors": [u.id for u in change.successors],
                        "act": change.act,
                    }
                    for change in story.changes
                ],
                "now": [u.id for u in story.now],
            }
        else:
            item = {
                "type": "group",
                "id": story.group.id,
                "name": story.group.name,
                "members": [u.id for u in story.members],
            }
        found.append(item)
    return json.dumps(found, ensure_ascii=False, indent=2) + "\n"


def list_text(listing: Listing) -> str:
    when = (
        f"đang hoạt động ngày {short_date(listing.day)}"
        if listing.day is not None
        else "mọi thời gian"
    )
    kinds = f", loại {', '.join(listing.kinds)}" if listing.kinds else ""
    lines = [f"{len(listing.units)} đơn vị của '{listing.registry}' ({when}{kinds}):"]
    for unit in listing.units:
        code = unit.code or "-"
        dates = _dates(unit)
        tail = f" ({dates})" if dates else ""
        lines.append(f"  {code:>5}  {unit.display}  [{unit.id}]{tail}")
    return "\n".join(lines) + "\n"


def list_json(listing: Listing) -> str:
    return json.dumps([_unit_dict(u) for u in listing.units], ensure_ascii=False, indent=2) + "\n"


SHOW_FORMATS: dict[str, Callable[[Shown], str]] = {"text": show_text, "json": show_json}
LIST_FORMATS: dict[str, Callable[[Listing], str]] = {"text": list_text, "json": list_json}
