"""Tables of a plan: the assignment table (one duty per row) and the appendix tables.

An **assignment table** is recognised by its header row: a column for the work ("Nội dung
công việc", "Nhiệm vụ", "Hoạt động") and one for who leads it ("Cơ quan chủ trì", "Đơn vị thực
hiện", "Trách nhiệm"), usually with "Cơ quan phối hợp", "Thời gian hoàn thành" (or "Thời gian",
"Tiến độ"), "Sản phẩm" (or "Kết quả") and "Ghi chú". Each row becomes an assignment of one duty
to the lead unit, with its partners, its deadline (the whole cell is the deadline phrase; a
time with no lead word is "vào lúc", a bare day "chậm nhất"), its product and its note. A cell
merged over several rows (one lead for several tasks) counts for each of them. Rows that only
name a group of tasks (a Roman or letter number and one text) are kept as text before the table.

**Appendix tables**: the registration table (unit, content, place, quantity, unit of measure,
note) and the table of who follows which commune (commune, members, note), each after its
"Phụ lục" lines.
"""

from __future__ import annotations

import re
from typing import Any

from raquan.domain.phrasing import deadline_phrase
from raquan.models.plan import Deadline
from raquan.read.extract.build import Builder
from raquan.read.extract.deadlines import find_deadlines, same_words
from raquan.read.extract.duties import checked_deadline
from raquan.read.extract.text import Styled, clean, folded, sentence_case
from raquan.read.paragraphs import Block, Cell, Paragraph, Table

FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("stt", ("stt", "tt", "so tt", "so thu tu")),
    ("phối hợp", ("phoi hop",)),
    ("chủ trì", ("chu tri", "thuc hien", "trach nhiem", "phu trach", "don vi", "co quan")),
    ("thời hạn", ("thoi gian", "thoi han", "tien do", "han hoan thanh", "hoan thanh")),
    ("sản phẩm", ("san pham", "ket qua")),
    ("ghi chú", ("ghi chu",)),
    ("nội dung", ("noi dung", "nhiem vu", "cong viec", "hoat dong", "ten")),
)
"""A column's field, from words of its title (the first that matches wins)."""


def column_fields(titles: list[str]) -> list[str | None]:
    """The field of each column of a header row (None for a column raquan does not know)."""
    fields: list[str | None] = []
    for title in titles:
        plain = folded(title)
        chosen = None
        for name, words in FIELDS:
            if name in fields:
                continue
            if any(
                plain == word or plain.startswith(word + " ") or f" {word}" in f" {plain}"
                for word in words
            ):
                chosen = name
                break
        fields.append(chosen)
    return fields


def _header(table: Table) -> list[str]:
    grid = table.grid()
    return [clean(cell.text) for cell in grid[0]] if grid else []


def duty_table_of(table: Table) -> list[str | None] | None:
    """The fields of an assignment table's columns, or None when it is not one."""
    fields = column_fields(_header(table))
    if "nội dung" in fields and "chủ trì" in fields:
        return fields
    return None


_DELIVERABLE_WORDS = (
    ("báo cáo nhanh", "báo cáo nhanh"),
    ("báo cáo tổng hợp", "báo cáo tổng hợp"),
    ("kế hoạch", "kế hoạch chi tiết"),
    ("báo cáo", "báo cáo"),
    ("chương trình", "chương trình"),
    ("bài phát biểu", "bài phát biểu"),
    ("giấy mời", "giấy mời"),
    ("biên bản", "văn bản"),
    ("quyết định", "văn bản"),
    ("công văn", "văn bản"),
    ("tờ trình", "văn bản"),
    ("văn bản", "văn bản"),
)


def product(text: str) -> dict[str, Any]:
    """A product cell as a deliverable: its kind, and the words as written when they are more
    than the kind."""
    written = clean(text)
    lowered = written.lower()
    kind = "sản phẩm khác"
    for words, name in _DELIVERABLE_WORDS:
        if lowered.startswith(words):
            kind = name
            break
    data: dict[str, Any] = {"kind": kind}
    if written.lower() != kind:
        data["text"] = written
    return data


def _split_names(text: str) -> list[str]:
    return [clean(part) for part in re.split(r"[,;\n]+", text) if clean(part)]


def table_section(
    builder: Builder, s: int, section: dict[str, Any], table: Table, fields: list[str | None]
) -> None:
    """The assignments of part ``s`` written as an assignment table."""
    path = ("sections", s)
    titles = _header(table)
    section["table"] = {
        "columns": [
            {"field": field, "title": title}
            for field, title in zip(fields, titles, strict=True)
            if field is not None
        ]
    }
    skipped = [title for field, title in zip(fields, titles, strict=True) if field is None]
    if skipped:
        first = table.paragraphs[0].number if table.paragraphs else 0
        builder.note(
            first, f"bảng phân công: cột {', '.join(repr(t) for t in skipped)} không được nhập."
        )
    blocks: list[dict[str, Any]] = []
    section["assignments"] = blocks
    groups: list[str] = []
    for row in table.grid()[1:]:
        cells = {field: row[c] for c, field in enumerate(fields) if field and c < len(row)}
        content = cells.get("nội dung")
        lead = cells.get("chủ trì")
        if content is None or not content.text.strip():
            continue
        if lead is None or not lead.text.strip() or lead is content:
            groups.append(_cell_rich(content))  # a row naming a group of tasks
            continue
        blocks.append(_row(builder, (*path, "assignments", len(blocks)), cells, content, lead))
        builder.counts.duties += 1
    if groups:
        section["text"] = "\n".join([section.get("text", ""), *groups]).strip("\n")
        builder.guess((*path, "text"), "các dòng nhóm của bảng phân công được giữ làm văn bản")


def _row(
    builder: Builder, path: tuple[Any, ...], cells: dict[str, Cell], content: Cell, lead: Cell
) -> dict[str, Any]:
    """One row of an assignment table: an assignment of one duty to its lead unit."""
    first = _first_paragraph(lead) or _first_paragraph(content)
    number = first.number if first else 0
    refs = [
        builder.name(name, (*path, "to", i), number)
        for i, name in enumerate(_split_names(lead.text))
    ]
    if first is not None:
        builder.at(path, first)
        builder.at((*path, "to"), first)
    duty_path = (*path, "duties", 0)
    duty: dict[str, Any] = {"id": builder.new_id(content.text), "text": _cell_rich(content)}
    where = _first_paragraph(content)
    if where is not None:
        builder.at(duty_path, where)
        builder.at((*duty_path, "text"), where)
    partners = cells.get("phối hợp")
    if partners is not None and partners.text.strip():
        where = _first_paragraph(partners)
        duty["partners"] = [
            builder.name(name, (*duty_path, "partners", i), where.number if where else 0)
            for i, name in enumerate(_split_names(partners.text))
        ]
    made = cells.get("sản phẩm")
    if made is not None and made.text.strip():
        duty["deliverable"] = product(made.text)
    when = cells.get("thời hạn")
    if when is not None and when.text.strip():
        _deadline_cell(builder, duty_path, duty, when)
    note = cells.get("ghi chú")
    if note is not None and note.text.strip():
        duty["note"] = _cell_rich(note)
    order = ("id", "partners", "text", "deliverable", "deadline", "when", "note")
    return {
        "to": refs[0] if len(refs) == 1 else refs,
        "heading": _cell_rich(lead),
        "duties": [{key: duty[key] for key in order if key in duty}],
    }


def _deadline_cell(
    builder: Builder, path: tuple[Any, ...], duty: dict[str, Any], cell: Cell
) -> None:
    """The deadline column: a deadline when the whole cell is one, else the words as written
    (``when``: "Thường xuyên", "Trong tháng 6/2024")."""
    written = clean(cell.text)
    where = _first_paragraph(cell)
    found = find_deadlines(written, bare=True, year=builder.year)
    whole = bool(found) and found[0].start == 0 and found[0].end >= len(written.rstrip(". "))
    deadline = checked_deadline(found[0], builder.data.get("events", [])) if whole else None
    if deadline is None:
        duty["when"] = written
        builder.guess((*path, "when"), "thời gian viết bằng lời, không đọc được thành một thời hạn")
        if where is not None:
            builder.at((*path, "when"), where)
        return
    deadline.pop("text", None)
    if not same_words(deadline_phrase(Deadline.model_validate(deadline)), written, capital=True):
        deadline["text"] = written
    duty["deadline"] = deadline
    builder.counts.deadlines += 1
    if deadline.get("start") or deadline.get("date"):
        builder.due(deadline.get("start") or deadline["date"])
    for note in found[0].notes:
        builder.guess((*path, "deadline"), note)
    if where is not None:
        builder.at((*path, "deadline"), where, 0, len(where.text))
        builder.at((*path, "deadline", "date"), where, 0, len(where.text))


def _first_paragraph(cell: Cell) -> Paragraph | None:
    paragraphs = [p for p in cell.paragraphs if not p.blank]
    return paragraphs[0] if paragraphs else None


def _cell_rich(cell: Cell) -> str:
    return " ".join(
        Styled.of(paragraph).strip()[0].rich()
        for paragraph in cell.paragraphs
        if not paragraph.blank
    )


# Appendices ------------------------------------------------------------------------------------


_REGISTRATION = ("đơn vị", "nội dung", "địa điểm", "khối lượng", "đơn vị tính", "ghi chú")


def _registration_fields(titles: list[str]) -> list[str | None] | None:
    fields: list[str | None] = []
    for title in titles:
        plain = folded(title)
        if plain in ("stt", "tt"):
            fields.append("stt")
        elif "don vi tinh" in plain or plain in ("dvt", "đvt"):
            fields.append("measure")
        elif "khoi luong" in plain or "so luong" in plain:
            fields.append("quantity")
        elif "dia diem" in plain:
            fields.append("place")
        elif "ghi chu" in plain:
            fields.append("note")
        elif "noi dung" in plain or "cong trinh" in plain:
            fields.append("content")
        elif "don vi" in plain or "xa, phuong" in plain or plain.startswith("xa"):
            fields.append("unit")
        elif "phu trach" in plain or "thanh vien" in plain:
            fields.append("members")
        else:
            fields.append(None)
    if "unit" in fields and "content" in fields:
        return fields
    if "unit" in fields and "members" in fields:
        return fields
    return None


def _number(text: str) -> float | None:
    written = clean(text).replace(".", "").replace(",", ".")
    if not written:
        return None
    try:
        value = float(written)
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def read_appendices(builder: Builder, blocks: list[Block]) -> None:
    """The appendices after the signature: each table with the lines before it."""
    attachments: list[dict[str, Any]] = []
    lines: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if not block.blank:
                lines.append(block)
            continue
        fields = _registration_fields(_header(block))
        first = block.paragraphs[0].number if block.paragraphs else 0
        if fields is None:
            what = (
                "bảng phân công nhiệm vụ ở phụ lục chưa được nhập thành nhiệm vụ; hãy chép vào "
                "thân kế hoạch"
                if duty_table_of(block) is not None
                else "bảng phụ lục không phải bảng đăng ký hay bảng phân công địa bàn; không "
                "được nhập"
            )
            builder.note(first, f"{what}.")
        else:
            attachments.append(_appendix(builder, len(attachments), block, fields, lines))
        lines = []
    if attachments:
        builder.data["attachments"] = attachments
        builder.counts.attachments = len(attachments)


def _appendix(
    builder: Builder, t: int, table: Table, fields: list[str | None], lines: list[Paragraph]
) -> dict[str, Any]:
    """One appendix: its title (the line before the table that is not "Phụ lục …" nor
    "(Kèm theo …)") and its rows."""
    path = ("attachments", t)
    title_line = next(
        (p for p in lines if not folded(p.text).startswith(("phu luc", "(kem theo", "kem theo"))),
        None,
    )
    title = sentence_case(clean(title_line.text).lower()) if title_line else f"Phụ lục {t + 1}"
    registrations = "content" in fields
    key = "registrations" if registrations else "assignments"
    attachment: dict[str, Any] = {
        "id": builder.new_id(title, words=5),
        "title": title,
        "kind": "đăng ký ra quân" if registrations else "phân công phụ trách địa bàn",
    }
    if title_line is not None:
        builder.at(path, title_line)
        builder.at((*path, "title"), title_line)
    rows: list[dict[str, Any]] = []
    for row in table.grid()[1:]:
        values = {f: clean(row[c].text) for c, f in enumerate(fields) if f and c < len(row)}
        if not values.get("unit") or folded(values["unit"]) == "chua co du lieu":
            continue
        first = next((p for cell in row for p in cell.paragraphs if not p.blank), None)
        number = first.number if first else 0
        row_path = (*path, key, len(rows))
        if first is not None:
            builder.at(row_path, first)
        if registrations:
            rows.append(_registration(builder, row_path, values, number))
        else:
            rows.append(_area(builder, row_path, values, number))
    attachment[key] = rows
    return attachment


def _registration(
    builder: Builder, path: tuple[Any, ...], values: dict[str, str], number: int
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "unit": builder.name(values["unit"], (*path, "unit"), number),
        "content": values.get("content") or "<nội dung>",
    }
    for key in ("place", "measure", "note"):
        if values.get(key):
            data[key] = values[key]
    quantity = _number(values.get("quantity", ""))
    if quantity is not None:
        data["quantity"] = quantity
    return data


def _area(
    builder: Builder, path: tuple[Any, ...], values: dict[str, str], number: int
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "area": builder.name(values["unit"], (*path, "area"), number),
        "members": [
            builder.name(name, (*path, "members", m), number)
            for m, name in enumerate(_split_names(values.get("members", "")))
        ],
    }
    if values.get("note"):
        data["note"] = values["note"]
    return data
