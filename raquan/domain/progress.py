"""Where each (duty, unit) stands: the statuses of follow-through, in one place.

Government offices' task systems count every assigned task as not yet due, due, done, done
late or overdue. raquan says the same of every duty of every unit, and it also says what is
*not* overdue although its date has passed:

- a preparation duty whose event is over, with nothing recorded (the event happened; keeping
  "quá hạn 69 ngày" forever would be false): ``EVENT_PASSED``;
- a span that ended with nothing recorded (an activity "đến hết Quý I", "trong tháng 6", "trong
  thời gian diễn ra Lễ"): ``ENDED``; a span that owes a deliverable (a report, a plan) is
  still overdue when it ends;
- a duty with no deadline: ``NO_DEADLINE``; a duty counted from another duty the unit has not
  done yet: ``WAITING``.

``status_of`` is the only function that decides; ``due`` shows its answer and the dashboard
(``raquan status``) counts it. A ``Completion`` is what a result file (``kind: report``) or a
completion record (``kind: completions``) says: when, and where it is written.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from raquan.domain.time import VIETNAM, moment

_ONE_SECOND = datetime.timedelta(seconds=1)


class Status(StrEnum):
    """Where an item stands at a given moment. The value is stable (JSON, scripts)."""

    OVERDUE = "overdue"
    DUE_TODAY = "due-today"
    IN_PROGRESS = "in-progress"
    UPCOMING = "upcoming"
    WAITING = "waiting"
    NO_DEADLINE = "no-deadline"
    DONE = "done"
    DONE_LATE = "done-late"
    EVENT_PASSED = "event-passed"
    ENDED = "ended"
    PAST = "past"

    @property
    def label(self) -> str:
        """The status in Vietnamese, as the agenda prints it."""
        return _LABELS[self]

    @property
    def finished(self) -> bool:
        """Nothing more is expected: hidden from an agenda unless ``--all``."""
        return self in _FINISHED

    @property
    def done(self) -> bool:
        """A completion was recorded (on time or late)."""
        return self in (Status.DONE, Status.DONE_LATE)


_LABELS = {
    Status.OVERDUE: "quá hạn",
    Status.DUE_TODAY: "đến hạn hôm nay",
    Status.IN_PROGRESS: "đang thực hiện",
    Status.UPCOMING: "sắp tới",
    Status.WAITING: "chờ hoàn thành việc trước",
    Status.NO_DEADLINE: "không ghi thời hạn",
    Status.DONE: "đã xong, đúng hạn",
    Status.DONE_LATE: "đã xong, trễ hạn",
    Status.EVENT_PASSED: "sự kiện đã diễn ra, không ghi nhận hoàn thành",
    Status.ENDED: "đã hết thời gian thực hiện",
    Status.PAST: "đã diễn ra",
}
_FINISHED = frozenset(
    {Status.DONE, Status.DONE_LATE, Status.EVENT_PASSED, Status.ENDED, Status.PAST}
)


@dataclass(frozen=True, slots=True)
class Completion:
    """A record that a unit did a duty: when (UTC+7), where that is written, and the document
    that did it ("Kế hoạch số 05/KH-UBND ngày 13/01/2023"), if known."""

    at: datetime.datetime
    source: str
    document: str | None = None
    note: str | None = None
    occurrence: str | None = None
    """For a recurring duty, the period the record says it answers ("2024-06"), if it does."""

    @property
    def date(self) -> datetime.date:
        return self.at.date()

    @classmethod
    def on(cls, day: datetime.date, source: str, **more: str | None) -> Completion:
        """Done on a day, time unknown: counted at the end of that day."""
        return cls(moment(day, datetime.time(23, 59, 59)), source, **more)


def aware(local: datetime.datetime) -> datetime.datetime:
    """A naive local time of the models as an aware moment in UTC+7."""
    return local.replace(tzinfo=VIETNAM)


@dataclass(frozen=True, slots=True)
class Situation:
    """What ``status_of`` needs to know about one (duty, unit) and one occurrence."""

    end: datetime.datetime | None
    """The first moment (UTC+7) the duty is no longer on time; None: no known deadline."""
    start: datetime.datetime | None = None
    """Where the span starts, if the deadline is one."""
    span: bool = False
    """The deadline is a time during which something is done (see ``deadlines.is_span``)."""
    owes_deliverable: bool = False
    """The duty produces something to send (a report, a plan): owed even after a span."""
    event_start: datetime.datetime | None = None
    """The start of the event the duty prepares, if it prepares one."""
    waiting: bool = False
    """The deadline counts from another duty the unit has not done yet."""


def status_of(
    situation: Situation, completion: Completion | None, now: datetime.datetime
) -> Status:
    """The status of a duty for a unit at ``now`` (an aware moment).

    >>> end = moment(datetime.date(2023, 1, 15))
    >>> status_of(Situation(end), None, moment(datetime.date(2023, 1, 20))).label
    'quá hạn'
    >>> done = Completion.on(datetime.date(2023, 1, 13), "hoan-thanh/xa-doan-ket.yaml:9")
    >>> status_of(Situation(end), done, moment(datetime.date(2023, 1, 20))).label
    'đã xong, đúng hạn'
    """
    end = situation.end
    if completion is not None:
        return Status.DONE_LATE if end is not None and completion.at >= end else Status.DONE
    if end is None:
        return Status.WAITING if situation.waiting else Status.NO_DEADLINE
    if now >= end:
        event_start = situation.event_start
        if event_start is not None and now >= event_start:
            return Status.EVENT_PASSED
        if situation.span and not situation.owes_deliverable:
            return Status.ENDED
        return Status.OVERDUE
    if (end - _ONE_SECOND).date() == now.date():
        return Status.DUE_TODAY
    if situation.start is not None and situation.start <= now:
        return Status.IN_PROGRESS
    return Status.UPCOMING


def event_status(start: datetime.datetime, now: datetime.datetime) -> Status:
    """The status of an event a unit hosts or attends."""
    if start.date() < now.date() or (start.date() == now.date() and start < now):
        return Status.PAST
    if start.date() == now.date():
        return Status.DUE_TODAY
    return Status.UPCOMING


def match_occurrences(
    windows: Sequence[tuple[str, datetime.datetime | None]], done: Sequence[Completion]
) -> list[Completion | None]:
    """Which completion answers which occurrence of a recurring duty.

    ``windows`` are the occurrences in order, each with its key ("2024-06") and the earliest
    moment a completion can answer it (the start of its span, else the end of the previous
    occurrence, else None: any time). A completion that names its occurrence answers it; the
    others, earliest first, answer the earliest occurrence not yet answered whose window has
    opened when the completion was made (a report for May sent on 26/5 answers May, late, when
    May had none; June when May had one).
    """
    answers: list[Completion | None] = [None] * len(windows)
    position = {key: n for n, (key, _) in enumerate(windows)}
    loose: list[Completion] = []
    for completion in sorted(done, key=lambda c: c.at):
        n = position.get(completion.occurrence or "")
        if n is not None and answers[n] is None:
            answers[n] = completion
        elif completion.occurrence is None:
            loose.append(completion)
    for completion in loose:
        for n, (_, opens) in enumerate(windows):
            if answers[n] is None and (opens is None or opens <= completion.at):
                answers[n] = completion
                break
    return answers
