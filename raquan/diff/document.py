"""Changes of the document around the duties: header, title, theme, period, legal bases,
preamble, footnotes, section texts, closing, "Lưu" line, signature, and settings."""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Iterable, Sequence

from raquan.diff.changes import Change, JsonValue
from raquan.diff.words import quoted, text_change, value_change
from raquan.domain.dates.phrases import bracketed_weekday, short_date
from raquan.domain.phrasing import citation
from raquan.domain.units import name_key
from raquan.models.plan import Header, Period, Plan, Section, Signature
from raquan.models.units import CalendarOverrides

_ROMAN = (
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number: int) -> str:
    """A section number as the document prints it: 1 -> I, 4 -> IV."""
    letters = []
    for value, symbol in _ROMAN:
        while number >= value:
            letters.append(symbol)
            number -= value
    return "".join(letters)


def pairs(old: Sequence[str], new: Sequence[str]) -> list[tuple[int | None, int | None]]:
    """Old and new positions paired by equal keys, in order; a replaced run of the same length
    is paired position by position; what is left is added (None, j) or removed (i, None)."""
    matcher = difflib.SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    found: list[tuple[int | None, int | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            found += zip(range(i1, i2), range(j1, j2), strict=True)
            continue
        found += [(i, None) for i in range(i1, i2)]
        found += [(None, j) for j in range(j1, j2)]
    return found


def _some(changes: Iterable[Change | None]) -> list[Change]:
    return [change for change in changes if change is not None]


def _number(header: Header) -> str:
    return f"{header.number:02d}" if header.number is not None else "(để trống)"


def _issue_date(header: Header) -> str:
    date = header.date
    if date.day is None:
        return f"tháng {date.month:02d}/{date.year} (chưa ghi ngày)"
    day = datetime.date(date.year, date.month, date.day)
    return f"ngày {short_date(day)} {bracketed_weekday(day)}"


def _lines(values: Sequence[str]) -> str:
    return quoted(" / ".join(values)) if values else "(không có)"


def header_changes(old: Header, new: Header) -> list[Change]:
    """Number, date, symbol, type, issuer, issuing and supervising bodies, place."""
    return _some(
        (
            value_change(
                "text-changed",
                "header.number",
                "số văn bản",
                (_number(old), _number(new)),
                (old.number, new.number),
            ),
            value_change(
                "text-changed",
                "header.date",
                "ngày ban hành",
                (_issue_date(old), _issue_date(new)),
                (str(old.date), str(new.date)),
            ),
            value_change(
                "text-changed",
                "header.symbol",
                "ký hiệu văn bản",
                (old.symbol, new.symbol),
                (old.symbol, new.symbol),
            ),
            value_change(
                "text-changed",
                "header.type",
                "loại văn bản",
                (old.type, new.type),
                (old.type, new.type),
            ),
            value_change(
                "text-changed",
                "header.issuer",
                "cơ quan ban hành",
                (quoted(old.issuer), quoted(new.issuer)),
                (old.issuer, new.issuer),
            ),
            value_change(
                "text-changed",
                "header.issuing_body",
                "tên cơ quan ban hành in ở góc trái",
                (_lines(old.issuing_body), _lines(new.issuing_body)),
                (list(old.issuing_body), list(new.issuing_body)),
            ),
            value_change(
                "text-changed",
                "header.supervising_body",
                "tên cơ quan chủ quản",
                (_lines(old.supervising_body), _lines(new.supervising_body)),
                (list(old.supervising_body), list(new.supervising_body)),
            ),
            value_change(
                "text-changed",
                "header.place",
                "địa danh",
                (old.place, new.place),
                (old.place, new.place),
            ),
        )
    )


def _period(period: Period | None) -> str:
    if period is None:
        return "(không ghi)"
    return f"từ {short_date(period.start)} đến {short_date(period.end)}"


def _period_json(period: Period | None) -> JsonValue:
    if period is None:
        return None
    return {"start": period.start.isoformat(), "end": period.end.isoformat()}


def front_changes(old: Plan, new: Plan) -> list[Change]:
    """Title, theme, period, legal bases, preamble and footnotes."""
    found = _some(
        (
            text_change("title", "trích yếu", old.title, new.title),
            text_change("theme", "chủ đề", old.theme, new.theme),
            value_change(
                "period-changed",
                "period",
                "thời gian kế hoạch",
                (_period(old.period), _period(new.period)),
                (_period_json(old.period), _period_json(new.period)),
            ),
        )
    )
    old_bases = {document.id: citation(document) for document in old.legal_bases}
    new_bases = {document.id: citation(document) for document in new.legal_bases}
    for key in [*old_bases, *(k for k in new_bases if k not in old_bases)]:
        change = text_change(
            f"legal_bases.{key}", f"văn bản căn cứ {key}", old_bases.get(key), new_bases.get(key)
        )
        if change is not None:
            found.append(change)
    found += _some((text_change("preamble", "đoạn mở đầu", old.preamble, new.preamble),))
    for label in [*old.footnotes, *(k for k in new.footnotes if k not in old.footnotes)]:
        change = text_change(
            f"footnotes.{label}",
            f"chú thích [^{label}]",
            old.footnotes.get(label),
            new.footnotes.get(label),
        )
        if change is not None:
            found.append(change)
    return found


def _section_name(section: Section, position: int) -> str:
    return f"phần {roman(position + 1)} “{section.title}”"


def _title_keys(sections: Sequence[Section]) -> list[str]:
    return [name_key(section.title) for section in sections]


def section_changes(old: Sequence[Section], new: Sequence[Section]) -> list[Change]:
    """Sections added, removed, retitled, or whose text changed (assignments aside)."""
    found: list[Change] = []
    for i, j in pairs(_title_keys(old), _title_keys(new)):
        if j is None:
            assert i is not None
            found.append(
                Change(
                    "section-removed",
                    f"sections[{i}]",
                    f"Bỏ {_section_name(old[i], i)}.",
                    before=old[i].title,
                )
            )
            continue
        if i is None:
            found.append(
                Change(
                    "section-added",
                    f"sections[{j}]",
                    f"Thêm {_section_name(new[j], j)}.",
                    after=new[j].title,
                )
            )
            continue
        before, after = old[i], new[j]
        title = value_change(
            "text-changed",
            f"sections[{j}].title",
            f"tiêu đề phần {roman(j + 1)}",
            (quoted(before.title), quoted(after.title)),
            (before.title, after.title),
        )
        if title is not None:
            found.append(title)
        text = text_change(
            f"sections[{j}].text", f"nội dung {_section_name(after, j)}", before.text, after.text
        )
        if text is not None:
            found.append(text)
    return found


def _signature(signature: Signature | None) -> tuple[str, str]:
    if signature is None:
        return "(không có)", "(không có)"
    return _lines(signature.lines), signature.signer


def closing_changes(old: Plan, new: Plan) -> list[Change]:
    """Closing sentence, the "Lưu" line, the signature."""
    old_lines, old_signer = _signature(old.signature)
    new_lines, new_signer = _signature(new.signature)
    return _some(
        (
            text_change("closing", "câu kết thúc", old.closing, new.closing),
            value_change(
                "text-changed",
                "archive",
                "dòng Lưu",
                (
                    quoted(f"Lưu: {', '.join(old.archive)}."),
                    quoted(f"Lưu: {', '.join(new.archive)}."),
                ),
                (list(old.archive), list(new.archive)),
            ),
            value_change(
                "text-changed",
                "signature.lines",
                "thẩm quyền ký",
                (old_lines, new_lines),
                (
                    list(old.signature.lines) if old.signature else None,
                    list(new.signature.lines) if new.signature else None,
                ),
            ),
            value_change(
                "text-changed",
                "signature.signer",
                "người ký",
                (old_signer, new_signer),
                (
                    old.signature.signer if old.signature else None,
                    new.signature.signer if new.signature else None,
                ),
            ),
        )
    )


def _days(calendar: CalendarOverrides) -> tuple[dict[str, str], dict[str, str]]:
    off = {d.date.isoformat(): f"{short_date(d.date)} ({d.reason})" for d in calendar.days_off}
    working = {d.date.isoformat(): short_date(d.date) for d in calendar.working_days}
    return off, working


def _calendar_change(old: CalendarOverrides, new: CalendarOverrides) -> Change | None:
    old_off, old_working = _days(old)
    new_off, new_working = _days(new)
    if (old_off, old_working) == (new_off, new_working):
        return None
    parts = []
    for what, before, after in (
        ("ngày nghỉ riêng", old_off, new_off),
        ("ngày làm bù", old_working, new_working),
    ):
        added = [shown for key, shown in after.items() if before.get(key) != shown]
        removed = [shown for key, shown in before.items() if after.get(key) != shown]
        if added:
            parts.append(f"thêm {what} {', '.join(added)}")
        if removed:
            parts.append(f"bỏ {what} {', '.join(removed)}")
    return Change(
        "setting-changed",
        "calendar",
        f"Lịch làm việc riêng của kế hoạch: {'; '.join(parts)}.",
        before=old.model_dump(mode="json"),
        after=new.model_dump(mode="json"),
    )


def setting_changes(old: Plan, new: Plan) -> list[Change]:
    """The plan's id (report files point at it), its registry path, its calendar."""
    return _some(
        (
            value_change(
                "setting-changed",
                "id",
                "mã kế hoạch (báo cáo của các đơn vị trỏ tới mã này)",
                (old.id, new.id),
                (old.id, new.id),
            ),
            value_change(
                "setting-changed",
                "units",
                "danh mục đơn vị",
                (f"'{old.units}'", f"'{new.units}'"),
                (old.units, new.units),
            ),
            _calendar_change(old.calendar, new.calendar),
        )
    )
