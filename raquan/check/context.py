"""What a rule sees (the file, its model, the plan's units and calendar) and what it returns.

A rule's ``check(ctx)`` gets a ``PlanContext``, a ``RegistryContext`` or a
``ResultFileContext``, as its ``APPLIES_TO`` says, and yields ``Finding``s; the engine turns
them into ``Diagnostic``s carrying the rule's code and severity (see ``raquan.check.rule``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from raquan.diagnostics import DataPath
from raquan.domain.dates.textdates import find_dates
from raquan.domain.doctypes import find_citations
from raquan.domain.richtext import placeholders

if TYPE_CHECKING:
    from raquan.domain.dates.textdates import DateMention
    from raquan.domain.dates.workdays import WorkCalendar
    from raquan.domain.deadlines import Occurrence
    from raquan.domain.doctypes import Citation
    from raquan.domain.richtext import Placeholder
    from raquan.domain.units import UnitIndex
    from raquan.models.completions import Completions
    from raquan.models.plan import Deadline, Duty, PlacedDuty, Plan
    from raquan.models.report import Report
    from raquan.models.units import Registry, Unit
    from raquan.read.loader import Document
    from raquan.read.workspace import LoadedPlan


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem a check found, before it gets its code and file."""

    target: DataPath
    message: str
    hint: str | None = None
    key: bool = False
    needle: str | None = None
    occurrence: int = 0


_DIGIT = re.compile(r"\d")


@dataclass
class PlanContext:
    """What a plan check sees: the plan, its file, its unit index and its working calendar."""

    document: Document
    plan: Plan
    index: UnitIndex | None
    calendar: WorkCalendar
    registry_problem: str | None = None
    """Why the plan's unit registry could not be used, in Vietnamese (RQ104)."""
    _found_in: dict[tuple[Callable[[str], list[Any]], str], list[Any]] = field(
        default_factory=dict, repr=False
    )

    @cached_property
    def duties(self) -> list[PlacedDuty]:
        """Every duty of the plan, sub-duties included, in document order."""
        return list(self.plan.duties())

    @cached_property
    def deadlines(self) -> list[tuple[PlacedDuty, Deadline, list[Occurrence]]]:
        """Every duty with a deadline, and each time it falls due (a recurring deadline
        several times; none when it cannot be placed, which RQ105, RQ207 and RQ208 report).
        A deadline counted from another duty's completion is estimated from that duty's own
        deadline. The RQ2xx rules apply to each occurrence."""
        from raquan.domain.deadlines import occurrences  # noqa: PLC0415

        return [
            (
                placed,
                placed.duty.deadline,
                occurrences(self.plan, placed.duty.deadline, self.calendar),
            )
            for placed in self.duties
            if placed.duty.deadline is not None
        ]

    def declared_days(self, duty: Duty) -> list[datetime.date]:
        """The days a duty's deadline names or comes to (its date, start, the day it counts
        from, the last day of each occurrence), the written date first; empty without one."""
        deadline = duty.deadline
        if deadline is None:
            return []
        days = [deadline.date, deadline.start, deadline.from_.date if deadline.from_ else None]
        for placed, _, found in self.deadlines:
            if placed.duty is duty:
                days += [occurrence.last_day for occurrence in found]
        return [day for day in days if day is not None]

    @cached_property
    def duty_texts(self) -> dict[DataPath, Duty]:
        """The duty whose ``text`` (or the words of whose deadline, ``deadline.text``) is at a
        data path."""
        found: dict[DataPath, Duty] = {}
        for placed in self.duties:
            found[(*placed.path, "text")] = placed.duty
            if placed.duty.deadline is not None and placed.duty.deadline.text is not None:
                found[(*placed.path, "deadline", "text")] = placed.duty
        return found

    @cached_property
    def texts(self) -> list[tuple[DataPath, str]]:
        """Every rich text of the plan with its data path, in document order."""
        return list(_plan_texts(self.plan, self.duties))

    def _found(self, find: Callable[[str], list[Any]], text: str) -> list[Any]:
        """``find(text)``, worked out once per text and shared by the checks."""
        key = (find, text)
        found = self._found_in.get(key)
        if found is None:
            found = self._found_in[key] = find(text)
        return found

    def dates(self, text: str) -> list[DateMention]:
        """The dates written in a text."""
        if not _DIGIT.search(text):
            return []
        return self._found(find_dates, text)

    def citations(self, text: str) -> list[Citation]:
        """The documents cited in a text ("Kế hoạch số 36/KH-UBND")."""
        return self._found(find_citations, text)

    def placeholders(self, text: str) -> list[Placeholder]:
        """The placeholders (``{deadline}``, ``{attachment:pl1}``) of a text."""
        return self._found(_placeholders, text)

    @cached_property
    def refs(self) -> list[tuple[DataPath, str]]:
        """Every unit or group name the plan uses, with its data path."""
        return list(_plan_refs(self.plan, self.duties))


def _placeholders(text: str) -> list[Placeholder]:
    return list(placeholders(text))


@dataclass
class RegistryContext:
    """What a unit registry check sees."""

    document: Document
    registry: Registry
    index: UnitIndex


@dataclass
class ResultFileContext:
    """What a result file check sees: its model, and the plan it answers when it was found."""

    document: Document
    report: Report
    plan: LoadedPlan | None
    plan_problem: str | None = None
    others: list[str] = field(default_factory=list)
    """Where other result files for the same plan, duty and unit are."""

    @property
    def index(self) -> UnitIndex | None:
        return self.plan.index if self.plan is not None else None

    def assigned(self, placed: PlacedDuty, unit: Unit) -> bool:
        """Whether the duty is given to the unit, by name or through a group."""
        from raquan.domain.units import takes_part  # noqa: PLC0415

        index = self.index
        return index is not None and takes_part(index, placed.to, unit)

    @cached_property
    def duty(self) -> PlacedDuty | None:
        """The duty of the plan that the result file names, if the plan and the duty exist."""
        if self.plan is None:
            return None
        wanted = self.report.duty
        return next((p for p in self.plan.plan.duties() if p.duty.id == wanted), None)


def _plan_refs(plan: Plan, duties: list[PlacedDuty]) -> Iterator[tuple[DataPath, str]]:
    yield ("header", "issuer"), plan.header.issuer
    for s, section in enumerate(plan.sections):
        for a, block in enumerate(section.assignments):
            for i, ref in enumerate(block.to):
                yield ("sections", s, "assignments", a, "to", i), ref
    for placed in duties:
        duty = placed.duty
        for i, ref in enumerate(duty.to or ()):
            yield (*placed.path, "to", i), ref
        for i, ref in enumerate(duty.partners):
            yield (*placed.path, "partners", i), ref
        if duty.deliverable is not None:
            for i, ref in enumerate(duty.deliverable.to):
                yield (*placed.path, "deliverable", "to", i), ref
    for e, event in enumerate(plan.events):
        for i, ref in enumerate(event.host):
            yield ("events", e, "host", i), ref
        for i, ref in enumerate(event.attendees):
            yield ("events", e, "attendees", i), ref
    for r, recipient in enumerate(plan.recipients):
        if recipient.unit is not None:
            yield ("recipients", r, "unit"), recipient.unit
        for i, ref in enumerate(recipient.covers):
            yield ("recipients", r, "covers", i), ref
    for t, attachment in enumerate(plan.attachments):
        for i, row in enumerate(attachment.registrations):
            yield ("attachments", t, "registrations", i, "unit"), row.unit
        for i, assigned in enumerate(attachment.assignments):
            yield ("attachments", t, "assignments", i, "area"), assigned.area
            for m, ref in enumerate(assigned.members):
                yield ("attachments", t, "assignments", i, "members", m), ref


def _plan_texts(plan: Plan, duties: list[PlacedDuty]) -> Iterator[tuple[DataPath, str]]:
    by_block: dict[tuple[object, object], list[PlacedDuty]] = {}
    for placed in duties:
        by_block.setdefault((placed.path[1], placed.path[3]), []).append(placed)
    if plan.preamble:
        yield ("preamble",), plan.preamble
    for label, note in plan.footnotes.items():
        yield ("footnotes", label), note
    for s, section in enumerate(plan.sections):
        if section.text:
            yield ("sections", s, "text"), section.text
        for a, block in enumerate(section.assignments):
            yield ("sections", s, "assignments", a, "heading"), block.heading
            for placed in by_block.get((s, a), []):
                duty = placed.duty
                yield (*placed.path, "text"), duty.text
                if duty.deadline is not None and duty.deadline.text is not None:
                    yield (*placed.path, "deadline", "text"), duty.deadline.text
                if duty.when is not None:
                    yield (*placed.path, "when"), duty.when
                if duty.note is not None:
                    yield (*placed.path, "note"), duty.note
            if block.note:
                yield ("sections", s, "assignments", a, "note"), block.note
    if plan.closing:
        yield ("closing",), plan.closing


@dataclass
class CompletionsContext:
    """What a completion file check sees: its records, and the plan they answer when found."""

    document: Document
    records: Completions
    plan: LoadedPlan | None

    @property
    def index(self) -> UnitIndex | None:
        return self.plan.index if self.plan is not None else None

    @cached_property
    def duties(self) -> dict[str, PlacedDuty]:
        """The plan's duties by id (empty without a plan)."""
        if self.plan is None:
            return {}
        found: dict[str, PlacedDuty] = {}
        for placed in self.plan.plan.duties():
            found.setdefault(placed.duty.id, placed)
        return found

    @cached_property
    def unit(self) -> Unit | None:
        """The unit the records are for, when its name resolves to one unit."""
        from raquan.models.units import Unit  # noqa: PLC0415

        index = self.index
        target = index.find(self.records.unit) if index is not None else None
        return target if isinstance(target, Unit) else None

    def assigned(self, placed: PlacedDuty, unit: Unit) -> bool:
        """Whether the duty is the unit's: given to it (by name or through a group), or with
        it as a partner."""
        from raquan.domain.units import takes_part  # noqa: PLC0415

        index = self.index
        return index is not None and takes_part(index, (*placed.to, *placed.duty.partners), unit)

    def occurrences(self, placed: PlacedDuty) -> list[Occurrence]:
        """When the duty falls due (estimated when counted from another duty)."""
        from raquan.domain.deadlines import occurrences  # noqa: PLC0415

        deadline = placed.duty.deadline
        if self.plan is None or deadline is None:
            return []
        return occurrences(self.plan.plan, deadline, self.plan.calendar)


def unit_findings(index: UnitIndex, name: str, *, group: str) -> Iterator[Finding]:
    """What is wrong with the unit a unit's file names (``unit``): no such unit, several, or a
    group (``group`` says why a group will not do). Nothing when it is one unit."""
    from raquan.domain.units import display_name  # noqa: PLC0415
    from raquan.models.units import Unit  # noqa: PLC0415

    found = index.resolve(name)
    if found.ambiguous:
        names = ", ".join(f"'{display_name(t)}'" for t in found.candidates)
        yield Finding(("unit",), f"Tên '{name}' có thể là nhiều đơn vị: {names}.")
    elif found.target is None:
        yield Finding(("unit",), f"Không có đơn vị nào tên '{name}' trong danh mục.", found.hint)
    elif not isinstance(found.target, Unit):
        yield Finding(("unit",), f"'{name}' là một nhóm; {group}")
