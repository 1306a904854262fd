"""The organisation part of a plan: each unit's item, its duties and what they say.

Each numbered item whose heading is a unit ("1. Phòng Kinh tế thành phố:", "Đề nghị Ủy ban
MTTQ …:") is an assignment to that unit; its ``-`` lines are its duties (layout "danh sách"),
lines without a dash are duties written as paragraphs ("đoạn văn", also for duties numbered
"a)", "b)", whose markers stay in the text), and text on the heading's own line is the duty of a
"liền tiêu đề" item. ``+`` lines are a duty's items; plain lines after the last duty of a list
are the item's note. An item whose heading is not a unit is kept as text (before the first
unit) or as the previous item's note. A heading that names no one in particular ("Các cơ quan,
đơn vị, cá nhân liên quan") is given to the units its duties name.

In a duty:

- who: "Đối với UBND xã Đoàn Kết …", "Chủ tịch UBND các xã, phường: …", "Các đồng chí Thành
  viên UBND thành phố, Thủ trưởng các phòng, ban …", "…, UBND các xã chủ trì …" name the units
  the duty is given to, kept when they are not the item's unit;
- with whom: the units after "phối hợp (với)", "hướng dẫn"; a duty that starts "Phối hợp với …"
  is one where the unit takes part (role "phối hợp"), unless it advises or leads ("tham mưu",
  "chủ trì");
- by when: the first deadline phrase, replaced by ``{deadline}``;
- what it produces ("Kế hoạch chi tiết", "báo cáo nhanh", "Chương trình" …) and where it is
  sent ("gửi về …", "về … (qua …)"; a report otherwise goes to the issuer);
- which event it prepares, or reports on (by the event's name and the dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from raquan.domain.phrasing import deadline_phrase
from raquan.models.plan import Deadline
from raquan.read.extract.build import Builder
from raquan.read.extract.deadlines import Found, find_deadlines, same_words
from raquan.read.extract.events import event_before, event_named
from raquan.read.extract.names import NameMatch, is_general, looks_like_unit, strip_name
from raquan.read.extract.outline import Item, head_name, unbold_outline
from raquan.read.extract.text import Level, Styled, clean, folded, outline_marker

Path = tuple[Any, ...]
TextLines = Callable[[list[Item], Path], tuple[list[str], list[int]]]

_DUTY_ORDER = (
    "id",
    "to",
    "role",
    "partners",
    "text",
    "deliverable",
    "deadline",
    "prepares",
    "reports_on",
    "items",
)
_DELIVERABLES: tuple[tuple[str, str], ...] = (
    (r"\bbáo cáo nhanh\b", "báo cáo nhanh"),
    (r"\bbáo cáo tổng hợp\b", "báo cáo tổng hợp"),
    (r"\bkế hoạch chi tiết\b", "kế hoạch chi tiết"),
    (r"^(?:xây dựng|tham mưu xây dựng|ban hành)\s+kế hoạch\b", "kế hoạch chi tiết"),
    (r"(?:xây dựng|ban hành|tham mưu)\s+chương trình\b", "chương trình"),
    (r"(?:tham mưu|xây dựng|chuẩn bị)\s+bài phát biểu\b", "bài phát biểu"),
    (r"^(?:phối hợp,\s*)?(?:hướng dẫn[^.;]*?)?phát hành\s+giấy mời\b", "giấy mời"),
    (r"^(?:tổng hợp,\s*)?báo cáo\b", "báo cáo"),
)
_PREPARING = re.compile(
    r"chuan bi|phuc vu|to chuc thanh cong|chuong trinh|giay moi|bai phat bieu|ke hoach chi tiet"
)
_PARTNERS = re.compile(
    r"\b(?:phối hợp(?:\s+với|\s+cùng)?|hướng dẫn)(?:,\s*(?:phối hợp|hướng dẫn))?\s+", re.IGNORECASE
)
_PEOPLE = re.compile(
    r"^(?:các đồng chí|đồng chí|thủ trưởng|lãnh đạo|chủ tịch|giám đốc)\s+", re.IGNORECASE
)
_LEADS = re.compile(
    r",\s+((?:UBND|Ủy ban nhân dân|Phòng|Trung tâm|Văn phòng)[^,;:]{2,60}?)\s+chủ trì\b"
)


def as_list(value: Any) -> list[str]:
    """A ``to`` value (one name or several) as a list."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


_DEADLINE_ORDER = (
    *("kind", "after", "start", "date", "time", "repeat", "day", "month", "quarter", "year"),
    *("show_year", "event", "days", "counting", "from", "format", "weekday", "text"),
)


def checked_deadline(
    found: Found, events: list[dict[str, Any]] | None = None
) -> dict[str, Any] | None:
    """The deadline's data, with ``text`` when raquan would print it differently; None when it
    is not a deadline after all ("trong thời gian" an event the plan does not have)."""
    data = dict(found.data)
    words = data.pop("_event_words", None)
    if words is not None:
        event = event_named(events or [], words)
        if event is None:
            return None
        data["event"] = event["id"]
    try:
        model = Deadline.model_validate(data)
    except ValueError:
        return None
    titles = {e["id"]: e["title"] for e in events or []}
    printed = deadline_phrase(model)
    if model.event is not None and model.event in titles:
        printed = printed.replace(model.event, titles[model.event])
    if not same_words(printed, found.written):
        data["text"] = clean(found.written)
    return {key: data[key] for key in _DEADLINE_ORDER if key in data}


def _deliverable(text: str) -> dict[str, Any] | None:
    for pattern, kind in _DELIVERABLES:
        if re.search(pattern, text, re.IGNORECASE):
            return {"kind": kind}
    return None


class Assignments:
    """Reads the organisation part: assignments, duties, and their links to the events."""

    def __init__(self, builder: Builder, text_lines: TextLines) -> None:
        self.builder = builder
        self.text_lines = text_lines
        self.duties: list[tuple[dict[str, Any], Item]] = []

    def is_unit_head(self, item: Item) -> bool:
        """Whether a numbered item's heading names a unit."""
        name = head_name(item.rest.text)
        if not name:
            return False
        return self.builder.names.lookup(name)[0] is not None or looks_like_unit(name)

    def section(self, s: int, section: dict[str, Any], items: list[Item]) -> None:
        """The assignments of part ``s`` from its items."""
        builder = self.builder
        heads = [i for i, item in enumerate(items) if item.level is Level.NUMBER]
        lead = items[: heads[0]] if heads else items
        lines, paragraphs = self.text_lines(lead, ("sections", s, "text"))
        if lines:
            section["text"] = "\n".join(lines)
            builder.at(("sections", s, "text"), paragraphs[0], more=tuple(paragraphs[1:]))
        blocks: list[dict[str, Any]] = []
        section["assignments"] = blocks
        for n, start in enumerate(heads):
            end = heads[n + 1] if n + 1 < len(heads) else len(items)
            head, content = items[start], items[start + 1 : end]
            if self.is_unit_head(head):
                self._block(("sections", s, "assignments", len(blocks)), head, content, blocks)
            elif not blocks:
                more, _ = self.text_lines([head, *content], ("sections", s, "text"))
                section["text"] = "\n".join([section.get("text", ""), *more]).strip("\n")
            else:
                path = ("sections", s, "assignments", len(blocks) - 1, "note")
                more, _ = self.text_lines([head, *content], path)
                blocks[-1]["note"] = "\n".join([blocks[-1].get("note", ""), *more]).strip("\n")
                builder.guess(
                    path,
                    f"mục '{clean(head.rest.text)[:60]}' không phải một đơn vị; giữ làm ghi chú",
                )

    # One unit's item ---------------------------------------------------------------------------

    def _block(
        self, path: Path, head: Item, content: list[Item], blocks: list[dict[str, Any]]
    ) -> None:
        builder = self.builder
        rest = head.rest
        colon = rest.text.find(":")
        heading, inline = rest, None
        if 0 <= colon < 200:
            heading = rest.slice(0, colon + 1)
            after = rest.slice(colon + 1).strip()[0]
            inline = after if after.text else None
        name = re.sub(
            r"^(?:đề nghị|yêu cầu|giao)\s+", "", head_name(heading.text), flags=re.IGNORECASE
        )
        found = builder.names.match(name, head.paragraph.number)
        block: dict[str, Any] = {
            "to": found.ref,
            "heading": unbold_outline(heading, whole=True).rich(),
        }
        blocks.append(block)
        for key in ((), ("heading",), ("to",)):
            builder.at((*path, *key), head.paragraph, head.rest_offset)
        duties: list[dict[str, Any]] = []
        if inline is not None and not content:
            block["layout"] = "liền tiêu đề"
            offset = head.rest_offset + len(rest.text) - len(inline.text)
            duties.append(self._duty((*path, "duties", 0), inline, head, offset, block))
        else:
            if inline is not None:
                block["heading"] = unbold_outline(rest).rich()
            levels = [item.level for item in content if item.table is None]
            duty_level = levels[0] if levels else None
            if duty_level is not Level.DASH:
                block["layout"] = "đoạn văn"
            self._duties(path, content, duty_level, block, duties)
        block["duties"] = duties
        self._given_to(path, block, found, name)
        for duty in duties:
            _finish(duty)
        keys: tuple[str, ...] = ("to", "heading", "layout", "duties", "note")
        ordered = {key: block[key] for key in keys if key in block}
        block.clear()
        block.update(ordered)

    def _given_to(self, path: Path, block: dict[str, Any], found: NameMatch, name: str) -> None:
        """A heading that names no one in particular takes the units its duties name."""
        builder = self.builder
        general = not found.matched and (is_general(name) or "liên quan" in folded(name))
        subjects: list[str] = []
        for duty in block["duties"] if general else []:
            for ref in duty.get("_subjects", []):
                if ref not in subjects:
                    subjects.append(ref)
        if not subjects:
            builder.mark_match(found, (*path, "to"))
            return
        block["to"] = subjects if len(subjects) > 1 else subjects[0]
        builder.guess(
            (*path, "to"), "mục không nêu đơn vị cụ thể; lấy các đơn vị được nêu trong các nhiệm vụ"
        )
        builder.names.seen.remove(found)
        for duty in block["duties"]:
            if duty.get("to") is not None and sorted(as_list(duty["to"])) == sorted(subjects):
                del duty["to"]

    def _duties(
        self,
        path: Path,
        content: list[Item],
        duty_level: Level | None,
        block: dict[str, Any],
        duties: list[dict[str, Any]],
    ) -> None:
        current: dict[str, Any] | None = None
        for position, item in enumerate(content):
            level = item.level
            if item.table is not None:
                self.builder.note(
                    item.paragraph.number, "bảng trong mục phân công không được nhập."
                )
            elif current is not None and level is Level.PLUS and duty_level is not Level.PLUS:
                items = current.setdefault("items", [])
                where = (*path, "duties", len(duties) - 1, "items", len(items))
                items.append(
                    self._duty(where, item.rest, item, item.rest_offset, block, parent=current)
                )
            elif current is not None and level is not None and level > (duty_level or Level.DASH):
                current["text"] += "\n" + item.styled.rich()  # deeper lines of another kind
            elif current is not None and level is None and block.get("layout") != "đoạn văn":
                rest = content[position:]
                if all(other.level is None for other in rest):
                    lines, numbers = self.text_lines(rest, (*path, "note"))
                    block["note"] = "\n".join(lines)
                    self.builder.at((*path, "note"), numbers[0], more=tuple(numbers[1:]))
                    return
                current["text"] += "\n" + item.styled.rich()
            else:
                dashed = duty_level is Level.DASH and level is Level.DASH
                styled = item.rest if dashed else item.styled.strip()[0]
                offset = item.rest_offset if dashed else 0
                current = self._duty((*path, "duties", len(duties)), styled, item, offset, block)
                duties.append(current)

    # One duty ----------------------------------------------------------------------------------

    def _duty(
        self,
        path: Path,
        styled: Styled,
        item: Item,
        offset: int,
        block: dict[str, Any],
        parent: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        builder = self.builder
        text = styled.text
        marker = outline_marker(text)
        words = (
            text[marker.end :] if marker is not None and marker.level is not Level.DASH else text
        )
        duty: dict[str, Any] = {
            "id": builder.new_id(re.sub(r"^(?:đối với|riêng)\s+", "", words, flags=re.IGNORECASE)),
            "_source": words,
        }
        builder.at(path, item.paragraph, offset)
        builder.at((*path, "text"), item.paragraph, offset, more=tuple(item.more))
        self._people(duty, path, words, block, item, offset)
        if re.match(r"^(?:tham gia\s+)?phối hợp\s+(?:với|cùng)\b", words, re.IGNORECASE) and not (
            re.search(r"\b(?:tham mưu|chủ trì)\b", words[:160], re.IGNORECASE)
        ):
            duty["role"] = "phối hợp"
        self._product(duty, path, words, parent)
        replacements: list[tuple[int, int, str]] = []
        deadline = self._deadline(path, text, item, offset, replacements)
        if deadline is not None:
            duty["deadline"] = deadline
        duty["text"] = unbold_outline(styled).rich(replacements)
        builder.counts.duties += 1
        self.duties.append((duty, item))
        return duty

    def _people(
        self,
        duty: dict[str, Any],
        path: Path,
        words: str,
        block: dict[str, Any],
        item: Item,
        offset: int,
    ) -> None:
        """Whom the duty is given to (when not the whole item's unit) and its partners."""
        builder = self.builder
        subjects = self._subjects(words, item)
        if subjects:
            duty["_subjects"] = subjects
            if sorted(subjects) != sorted(as_list(block.get("to"))):
                duty["to"] = subjects[0] if len(subjects) == 1 else subjects
                builder.at((*path, "to"), item.paragraph, offset)
        partners: list[str] = []
        for trigger in _PARTNERS.finditer(words):
            for _, _, name in builder.names.scan(words, trigger.end()):
                if strip_name(name) and name not in partners:
                    partners.append(name)
        if partners:
            duty["partners"] = [
                builder.name(name, (*path, "partners", i), item.paragraph.number)
                for i, name in enumerate(partners)
            ]
            builder.at((*path, "partners"), item.paragraph, offset)

    def _subjects(self, text: str, item: Item) -> list[str]:
        names = self.builder.names
        found: list[tuple[int, int, str]] = []
        lead = re.match(r"^(?:đối với|riêng)\s+", text, re.IGNORECASE)
        head = re.match(r"^([^:]{3,90}):\s", text)
        people = _PEOPLE.match(text)
        if lead is not None:
            found = names.scan(text, lead.end())
        elif head is not None and (people or looks_like_unit(head.group(1))):
            found = names.scan(text[: head.end(1)], people.end() if people else 0)
        elif people is not None:
            found = names.scan(text, people.end())
        leads = _LEADS.search(text)
        if not found and leads is not None:
            found = names.scan(text, leads.start(1))
        refs: list[str] = []
        for _, _, name in found:
            match = names.match(name, item.paragraph.number)
            if not match.matched:
                names.seen.remove(match)
            elif match.ref not in refs:
                refs.append(match.ref)
        return refs

    def _product(
        self, duty: dict[str, Any], path: Path, words: str, parent: dict[str, Any] | None
    ) -> None:
        """What the duty produces and where it is sent."""
        deliverable = _deliverable(words)
        if deliverable is None:
            return
        to = self._sent_to(words, parent)
        if not to and parent is not None and deliverable["kind"].startswith("báo cáo"):
            issuer = self.builder.data["header"].get("issuer")
            to = [issuer] if issuer else []
            self.builder.guess(
                (*path, "deliverable", "to"), "báo cáo gửi cơ quan ban hành kế hoạch"
            )
        if to:
            deliverable["to"] = to
        duty["deliverable"] = deliverable
        if parent is not None and parent.get("deliverable", {}).get("kind") == "báo cáo":
            del parent["deliverable"]

    def _sent_to(self, text: str, parent: dict[str, Any] | None) -> list[str]:
        names = self.builder.names
        found: list[str] = []
        for trigger in re.finditer(r"\b(?:gửi về|gửi|về)\s+", text):
            for _, end, name in names.scan(text, trigger.end()):
                found.append(names.match(name).ref)
                via = re.match(r"\s*\(qua\s+([^)]+)\)", text[end:])
                if via is not None:
                    found.append(names.match(via.group(1)).ref)
            if found:
                break
        if not found and parent is not None and parent.get("_source"):
            found = self._sent_to(parent["_source"], None)
        return list(dict.fromkeys(found))

    def _deadline(
        self,
        path: Path,
        text: str,
        item: Item,
        offset: int,
        replacements: list[tuple[int, int, str]],
    ) -> dict[str, Any] | None:
        builder = self.builder
        events = builder.data.get("events", [])
        found = find_deadlines(text, year=builder.year)
        data = None
        for first in found:
            data = checked_deadline(first, events)
            if data is not None:
                break
        if data is None:
            return None
        replacements.append((first.start, first.end, "{deadline}"))
        span = (item.paragraph, offset + first.start, offset + first.end)
        builder.at((*path, "deadline"), *span)
        builder.at((*path, "deadline", "date"), *span)
        for note in first.notes:
            builder.guess((*path, "deadline"), note)
        if len(found) > 1:
            builder.guess(
                (*path, "deadline"),
                "nội dung có nhiều thời hạn; chỉ thời hạn đầu được nhập, nên tách nhiệm vụ",
            )
        builder.counts.deadlines += 1
        if data.get("start") or data.get("date"):
            builder.due(data.get("start") or data["date"])
        return data

    # Links with the events ---------------------------------------------------------------------

    def link(self, events: list[dict[str, Any]]) -> None:
        """Which event each duty reports on or prepares, and spans that start after one."""
        if not events:
            return
        for duty, item in self.duties:
            text = folded(item.text)
            kind = str((duty.get("deliverable") or {}).get("kind", ""))
            deadline = duty.get("deadline")
            if kind.startswith("báo cáo") and deadline is not None and deadline.get("date"):
                chosen = event_before(events, deadline["date"])
                if chosen is not None:
                    duty["reports_on"] = chosen["id"]
            elif deadline is not None and deadline.get("kind") == "đến hết":
                chosen = (
                    event_named(events, text)
                    if re.search(r"\bsau (?:le|hoi nghi|buoi)", text)
                    else None
                )
                if chosen is not None:
                    duty["deadline"] = {"kind": "đến hết", "after": chosen["id"], **deadline}
            elif _PREPARING.search(text):
                chosen = event_named(events, text) or (events[0] if len(events) == 1 else None)
                if chosen is None and re.search(r"\ble\b", text):
                    chosen = events[0]
                due = (deadline or {}).get("date")
                if chosen is not None and (due is None or due <= chosen["date"]):
                    duty["prepares"] = chosen["id"]


def _finish(duty: dict[str, Any]) -> None:
    """Drop the working keys and put a duty's keys in the format's order."""
    for item in duty.get("items", []):
        _finish(item)
    ordered = {key: duty[key] for key in _DUTY_ORDER if key in duty}
    duty.clear()
    duty.update(ordered)
