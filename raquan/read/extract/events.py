"""Events told in the body: a ceremony or a meeting, when, where, who hosts it.

A paragraph that names an event ("Lễ …", "Hội nghị …", "Lễ mít tinh …", "Ngày hội …") and
writes a date with its time is an event; so is "tổ chức Lễ …" followed by a "Địa điểm: …" line
(its time is then the previous event's, marked for review). Its title is the event's words up
to "vào", "lúc", "tại", "được" or punctuation (a bare "Ngày hội" takes the rest of the plan's
title); its place the "Địa điểm…:" line under it, or the "tại …" of its sentence or of a
sentence of the same part naming it; its host the units before "tổ chức", or the commune of its
place, or the issuer (the header's, or the one the opening paragraph names); its content a
"Nội dung: …" line under it. A labelled line counts as under the event even at the event's own
list level: in Word, one list's "-" and "+" lines often show the same bullet. Where the text
writes what ``{when:…}``, ``{place:…}`` or ``{content:…}`` prints, the placeholder takes its
place.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from raquan.domain.dates.textdates import DateMention, find_dates
from raquan.domain.phrasing import event_when
from raquan.models.plan import Event
from raquan.read.extract.build import Builder
from raquan.read.extract.deadlines import same_words
from raquan.read.extract.outline import Item, label
from raquan.read.extract.text import Level, clean, folded, sentence_case

Replacement = tuple[int, int, str]

_NOUN = re.compile(
    r"\b(?:Lễ mít tinh|Lễ hội|Lễ|Hội nghị|Hội thảo|Hội thi|Hội diễn|Đại hội|Tọa đàm|Toạ đàm|"
    r"Mít tinh|buổi Lễ|Ngày hội|Liên hoan|Giải)\b"
)
_TITLE_END = re.compile(
    r"\s+(?:vào|lúc|tại|ngày|và mời|được|đồng loạt|diễn ra|trên địa bàn(?= thành phố$))\b|[,;:(.]"
)
_AT = re.compile(r"\btại\s+(.+?)(?:[.;]|$)")


class Events:
    """The events of the plan, read paragraph by paragraph."""

    def __init__(self, builder: Builder) -> None:
        self.builder = builder
        self.events: list[dict[str, Any]] = builder.data.setdefault("events", [])
        self.labelled: dict[int, tuple[dict[str, Any], str]] = {}
        """Lines under an event that give its place or content: id(item) -> (event, key)."""

    def read(self, item: Item, following: list[Item], part: list[Item]) -> list[Replacement]:
        """The event told in ``item`` (``following`` are the items after it, ``part`` those of
        its part), and the placeholder for its time; [] when there is none."""
        text = item.text
        noun = _NOUN.search(text)
        if noun is None:
            return []
        mentions = [m for m in find_dates(text) if m.date is not None and m.time is not None]
        places = [f for f in following[:4] if label(f.text, "địa điểm") is not None]
        organised = re.search(r"tổ chức\s+" + re.escape(noun.group()), text)
        if not mentions and not (places and organised):
            return []
        if not mentions and not self.events:
            return []
        title = self._title(text, noun)
        event: dict[str, Any] = {"id": self.builder.new_id(title, words=7), "title": title}
        path = ("events", len(self.events))
        self._when(event, path, item, mentions)
        place, where = self._place(item, following, part, event)
        event["place"] = place
        if where is not None:
            self.builder.at((*path, "place"), *where)
        else:
            self.builder.guess((*path, "place"), "văn bản không nói rõ địa điểm")
        event["host"] = self._host(item, noun.start(), event, path)
        self.builder.at((*path, "host"), item.paragraph, noun.start())
        self.builder.at(path, item.paragraph, noun.start())
        self.events.append(event)
        self.builder.counts.events += 1
        return self._when_placeholder(event, path, text, mentions)

    def fields(self, item: Item) -> list[Replacement]:
        """``{place:…}`` or ``{content:…}`` in a line that gives an event's place or content."""
        found = self.labelled.get(id(item))
        if found is None:
            return []
        event, key = found
        start = label(item.text, "địa điểm" if key == "place" else "nội dung")
        if start is None:
            return []
        value = item.text[start:].rstrip().rstrip(".;")
        if event.get(key) != clean(value):
            return []
        return [(start, start + len(value), f"{{{key}:{event['id']}}}")]

    def _title(self, text: str, noun: re.Match[str]) -> str:
        end = _TITLE_END.search(text, noun.end())
        title = clean(text[noun.start() : end.start() if end else len(text)])
        title = sentence_case(re.sub(r"\s+(?:trên địa bàn|của địa phương)$", "", title))
        plan_title = clean(str(self.builder.data.get("title", "")))
        if len(title.split()) <= 2 and folded(title) in folded(plan_title):
            title = sentence_case(plan_title[folded(plan_title).find(folded(title)) :])
        return title

    def _when(
        self,
        event: dict[str, Any],
        path: tuple[Any, ...],
        item: Item,
        mentions: list[DateMention],
    ) -> None:
        builder = self.builder
        if mentions:
            mention = mentions[0]
            assert mention.date is not None
            assert mention.time is not None
            event["date"], event["time"] = mention.date, mention.time.time
            builder.at((*path, "date"), item.paragraph, mention.start, mention.end)
            builder.at((*path, "time"), item.paragraph, mention.time.start, mention.time.end)
            builder.due(mention.date)
            return
        previous = self.events[-1]
        event["date"] = previous["date"]
        if previous.get("time") is not None:
            event["time"] = previous["time"]
        builder.guess((*path, "date"), "văn bản không ghi giờ riêng; lấy theo sự kiện trước")
        builder.at((*path, "date"), item.paragraph)

    def _when_placeholder(
        self,
        event: dict[str, Any],
        path: tuple[Any, ...],
        text: str,
        mentions: list[DateMention],
    ) -> list[Replacement]:
        if not mentions:
            return []
        mention = mentions[0]
        time = mention.time
        begin = time.start if time is not None and time.start < mention.start else mention.start
        phrase = event_when(Event.model_validate({**event, "host": ["x"]}))
        if same_words(phrase, text[begin : begin + len(phrase)]):
            return [(begin, begin + len(phrase), f"{{when:{event['id']}}}")]
        self.builder.guess(
            (*path, "date"),
            "văn bản viết thời gian sự kiện khác cách raquan in; lời văn được giữ nguyên",
        )
        return []

    def _host(
        self, item: Item, noun_start: int, event: dict[str, Any], path: tuple[Any, ...]
    ) -> Any:
        builder = self.builder
        before = item.text[:noun_start]
        organise = re.search(r"(?:đồng loạt\s+)?tổ chức\s*$", before)
        if organise is not None and not re.search(
            r"\b(?:để|nhằm|sẽ)\s+(?:đồng loạt\s+)?tổ chức\s*$", before
        ):
            subject = before[: organise.start()]
            subject = re.sub(r"^[\W\d]*(?:thời gian\s*:)?\s*", "", subject, flags=re.IGNORECASE)
            names = builder.names.scan(subject)
            if names:
                refs = [builder.names.match(name).ref for _, _, name in names]
                return refs[0] if len(refs) == 1 else refs
        commune = re.search(r"\b(xã|phường|thị trấn)\s+([^,.;]+)", event["place"])
        if commune is not None:
            found = builder.names.match(f"{commune.group(1)} {commune.group(2)}")
            if found.matched:
                return found.ref
            builder.names.seen.remove(found)
        builder.guess((*path, "host"), "văn bản không nói rõ đơn vị tổ chức; lấy cơ quan ban hành")
        return builder.data["header"].get("issuer") or builder.preamble_issuer or "UBND"

    def _place(
        self, item: Item, following: list[Item], part: list[Item], event: dict[str, Any]
    ) -> tuple[str, tuple[Any, ...] | None]:
        level = item.level or Level.DASH
        place: tuple[str, tuple[Any, ...] | None] | None = None
        for other in following[:4]:
            labels = [
                (key, start)
                for key, word in (("place", "địa điểm"), ("content", "nội dung"))
                if (start := label(other.text, word)) is not None
            ]
            # A labelled line belongs to the event even at its level (see the docstring).
            if not labels and other.level is not None and other.level <= level:
                break
            for key, start in labels:
                self.labelled[id(other)] = (event, key)
                value = clean(other.text[start:]).rstrip(".;")
                if key == "content":
                    event["content"] = value
                elif place is None:
                    place = value, (other.paragraph, start)
        if place is not None:
            return place
        own = _AT.search(item.text)
        if own is not None:
            return sentence_case(clean(own.group(1))), (item.paragraph, own.start(1))
        words = folded(event["title"]).split()[:3]
        for candidate in part:
            at = _AT.search(candidate.text)
            if at is not None and all(word in folded(candidate.text) for word in words):
                return sentence_case(clean(at.group(1))), (candidate.paragraph, at.start(1))
        return "<địa điểm>", None


def event_before(events: list[dict[str, Any]], day: datetime.date) -> dict[str, Any] | None:
    """The first event on or before ``day``."""
    earlier = [e for e in events if e["date"] <= day]
    return earlier[0] if earlier else None


def event_named(events: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The event whose title's words, from the start, are written longest in ``text``
    (folded); at least two words."""
    best: tuple[int, dict[str, Any]] | None = None
    for event in events:
        words = folded(event["title"]).split()
        length = 0
        for n in range(1, len(words) + 1):
            if not re.search(r"\b" + re.escape(" ".join(words[:n])) + r"\b", text):
                break
            length = n
        if length >= 2 and (best is None or length > best[0]):
            best = (length, event)
    return best[1] if best else None
