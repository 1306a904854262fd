"""The daily digest (``raquan due --digest``): for each unit, a short plain-text message to paste
into a chat or an e-mail: what is overdue, what is due today, what falls due within the next N
working days, each with the plan's deadline phrase and whom to send it to.

Plain text only, for the apps people paste into (Zalo, e-mail): no table or box characters, no
Markdown marks; every line at most ``WIDTH`` characters (a phone's screen), wrapped between
words with ``textwrap``; a long duty text is cut between words (``shorten``). Events the unit
hosts or attends are listed on their day among what is due.

Example (one unit; the items come from ``raquan.due.items``)::

    UBND xã Đoàn Kết: việc cần làm
    Tính đến thứ Hai, 30/01/2023.

    QUÁ HẠN (1)
    - ...
"""

from __future__ import annotations

import datetime
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import short_date
from raquan.domain.phrasing import shorten
from raquan.domain.progress import Status
from raquan.domain.units import Target, display_name
from raquan.due.items import AgendaItem

WIDTH = 48
"""The longest line of a digest: what a phone shows without wrapping."""

TITLE_LIMIT = 90
"""Characters of a duty's text in a digest (cut between words)."""

WITHIN = 5
"""The working days ahead a digest looks by default (``--within``)."""


@dataclass(frozen=True, slots=True)
class Sections:
    """One unit's items for its digest, in the order the message lists them."""

    overdue: list[AgendaItem]
    today: list[AgendaItem]
    soon: list[AgendaItem]

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.today or self.soon)


def sections(items: Sequence[AgendaItem], today: datetime.date, within: int) -> Sections:
    """Sort one unit's open items into overdue, due today, and due within ``within`` working
    days (events the unit hosts or attends count by their day); done items are left out."""
    overdue, due_today, soon = [], [], []
    for item in items:
        if item.completed is not None or item.due is None:
            continue
        if item.status is Status.OVERDUE:
            overdue.append(item)
        elif item.status.finished:
            continue
        elif item.due.date() == today:
            due_today.append(item)
        elif item.due.date() > today and (item.working_days_left or 0) <= within:
            soon.append(item)
    return Sections(overdue, due_today, soon)


def _wrapped(text: str, *, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _when(item: AgendaItem, today: datetime.date) -> str:
    """How far the item is: "quá hạn 16 ngày", "hôm nay", "còn 2 ngày làm việc"."""
    assert item.due is not None
    days = (item.due.date() - today).days
    if item.status is Status.OVERDUE:
        return f"quá hạn {-days} ngày" if days < 0 else "quá hạn"
    if days == 0:
        return "hôm nay"
    working = item.working_days_left or 0
    return f"còn {working} ngày làm việc" if working else f"còn {days} ngày"


def _item_lines(item: AgendaItem, today: datetime.date) -> list[str]:
    lines = _wrapped(shorten(item.title, TITLE_LIMIT), first="- ", rest="  ")
    if item.kind == "event":
        deadline = f"{item.role.label.capitalize()} {item.due_text}"
    else:
        deadline = f"Hạn: {item.due_text}" if item.due_text else "Hạn:"
    lines += _wrapped(f"{deadline} ({_when(item, today)})", first="  ", rest="  ")
    if item.place:
        lines += _wrapped(f"Tại: {item.place}", first="  ", rest="  ")
    if item.recipients:
        lines += _wrapped("Gửi về: " + ", ".join(item.recipients), first="  ", rest="  ")
    if item.lead_phrase is not None:
        phrase = item.lead_phrase[0].upper() + item.lead_phrase[1:]
        lines += _wrapped(phrase, first="  ", rest="  ")
    return lines


def unit_digest(
    name: str, items: Sequence[AgendaItem], today: datetime.date, within: int
) -> list[str]:
    """The lines of one unit's digest."""
    lines = _wrapped(f"{name}: việc cần làm")
    lines += _wrapped(f"Tính đến {weekday_name(today)}, {short_date(today)}.")
    found = sections(items, today, within)
    if found.empty:
        nothing = f"Không có việc quá hạn hay đến hạn trong {within} ngày làm việc tới."
        lines += ["", *_wrapped(nothing)]
        return lines
    for heading, group in (
        ("QUÁ HẠN", found.overdue),
        ("ĐẾN HẠN HÔM NAY", found.today),
        (f"TRONG {within} NGÀY LÀM VIỆC TỚI", found.soon),
    ):
        if not group:
            continue
        lines += ["", f"{heading} ({len(group)})"]
        for item in group:
            lines += _item_lines(item, today)
    return lines


def to_digest(
    items: Sequence[AgendaItem],
    *,
    today: datetime.date,
    within: int = WITHIN,
    units: Sequence[Target] = (),
    every_unit: bool = False,
    notices: Sequence[str] = (),
) -> str:
    """The digest of each of ``units`` (those of ``items`` when none are given), one after the
    other, two blank lines between them. When several units are shown, one with nothing to
    say is left out unless ``every_unit``."""
    by_unit: dict[str, list[AgendaItem]] = {}
    for item in items:
        by_unit.setdefault(item.unit.id, []).append(item)
    shown: dict[str, Target] = {}
    for target in [*units, *(item.unit for item in items)]:
        shown.setdefault(target.id, target)
    blocks = []
    for unit_id, target in shown.items():
        group = by_unit.get(unit_id, [])
        if len(shown) > 1 and not every_unit and sections(group, today, within).empty:
            continue
        blocks.append("\n".join(unit_digest(display_name(target), group, today, within)))
    if not blocks:
        nothing = f"Không đơn vị nào có việc quá hạn hay đến hạn trong {within} ngày làm việc tới."
        blocks.append("\n".join(_wrapped(nothing)))
    head = [line for notice in notices for line in _wrapped(f"Lưu ý: {notice}")]
    return "\n".join(head) + ("\n\n" if head else "") + "\n\n\n".join(blocks) + "\n"
