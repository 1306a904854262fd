"""Adding up the units' reports for the city: totals, works by measure, registered versus done.

Measures are compared after a light normalisation (``m2`` is ``m²``), and a registered work is
matched to a reported one by name, ignoring case and diacritics, when one name contains the
other or they share most of their words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from raquan.domain.units import name_key
from raquan.models.plan import Registration
from raquan.models.report import Work
from raquan.models.units import Unit
from raquan.results.collect import Received, Returns

_MEASURES = {"m2": "m²", "m3": "m³", "km2": "km²", "met": "m", "mét": "m"}


def measure(text: str) -> str:
    """A measure written the usual way: ``m2`` -> ``m²``."""
    cleaned = " ".join(text.split())
    return _MEASURES.get(cleaned.lower(), cleaned)


@dataclass(slots=True)
class Totals:
    """What the units reported, added up."""

    units: int = 0
    participants: int = 0
    workdays: float = 0
    state_budget: int = 0
    people: int = 0
    businesses: int = 0
    works: dict[str, float] = field(default_factory=dict)

    @property
    def money(self) -> int:
        return self.state_budget + self.people + self.businesses


def add_up(received: Iterable[Received]) -> Totals:
    """The totals of the valid reports received."""
    totals = Totals()
    for item in received:
        report = item.report
        totals.units += 1
        totals.participants += report.participants
        totals.workdays += report.workdays
        totals.state_budget += report.money.state_budget
        totals.people += report.money.people
        totals.businesses += report.money.businesses
        for work in report.works:
            key = measure(work.measure)
            totals.works[key] = totals.works.get(key, 0) + work.quantity
    return totals


@dataclass(frozen=True, slots=True)
class RegisteredWork:
    """A registered work of a unit and what its report says about it."""

    unit: Unit | None
    registration: Registration
    done: tuple[Work, ...]
    reported: bool

    @property
    def status(self) -> str:
        """In Vietnamese: đã hoàn thành, đang thực hiện, chưa thực hiện, chưa báo cáo."""
        if not self.reported:
            return "chưa báo cáo"
        if not self.done:
            return "không thấy trong báo cáo"
        if all(work.state == "hoàn thành" for work in self.done):
            return "đã hoàn thành"
        if any(work.state != "chưa thực hiện" for work in self.done):
            return "đang thực hiện"
        return "chưa thực hiện"


def same_work(registered: str, reported: str) -> bool:
    """Whether a reported work is the registered one (by name)."""
    a, b = name_key(registered), name_key(reported)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    words_a, words_b = set(re.findall(r"\w+", a)), set(re.findall(r"\w+", b))
    shared = len(words_a & words_b)
    return shared >= 0.7 * min(len(words_a), len(words_b))


def registered_versus_done(returns: Returns) -> list[RegisteredWork]:
    """Each work registered in the plan's registration tables, with what was reported."""
    index = returns.plan.index
    assert index is not None
    rows: list[RegisteredWork] = []
    for attachment in returns.plan.plan.attachments:
        for registration in attachment.registrations:
            target = index.find(registration.unit)
            unit = target if isinstance(target, Unit) else None
            received = returns.received.get(unit.id) if unit is not None else None
            works = received.report.works if received is not None else []
            done = tuple(w for w in works if same_work(registration.content, w.name))
            rows.append(RegisteredWork(unit, registration, done, received is not None))
    return rows
