"""The two versions to compare: a plan file, or the same file at a git revision.

Each version is read by raquan's loader, validation included, and needs its unit registry,
found as ``Workspace`` finds it: the plan's ``units:`` path, relative to the plan's folder.
For a version at a git revision the registry is read from that same revision when the
revision has it, and otherwise from the working tree (the registry as it is now). A version
that does not load raises ``InvalidVersionError`` with the located errors, as ``raquan check``
shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from raquan.diagnostics import Diagnostic, Severity
from raquan.diff import git
from raquan.diff.units import UnitNames
from raquan.domain.history import Period
from raquan.domain.units import UnitIndex
from raquan.errors import UserError
from raquan.models.plan import Plan
from raquan.models.units import Registry
from raquan.read.bounded import max_file_size
from raquan.read.loader import Document, decode, load_file, load_text
from raquan.read.plandoc import load_any


@dataclass(frozen=True, slots=True)
class PlanVersion:
    """A valid plan, how to name it (``plans/ke-hoach.yaml``, ``HEAD:plans/ke-hoach.yaml``),
    and the index of its unit registry."""

    label: str
    plan: Plan
    index: UnitIndex
    registry_label: str


class VersionPair:
    """The old and the new version, each with its unit names resolved through its own
    registry."""

    def __init__(self, old: PlanVersion, new: PlanVersion) -> None:
        self.old = old
        self.new = new
        self.old_names = UnitNames(old.index, fallback=new.index)
        self.new_names = UnitNames(new.index, fallback=old.index)

    def involves(self, before: list[str], after: list[str]) -> frozenset[str]:
        """The keys of the units named before (old registry) or after (new registry)."""
        return self.old_names.involves(before) | self.new_names.involves(after)


class InvalidVersionError(UserError):
    """A version that does not load into a plan; ``diagnostics`` say where and why."""

    def __init__(self, label: str, diagnostics: list[Diagnostic], *, hint: str | None) -> None:
        super().__init__(
            f"Không so sánh được: '{label}' có lỗi nên không đọc được thành kế hoạch.", hint=hint
        )
        self.diagnostics = sorted(diagnostics, key=Diagnostic.sort_key)


def _plan(document: Document, hint: str | None) -> Plan:
    errors = document.errors
    if errors or not isinstance(document.model, Plan):
        raise InvalidVersionError(document.source.display, errors, hint=hint)
    return document.model


def _index(
    document: Document, registry: Document | None, shown: str, hint: str | None
) -> UnitIndex:
    """The index of a registry document as of the plan's issue date, or
    ``InvalidVersionError`` pointing at ``units:``."""
    if registry is None:
        problem = f"Không tìm thấy danh mục đơn vị '{shown}'."
        found: list[Diagnostic] = []
    elif registry.ok and isinstance(registry.model, Registry):
        assert isinstance(document.model, Plan)
        return UnitIndex(registry.model).as_of(Period.of_issue(document.model.header.date))
    else:
        problem = f"Danh mục đơn vị '{shown}' có lỗi; xem các lỗi của tệp đó."
        found = registry.errors
    pointer = Diagnostic(document.source, "RQ104", Severity.ERROR, problem, ("units",))
    raise InvalidVersionError(document.source.display, [*found, pointer], hint=hint)


def _working_registry(
    plan_path: Path, plan_display: str, plan: Plan
) -> tuple[Document | None, str]:
    """The registry a plan names, read from the working tree, and how to name it."""
    path = plan_path.parent / plan.units
    shown = str(Path(plan_display).parent / plan.units)
    if not path.is_file():
        return None, shown
    return load_file(path, display=shown, expect="units"), shown


def _blob_document(path: Path, raw: bytes, shown: str, expect: str) -> Document:
    """A file read from git (``path`` is where it is in the working tree), loaded as
    ``load_file`` loads a file."""
    source, problems = decode(path, raw, shown)
    if problems:
        return Document(source, diagnostics=problems)
    return load_text(source, expect=expect)


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise UserError(f"'{path}' là một thư mục; hãy chỉ ra một tệp kế hoạch.")


def load_version(path: Path) -> PlanVersion:
    """The plan file at ``path`` with its registry.

    ``UserError`` when the file cannot be read; ``InvalidVersionError`` when it, or its
    registry, has errors.
    """
    _refuse_folder(path)
    hint = f"Sửa các lỗi trên; kiểm tra lại bằng: raquan check {path}"
    document = load_any(path, expect="plan")
    plan = _plan(document, hint)
    display = document.source.display
    registry, shown = _working_registry(path, display, plan)
    return PlanVersion(display, plan, _index(document, registry, shown, hint), shown)


def load_revision(path: Path, revision: str) -> PlanVersion:
    """The plan file at ``path`` as it was at git ``revision``, with its registry: from the
    same revision when it has one, else from the working tree.

    ``UserError`` when git cannot give the file (not a repository, an unknown revision, a file
    the revision does not have); ``InvalidVersionError`` when that version has errors.
    """
    _refuse_folder(path)
    file = git.locate(path)
    git.check_revision(file, revision)
    label = file.shown(revision)
    limit = max_file_size()
    raw = git.read_blob(file, revision, limit=limit)
    if raw is None:
        raise UserError(
            f"Phiên bản '{revision}' không có tệp '{label.partition(':')[2]}'.",
            hint="Tệp có thể được tạo sau phiên bản đó, hoặc đã đổi tên; xem bằng: "
            f"git log --oneline --follow -- {path}",
        )
    hint = f"Phiên bản '{revision}' của tệp có lỗi; so sánh với một phiên bản khác."
    document = _blob_document(path, raw, label, "plan")
    plan = _plan(document, hint)
    registry_raw = git.read_blob(file, revision, plan.units, limit=limit)
    registry: Document | None
    if registry_raw is not None:
        shown = file.shown(revision, plan.units)
        registry = _blob_document(path.parent / plan.units, registry_raw, shown, "units")
    else:
        registry, shown = _working_registry(path, str(path), plan)
    return PlanVersion(label, plan, _index(document, registry, shown, hint), shown)
