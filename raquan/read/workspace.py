"""The files of one run: finding them, loading each once, and linking plans to their registry.

``check``, ``due`` and ``render`` all read plans the same way: a plan names its unit registry
(``units: units.yaml``, relative to the plan), several plans share one registry, and a
registry is loaded once however many plans use it.
"""

from __future__ import annotations

import datetime
import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from raquan.domain.dates.workdays import WorkCalendar
from raquan.domain.history import Period
from raquan.domain.units import UnitIndex
from raquan.errors import UserError
from raquan.i18n import os_reason
from raquan.models.kinds import KIND_NAMES
from raquan.models.plan import Plan
from raquan.models.units import CalendarOverrides, Registry
from raquan.read.bounded import short_path
from raquan.read.config import active
from raquan.read.loader import Document
from raquan.read.plandoc import is_plan_document, load_any, registry_near

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read: where it is, how to name it, and whether the user named it."""

    path: Path
    display: str
    explicit: bool


def collect_files(
    paths: Sequence[Path], *, unreadable: list[tuple[str, str]] | None = None
) -> list[InputFile]:
    """The YAML files under ``paths``: files as given, folders searched (hidden ones skipped,
    links to folders not followed).

    A path that does not exist raises ``UserError``, and so does a folder that cannot be read
    (no file is skipped silently), unless ``unreadable`` is given: the folders that could not
    be read are then added to it as (folder, reason) and the rest is returned.
    """
    found: list[InputFile] = []
    seen: set[Path] = set()
    for path in paths:
        try:
            exists = path.exists()
        except OSError as error:  # a name too long, a loop of links
            raise UserError(
                f"Không dùng được đường dẫn '{short_path(path)}': {os_reason(error)}."
            ) from None
        if not exists:
            raise UserError(f"Không tìm thấy tệp hoặc thư mục '{short_path(path)}'.")
        if path.is_dir():
            files = [InputFile(p, str(p), explicit=False) for p in _yaml_files(path, unreadable)]
        else:
            files = [InputFile(path, str(path), explicit=True)]
        for item in files:
            key = item.path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(item)
    return found


def _yaml_files(folder: Path, unreadable: list[tuple[str, str]] | None) -> list[Path]:
    """The YAML files in ``folder`` and its subfolders, sorted; see ``collect_files``."""
    problems: list[tuple[str, str]] = []

    def failed(error: OSError) -> None:
        problems.append((str(error.filename or folder), os_reason(error)))

    found = []
    for here, folders, files in os.walk(folder, onerror=failed):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in files:
            candidate = Path(here, name)
            if (
                not name.startswith(".")
                and candidate.suffix.lower() in YAML_SUFFIXES
                and candidate.is_file()
            ):
                found.append(candidate)
    if problems and unreadable is None:
        where, reason = problems[0]
        raise UserError(
            f"Không đọc được thư mục '{short_path(where)}': {reason}; các tệp trong đó không "
            "được kiểm tra.",
            hint="Cấp quyền đọc cho thư mục, hoặc bỏ nó ra khỏi đường dẫn đã chỉ.",
        )
    if unreadable is not None:
        unreadable.extend(problems)
    return sorted(found)


def file_kind(path: Path) -> str | None:
    """A file's ``kind`` (``plan``, ``units``, ``report``), from parsing it as far as that key;
    None when it cannot be read or says none. Used to order and split a run before the files
    are loaded: the answer is the parser's, never a search of the first bytes. A stream (a
    pipe, ``/dev/stdin``) is not read ahead: it can be read only once."""
    from raquan.read.bounded import max_file_size, read_bounded  # noqa: PLC0415
    from raquan.read.yamlread import top_level_value  # noqa: PLC0415

    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        text = read_bounded(path, max_file_size()).decode("utf-8-sig")
    except (OSError, UserError, UnicodeDecodeError):
        return None
    kind = top_level_value(text, "kind")
    return kind if isinstance(kind, str) else None


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
        for worked in override.working_days:
            working.add(worked.date)
            days_off.pop(worked.date, None)
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

    def __init__(self, registries: Iterable[Path] = ()) -> None:
        self.given = list(registries)
        """The registries given with ``--units``, in order (a Word plan's names use the first)."""
        self.registries = {path.resolve() for path in self.given}
        """Registries a plan may name outside its own folder (given with ``--units``)."""
        self._documents: dict[Path, Document] = {}
        self._indexes: dict[Path, UnitIndex] = {}
        self._plans: dict[int, LoadedPlan] = {}
        """By ``id(document)``: each LoadedPlan holds its document, so the id stays its own."""
        self._keys: dict[Path, Path] = {}

    def key(self, path: Path) -> Path:
        """``path`` with its links resolved, worked out once per path: resolving asks the system
        about every folder on the way, and ``raquan due`` asks for each of 700 files three
        times."""
        key = self._keys.get(path)
        if key is None:
            key = self._keys[path] = path.resolve()
        return key

    def holds(self, path: Path) -> bool:
        """Whether the file at ``path`` is loaded already."""
        return self.key(path) in self._documents

    def load(self, path: Path, display: str | None = None) -> Document:
        """The document at ``path``, loaded on first use."""
        key = self.key(path)
        document = self._documents.get(key)
        if document is None:
            document = load_any(path, display=display, registries=self.given)
            self._documents[key] = document
            if is_plan_document(path):
                # The registry a Word plan's names were matched with was chosen by raquan
                # (--units, the configuration, beside the document, ./plans), not by the file.
                chosen = registry_near(path, self.given)
                if chosen is not None:
                    self.registries.add(chosen.resolve())
        return document

    def registry_for(self, document: Document, plan: Plan) -> tuple[Document | None, str | None]:
        """The registry document a plan names, and a Vietnamese problem when it is unusable.

        A plan comes from anywhere, so the file it names is confined: it must be inside the
        plan's own folder tree (links resolved), or be a registry given on the command line.
        Anything else is refused before it is read, and a file that is not a registry is never
        reported line by line (its content is not the plan's to show).
        """
        folder = document.source.path.parent
        path = folder / plan.units
        shown = str(Path(document.source.display).parent / plan.units)
        configured = active().registry
        if configured is not None and "units" not in plan.model_fields_set:
            # The project's default registry, for plans that do not name one.
            path, shown = configured, str(configured)
        try:
            resolved = path.resolve()
            inside = (
                resolved.is_relative_to(folder.resolve())
                or resolved in self.registries
                or (configured is not None and resolved == configured.resolve())
            )
            found = path.is_file()
        except (OSError, RuntimeError) as error:
            reason = os_reason(error) if isinstance(error, OSError) else "vòng liên kết"
            return None, f"Không dùng được đường dẫn danh mục đơn vị: {reason}."
        if not inside:
            return None, (
                f"Danh mục đơn vị '{plan.units}' nằm ngoài thư mục của kế hoạch; raquan chỉ đọc "
                "danh mục trong thư mục chứa kế hoạch (hoặc thư mục con), hoặc danh mục được chỉ "
                "ra bằng --units."
            )
        if not found:
            return None, f"Không tìm thấy danh mục đơn vị '{shown}'."
        try:
            registry = self.load(path, shown)
        except UserError as error:
            return None, error.message
        if registry.kind != "units" and not _may_show(registry):
            what = f"{KIND_NAMES[registry.kind]} (kind: {registry.kind})" if registry.kind else None
            return None, (
                f"Tệp '{shown}' không phải danh mục đơn vị (kind: units)"
                + (f", mà là {what}." if what else ".")
            )
        if not registry.ok:
            return registry, f"Danh mục đơn vị '{shown}' có lỗi; xem các lỗi của tệp đó."
        return registry, None

    def index(self, registry: Document) -> UnitIndex:
        """The name index of a valid registry document (built once)."""
        key = self.key(registry.source.path)
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


def _may_show(document: Document) -> bool:
    """Whether a registry that failed to load may have its own errors shown, excerpts
    included: a YAML file that does not say it is something else. Any other file (a text
    file, ``/proc/...``) is refused as a whole, its content never printed."""
    data = document.data
    if isinstance(data, dict) and "kind" in data:
        return data.get("kind") == "units"
    return document.model is None and document.source.path.suffix.lower() in YAML_SUFFIXES


def plans_in(workspace: Workspace, files: Iterable[InputFile]) -> Iterator[Document]:
    """Load ``files`` and yield the plan documents among them (valid or not)."""
    for item in files:
        document = workspace.load(item.path, item.display)
        if document.kind == "plan" or (document.model is None and not is_foreign(document)):
            yield document
