"""Where one duty stands for one unit: its status, its due moment, its words, its completion.

The agenda (``raquan due``: one unit, every duty) and the follow-up matrix (``raquan status``:
every unit, every tracked duty) ask the same question of each (duty, unit), and get the same
answer from ``standings``: one ``Standing`` per occurrence of the duty's deadline (one for a
duty that does not recur), its status decided by ``domain.progress.status_of``. Nothing else
builds a ``Situation``.

``PlanStandings`` asks it for many units of one plan at once: a unit with nothing recorded
under the plan stands exactly where any other such unit stands, so the answer for a duty is
worked out once for all of them (the matrix of a province's plan has hundreds of communes).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from raquan.domain.dates.phrases import short_date, time_phrase
from raquan.domain.deadlines import (
    DoneAt,
    Series,
    depends_on,
    is_span,
    occurrence_phrase,
    occurrences,
)
from raquan.domain.phrasing import deadline_phrase
from raquan.domain.progress import (
    Completion,
    Situation,
    Status,
    aware,
    match_occurrences,
    status_of,
)
from raquan.models.plan import Duty
from raquan.read.workspace import LoadedPlan

_ONE_SECOND = datetime.timedelta(seconds=1)

_SHOWS_START = ("đến hết", "trong thời gian")
"""Deadline kinds whose words do not say when the span starts ("đến hết Quý I"): the agenda
shows the start beside them. The others say it ("trong tháng 6/2024", "vào ngày ...")."""


@dataclass(frozen=True, slots=True)
class Standing:
    """One occurrence of one duty for one unit, and where it stands."""

    status: Status
    due: datetime.datetime | None
    """The last moment (UTC+7) the duty is on time; None when no deadline is known."""
    due_text: str
    """The deadline in the plan's words, with the computed day when they do not say it."""
    start: datetime.datetime | None = None
    """Where a span starts, when its words do not say it ("từ 08h30' ngày 31/01/2023")."""
    completion: Completion | None = None
    occurrence: str | None = None
    """For a recurring duty, the period of this occurrence ("tháng 6/2024")."""
    occurrence_key: str = ""
    """A stable name of that period ("2024-06"); empty for a duty that does not recur."""
    series: Series | None = None
    """For a recurring duty, the whole series (calendar exports write it as a rule)."""
    estimated: bool = False
    """The due moment is an estimate: it counts from another duty not done yet."""

    @property
    def last_day(self) -> datetime.date | None:
        """The last calendar day on which the duty is on time."""
        return self.due.date() if self.due is not None else None


def _aware(local: datetime.datetime | None) -> datetime.datetime | None:
    return aware(local) if local is not None else None


def _standing(
    situation: Situation, done: Completion | None, now: datetime.datetime, text: str
) -> Standing:
    due = situation.end - _ONE_SECOND if situation.end is not None else None
    return Standing(status_of(situation, done, now), due, text, situation.start, done)


def known_by(done: Sequence[Completion], now: datetime.datetime) -> list[Completion]:
    """The completions of ``done`` made by the end of ``now``'s day: asked where things stood
    on an earlier day (``--today``), a duty done later was not done yet."""
    return [completion for completion in done if completion.date <= now.date()]


def standings(
    loaded: LoadedPlan,
    duty: Duty,
    done: Sequence[Completion],
    now: datetime.datetime,
    *,
    done_at: DoneAt | None = None,
    source: str = "",
) -> list[Standing]:
    """Where ``duty`` of ``loaded`` stands at ``now`` for a unit that recorded ``done``
    (earliest first) and did the plan's other duties at ``done_at(duty id)``.

    One ``Standing`` for a duty that does not recur (or cannot be placed), one per occurrence
    for a recurring one, the completions matched to the occurrences they answer. A duty the
    plan itself marks ``done`` counts as done on that day (``source`` names where).
    """
    plan = loaded.plan
    deadline = duty.deadline
    prepared = plan.event(duty.prepares) if duty.prepares is not None else None
    if not done and duty.done is not None:
        done = [Completion.on(duty.done, source)]
    done = known_by(done, now)
    first = done[0] if done else None
    situation = Situation(
        None,
        owes_deliverable=duty.deliverable is not None,
        event_start=aware(prepared.start()) if prepared is not None else None,
    )
    if deadline is None:
        due_text = ""
        if prepared is not None:
            when = f"{time_phrase(prepared.time)} " if prepared.time else ""
            due_text = (
                f"trước khi diễn ra {prepared.title} ({when}ngày {short_date(prepared.date)})"
            )
            situation = replace(situation, end=aware(prepared.start()))
        return [_standing(situation, first, now, due_text)]
    found = occurrences(plan, deadline, loaded.calendar, done_at=done_at)
    situation = replace(situation, span=is_span(deadline))
    phrase = deadline_phrase(deadline, plan)
    if not found or (found[0].estimated and depends_on(deadline) is not None):
        standing = _standing(replace(situation, waiting=True), first, now, phrase)
        if found and first is None:
            estimate = aware(found[0].end) - _ONE_SECOND
            standing = replace(standing, due=estimate, estimated=True)
        return [standing]
    if deadline.repeat is None:
        occurrence = found[0]
        here = replace(situation, end=aware(occurrence.end), start=_aware(occurrence.start))
        standing = _standing(here, first, now, occurrence_phrase(deadline, plan, occurrence))
        return [standing if deadline.kind in _SHOWS_START else replace(standing, start=None)]
    series = Series.of(deadline, found)
    windows: list[tuple[str, datetime.datetime | None]] = []
    for n, occurrence in enumerate(found):
        opens = occurrence.start or (found[n - 1].end if n else None)
        windows.append((occurrence.key, _aware(opens)))
    result = []
    for occurrence, completion in zip(found, match_occurrences(windows, done), strict=True):
        here = replace(situation, end=aware(occurrence.end), start=_aware(occurrence.start))
        standing = _standing(here, completion, now, occurrence_phrase(deadline, plan, occurrence))
        result.append(
            replace(
                standing,
                start=None,
                occurrence=occurrence.label,
                occurrence_key=occurrence.key,
                series=series,
            )
        )
    return result


Key = tuple[str, str, str]
"""(plan id, duty id, unit id): how completions are looked up."""


class PlanStandings:
    """The standings of one plan's duties for any of its units, at one moment.

    A unit that recorded nothing under the plan gets the answer every such unit gets, worked
    out once per duty; a unit with records gets its own (its completions, and the days it did
    the duties that other deadlines count from)."""

    def __init__(
        self,
        loaded: LoadedPlan,
        completions: Mapping[Key, Sequence[Completion]],
        now: datetime.datetime,
        *,
        sources: Mapping[str, str] | None = None,
    ) -> None:
        self.loaded = loaded
        self.now = now
        self.sources = sources or {}
        plan_id = loaded.plan.id
        self._recorded: dict[str, dict[str, list[Completion]]] = {}
        for (plan, duty_id, unit_id), found in completions.items():
            known = known_by(found, now)
            if plan == plan_id and known:
                self._recorded.setdefault(unit_id, {})[duty_id] = sorted(
                    known, key=lambda completion: completion.at
                )
        self._shared: dict[str, list[Standing]] = {}

    def recorded(self, unit_id: str, duty_id: str) -> list[Completion]:
        """What the unit recorded for the duty, earliest first."""
        return self._recorded.get(unit_id, {}).get(duty_id, [])

    def has_records(self, unit_id: str) -> bool:
        """Whether the unit recorded anything under the plan."""
        return unit_id in self._recorded

    def of(self, duty: Duty, unit_id: str) -> list[Standing]:
        """Where ``duty`` stands for the unit ``unit_id``."""
        source = self.sources.get(duty.id, "")
        own = self._recorded.get(unit_id)
        if own is None:
            shared = self._shared.get(duty.id)
            if shared is None:
                shared = standings(self.loaded, duty, [], self.now, source=source)
                self._shared[duty.id] = shared
            return shared

        def done_at(duty_id: str) -> datetime.datetime | None:
            found = own.get(duty_id)
            return found[0].at.replace(tzinfo=None) if found else None

        return standings(
            self.loaded, duty, own.get(duty.id, []), self.now, done_at=done_at, source=source
        )
