"""The follow-up matrix of a plan: its units by its tracked duties, each cell a status.

A duty is *tracked* when it can be followed up: it has a deadline, prepares an event (due when
the event starts), or owes a deliverable (a report, a plan). A heading whose sub-duties carry
the dates ("..., cụ thể:") is left out, as the agenda leaves it out. The rows are the units a
tracked duty is given to (groups expanded to their units in force when the plan was issued);
partners (phối hợp) are not rows: the follow-up asks who owes what.

Each cell is where the duty stands for the unit (``results.standing``: the statuses of
``raquan due``, never worked out again here), one standing per occurrence for a recurring
duty. ``Category`` groups the statuses the way a follow-up sheet counts them: done on time,
done late, not yet due, overdue, lapsed (the event is over or the span ended with nothing
recorded, which is not "overdue"), no deadline.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from raquan.domain.phrasing import deadline_phrase, printed, shorten
from raquan.domain.progress import Completion, Status
from raquan.domain.units import display_name
from raquan.models.plan import Duty, PlacedDuty, Plan
from raquan.models.units import Unit
from raquan.read.source import id_lines
from raquan.read.workspace import LoadedPlan
from raquan.results.collect import members
from raquan.results.standing import Key, PlanStandings, Standing


class Category(StrEnum):
    """How a follow-up sheet counts a cell. The value is stable (JSON, HTML, scripts)."""

    OVERDUE = "overdue"
    LATE = "late"
    ON_TIME = "on-time"
    PENDING = "pending"
    LAPSED = "lapsed"
    NO_DEADLINE = "no-deadline"

    @property
    def label(self) -> str:
        """In Vietnamese, as the legend says it."""
        return _CATEGORY_LABELS[self]

    @property
    def short(self) -> str:
        """A word or two, for a column heading."""
        return _CATEGORY_SHORT[self]

    @property
    def words(self) -> str:
        """Short words for a count in a sentence: "3 quá hạn, 2 xong trễ hạn"."""
        return _CATEGORY_WORDS[self]

    @classmethod
    def of(cls, status: Status) -> Category:
        """The category of a status."""
        return _CATEGORY_OF[status]


_CATEGORY_LABELS = {
    Category.OVERDUE: "quá hạn",
    Category.LATE: "đã xong, trễ hạn",
    Category.ON_TIME: "đã xong, đúng hạn",
    Category.PENDING: "chưa đến hạn",
    Category.LAPSED: "hết thời gian, không ghi nhận hoàn thành",
    Category.NO_DEADLINE: "không ghi thời hạn",
}
_CATEGORY_SHORT = {
    Category.OVERDUE: "Quá hạn",
    Category.LATE: "Trễ hạn",
    Category.ON_TIME: "Đúng hạn",
    Category.PENDING: "Chưa đến hạn",
    Category.LAPSED: "Hết hạn",
    Category.NO_DEADLINE: "Không hạn",
}
_CATEGORY_WORDS = {
    Category.OVERDUE: "quá hạn",
    Category.LATE: "xong trễ hạn",
    Category.ON_TIME: "xong đúng hạn",
    Category.PENDING: "chưa đến hạn",
    Category.LAPSED: "hết thời gian",
    Category.NO_DEADLINE: "không ghi hạn",
}
_CATEGORY_OF = {
    Status.OVERDUE: Category.OVERDUE,
    Status.DONE_LATE: Category.LATE,
    Status.DONE: Category.ON_TIME,
    Status.DUE_TODAY: Category.PENDING,
    Status.IN_PROGRESS: Category.PENDING,
    Status.UPCOMING: Category.PENDING,
    Status.WAITING: Category.PENDING,
    Status.EVENT_PASSED: Category.LAPSED,
    Status.ENDED: Category.LAPSED,
    Status.PAST: Category.LAPSED,
    Status.NO_DEADLINE: Category.NO_DEADLINE,
}

CATEGORIES = tuple(Category)
"""The categories in the order counts are shown: what needs action first."""

_OPEN_ORDER = (Status.OVERDUE, Status.DUE_TODAY, Status.IN_PROGRESS, Status.WAITING)


def cell_status(found: Sequence[Standing]) -> Status:
    """One status for the standings of a cell (several for a recurring duty): overdue if an
    occurrence is, else the most pressing open one (due today, in progress, waiting, the next
    one to come); once all are finished, done late if one was late, else done, else lapsed.

    >>> from raquan.results.standing import Standing
    >>> cell_status([Standing(Status.DONE, None, ""), Standing(Status.OVERDUE, None, "")])
    <Status.OVERDUE: 'overdue'>
    """
    statuses = [standing.status for standing in found]
    for wanted in _OPEN_ORDER:
        if wanted in statuses:
            return wanted
    for status in statuses:
        if not status.finished:
            return status
    for wanted in (Status.DONE_LATE, Status.DONE, Status.EVENT_PASSED, Status.ENDED):
        if wanted in statuses:
            return wanted
    return statuses[0] if statuses else Status.NO_DEADLINE


@dataclass(frozen=True, slots=True)
class Cell:
    """Where one tracked duty stands for one unit."""

    standings: tuple[Standing, ...]
    status: Status

    @property
    def category(self) -> Category:
        return Category.of(self.status)

    @property
    def recurring(self) -> bool:
        return len(self.standings) > 1 or any(s.series is not None for s in self.standings)

    @property
    def counted(self) -> tuple[int, int]:
        """For a recurring duty: occurrences done, and occurrences due by now (done or not)."""
        due = [s for s in self.standings if s.status.finished or s.status is Status.OVERDUE]
        return sum(s.status.done for s in due), len(due)

    @property
    def completion(self) -> Completion | None:
        """The latest completion of the cell, if any."""
        found = [s.completion for s in self.standings if s.completion is not None]
        return max(found, key=lambda c: c.at) if found else None

    @property
    def due(self) -> datetime.datetime | None:
        """The due moment of the occurrence the status is about."""
        for standing in self.standings:
            if standing.status is self.status:
                return standing.due
        return self.standings[0].due if self.standings else None


@dataclass(frozen=True, slots=True)
class Column:
    """A tracked duty of the plan."""

    number: int
    """1, 2, ...: how the terminal table and the legend refer to it."""
    duty_id: str
    label: str
    """A short name: the deliverable ("Kế hoạch chi tiết") or the start of the duty's text."""
    title: str
    """The duty's text as the plan prints it (placeholders filled)."""
    due_text: str
    """The deadline in the plan's words."""
    deliverable: str | None
    recipients: tuple[str, ...]
    recurring: bool
    first_due: datetime.datetime | None
    """The first due moment (for the timeline)."""
    source: str


@dataclass(slots=True)
class Row:
    """A unit and its cells, by duty id (absent: the duty is not given to it)."""

    unit: Unit
    name: str
    """How the row names the unit: "xã Đoàn Kết" ("UBND" left out)."""
    cells: dict[str, Cell] = field(default_factory=dict)

    @property
    def counts(self) -> Counter[Category]:
        return Counter(cell.category for cell in self.cells.values())


@dataclass(slots=True)
class Matrix:
    """A plan's follow-up: its tracked duties (columns), the units (rows), and the counts."""

    loaded: LoadedPlan
    columns: list[Column]
    rows: list[Row]

    @property
    def plan_id(self) -> str:
        return self.loaded.plan.id

    def column_counts(self, column: Column) -> Counter[Category]:
        """How the units stand on one duty."""
        return Counter(
            row.cells[column.duty_id].category for row in self.rows if column.duty_id in row.cells
        )

    @property
    def totals(self) -> Counter[Category]:
        found: Counter[Category] = Counter()
        for row in self.rows:
            found.update(row.counts)
        return found


def row_name(unit: Unit) -> str:
    """A unit as a row names it: its usual name without "UBND" ("xã Đoàn Kết")."""
    name = display_name(unit)
    for prefix in ("UBND ", "Ủy ban nhân dân "):
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


def tracked(loaded: LoadedPlan) -> list[PlacedDuty]:
    """The duties of a plan that can be followed up (see the module docstring)."""
    found = []
    for placed in loaded.plan.duties():
        duty = placed.duty
        if duty.items and duty.deadline is None and duty.prepares is None:
            continue
        if duty.deadline is None and duty.prepares is None and duty.deliverable is None:
            continue
        found.append(placed)
    return found


def _label(placed: PlacedDuty, title: str) -> str:
    deliverable = placed.duty.deliverable
    if deliverable is not None:
        return deliverable.kind[:1].upper() + deliverable.kind[1:]
    return shorten(title, 60)


def build(
    loaded: LoadedPlan,
    completions: Mapping[Key, Sequence[Completion]],
    now: datetime.datetime,
    *,
    units: Iterable[Unit] | None = None,
    duties: Sequence[str] = (),
) -> Matrix:
    """The matrix of one plan at ``now``: every tracked duty (or those of ``duties``), every
    unit given one (or those of ``units``), most overdue first."""
    index = loaded.index
    assert index is not None
    plan = loaded.plan
    lines = id_lines(loaded.document.source.text or "")
    shown = loaded.document.source.display
    sources = {duty_id: f"{shown}:{line}" for duty_id, line in lines.items()}
    standings = PlanStandings(loaded, completions, now, sources=sources)
    wanted = {unit.id for unit in units} if units is not None else None
    rows: dict[str, Row] = {}
    columns: list[Column] = []
    for placed in tracked(loaded):
        duty = placed.duty
        if duties and duty.id not in duties:
            continue
        given = {unit.id: unit for unit in members(loaded, placed)}
        if wanted is not None:
            given = {key: unit for key, unit in given.items() if key in wanted}
        if not given:
            continue
        title = printed(plan, duty.text, duty)
        first: list[Standing] = []
        for unit in given.values():
            found = tuple(standings.of(duty, unit.id))
            first = first or list(found)
            row = rows.get(unit.id)
            if row is None:
                row = rows[unit.id] = Row(unit, row_name(unit))
            row.cells[duty.id] = Cell(found, cell_status(found))
        columns.append(
            Column(
                number=len(columns) + 1,
                duty_id=duty.id,
                label=_label(placed, title),
                title=title,
                due_text=_due_words(duty, plan, first),
                deliverable=duty.deliverable.kind if duty.deliverable else None,
                recipients=tuple(index.shown(ref) for ref in duty.deliverable.to)
                if duty.deliverable
                else (),
                recurring=duty.deadline is not None and duty.deadline.repeat is not None,
                first_due=next((s.due for s in first if s.due is not None), None),
                source=sources.get(duty.id, shown),
            )
        )
    order = {unit.id: n for n, unit in enumerate(index.registry.units)}
    ranked = sorted(
        rows.values(),
        key=lambda row: (
            -row.counts[Category.OVERDUE],
            -row.counts[Category.LATE],
            order.get(row.unit.id, len(order)),
        ),
    )
    return Matrix(loaded, columns, ranked)


def _due_words(duty: Duty, plan: Plan, found: Sequence[Standing]) -> str:
    """The deadline of a column in the plan's words (not an occurrence's)."""
    if duty.deadline is not None:
        return deadline_phrase(duty.deadline, plan)
    return found[0].due_text if found and found[0].due_text else "không ghi thời hạn"
