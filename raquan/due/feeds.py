"""Calendar feeds: one iCalendar file per unit in a folder, for a shared folder or a web server
to serve for subscription (``raquan due --all-units --format ics -o lich/``).

Each unit's file is named by its id (``xa-doan-ket.ics``): the name stays the same from one
run to the next, as do the UIDs inside (``raquan.due.formats.uid``), so that a calendar
subscribed to the file, or a re-import, updates its items instead of duplicating them. Every
file carries its fingerprint (``raquan.owned``, the line ``X-RAQUAN-FINGERPRINT:``): the next
run replaces the files raquan wrote and nobody changed since, and never touches (nor deletes)
any other file in the folder, unless ``--force``.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from raquan.domain.units import Target, display_name
from raquan.due.formats import ICS_MARK, to_ics
from raquan.due.items import AgendaItem
from raquan.errors import UserError


@dataclass(frozen=True, slots=True)
class Feed:
    """One unit's calendar: its file name in the feeds folder, and its items."""

    file_name: str
    title: str
    items: list[AgendaItem]


def feed_name(target: Target) -> str:
    """The file name of a unit's calendar: its id (lower-case ASCII, digits and dashes)."""
    return f"{target.id}.ics"


def feeds(targets: Sequence[Target], items: Sequence[AgendaItem]) -> list[Feed]:
    """A feed for each of ``targets`` (even one without items: a subscription stays valid),
    in their order; a unit appears once even when several registries name it."""
    by_unit: dict[str, list[AgendaItem]] = {}
    for item in items:
        by_unit.setdefault(item.unit.id, []).append(item)
    found: dict[str, Feed] = {}
    for target in targets:
        if target.id not in found:
            found[target.id] = Feed(
                feed_name(target),
                f"Lịch việc của {display_name(target)}",
                by_unit.get(target.id, []),
            )
    return list(found.values())


@dataclass(slots=True)
class Written:
    """What ``write_feeds`` did: the files written (new or replaced), and those it kept as
    they were because raquan did not write them (each with the reason, in Vietnamese)."""

    written: list[Path] = field(default_factory=list)
    kept: list[UserError] = field(default_factory=list)


def write_feeds(
    folder: Path,
    targets: Sequence[Target],
    items: Sequence[AgendaItem],
    *,
    stamp: datetime.datetime,
    tasks: bool = False,
    force: bool = False,
) -> Written:
    """Write each unit's calendar into ``folder`` (made when missing). A file raquan did not
    write (or one changed since) is kept and reported, the others are still written; nothing
    else in the folder is touched."""
    from raquan.owned import write_owned  # noqa: PLC0415

    if folder.exists() and not folder.is_dir():
        raise UserError(
            f"'{folder}' là một tệp; với --all-units, -o là thư mục chứa lịch của từng đơn vị."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(f"Không tạo được thư mục '{folder}': {error.strerror or error}.") from None
    done = Written()
    for feed in feeds(targets, items):
        target = folder / feed.file_name
        data = to_ics(feed.items, stamp=stamp, name=feed.title, tasks=tasks, fingerprint=True)
        try:
            write_owned(target, data, intact=ICS_MARK.intact, force=force)
        except UserError as error:
            done.kept.append(error)
        else:
            done.written.append(target)
    return done
