"""The reference documentation, generated from the code so that it cannot drift.

- ``docs/dinh-dang-tep.md``: every file kind and every field, from the models' JSON Schema
  (the Vietnamese field descriptions, types, allowed values, required fields);
- ``docs/cac-kiem-tra.md``: every check, from the table of rules (code, level, summary and the
  check's own documentation with its examples).

``python tools/reference.py --write`` rewrites both files; the test suite fails when they
differ from what the code says.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from raquan.check.rules import RULES
from raquan.models.kinds import MODELS

TITLES = {
    "Plan": "Kế hoạch (`kind: plan`)",
    "Registry": "Danh mục đơn vị (`kind: units`)",
    "Report": "Báo cáo kết quả của đơn vị (`kind: report`)",
    "Header": "Phần đầu văn bản (`header`)",
    "Period": "Thời gian kế hoạch (`period`)",
    "CitedDocument": "Văn bản căn cứ (`legal_bases[]`)",
    "Section": "Phần của văn bản (`sections[]`)",
    "DutyTable": "Bảng phân công (`sections[].table`)",
    "TableColumn": "Cột của bảng phân công (`table.columns[]`)",
    "Assignment": "Mục phân công (`sections[].assignments[]`)",
    "Duty": "Nhiệm vụ (`duties[]`, `items[]`)",
    "Deliverable": "Sản phẩm của nhiệm vụ (`deliverable`)",
    "Deadline": "Thời hạn (`deadline`)",
    "CountedFrom": "Mốc tính thời hạn (`deadline.from`)",
    "Event": "Sự kiện (`events[]`)",
    "Recipient": "Nơi nhận (`recipients[]`)",
    "Signature": "Phần ký (`signature`)",
    "Attachment": "Phụ lục (`attachments[]`)",
    "Registration": "Dòng bảng đăng ký (`registrations[]`)",
    "AreaAssignment": "Dòng bảng phân công (`assignments[]`)",
    "CalendarOverrides": "Ngày nghỉ, ngày làm bù riêng (`calendar`)",
    "DayOff": "Ngày nghỉ (`calendar.days_off[]`)",
    "WorkingDay": "Ngày làm việc bù (`calendar.working_days[]`)",
    "Completions": "Ghi nhận hoàn thành nhiệm vụ (`kind: completions`)",
    "CompletionEntry": "Một lần hoàn thành (`entries[]`)",
    "DoneDocument": "Văn bản thực hiện nhiệm vụ (`entries[].document`)",
    "Unit": "Đơn vị (`units[]`)",
    "Group": "Nhóm đơn vị (`groups[]`)",
    "Beginning": "Bắt đầu hoạt động (`units[].began`)",
    "Ending": "Thôi hoạt động (`units[].ended`)",
    "Money": "Kinh phí (`money`)",
    "Work": "Công trình, phần việc (`works[]`)",
}
"""Model name -> Vietnamese heading. The test suite fails when a model has none."""

_TYPES = {
    "string": "chữ",
    "integer": "số nguyên",
    "number": "số",
    "boolean": "true/false",
    "null": "để trống",
}


def _anchor(name: str) -> str:
    return name.lower()


def _type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        short = TITLES.get(name, name).split(" (")[0]
        return f"[{short}](#{_anchor(name)})"
    if "const" in schema:
        return f"`{schema['const']}`"
    if "enum" in schema:
        return "một trong: " + ", ".join(f"`{value}`" for value in schema["enum"])
    if "anyOf" in schema:
        parts = [_type(part) for part in schema["anyOf"]]
        return " hoặc ".join(dict.fromkeys(parts))
    kind = schema.get("type")
    if kind == "array":
        return f"danh sách {_type(schema.get('items', {}))}"
    if kind == "object":
        values = schema.get("additionalProperties")
        return f"bảng khoá → {_type(values)}" if isinstance(values, dict) else "bảng khoá"
    if kind == "string" and schema.get("format") == "date":
        return "ngày (2023-01-15)"
    if kind == "string" and "pattern" in schema:
        return f"chữ theo mẫu `{schema['pattern']}`"
    return _TYPES.get(str(kind), str(kind or "giá trị"))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _model_section(name: str, schema: dict[str, Any], level: str = "###") -> list[str]:
    title = TITLES.get(name, name)
    lines = [f'<a id="{_anchor(name)}"></a>', "", f"{level} {title}", ""]
    lines += ["| Khoá | Kiểu | Bắt buộc | Ý nghĩa |", "|---|---|---|---|"]
    required = set(schema.get("required", []))
    for field, spec in schema.get("properties", {}).items():
        default = ""
        if "default" in spec and spec["default"] not in (None, [], {}):
            default = f" Mặc định: `{spec['default']}`."
        lines.append(
            f"| `{field}` | {_cell(_type(spec))} | {'có' if field in required else ''} | "
            f"{_cell(spec.get('description', ''))}{_cell(default)} |"
        )
    return [*lines, ""]


def format_reference() -> str:
    """The reference of every file kind, as Markdown."""
    lines = [
        "# Định dạng tệp của raquan",
        "",
        "Tài liệu này được sinh từ mã nguồn (`python tools/reference.py --write`); đừng sửa tay.",
        "Mọi tệp bắt đầu bằng `raquan: 1` (phiên bản định dạng) và `kind:` (loại tệp). Ngày viết",
        '`2023-01-15`, giờ viết `"09:00"`. `raquan schema <loại>` in JSON Schema tương ứng.',
        "",
    ]
    for model in MODELS.values():
        schema = model.model_json_schema()
        lines += _model_section(model.__name__, schema, "##")
        for name, definition in sorted(schema.get("$defs", {}).items()):
            lines += _model_section(name, definition)
    return "\n".join(lines).rstrip() + "\n"


def checks_reference() -> str:
    """The reference of every check, as Markdown."""
    lines = [
        "# Các kiểm tra của `raquan check`",
        "",
        "Tài liệu này được sinh từ mã nguồn (`python tools/reference.py --write`); đừng sửa tay.",
        "`raquan check --explain MÃ` in cùng nội dung cho một mã.",
        "",
        "| Mã | Tên | Mức | Nội dung |",
        "|---|---|---|---|",
    ]
    for code, rule in RULES.items():
        link = f"[{code}](#{code.lower()})"
        lines.append(f"| {link} | `{rule.name}` | {rule.severity.label} | {rule.summary} |")
    lines.append("")
    for code, rule in RULES.items():
        doc = rule.doc.split("\n", 1)
        body = doc[1].strip() if len(doc) > 1 else ""
        body = body.replace("::\n", ":\n")
        lines += [f'<a id="{code.lower()}"></a>', "", f"## {doc[0]}", "", body, ""]
    return "\n".join(lines).rstrip() + "\n"


DOCS = Path(__file__).resolve().parents[1] / "docs"
"""The project's ``docs/`` folder (this is a developer tool: it runs from a source checkout)."""
FILES = {"dinh-dang-tep.md": format_reference, "cac-kiem-tra.md": checks_reference}


def main(argv: list[str]) -> int:
    """``--write``: rewrite the generated docs; otherwise say whether they are up to date."""
    wanted = {name: make() for name, make in FILES.items()}
    stale = [
        name
        for name, text in wanted.items()
        if not (DOCS / name).is_file() or (DOCS / name).read_text(encoding="utf-8") != text
    ]
    if "--write" in argv:
        from raquan.files import write_atomic  # noqa: PLC0415

        for name in stale:
            write_atomic(DOCS / name, wanted[name])
        return 0
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
