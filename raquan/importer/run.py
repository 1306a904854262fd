"""``raquan import``: a plan written as a Word or text document becomes a plan file to review.

``run`` reads the document (``raquan.read.plandoc``), extracts the plan
(``raquan.read.extract``) matching unit names against the registry, writes the YAML with a
``# kiểm tra lại`` comment on every guess (``yamlout``), and returns what was found for the
summary. The output is written atomically and never over an existing file without ``force``,
nor over the document itself or the registry. The core never prints.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from pydantic import ValidationError

from raquan.domain.units import UnitIndex
from raquan.errors import UserError
from raquan.read.extract import Extraction, extract
from raquan.read.paragraphs import ReadDocument

OUTPUT_SUFFIXES = (".yaml", ".yml")


@dataclass(slots=True)
class Imported:
    """What an import did: where it wrote, what it found, and what to review."""

    source: str
    output: Path
    extraction: Extraction
    registry: str | None
    registry_problem: str | None = None
    invalid: list[str] = field(default_factory=list)
    """Why the written plan does not load yet (Vietnamese), when it does not."""
    errors: int = 0
    warnings: int = 0
    """What ``raquan check`` finds in the written plan."""
    units_outside: bool = False
    """The registry is outside the plan's folder: ``raquan check`` needs ``--units``."""

    @property
    def document(self) -> ReadDocument:
        return self.extraction.document

    @property
    def guesses(self) -> int:
        return sum(len(reasons) for reasons in self.extraction.guesses.values())


def default_output(source: Path) -> Path:
    """``ke-hoach.docx`` -> ``ke-hoach.yaml`` beside it."""
    return source.with_suffix(".yaml")


def find_registry(units: Path | None, output: Path, source: Path) -> Path | None:
    """The registry to match names with: ``--units``, else ``units.yaml`` beside the output
    or the document, else ``plans/units.yaml`` of the current folder."""
    if units is not None:
        if not units.is_file():
            raise UserError(f"Không tìm thấy danh mục đơn vị '{units}'.")
        return units
    for candidate in (
        output.parent / "units.yaml",
        source.parent / "units.yaml",
        Path("plans") / "units.yaml",
    ):
        if candidate.is_file():
            return candidate
    return None


def relative(path: Path, output: Path) -> str:
    """``path`` as the plan at ``output`` names it: relative, with forward slashes."""
    try:
        found = os.path.relpath(path.resolve(), output.resolve().parent)
    except ValueError:  # another drive (Windows)
        return path.resolve().as_posix()
    return PurePath(found).as_posix()


def load_index(path: Path | None) -> tuple[UnitIndex | None, str | None]:
    """The name index of the registry at ``path``, or None and why (Vietnamese)."""
    if path is None:
        return None, (
            "Không tìm thấy danh mục đơn vị (units.yaml); tên đơn vị được giữ như văn bản viết."
        )
    from raquan.models.units import Registry  # noqa: PLC0415
    from raquan.read.loader import load_file  # noqa: PLC0415

    document = load_file(path, expect="units")
    if not document.ok or not isinstance(document.model, Registry):
        return None, (
            f"Danh mục đơn vị '{path}' có lỗi (xem raquan check {path}); tên đơn vị được giữ "
            "như văn bản viết."
        )
    return UnitIndex(document.model), None


def _heading(source: str, today: datetime.date) -> str:
    return (
        f"Kế hoạch nhập từ '{source}' bằng raquan import, ngày {today:%d/%m/%Y}.\n"
        'Những dòng có chú thích "# kiểm tra lại: ..." là chỗ raquan đoán: hãy đọc lại, sửa nếu\n'
        "cần rồi xoá chú thích. Sau đó chạy raquan check với tệp này."
    )


def validation_problems(data: dict[str, object]) -> list[str]:
    """Why ``data`` is not yet a valid plan (Vietnamese, with the data path), or []."""
    from raquan.models.plan import Plan  # noqa: PLC0415
    from raquan.read.messages import translate  # noqa: PLC0415

    try:
        Plan.model_validate(data)
    except ValidationError as error:
        problems = []
        for detail in error.errors(include_url=False):
            where = ".".join(str(step) for step in detail["loc"])
            problems.append(f"{where}: {translate(detail, Plan).message}")
        return problems
    return []


def check_target(output: Path, source: Path, registry: Path | None, *, force: bool) -> None:
    """Refuse an output that is not a YAML file, is the document or the registry, or exists."""
    if output.suffix.lower() not in OUTPUT_SUFFIXES:
        raise UserError(f"Tệp ra '{output}' phải có đuôi .yaml.")
    for taken in (source, registry):
        if taken is not None and taken.exists() and output.resolve() == taken.resolve():
            raise UserError(f"'{output}' là tệp đầu vào; raquan không ghi đè nó.")
    if output.is_dir():
        raise UserError(f"'{output}' là một thư mục; hãy cho tên tệp .yaml.")
    if not output.parent.exists():
        raise UserError(f"Thư mục '{output.parent}' không có.")
    if output.exists() and not force:
        raise UserError(
            f"Tệp '{output}' đã có; raquan không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc thêm --force nếu chắc chắn muốn ghi đè.",
        )


def run(
    source: Path,
    *,
    output: Path | None = None,
    units: Path | None = None,
    force: bool = False,
    today: datetime.date | None = None,
    check: bool = True,
) -> Imported:
    """Import the plan document ``source`` into a plan file (default: ``<tên>.yaml`` beside
    it), matching unit names against ``units`` (default: found next to the files), then check
    the plan written (unless ``check`` is false) for the summary."""
    from raquan.files import write_new  # noqa: PLC0415
    from raquan.importer.yamlout import write_yaml  # noqa: PLC0415
    from raquan.read.plandoc import read_document  # noqa: PLC0415

    target = output if output is not None else default_output(source)
    registry = find_registry(units, target, source)
    check_target(target, source, registry, force=force)
    document = read_document(source, str(source))
    index, problem = load_index(registry)
    units_key = relative(registry, target) if registry is not None else "units.yaml"
    extraction = extract(document, index, units=units_key)
    if registry is None:
        extraction.guesses.setdefault(("units",), []).append(
            "không tìm thấy danh mục đơn vị; hãy tạo hoặc chỉ đúng tệp"
        )
    day = today or datetime.datetime.now(datetime.UTC).date()
    text = write_yaml(extraction.data, extraction.guesses, _heading(str(source), day))
    write_new(target, text, overwrite=force)
    imported = Imported(
        source=str(source),
        output=target,
        extraction=extraction,
        registry=str(registry) if registry is not None else None,
        registry_problem=problem,
        invalid=validation_problems(extraction.data),
        units_outside=registry is not None
        and not registry.resolve().is_relative_to(target.resolve().parent),
    )
    if check:
        from raquan.check.run import run as check_files  # noqa: PLC0415

        result = check_files([target], jobs=1, units=[registry] if registry else [])
        imported.errors, imported.warnings = result.errors, result.warnings
    return imported
