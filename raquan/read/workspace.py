"""The files of one run: finding them, loading each once, and linking plans to their registry.

``check``, ``due`` and ``render`` all read plans the same way: a plan names its unit registry
(``units: units.yaml``, relative to the plan), several plans share one registry, and a
registry is loaded once however many plans use it.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from raquan.domain.dates.workdays import WorkCalendar
from raquan.domain.history import Period
from raquan.domain.units import UnitIndex
from raquan.errors import UserError
from raquan.models.plan import Plan
from raquan.models.units import CalendarOverrides, Registry
from raquan.read.loader import Document, load_file

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read: where it is, how to name it, and whether the user named it."""

    path: Path
    display: str
    explicit: bool


def collect_files(paths: Sequence[Path]) -> list[InputFile]:
    """The YAML files under ``paths``: files as given, folders searched (hidden ones skipped).

    A path that does not exist raises ``UserError``.
    """
    found: list[InputFile] = []
    seen: set[Path] = set()
    for path in paths:
        if not path.exists():
            raise UserError(f"Không tìm thấy tệp hoặc thư mục '{path}'.")
        if path.is_dir():
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in YAML_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            files = [InputFile(p, str(p), explicit=False) for p in candidates]
        else:
            files = [InputFile(path, str(path), explicit=True)]
        for item in files:
            key = item.path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


def is_foreign(document: Document) -> bool:
    """True for a YAML file that is plainly not raquan's (no ``raquan`` and no ``kind`` key)."""
    data = document.data
    return isinstance(data, dict) and "raquan" not in data and "kind" not in data


def merged_calendar(*overrides: CalendarOverrides) -> WorkCalendar:
    """One working calendar from the overrides of a registry and a plan, the later winning."""
    days_off: dict[datetime.date, str] = {}
    working: set[datetime.date] = set()
    for override in overrides:
        for day in override.days_off:
            days_off[day.date] = day.reason
            working.discard(day.date)
        for date in override.working_days:
            working.add(date)
            days_off.pop(date, None)
    return WorkCalendar(extra_days_off=days_off, extra_working_days=working)


@dataclass(slots=True)
class LoadedPlan:
    """A valid plan with what it needs: its registry's index and its working calendar."""

    document: Document
    plan: Plan
    registry_document: Document | None
    index: UnitIndex | None
    calendar: WorkCalendar
    registry_problem: str | None = None


class Workspace:
    """Loads each file once and links each plan to its unit registry."""

    def __init__(self) -> None:
        self._documents: dict[Path, Document] = {}
        self._indexes: dict[Path, UnitIndex] = {}
        self._plans: dict[int, LoadedPlan] = {}
        """By ``id(document)``: each LoadedPlan holds its document, so the id stays its own."""

    def load(self, path: Path, display: str | None = None) -> Document:
        """The document at ``path``, loaded on first use."""
        key = path.resolve()
        document = self._documents.get(key)
        if document is None:
            document = load_file(path, display=display)
            self._documents[key] = document
        return document

    def registry_for(self, document: Document, plan: Plan) -> tuple[Document | None, str | None]:
        """The registry document a plan names, and a Vietnamese problem when it is unusable."""
        path = document.source.path.parent / plan.units
        shown = str(Path(document.source.display).parent / plan.units)
        if not path.is_file():
            return None, f"Không tìm thấy danh mục đơn vị '{shown}'."
        try:
            registry = self.load(path, shown)
        except UserError as error:
            return None, error.message
        if registry.kind != "units" and registry.model is not None:
            return registry, f"Tệp '{shown}' không phải danh mục đơn vị (kind: units)."
        if not registry.ok:
            return registry, f"Danh mục đơn vị '{shown}' có lỗi; xem các lỗi của tệp đó."
        return registry, None

    def index(self, registry: Document) -> UnitIndex:
        """The name index of a valid registry document (built once)."""
        key = registry.source.path.resolve()
        index = self._indexes.get(key)
        if index is None:
            assert isinstance(registry.model, Registry)
            index = UnitIndex(registry.model)
            self._indexes[key] = index
        return index

    def plan(self, document: Document) -> LoadedPlan:
        """A plan document with its registry, index and calendar (the plan must be valid);
        worked out once per document."""
        loaded = self._plans.get(id(document))
        if loaded is None:
            loaded = self._link(document)
            self._plans[id(document)] = loaded
        return loaded

    def _link(self, document: Document) -> LoadedPlan:
        assert isinstance(document.model, Plan)
        plan = document.model
        registry, problem = self.registry_for(document, plan)
        index = None
        overrides = [plan.calendar]
        if registry is not None and problem is None:
            # Names in a plan mean the units in force when it was issued (any day of its
            # month, for a draft).
            index = self.index(registry).as_of(Period.of_issue(plan.header.date))
            overrides.insert(0, index.registry.calendar)
        return LoadedPlan(document, plan, registry, index, merged_calendar(*overrides), problem)


def plans_in(workspace: Workspace, files: Iterable[InputFile]) -> Iterator[Document]:
    """Load ``files`` and yield the plan documents among them (valid or not)."""
    for item in files:
        document = workspace.load(item.path, item.display)
        if document.kind == "plan" or (document.model is None and not is_foreign(document)):
            yield document
