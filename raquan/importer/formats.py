"""What ``raquan import`` prints (``FORMATS``): a short summary for people, or JSON.

The summary says where the plan was written, what was found (parts, duties, deadlines,
events, legal bases, recipients, appendices), how many unit names matched the registry, how
many guesses to review, and what ``raquan check`` finds in the new file. Names that matched no
unit, and the parts of the document that were not read, go to stderr (``problems``), each with
its place in the document.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from raquan.importer.run import Imported

_COUNTED = (
    ("sections", "phần"),
    ("duties", "nhiệm vụ"),
    ("deadlines", "thời hạn"),
    ("events", "sự kiện"),
    ("legal_bases", "văn bản căn cứ"),
    ("recipients", "nơi nhận"),
    ("attachments", "phụ lục"),
)


def text(imported: Imported) -> str:
    """The summary for people."""
    counts = imported.extraction.counts
    found = ", ".join(f"{getattr(counts, key)} {label}" for key, label in _COUNTED)
    matched = len(imported.extraction.matched)
    unmatched = len(imported.extraction.unmatched)
    lines = [
        f"Đã ghi {imported.output} (nhập từ {imported.source}).",
        f"Đã đọc: {found}.",
    ]
    if imported.registry is not None:
        lines.append(
            f"Đơn vị: {matched} tên khớp danh mục {imported.registry}, {unmatched} tên không khớp."
        )
    if imported.guesses:
        lines.append(
            f'Cần xem lại: {imported.guesses} chỗ có chú thích "# kiểm tra lại" trong tệp.'
        )
    if imported.invalid:
        lines.append(f"Tệp chưa đúng định dạng ở {len(imported.invalid)} chỗ; xem raquan check.")
    command = f"raquan check {imported.output}"
    if imported.units_outside:
        command += f" --units {imported.registry}"
    lines.append(
        f"Kiểm tra: {imported.errors} lỗi, {imported.warnings} cảnh báo (xem chi tiết: {command})."
    )
    return "\n".join(lines) + "\n"


def problems(imported: Imported) -> str:
    """What the reviewer should know first, for stderr: names not in the registry, the
    registry that could not be used, and the parts of the document that were not read."""
    lines: list[str] = []
    if imported.registry_problem:
        lines.append(f"cảnh báo: {imported.registry_problem}")
    unmatched = imported.extraction.unmatched
    if unmatched and imported.registry is not None:
        lines.append(
            "Tên đơn vị không có trong danh mục (giữ như văn bản viết, có chú thích trong tệp):"
        )
        for name in unmatched:
            hint = f" Có phải: {', '.join(name.suggestions)}?" if name.suggestions else ""
            place = imported.document.place(name.paragraph)
            lines.append(f"  {place}: '{name.written}'.{hint}")
    for note in imported.extraction.notes:
        lines.append(f"ghi chú: {imported.document.place(note.paragraph)}: {note.message}")
    return "\n".join(lines) + "\n" if lines else ""


def as_json(imported: Imported) -> str:
    """The summary as one JSON object."""
    counts = imported.extraction.counts
    data = {
        "source": imported.source,
        "output": str(imported.output),
        "registry": imported.registry,
        "found": {key: getattr(counts, key) for key, _ in _COUNTED},
        "matched": [name.written for name in imported.extraction.matched],
        "unmatched": [
            {
                "name": name.written,
                "paragraph": name.paragraph,
                "suggestions": list(name.suggestions),
            }
            for name in imported.extraction.unmatched
        ],
        "guesses": imported.guesses,
        "notes": [
            {"paragraph": note.paragraph, "message": note.message}
            for note in imported.extraction.notes
        ],
        "invalid": imported.invalid,
        "check": {"errors": imported.errors, "warnings": imported.warnings},
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATS: dict[str, Callable[[Imported], str]] = {"text": text, "json": as_json}
"""``--format`` name -> formatter."""
