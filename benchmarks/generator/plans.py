"""Plans: ``PlanBuilder`` writes one district's plan about a theme, filled with duties up to a
size in bytes, every deadline on a working day inside the plan's period."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from random import Random
from typing import Any

from generator.province import PARTY, District, Province, Unit
from generator.themes import (
    COMMUNE_ACTIONS,
    CONTENTS,
    DELIVERABLES,
    ITEM_TEXTS,
    LONG_DATE_FORMAT,
    OFFICE_ACTIONS,
    PLACES,
    PURPOSES,
    REQUIREMENTS,
    WORKS,
    Theme,
)
from generator.words import person, slug
from generator.yaml_emitter import Data, to_yaml, yaml_size
from raquan.domain.dates.names import year_name
from raquan.domain.dates.workdays import WorkCalendar

ITEMS_SHARE = 0.95
"""Share of ordinary duties written as a lead sentence and its concrete items (lines "+")."""

ITEM_DEADLINE_SHARE = 0.15
"""Share of those items with a deadline of their own (the bundled real plan: 30 % of duties)."""

OTHER_BLOCKS = 2
"""Assignment blocks for departments and bodies besides the lead department."""

ONE_DAY = datetime.timedelta(days=1)


def span(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def _month_end(year: int, month: int) -> datetime.date:
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return following - ONE_DAY


@dataclass(slots=True)
class Event:
    id: str
    date: datetime.date
    time: str

    @property
    def start(self) -> datetime.datetime:
        hour, minute = (int(part) for part in self.time.split(":"))
        return datetime.datetime.combine(self.date, datetime.time(hour, minute))


@dataclass(slots=True)
class ReportDuty:
    """A report duty of a plan, and who must answer it."""

    duty: str
    type: str  # nhanh, tổng hợp
    units: list[Unit]
    event: Event
    last_day: datetime.date


@dataclass(slots=True)
class BuiltPlan:
    """A plan's data, file name and what the rest of the corpus needs to know about it."""

    id: str
    data: Data
    comments: list[str]
    district: District
    theme: Theme
    issued: datetime.date
    duties: int
    reports: list[ReportDuty]
    text: str = ""


class PlanBuilder:
    """Writes one plan of a district: fixed parts first, then duties up to a byte budget."""

    def __init__(
        self,
        rng: Random,
        province: Province,
        district: District,
        theme: Theme,
        year: int,
        calendar: WorkCalendar,
        plan_id: str,
    ) -> None:
        self.rng = rng
        self.province = province
        self.d = district
        self.theme = theme
        self.year = year
        self.calendar = calendar
        self.id = plan_id
        self.start = datetime.date(year, theme.start_month, 1)
        self.end = _month_end(year, theme.start_month + theme.months - 1)
        self.issued = self.working_day(self.start - span(10), self.start + span(2))
        self.first = max(self.issued, self.start) + span(3)
        low = max(self.issued + span(12), self.first + span(7))
        event_day = self.working_day(low, low + span(18))
        self.last = self.end
        while not calendar.is_working_day(self.last):
            self.last -= ONE_DAY
        self.mass = Event("le-ra-quan-cac-xa", event_day, rng.choice(["07:00", "07:30", "08:00"]))
        self.point = Event("le-ra-quan-diem", event_day, self.mass.time)
        self.lead = next(u for u in district.offices if u.abbreviation in ("KT", "KTHT"))
        self.host = rng.choice([u for u in district.communes if u.kind != "phường"])
        self.counter = 0
        self.duty_count = 0
        self.reports: list[ReportDuty] = []

    # dates ---------------------------------------------------------------------------------

    def working_day(self, low: datetime.date, high: datetime.date) -> datetime.date:
        """A random working day in [low, high] (high is moved later if there is none)."""
        days = [low + span(n) for n in range((high - low).days + 1)]
        found = [day for day in days if self.calendar.is_working_day(day)]
        if not found:
            return self.calendar.next_working_day(high)
        return self.rng.choice(found)

    def deadline(self, low: datetime.date, high: datetime.date) -> Data:
        """A deadline whose last day is a working day in [low, high]."""
        rng = self.rng
        last = self.working_day(low, high)
        roll = rng.random()
        data: Data
        if roll < 0.5:
            data = {"date": last + ONE_DAY}
        elif roll < 0.58:
            data = {"kind": "trước", "date": last + ONE_DAY}
        elif roll < 0.9:
            data = {"kind": "chậm nhất", "date": last}
        elif roll < 0.95 and last > self.first + span(7):
            data = {"kind": "đến hết", "start": self.first, "date": last}
        else:
            data = {"kind": "vào lúc", "date": last, "time": rng.choice(["09:00", "14:00"])}
        if rng.random() < 0.05:
            data["format"] = LONG_DATE_FORMAT
        if rng.random() < 0.05:
            data["weekday"] = True
        return data

    # duties --------------------------------------------------------------------------------

    def next_id(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-{self.counter}"

    def fmt(self, text: str) -> str:
        return text.format(label=self.d.label, word=self.d.commune_word, year=self.year)

    def duty(self, prefix: str, text: str, **fields: Any) -> Data:
        """A duty; ``{deadline}`` is added to the text when it has a deadline."""
        self.duty_count += 1
        data: Data = {"id": self.next_id(prefix)}
        for key in ("to", "role", "partners"):
            if key in fields:
                data[key] = fields.pop(key)
        if "deadline" in fields and "{deadline}" not in text:
            ending = self.rng.choice(
                [", hoàn thành {deadline}.", ", xong {deadline}.", " **{deadline}**."]
            )
            text = text.rstrip(".;:") + ending
        data["text"] = text
        data.update(fields)
        return data

    def generic(
        self,
        prefix: str,
        actions: Sequence[str],
        partners: Sequence[Unit],
        items_share: float = ITEMS_SHARE,
    ) -> Data:
        """An ordinary duty, often a lead sentence with its concrete items."""
        rng = self.rng
        text = f"{self.fmt(rng.choice(actions))} {rng.choice(WORKS)}{rng.choice(PLACES)}."
        fields: Data = {}
        if partners and rng.random() < 0.15:
            fields["partners"] = [u.ref for u in rng.sample(list(partners), rng.randint(1, 2))]
        if rng.random() < 0.04:
            fields["role"] = "phối hợp"
        if rng.random() < 0.12:
            fields["deliverable"] = {
                "kind": rng.choice(DELIVERABLES),
                "to": [self.d.ubnd.ref, self.lead.ref],
            }
            text = text.rstrip(".") + f", gửi kết quả về UBND {self.d.label}."
        if rng.random() < 0.55:
            fields["deadline"] = self.deadline(self.first, self.end)
        if rng.random() < items_share:
            text = text.rstrip(".") + ", cụ thể:"
            fields.pop("deadline", None)
            parent = self.duty(prefix, text, **fields)
            texts = rng.sample(ITEM_TEXTS, rng.randint(14, 24))
            parent["items"] = [self.item(prefix, item) for item in texts]
            return parent
        return self.duty(prefix, text, **fields)

    def item(self, prefix: str, text: str) -> Data:
        if self.rng.random() < ITEM_DEADLINE_SHARE:
            return self.duty(prefix, text + ".", deadline=self.deadline(self.first, self.end))
        return self.duty(prefix, text + ";")

    def prepares(self, prefix: str, text: str, event: Event, **fields: Any) -> Data:
        deadline = self.deadline_before(event)
        return self.duty(prefix, text, deadline=deadline, prepares=event.id, **fields)

    def deadline_before(self, event: Event) -> Data:
        last = self.working_day(self.first, event.date - ONE_DAY)
        if self.rng.random() < 0.5:
            return {"date": last + ONE_DAY}
        return {"kind": "chậm nhất", "date": last}

    def report_items(self, prefix: str, units: list[Unit], to: list[str]) -> list[Data]:
        event = self.mass
        quick_time = self.rng.choice(["16:00", "17:00"])
        summary_last = self.working_day(event.date + span(14), self.end)
        quick = self.duty(
            prefix,
            "Báo cáo nhanh kết quả tổ chức Lễ ra quân **{deadline}**.",
            deliverable={"kind": "báo cáo nhanh", "to": to},
            deadline={
                "date": event.date,
                "time": quick_time,
                "format": LONG_DATE_FORMAT,
                "weekday": True,
            },
            reports_on=event.id,
        )
        summary = self.duty(
            prefix,
            "Báo cáo tổng hợp kết quả thực hiện **{deadline}**.",
            deliverable={"kind": "báo cáo tổng hợp", "to": to},
            deadline={"date": summary_last + ONE_DAY, "format": LONG_DATE_FORMAT},
            reports_on=event.id,
        )
        self.reports.append(ReportDuty(quick["id"], "nhanh", units, event, event.date))
        self.reports.append(ReportDuty(summary["id"], "tổng hợp", units, event, summary_last))
        return [quick, summary]

    # blocks --------------------------------------------------------------------------------

    def commune_block(self) -> Data:
        d = self.d
        group = d.groups["communes"]
        to = [d.ubnd.ref, self.lead.ref]
        duties = [
            self.prepares(
                "xa",
                "Xây dựng Kế hoạch chi tiết tổ chức ra quân tại địa phương, **hoàn thành "
                "{deadline}**.",
                self.mass,
                deliverable={"kind": "kế hoạch chi tiết", "to": to},
            ),
            self.duty(
                "xa",
                "Duy trì các hoạt động sau Lễ ra quân {deadline}, hoàn thành công trình đăng ký.",
                deadline={"kind": "đến hết", "after": self.mass.id, "date": self.last},
            ),
            self.duty(
                "xa",
                "Báo cáo kết quả (khối lượng, ngày công, kinh phí), cụ thể:",
                items=self.report_items("xa", d.communes, to),
            ),
        ]
        return {"to": group.name, "heading": f"UBND các {d.commune_word}:", "duties": duties}

    def lead_block(self) -> Data:
        d = self.d
        lead = self.lead
        partners = [self.host]
        duties = [
            self.duty(
                "kt",
                "Chuẩn bị các điều kiện tổ chức Lễ ra quân điểm, cụ thể:",
                partners=[u.ref for u in partners],
                prepares=self.point.id,
                items=[
                    self.duty(
                        "kt",
                        "Xây dựng Chương trình Lễ ra quân điểm.",
                        deliverable={"kind": "chương trình"},
                        prepares=self.point.id,
                    ),
                    self.duty(
                        "kt",
                        "Tham mưu Bài phát biểu của Lãnh đạo UBND tại buổi Lễ.",
                        deliverable={"kind": "bài phát biểu", "to": [d.office.ref]},
                        prepares=self.point.id,
                    ),
                    self.prepares(
                        "kt",
                        "Kiểm tra công tác chuẩn bị phục vụ buổi Lễ, hoàn thành {deadline}.",
                        self.point,
                    ),
                ],
            ),
            self.duty(
                "kt",
                "Tổng hợp, báo cáo kết quả sau đợt ra quân, cụ thể:",
                items=self.report_items("kt", [lead], [d.ubnd.ref]),
            ),
        ]
        return {"to": lead.ref, "heading": f"{lead.name}:", "duties": duties}

    def unit_block(self, unit: Unit, layout: str | None = None) -> Data:
        block: Data = {"to": unit.ref, "heading": f"{unit.name}:"}
        if layout:
            block["layout"] = layout
        partners = [u for u in self.d.offices if u is not unit] + [self.host]
        block["duties"] = [
            self.generic(
                slug(unit.abbreviation) if unit.abbreviation else "dv",
                OFFICE_ACTIONS,
                partners,
                items_share=0.0,
            )
        ]
        return block

    def host_block(self) -> Data:
        host = self.host
        return {
            "to": host.ref,
            "heading": f"{host.short or host.name}:",
            "duties": [
                self.prepares(
                    "diem",
                    "Chuẩn bị các điều kiện tổ chức Lễ ra quân điểm tại địa phương, hoàn thành "
                    "{deadline}.",
                    self.point,
                    partners=[self.lead.ref],
                )
            ],
        }

    def members_block(self) -> Data:
        d = self.d
        return {
            "to": [d.groups["members"].name, d.groups["offices"].name],
            "heading": "Các cơ quan, đơn vị, cá nhân liên quan:",
            "duties": [
                self.duty(
                    "pt",
                    "Bám sát địa bàn được phân công phụ trách, đôn đốc thực hiện chế độ báo cáo.",
                )
            ],
            "note": "*{attachment:bang-phan-cong}*",
        }

    def front_block(self) -> Data:
        d = self.d
        return {
            "to": d.groups["front"].name,
            "heading": "Đề nghị Ban Thường trực UBMTTQVN và các tổ chức chính trị - xã hội "
            f"{d.label}:",
            "layout": "liền tiêu đề",
            "duties": [
                self.duty(
                    "mt",
                    "Tuyên truyền, vận động Nhân dân hưởng ứng các hoạt động ra quân.",
                )
            ],
        }

    def blocks(self) -> list[Data]:
        d = self.d
        others = [u for u in d.offices if u is not self.lead] + [d.office, d.centre, *d.forces]
        chosen = self.rng.sample(others, OTHER_BLOCKS)
        blocks = [self.commune_block(), self.lead_block()]
        blocks.extend(
            self.unit_block(u, "đoạn văn" if u is d.office else None)
            for u in sorted(chosen, key=others.index)
        )
        blocks.extend([self.host_block(), self.members_block(), self.front_block()])
        return blocks

    def grow(self, blocks: list[Data]) -> int:
        """Add one ordinary duty to a random block; its size in bytes."""
        block = self.rng.choice(blocks[:1] * 4 + blocks[1:-3])
        commune = block is blocks[0]
        prefix = "xa" if commune else block["duties"][0]["id"].rsplit("-", 1)[0]
        actions = COMMUNE_ACTIONS if commune else OFFICE_ACTIONS
        partners = self.d.offices if commune else [*self.d.offices, self.host]
        duty = self.generic(prefix, actions, partners)
        block["duties"].append(duty)
        return yaml_size(duty, 10)

    # the rest of the plan ------------------------------------------------------------------

    def title(self) -> str:
        return self.fill(self.theme.title)

    def fill(self, text: str) -> str:
        """A theme's phrase with the year, the year's lunar name and the district filled in."""
        return text.format(year=self.year, year_name=year_name(self.year), label=self.d.label)

    def legal_bases(self) -> list[Data]:
        rng = self.rng
        d = self.d
        party_name, party_abbr = PARTY[d.kind]
        title = self.theme.theme.lower()
        bases: list[Data] = [
            {
                "id": "kh-ubnd-tinh",
                "type": "Kế hoạch",
                "number": f"{rng.randint(10, 400)}/KH-UBND",
                "date": self.issued - span(rng.randint(8, 40)),
                "issuer": f"Ủy ban nhân dân tỉnh {self.province.name}",
                "summary": f"triển khai các hoạt động ra quân “{title}” năm {self.year}",
            },
            {
                "id": "cv-ban-thuong-vu",
                "type": "Công văn",
                "number": f"{rng.randint(100, 2500)}-CV/{party_abbr}",
                "date": self.issued - span(rng.randint(2, 7)),
                "issuer": f"Ban Thường vụ {party_name} {d.name}",
                "summary": f"lãnh đạo tổ chức các hoạt động ra quân năm {self.year}",
            },
        ]
        if rng.random() < 0.25:
            bases.insert(
                0,
                {
                    "id": "ct-ubnd-tinh",
                    "type": "Chỉ thị",
                    "number": f"{rng.randint(1, 20)}/CT-UBND",
                    "date": self.issued - span(rng.randint(45, 120)),
                    "issuer": f"Ủy ban nhân dân tỉnh {self.province.name}",
                    "summary": "tăng cường công tác bảo vệ môi trường, xây dựng nông thôn mới",
                },
            )
        return bases

    def sections(self, blocks: list[Data]) -> list[Data]:
        rng = self.rng
        d = self.d
        purposes = [self.fmt(p) for p in rng.sample(PURPOSES, 1)]
        aims = "\n".join(
            ["1. Mục đích:", *(f"- {p}" for p in purposes), "2. Yêu cầu:"]
            + [f"- {r}" for r in rng.sample(REQUIREMENTS, 1)]
        )
        content = "\n".join(
            ["1. Chủ đề: {theme}.", "2. Nội dung ra quân:"]
            + [f"- {c}" for c in rng.sample(CONTENTS, 2)]
            + ["*{attachment:bang-dang-ky}*"]
        )
        when = "\n".join(
            [
                f"1. Thời gian: Các {d.commune_word} đồng loạt tổ chức Lễ ra quân vào lúc "
                f"{{when:{self.mass.id}}}.",
                f"2. Lễ ra quân điểm của {d.label}:",
                f"+ Nội dung: {{content:{self.point.id}}}.",
                f"+ Địa điểm tổ chức Lễ: {{place:{self.point.id}}}.",
            ]
        )
        return [
            {"title": "MỤC ĐÍCH, YÊU CẦU:", "text": aims + "\n"},
            {"title": "NỘI DUNG THỰC HIỆN:", "text": content + "\n"},
            {"title": "THỜI GIAN, HÌNH THỨC:", "text": when + "\n"},
            {"title": "TỔ CHỨC THỰC HIỆN:", "assignments": blocks},
        ]

    def events(self, work: str) -> list[Data]:
        d = self.d
        event = self.fill(self.theme.event)
        host = self.host.name.removeprefix("Ủy ban nhân dân ")
        return [
            {
                "id": self.mass.id,
                "title": f"{event} tại các {d.commune_word}",
                "date": self.mass.date,
                "time": self.mass.time,
                "place": f"Các {d.commune_word} trên địa bàn {d.label}",
                "host": d.groups["communes"].name,
                "attendees": [d.groups["offices"].name],
            },
            {
                "id": self.point.id,
                "title": f"Lễ ra quân điểm của {d.label}",
                "date": self.point.date,
                "time": self.point.time,
                "place": f"Thôn {self.rng.randint(1, 12)}, {host}, {d.label}",
                "host": self.host.ref,
                "attendees": [d.ubnd.ref, self.lead.ref],
                "content": f"{work} thôn {self.rng.randint(1, 12)}, {host}",
            },
        ]

    def recipients(self) -> list[Any]:
        d = self.d
        party_name = PARTY[d.kind][0]
        department = self.rng.choice(self.province.departments)
        return [
            {"text": "VP. UBND tỉnh", "unit": self.province.office.ref},
            {"unit": department.ref},
            {"text": f"TT. {party_name}", "unit": d.party.ref},
            {"unit": d.council.ref},
            {"text": "Đ/c Chủ tịch, các PCT UBND", "covers": [d.chair.ref, d.vice_chairs.ref]},
            {"unit": d.groups["front"].name},
            {"unit": d.groups["bodies"].name},
            {"unit": d.groups["communes"].name},
            {"text": "Lãnh đạo và chuyên viên Văn phòng", "covers": [d.office.ref]},
        ]

    def attachments(self) -> list[Data]:
        rng = self.rng
        d = self.d
        communes = rng.sample(d.communes, min(len(d.communes), 2))
        registrations = []
        for unit in communes:
            content, measure = rng.choice(self.theme.works)
            village = f"Thôn {rng.randint(1, 12)}"
            row: Data = {"unit": unit.ref, "content": content, "place": village}
            row.update(quantity=rng.randint(1, 80) * 10, measure=measure)
            registrations.append(row)
        areas = [
            {"area": unit.ref, "members": [o.ref for o in rng.sample(d.offices, 2)]}
            for unit in rng.sample(d.communes, min(len(d.communes), 2))
        ]
        return [
            {
                "id": "bang-dang-ky",
                "title": "Bảng đăng ký nội dung, hoạt động ra quân",
                "kind": "đăng ký ra quân",
                "registrations": registrations,
            },
            {
                "id": "bang-phan-cong",
                "title": f"Bảng phân công phụ trách địa bàn ra quân năm {self.year}",
                "kind": "phân công phụ trách địa bàn",
                "assignments": areas,
            },
        ]

    def build(self, budget: int) -> BuiltPlan:
        """The plan, grown with duties until its YAML text is at least ``budget`` bytes."""
        rng = self.rng
        d = self.d
        blocks = self.blocks()
        title = self.title()
        work = rng.choice(self.theme.works)[0]
        data: Data = {
            "raquan": 1,
            "kind": "plan",
            "id": self.id,
            "units": "units.yaml",
            "header": {
                "type": "Kế hoạch",
                "issuer": d.ubnd.ref,
                "issuing_body": ["ỦY BAN NHÂN DÂN", d.label.upper()],
                "number": rng.randint(1, 400),
                "symbol": "KH-UBND",
                "place": d.name,
                "date": self.issued,
            },
            "title": title,
            "theme": self.theme.theme,
            "period": {"start": self.start, "end": self.end},
            "legal_bases": self.legal_bases(),
            "preamble": f"Thực hiện {{legal_bases}}. Xét đề nghị của {self.lead.name}[^1], UBND "
            f"{d.label} ban hành Kế hoạch với những nội dung sau:",
            "footnotes": {
                "1": f"Tại Tờ trình số {rng.randint(5, 300)}/TTr-{self.lead.abbreviation}."
            },
            "sections": self.sections(blocks),
            "events": self.events(work),
            "closing": f"Trên đây là Kế hoạch {title[0].lower()}{title[1:]}.",
            "recipients": self.recipients(),
            "archive": ["VT", self.lead.abbreviation],
            "signature": {
                "lines": rng.choice(
                    [
                        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                    ]
                ),
                "signer": person(rng),
            },
            "attachments": self.attachments(),
        }
        comments = ["Dữ liệu tổng hợp (benchmarks/generate.py), không phải văn bản thật."]
        size = len(to_yaml(data, comments).encode())
        while size < budget:
            size += self.grow(blocks)
        text = to_yaml(data, comments)
        while len(text.encode()) < budget:
            self.grow(blocks)
            text = to_yaml(data, comments)
        built = BuiltPlan(
            self.id, data, comments, d, self.theme, self.issued, self.duty_count, self.reports
        )
        built.text = text
        return built
