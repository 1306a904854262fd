"""Realistic synthetic corpora for raquan's benchmarks: a province, its plans, and result files.

``python benchmarks/generate.py OUT --size 1MB [--seed 1]`` writes into ``OUT``:

* ``plans/units.yaml``: the unit registry of a whole (made-up) province: the provincial bodies,
  and ten districts (one city, one town, eight rural districts), each with its People's
  Committee, office, twelve departments, centre, mass organisations, armed forces and 15 to 25
  communes, wards or townships whose names are built from Vietnamese syllables; groups by kind
  (province-wide) and by members (one district's communes, departments, ...);
* ``plans/*.yaml``: plans (``kind: plan``) issued by the districts, valid for ``raquan check``:
  header, legal bases, preamble, sections, one organisation section of assignment blocks whose
  duties print their deadline with ``{deadline}``, deadlines on working days inside the period,
  partners, deliverables, events, recipients covering every assigned unit through the groups,
  signature, attachments mentioned in the text;
* ``reports/<plan>/*.yaml``: result files (``kind: report``) from a share of the units that
  must report, after the event they report on;
* ``manifest.json``: the counts, and what the benchmark runner needs (a unit for ``raquan due``
  and a day to view its agenda on).

The plan files are filled with duties until their total size reaches ``--size`` (``1MB`` is
10^6 bytes: 50 files; ``10MB``: 500 files; or a number of bytes). Everything is drawn from one
seeded ``random.Random``: the same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import re
import shutil
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from random import Random
from typing import Any

from raquan.domain.dates.names import year_name
from raquan.domain.dates.workdays import WorkCalendar
from raquan.domain.units import name_key

FILE_BUDGET = 20_000
"""Bytes of YAML per plan file: the corpus has ``size // FILE_BUDGET`` plan files."""

REPORT_SHARE = 0.3
"""Share of the units given a report duty that send a result file for it."""

ITEMS_SHARE = 0.95
"""Share of ordinary duties written as a lead sentence and its concrete items (lines "+")."""

ITEM_DEADLINE_SHARE = 0.15
"""Share of those items with a deadline of their own (the bundled real plan: 30 % of duties)."""

OTHER_BLOCKS = 2
"""Assignment blocks for departments and bodies besides the lead department."""

LOCAL_DAY_OFF = (3, 16)
"""Month and day of the province's own day off (declared in the registry's calendar)."""

Data = dict[str, Any]

# --------------------------------------------------------------------------------------------
# YAML writing: block style, folded long texts, flow style for short lists and small mappings.
# --------------------------------------------------------------------------------------------

WIDTH = 96
ROW_WIDTH = 120
FLOW_KEYS = frozenset({"deadline", "deliverable", "money"})
FLOW_ROWS = frozenset({"registrations", "assignments", "works", "days_off"})
"""Lists whose rows (table rows of attachments and reports) are written ``- {a: 1, b: 2}``."""
"""Mappings written in flow style (``{kind: trước, date: 2023-02-15}``) when they fit."""

_PLAIN_FIRST = re.compile(r"[\s\-?:,\[\]{}#&*!|>'\"%@`]")
_LOOKS_TYPED = re.compile(r"[-+.\d:_ eE]+|~|null|true|false|yes|no|on|off", re.IGNORECASE)


def _plain(text: str, *, flow: bool = False) -> bool:
    """True when ``text`` can be written without quotes (and reads back as the same string)."""
    if not text or text != text.strip() or _PLAIN_FIRST.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\n" in text:
        return False
    if flow and any(c in text for c in ",[]{}"):
        return False
    return not _LOOKS_TYPED.fullmatch(text)


def _scalar(value: Any, *, flow: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value)
    return text if _plain(text, flow=flow) else json.dumps(text, ensure_ascii=False)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _flow(value: Any) -> str | None:
    """The flow rendering of scalars, lists of scalars and mappings of those; or None."""
    if _is_scalar(value):
        return _scalar(value, flow=True)
    parts: list[str | None]
    if isinstance(value, list):
        parts = [_flow(v) if _is_scalar(v) else None for v in value]
        return None if None in parts else "[" + ", ".join(p or "" for p in parts) + "]"
    parts = [_flow(v) for v in value.values()]
    if None in parts or any(isinstance(v, dict) for v in value.values()):
        return None
    return "{" + ", ".join(f"{k}: {p}" for k, p in zip(value, parts, strict=True)) + "}"


def _text_lines(key: str, text: str, pad: str) -> list[str]:
    """A long or multi-line string: literal block for lines, folded block for a paragraph."""
    if "\n" in text:
        body = text.rstrip("\n").split("\n")
        return [f"{pad}{key}: |", *(f"{pad}  {line}" if line else "" for line in body)]
    wrapped = textwrap.wrap(
        text, WIDTH - len(pad) - 2, break_long_words=False, break_on_hyphens=False
    )
    return [f"{pad}{key}: >-", *(f"{pad}  {line}" for line in wrapped)]


def _entry(name: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    key = _scalar(name)
    if isinstance(value, str) and ("\n" in value or len(pad) + len(key) + len(value) > WIDTH):
        return _text_lines(key, value, pad)
    if _is_scalar(value):
        rendered = _scalar(value)
        return [f"{pad}{key}: {rendered}" if rendered else f"{pad}{key}:"]
    if not value:
        return [f"{pad}{key}: {'[]' if isinstance(value, list) else '{}'}"]
    flow = _flow(value) if isinstance(value, list) or key in FLOW_KEYS else None
    if flow is not None and len(pad) + len(key) + len(flow) + 2 <= WIDTH:
        return [f"{pad}{key}: {flow}"]
    if isinstance(value, dict):
        return [f"{pad}{key}:", *_mapping(value, indent + 2)]
    return [f"{pad}{key}:", *_sequence(value, indent + 2, name)]


def _mapping(data: Data, indent: int) -> list[str]:
    lines: list[str] = []
    for key, value in data.items():
        lines.extend(_entry(key, value, indent))
    return lines


def _sequence(items: list[Any], indent: int, key: str = "") -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        flow = _flow(item) if key in FLOW_ROWS else None
        if flow is not None and indent + 2 + len(flow) <= ROW_WIDTH:
            lines.append(f"{pad}- {flow}")
        elif isinstance(item, dict):
            inner = _mapping(item, indent + 2)
            lines.append(f"{pad}- {inner[0][indent + 2 :]}")
            lines.extend(inner[1:])
        else:
            lines.append(f"{pad}- {_scalar(item)}")
    return lines


def to_yaml(data: Data, comments: Sequence[str] = ()) -> str:
    """The YAML text of ``data`` (a mapping), after a header of ``# ...`` comment lines."""
    lines = [f"# {comment}" if comment else "#" for comment in comments]
    return "\n".join([*lines, *_mapping(data, 0)]) + "\n"


def yaml_size(data: Data, indent: int) -> int:
    """Bytes that ``data`` takes as one item of a block sequence at ``indent``."""
    return sum(len(line.encode()) + 1 for line in _sequence([data], indent))


# --------------------------------------------------------------------------------------------
# Names.
# --------------------------------------------------------------------------------------------


def _words(text: str, separator: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(separator))


FIRST = _words(
    "Tân Hòa Phú Vĩnh Bình An Thạnh Đông Tây Nam Bắc Hưng Thanh Long Quang Đức Nghĩa Thuận "
    "Phước Mỹ Xuân Trung Hiệp Kim Ngọc Sơn Hải Cát Lộc Thịnh Quảng Diên Hồng Minh Đại Thiện "
    "Tam Bảo Gia Hương Yên Lạc Cẩm Thái Khánh"
)
SECOND = _words(
    "Lập Bình Hòa Phú Thành Lợi Thắng Hưng Tiến Phong Xuân Mỹ An Hiệp Thạnh Lộc Điền Sơn "
    "Trung Đông Tân Quang Vinh Hải Ninh Yên Phước Khánh Hà Long Nghĩa Thuận Đức Lạc Tường "
    "Hội Cường Thịnh Châu Kiên"
)
ETHNIC_FIRST = _words("Đăk Ia Chư Krông Ea Ngọk Kon Măng Pờ Đắk")
ETHNIC_SECOND = _words(
    "Blà Năng Hring Tơ Pxi Kroong Mar Sao Kôi Plông Tô Rve Mon Choong Brông Ring Leng Xú Dục "
    "Hlốp Pét Tre Rơ Wa Pơ Kô Ne Hờ Drai Yang Bua"
)
HEROES = _words(
    "Quang Trung|Lê Lợi|Trần Hưng Đạo|Nguyễn Trãi|Ngô Quyền|Lý Thường Kiệt|Hai Bà Trưng|"
    "Phan Đình Phùng|Trần Phú|Lê Hồng Phong|Nguyễn Du|Hoàng Văn Thụ|Thống Nhất|Quyết Thắng|"
    "Thắng Lợi|Duy Tân|Trường Chinh|Ngô Mây",
    "|",
)
FAMILY = _words("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý A Y")
MIDDLE = _words("Văn Thị Minh Đức Hữu Quốc Thanh Anh Ngọc Xuân Đình Công")
GIVEN = _words(
    "Hùng Dũng Lan Hoa Tuấn Sơn Hải Bình Phương Thắng Hà Nam Long Trung Hiếu Hạnh Thủy Yến "
    "Khánh Quý Tâm Vân Lực Thịnh"
)


def slug(text: str) -> str:
    """An id from a Vietnamese name: ``Đăk Hà`` -> ``dak-ha``."""
    return re.sub(r"[\s-]+", "-", name_key(text)).strip("-")


class NamePool:
    """Place names, unique across the province once folded (no two communes share a key)."""

    def __init__(self, rng: Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.heroes = list(HEROES)
        rng.shuffle(self.heroes)

    def _take(self, name: str) -> bool:
        key = name_key(name)
        if key in self.used:
            return False
        self.used.add(key)
        return True

    def place(self, ethnic_share: float) -> str:
        rng = self.rng
        while True:
            if rng.random() < ethnic_share:
                name = f"{rng.choice(ETHNIC_FIRST)} {rng.choice(ETHNIC_SECOND)}"
            else:
                first, second = rng.choice(FIRST), rng.choice(SECOND)
                if name_key(first) == name_key(second):
                    continue
                name = f"{first} {second}"
            if self._take(name):
                return name

    def ward(self) -> str:
        while self.heroes:
            name = self.heroes.pop()
            if self._take(name):
                return name
        return self.place(0.0)


def person(rng: Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


# --------------------------------------------------------------------------------------------
# The province: units and groups.
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Unit:
    """A unit of the registry, as written, with the name plans use for it."""

    id: str
    name: str
    kind: str
    level: str = "huyện"
    short: str | None = None
    aliases: list[str] = field(default_factory=list)
    abbreviation: str | None = None

    @property
    def ref(self) -> str:
        return self.short or self.name

    def data(self) -> Data:
        data: Data = {"id": self.id, "name": self.name}
        if self.short:
            data["short"] = self.short
        if self.aliases:
            data["aliases"] = self.aliases
        data["kind"] = self.kind
        if self.level != "huyện":
            data["level"] = self.level
        if self.abbreviation:
            data["abbreviation"] = self.abbreviation
        return data


@dataclass(slots=True)
class Group:
    """A named group of units, by members or by kinds."""

    id: str
    name: str
    members: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    level: str | None = None
    aliases: list[str] = field(default_factory=list)

    def data(self) -> Data:
        data: Data = {"id": self.id, "name": self.name}
        if self.aliases:
            data["aliases"] = self.aliases
        if self.members:
            data["members"] = self.members
        if self.kinds:
            data["kinds"] = self.kinds
        if self.level:
            data["level"] = self.level
        return data


# name, abbreviation, kind; the last three differ between urban and rural districts
OFFICES_COMMON = [
    ("Phòng Nội vụ", "NV", "phòng"),
    ("Phòng Tư pháp", "TP", "phòng"),
    ("Phòng Tài chính - Kế hoạch", "TCKH", "phòng"),
    ("Phòng Tài nguyên và Môi trường", "TNMT", "phòng"),
    ("Phòng Lao động - Thương binh và Xã hội", "LĐTBXH", "phòng"),
    ("Phòng Văn hóa và Thông tin", "VHTT", "phòng"),
    ("Phòng Giáo dục và Đào tạo", "GDĐT", "phòng"),
    ("Phòng Y tế", "YT", "phòng"),
    ("Ban Quản lý dự án đầu tư xây dựng", "BQLDA", "ban"),
]
OFFICES_URBAN = [
    ("Phòng Kinh tế", "KT", "phòng"),
    ("Phòng Quản lý đô thị", "QLĐT", "phòng"),
    ("Phòng Dân tộc", "DT", "phòng"),
]
OFFICES_RURAL = [
    ("Phòng Kinh tế và Hạ tầng", "KTHT", "phòng"),
    ("Phòng Nông nghiệp và Phát triển nông thôn", "NN", "phòng"),
    ("Phòng Dân tộc", "DT", "phòng"),
]
DEPARTMENTS = [
    ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và PTNT"),
    ("Sở Tài chính", None),
    ("Sở Kế hoạch và Đầu tư", None),
    ("Sở Xây dựng", None),
    ("Sở Giao thông vận tải", None),
    ("Sở Tài nguyên và Môi trường", None),
    ("Sở Văn hóa, Thể thao và Du lịch", None),
    ("Sở Nội vụ", None),
]
PARTY = {"huyện": ("Huyện ủy", "HU"), "thị xã": ("Thị ủy", "TU"), "thành phố": ("Thành ủy", "TU")}
YOUTH = {"huyện": "Huyện đoàn", "thị xã": "Thị đoàn", "thành phố": "Thành đoàn"}


@dataclass(slots=True)
class District:
    """A district-level area: its bodies, communes and groups."""

    kind: str  # huyện, thị xã, thành phố
    name: str
    ubnd: Unit
    chair: Unit
    vice_chairs: Unit
    council: Unit
    party: Unit
    office: Unit
    offices: list[Unit]
    centre: Unit
    front: Unit
    mass: list[Unit]
    forces: list[Unit]
    communes: list[Unit]
    groups: dict[str, Group] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """``huyện Đăk Hà``."""
        return f"{self.kind} {self.name}"

    @property
    def commune_word(self) -> str:
        """``xã, thị trấn`` or ``xã, phường``: how the district's plans name its communes."""
        kinds = {unit.kind for unit in self.communes}
        return "xã, phường" if "phường" in kinds else "xã, thị trấn"

    def units(self) -> list[Unit]:
        return [
            self.ubnd,
            self.chair,
            self.vice_chairs,
            self.council,
            self.party,
            self.office,
            *self.offices,
            self.centre,
            self.front,
            *self.mass,
            *self.forces,
            *self.communes,
        ]


@dataclass(slots=True)
class Province:
    """The whole registry."""

    name: str
    units: list[Unit]
    groups: list[Group]
    districts: list[District]
    departments: list[Unit]
    office: Unit

    def data(self) -> Data:
        month, day = LOCAL_DAY_OFF
        years = range(2023, 2027)
        return {
            "raquan": 1,
            "kind": "units",
            "area": f"tỉnh {self.name}",
            "units": [unit.data() for unit in self.units],
            "groups": [group.data() for group in self.groups],
            "calendar": {
                "days_off": [
                    {
                        "date": datetime.date(y, month, day),
                        "reason": f"Ngày giải phóng tỉnh {self.name}",
                    }
                    for y in years
                ]
            },
        }


def _commune(kind: str, name: str) -> Unit:
    return Unit(
        id=f"{slug(kind)}-{slug(name)}",
        name=f"Ủy ban nhân dân {kind} {name}",
        short=f"UBND {kind} {name}",
        kind=kind,
        level="xã",
    )


def _communes(rng: Random, pool: NamePool, kind: str) -> list[Unit]:
    count = rng.randint(15, 25)
    if kind == "thành phố":
        wards = rng.randint(9, 12)
    elif kind == "thị xã":
        wards = rng.randint(5, 7)
    else:
        wards = 0
    units = [_commune("phường", pool.ward()) for _ in range(wards)]
    if kind == "huyện":
        units.append(_commune("thị trấn", pool.place(0.3)))
    while len(units) < count:
        units.append(_commune("xã", pool.place(0.45)))
    return units


def _district(rng: Random, pool: NamePool, kind: str) -> District:
    name = pool.place(0.4)
    label = f"{kind} {name}"
    ds = slug(name)
    party_name, party_abbr = PARTY[kind]
    offices = [
        Unit(f"{ds}-{slug(title)}", f"{title} {label}", kind=k, abbreviation=abbr)
        for title, abbr, k in OFFICES_COMMON + (OFFICES_RURAL if kind == "huyện" else OFFICES_URBAN)
    ]
    office = Unit(
        f"{ds}-van-phong", f"Văn phòng HĐND và UBND {label}", "văn phòng", abbreviation="VP"
    )
    mass_titles = [YOUTH[kind], "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh"]
    mass_titles.append("Liên đoàn Lao động")
    district = District(
        kind=kind,
        name=name,
        ubnd=Unit(
            f"{ds}-ubnd",
            f"Ủy ban nhân dân {label}",
            "ủy ban nhân dân",
            short=f"UBND {label}",
            aliases=[f"UBND {name}"],
            abbreviation="UBND",
        ),
        chair=Unit(f"{ds}-chu-tich", f"Chủ tịch UBND {label}", "lãnh đạo"),
        vice_chairs=Unit(f"{ds}-pho-chu-tich", f"Các Phó Chủ tịch UBND {label}", "lãnh đạo"),
        council=Unit(
            f"{ds}-thuong-truc-hdnd",
            f"Thường trực Hội đồng nhân dân {label}",
            "hội đồng nhân dân",
            short=f"Thường trực HĐND {label}",
        ),
        party=Unit(
            f"{ds}-{slug(party_name)}",
            f"{party_name} {name}",
            "cơ quan đảng",
            aliases=[f"Ban Thường vụ {party_name} {name}"],
            abbreviation=party_abbr,
        ),
        office=office,
        offices=offices,
        centre=Unit(
            f"{ds}-trung-tam-vhttt",
            f"Trung tâm Văn hóa - Thể thao và Truyền thông {label}",
            "trung tâm",
        ),
        front=Unit(
            f"{ds}-ubmttq",
            f"Ủy ban Mặt trận Tổ quốc Việt Nam {label}",
            "mặt trận tổ quốc",
            short=f"Ủy ban MTTQVN {label}",
        ),
        mass=[
            Unit(
                f"{ds}-{slug(title)}",
                f"{title} {name if title == YOUTH[kind] else label}",
                "tổ chức chính trị - xã hội",
            )
            for title in mass_titles
        ],
        forces=[
            Unit(f"{ds}-cong-an", f"Công an {label}", "lực lượng vũ trang"),
            Unit(f"{ds}-ban-chqs", f"Ban Chỉ huy Quân sự {label}", "lực lượng vũ trang"),
        ],
        communes=_communes(rng, pool, kind),
    )
    district.groups = _district_groups(district)
    return district


def _district_groups(d: District) -> dict[str, Group]:
    ds = d.ubnd.id.removesuffix("-ubnd")
    label = d.label
    word = d.commune_word
    groups = {
        "communes": Group(
            f"{ds}-cac-xa",
            f"UBND các {word} {label}",
            members=[u.id for u in d.communes],
            aliases=[f"các {word} {label}"],
        ),
        "villages": Group(
            f"{ds}-cac-xa-nong-thon",
            f"UBND các xã {label}",
            members=[u.id for u in d.communes if u.kind == "xã"],
        ),
        "offices": Group(
            f"{ds}-cac-phong-ban",
            f"các phòng, ban {label}",
            members=[d.office.id, *(u.id for u in d.offices)],
            aliases=[f"Thủ trưởng các phòng, ban {label}"],
        ),
        "bodies": Group(
            f"{ds}-cac-co-quan",
            f"các cơ quan, đơn vị {label}",
            members=[f"{ds}-cac-phong-ban", d.centre.id, *(u.id for u in d.forces)],
        ),
        "members": Group(
            f"{ds}-thanh-vien-ubnd",
            f"Thành viên UBND {label}",
            members=[d.chair.id, d.vice_chairs.id],
        ),
        "mass": Group(
            f"{ds}-to-chuc-ctxh",
            f"các tổ chức chính trị - xã hội {label}",
            members=[u.id for u in d.mass],
        ),
        "front": Group(
            f"{ds}-mttq-va-ctxh",
            f"Ban Thường trực UBMTTQVN và các tổ chức chính trị - xã hội {label}",
            members=[d.front.id, f"{ds}-to-chuc-ctxh"],
        ),
    }
    return groups


def make_province(rng: Random, districts: int = 10) -> Province:
    """A province of ``districts`` districts: one city, one town, the rest rural."""
    pool = NamePool(rng)
    name = pool.place(0.5)
    kinds = ["thành phố", "thị xã", *["huyện"] * (districts - 2)]
    areas = [_district(rng, pool, kind) for kind in kinds]
    ubnd = Unit(
        "ubnd-tinh", f"Ủy ban nhân dân tỉnh {name}", "ủy ban nhân dân", "tỉnh", short="UBND tỉnh"
    )
    office = Unit(
        "van-phong-ubnd-tinh",
        f"Văn phòng Ủy ban nhân dân tỉnh {name}",
        "văn phòng",
        "tỉnh",
        short="Văn phòng UBND tỉnh",
        aliases=["VP. UBND tỉnh"],
    )
    departments = [
        Unit(
            f"so-{slug(full.removeprefix('Sở '))}",
            f"{full} tỉnh {name}",
            "sở",
            "tỉnh",
            short=short or full,
        )
        for full, short in DEPARTMENTS
    ]
    provincial = [
        ubnd,
        office,
        Unit(
            "tinh-uy", f"Tỉnh ủy {name}", "cơ quan đảng", "tỉnh", aliases=["Ban Thường vụ Tỉnh ủy"]
        ),
        *departments,
    ]
    groups = [
        Group(
            "ubnd-cac-xa-phuong-thi-tran",
            "UBND các xã, phường, thị trấn trong tỉnh",
            kinds=["xã", "phường", "thị trấn"],
        ),
        Group(
            "ubnd-cac-huyen",
            "UBND các huyện, thị xã, thành phố",
            kinds=["ủy ban nhân dân"],
            level="huyện",
        ),
        Group("cac-so-nganh", "các sở, ban, ngành tỉnh", kinds=["sở"], level="tỉnh"),
        Group(
            "cac-phong-ban-cap-huyen",
            "các phòng, ban cấp huyện",
            kinds=["phòng", "ban", "văn phòng"],
            level="huyện",
        ),
    ]
    units = list(provincial)
    for area in areas:
        units.extend(area.units())
        groups.extend(area.groups.values())
    return Province(name, units, groups, areas, departments, office)


# --------------------------------------------------------------------------------------------
# What plans are about.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Theme:
    """A kind of campaign: its title, months, and the phrases its plans are written with."""

    slug: str
    title: str  # "{year}", "{year_name}", "{label}" are filled in
    theme: str
    start_month: int
    months: int
    event: str
    works: tuple[tuple[str, str], ...]  # registered works: content, measure


THEMES = (
    Theme(
        "ra-quan-dau-xuan",
        "Tổ chức ra quân đầu xuân {year_name} năm {year} trên địa bàn {label}",
        "Ra quân xây dựng nông thôn mới, đô thị văn minh",
        1,
        3,
        "Lễ ra quân đầu xuân {year_name} năm {year}",
        (
            ("Bê tông hóa đường giao thông nông thôn", "m"),
            ("Nạo vét kênh mương nội đồng", "m"),
            ("Trồng cây xanh ven đường liên thôn", "cây"),
            ("Phát dọn đường làng, ngõ xóm", "km"),
        ),
    ),
    Theme(
        "tet-trong-cay",
        "Phát động “Tết trồng cây đời đời nhớ ơn Bác Hồ” năm {year} trên địa bàn {label}",
        "Tết trồng cây đời đời nhớ ơn Bác Hồ",
        2,
        3,
        "Lễ phát động Tết trồng cây năm {year}",
        (
            ("Trồng cây phân tán tại trường học, nhà văn hóa", "cây"),
            ("Trồng rừng tập trung", "ha"),
            ("Trồng cây xanh đường phố", "cây"),
        ),
    ),
    Theme(
        "ve-sinh-moi-truong",
        "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới năm {year}",
        "Hành động vì môi trường xanh - sạch - đẹp",
        5,
        2,
        "Lễ ra quân tổng vệ sinh môi trường năm {year}",
        (
            ("Thu gom rác thải sinh hoạt", "tấn"),
            ("Khơi thông cống rãnh thoát nước", "m"),
            ("Phát quang bụi rậm hai bên đường", "km"),
        ),
    ),
    Theme(
        "trat-tu-do-thi",
        "Ra quân lập lại trật tự đô thị, an toàn giao thông năm {year} trên địa bàn {label}",
        "Đô thị văn minh, giao thông an toàn",
        3,
        4,
        "Lễ ra quân lập lại trật tự đô thị năm {year}",
        (
            ("Tháo dỡ biển quảng cáo, rao vặt trái phép", "cái"),
            ("Lập lại trật tự lòng đường, vỉa hè", "tuyến"),
            ("Sửa chữa hệ thống chiếu sáng công cộng", "bóng"),
        ),
    ),
    Theme(
        "nong-thon-moi",
        "Ra quân xây dựng nông thôn mới năm {year} trên địa bàn {label}",
        "Chung sức xây dựng nông thôn mới",
        4,
        6,
        "Lễ ra quân xây dựng nông thôn mới năm {year}",
        (
            ("Bê tông hóa đường nội đồng", "m"),
            ("Xây dựng nhà văn hóa thôn", "công trình"),
            ("Làm hàng rào xanh, cổng ngõ", "m"),
            ("Hỗ trợ hộ nghèo tu sửa nhà ở", "nhà"),
        ),
    ),
    Theme(
        "phong-chay-rung",
        "Phòng cháy, chữa cháy rừng mùa khô năm {year} trên địa bàn {label}",
        "Chủ động phòng cháy, chữa cháy rừng",
        1,
        4,
        "Lễ ra quân phòng cháy, chữa cháy rừng năm {year}",
        (
            ("Làm đường băng cản lửa", "km"),
            ("Phát dọn thực bì dưới tán rừng", "ha"),
            ("Xây dựng chòi canh lửa", "chòi"),
        ),
    ),
)

PURPOSES = (
    "Tạo khí thế thi đua sôi nổi, hăng say lao động, sản xuất từ {label} đến các thôn, làng, "
    "tổ dân phố ngay từ những ngày đầu của đợt ra quân.",
    "Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và các tầng lớp Nhân dân trong việc "
    "tham gia các phong trào thi đua của địa phương.",
    "Huy động sức mạnh tổng hợp của cả hệ thống chính trị và Nhân dân, góp phần hoàn thành các "
    "chỉ tiêu phát triển kinh tế - xã hội năm {year}.",
    "Cải thiện cảnh quan môi trường, xây dựng nông thôn sáng - xanh - sạch - đẹp, đô thị văn "
    "minh, hiện đại.",
)
REQUIREMENTS = (
    "Việc tổ chức ra quân phải bảo đảm tiết kiệm, an toàn, thiết thực, hiệu quả, không phô "
    "trương hình thức.",
    "Các cơ quan, đơn vị, địa phương chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ "
    "việc, rõ thời gian hoàn thành.",
    "Gắn các hoạt động ra quân với phong trào thi đua “Toàn dân đoàn kết xây dựng đời sống văn "
    "hóa” ở khu dân cư.",
)
CONTENTS = (
    "Xây dựng mới, sửa chữa, cải tạo các công trình hạ tầng như đường giao thông, kênh mương, "
    "nhà văn hóa, khu thể thao.",
    "Cải tạo cảnh quan, chỉnh trang các công trình công cộng, bảo vệ môi trường.",
    "Hỗ trợ các gia đình chính sách, hộ có hoàn cảnh khó khăn tu sửa nhà cửa, cải tạo vườn cây.",
    "Lập lại trật tự, văn minh đô thị tại chợ, vỉa hè, lòng đường.",
    "Phát triển sản xuất, chuyển đổi cơ cấu cây trồng, vật nuôi, phát triển sản phẩm OCOP.",
    "Tuyên truyền, vận động Nhân dân ký cam kết bảo vệ kết cấu hạ tầng giao thông.",
)

# Duties: an action, a work, and where; the deadline is printed through {deadline}.
COMMUNE_ACTIONS = (
    "Chỉ đạo các thôn, làng, tổ dân phố ra quân",
    "Tuyên truyền, vận động Nhân dân tham gia",
    "Huy động đoàn viên, hội viên và Nhân dân",
    "Rà soát, lựa chọn công trình",
    "Bố trí kinh phí, vật tư cho",
    "Kiểm tra, đôn đốc các thôn thực hiện",
    "Tổ chức",
    "Chủ động phối hợp với các đơn vị đóng chân trên địa bàn",
)
OFFICE_ACTIONS = (
    "Tham mưu UBND {label}",
    "Hướng dẫn UBND các {word}",
    "Theo dõi, đôn đốc, kiểm tra việc",
    "Bố trí cán bộ hướng dẫn kỹ thuật",
    "Thẩm định, bố trí nguồn kinh phí",
    "Đưa tin, tuyên truyền",
    "Chủ trì, phối hợp với các đơn vị liên quan",
)
WORKS = (
    "phát quang, dọn vệ sinh các tuyến đường liên thôn",
    "sửa chữa, nâng cấp kênh mương nội đồng",
    "trồng cây xanh tại trường học, nhà văn hóa",
    "lập lại trật tự lòng đường, vỉa hè",
    "bê tông hóa đường giao thông nông thôn",
    "thu gom, xử lý rác thải sinh hoạt",
    "tu sửa nhà cho hộ nghèo, gia đình chính sách",
    "chỉnh trang khuôn viên nhà văn hóa thôn",
    "phòng, chống dịch bệnh trên gia súc, gia cầm",
    "phát triển sản phẩm OCOP",
    "chuyển đổi cơ cấu cây trồng",
    "bảo đảm an ninh trật tự, an toàn giao thông",
    "phòng cháy, chữa cháy rừng",
    "khơi thông cống rãnh, mương thoát nước",
    "xây dựng tuyến đường hoa, đường cây xanh",
)
PLACES = (
    "",
    " trên địa bàn",
    " tại các thôn, làng",
    " theo danh mục đã đăng ký",
    " tại khu dân cư",
)
ITEM_TEXTS = (
    "Phát quang bụi rậm ven đường",
    "Nạo vét kênh mương nội đồng",
    "Thu gom rác thải khu dân cư",
    "Vận động hiến đất làm đường",
    "Chuẩn bị dụng cụ, vật tư",
    "Phân công lực lượng từng tuyến",
    "Chuẩn bị khẩu hiệu, pa nô",
    "Lập danh sách lực lượng",
    "Tổng hợp khối lượng, ngày công",
    "Bảo đảm an ninh trật tự",
    "Sửa chữa cầu, cống hư hỏng",
    "Trồng hoa hai bên đường",
    "Làm hàng rào xanh",
    "Xây dựng mô hình điểm",
    "Nghiệm thu khối lượng",
    "Bố trí xe, máy thi công",
    "Thông tin trên loa truyền thanh",
    "Vận động đóng góp ngày công",
    "Dọn dẹp khuôn viên trường học",
    "Đăng ký công trình",
    "Sửa chữa nhà văn hóa thôn",
    "Lắp đèn chiếu sáng đường thôn",
    "Vệ sinh giếng nước",
    "Tu sửa nghĩa trang liệt sĩ",
    "Chăm sóc cây xanh đã trồng",
    "Lắp biển báo giao thông",
    "Đổ bê tông mặt đường",
    "Đưa tin trên trang điện tử",
    "Thăm hỏi gia đình chính sách",
    "Xử lý điểm rác tự phát",
)
DELIVERABLES = ("văn bản", "báo cáo", "kế hoạch chi tiết", "chương trình")

_FMT_LONG = "ngày dd tháng mm năm yyyy"

# --------------------------------------------------------------------------------------------
# Plans.
# --------------------------------------------------------------------------------------------

ONE_DAY = datetime.timedelta(days=1)


def _days(n: int) -> datetime.timedelta:
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
        self.issued = self.working_day(self.start - _days(10), self.start + _days(2))
        self.first = max(self.issued, self.start) + _days(3)
        low = max(self.issued + _days(12), self.first + _days(7))
        event_day = self.working_day(low, low + _days(18))
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
        days = [low + _days(n) for n in range((high - low).days + 1)]
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
        elif roll < 0.95 and last > self.first + _days(7):
            data = {"kind": "đến hết", "start": self.first, "date": last}
        else:
            data = {"kind": "vào lúc", "date": last, "time": rng.choice(["09:00", "14:00"])}
        if rng.random() < 0.05:
            data["format"] = _FMT_LONG
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
        summary_last = self.working_day(event.date + _days(14), self.end)
        quick = self.duty(
            prefix,
            "Báo cáo nhanh kết quả tổ chức Lễ ra quân **{deadline}**.",
            deliverable={"kind": "báo cáo nhanh", "to": to},
            deadline={"date": event.date, "time": quick_time, "format": _FMT_LONG, "weekday": True},
            reports_on=event.id,
        )
        summary = self.duty(
            prefix,
            "Báo cáo tổng hợp kết quả thực hiện **{deadline}**.",
            deliverable={"kind": "báo cáo tổng hợp", "to": to},
            deadline={"date": summary_last + ONE_DAY, "format": _FMT_LONG},
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
                "date": self.issued - _days(rng.randint(8, 40)),
                "issuer": f"Ủy ban nhân dân tỉnh {self.province.name}",
                "summary": f"triển khai các hoạt động ra quân “{title}” năm {self.year}",
            },
            {
                "id": "cv-ban-thuong-vu",
                "type": "Công văn",
                "number": f"{rng.randint(100, 2500)}-CV/{party_abbr}",
                "date": self.issued - _days(rng.randint(2, 7)),
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
                    "date": self.issued - _days(rng.randint(45, 120)),
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


# --------------------------------------------------------------------------------------------
# Result files.
# --------------------------------------------------------------------------------------------

RESULTS = (
    "Hoàn thành các công trình đã đăng ký; Nhân dân đồng tình hưởng ứng, đóng góp ngày công "
    "và kinh phí.",
    "Lễ ra quân tổ chức trang trọng, tiết kiệm; các thôn, làng ra quân đồng loạt.",
    "Các tuyến đường liên thôn được phát dọn sạch sẽ, cảnh quan khu dân cư được cải thiện.",
)
DIFFICULTIES = (
    "Thời tiết không thuận lợi, nguồn vật liệu cát, đá khan hiếm.",
    "Kinh phí hỗ trợ còn hạn chế; một số hộ dân chưa tích cực tham gia.",
)


def report_data(rng: Random, plan: BuiltPlan, duty: ReportDuty, unit: Unit) -> Data:
    """A unit's result file for one report duty, sent after the event."""
    event = duty.event
    if duty.type == "nhanh":
        sent = event.start + datetime.timedelta(minutes=rng.randint(60, 600))
        submitted: Any = sent.strftime("%Y-%m-%d %H:%M")
    else:
        submitted = event.date + _days(
            rng.randint(3, max(4, (duty.last_day - event.date).days + 4))
        )
    commune = unit.kind in ("xã", "phường", "thị trấn")
    name = unit.name.removeprefix("Ủy ban nhân dân ")
    content, measure = rng.choice(plan.theme.works)
    works = [
        {
            "name": f"{content} thôn {rng.randint(1, 12)}",
            "quantity": rng.randint(1, 90) * 10,
            "measure": measure,
        }
        for _ in range(rng.randint(1, 3))
    ]
    data: Data = {
        "raquan": 1,
        "kind": "report",
        "plan": plan.id,
        "duty": duty.duty,
        "unit": rng.choice([unit.ref, name, unit.id]) if commune else unit.ref,
        "type": duty.type,
        "submitted": submitted,
        "number": f"{rng.randint(1, 200)}/BC-{'UBND' if commune else unit.abbreviation}",
        "place": name.split(" ", 1)[1] if commune else plan.district.name,
        "participants": rng.randint(50, 3000),
        "workdays": rng.randint(50, 5000),
        "money": {
            "state_budget": rng.randint(0, 300) * 1_000_000,
            "people": rng.randint(0, 200) * 1_000_000,
            "businesses": rng.randint(0, 50) * 1_000_000,
        },
        "works": works,
        "results": rng.choice(RESULTS),
    }
    if rng.random() < 0.5:
        data["difficulties"] = rng.choice(DIFFICULTIES)
    data["signature"] = {
        "lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] if commune else ["TRƯỞNG PHÒNG"],
        "signer": person(rng),
    }
    return data


# --------------------------------------------------------------------------------------------
# The corpus.
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class CorpusStats:
    """What was written."""

    folder: str
    seed: int
    target_bytes: int
    plan_files: int = 0
    duties: int = 0
    plan_bytes: int = 0
    units: int = 0
    groups: int = 0
    registry_bytes: int = 0
    report_files: int = 0
    report_bytes: int = 0
    due_unit: str = ""
    due_today: str = ""
    generator: str = ""
    by_district: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"{self.plan_files} plan files, {self.duties} duties, {self.plan_bytes:,} bytes of "
            f"plans; registry: {self.units} units, {self.groups} groups ({self.registry_bytes:,} "
            f"bytes); {self.report_files} result files ({self.report_bytes:,} bytes)"
        )


def generator_digest() -> str:
    """A digest of this file: corpora written by another version are regenerated."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def parse_size(text: str) -> int:
    """``1MB`` (10^6 bytes), ``10MB``, ``100kB``, ``2MiB`` or a number of bytes."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]i?[bB]?|[bB])?\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (try 1MB, 10MB, 250kB, 123456)")
    number = float(match.group(1))
    unit = (match.group(2) or "").lower().rstrip("b")
    factor = {"": 1, "k": 1000, "m": 1000**2, "ki": 1024, "mi": 1024**2}[unit]
    return max(1, int(number * factor))


def _write(path: Path, text: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode()
    path.write_bytes(data)
    return len(data)


def _prepare(out: Path) -> None:
    """Make ``out`` ready: a new or empty folder, or a corpus written before (replaced)."""
    if out.exists() and any(out.iterdir()) and not (out / "manifest.json").exists():
        raise SystemExit(f"{out} is not empty and holds no generated corpus; not touching it.")
    for name in ("plans", "reports"):
        if (out / name).exists():
            shutil.rmtree(out / name)
    out.mkdir(parents=True, exist_ok=True)


def _plan_specs(
    rng: Random, province: Province, count: int
) -> Iterable[tuple[District, Theme, int, str]]:
    used: Counter[str] = Counter()
    for n in range(count):
        district = province.districts[n % len(province.districts)]
        theme = rng.choice(THEMES)
        year = rng.choice([2023, 2024, 2025, 2026])
        base = f"{theme.slug}-{year}-{slug(district.name)}"
        used[base] += 1
        yield district, theme, year, base if used[base] == 1 else f"{base}-{used[base]}"


def generate_corpus(out: Path, size: int, seed: int = 1) -> CorpusStats:
    """Write a corpus whose plan files total at least ``size`` bytes; return its counts."""
    rng = Random(seed)
    _prepare(out)
    province = make_province(rng)
    month, day = LOCAL_DAY_OFF
    stats = CorpusStats(str(out), seed, size, generator=generator_digest())
    registry = province.data()
    stats.units, stats.groups = len(province.units), len(province.groups)
    stats.registry_bytes = _write(
        out / "plans" / "units.yaml",
        to_yaml(
            registry, [f"Danh mục đơn vị tỉnh {province.name}: dữ liệu tổng hợp, không có thật."]
        ),
    )
    count = max(1, size // FILE_BUDGET)
    plans: list[BuiltPlan] = []
    for n, (district, theme, year, plan_id) in enumerate(_plan_specs(rng, province, count)):
        days_off = {datetime.date(year, month, day): "Ngày giải phóng tỉnh"}
        calendar = WorkCalendar(extra_days_off=days_off)
        budget = (size - stats.plan_bytes) // (count - n)
        plan = PlanBuilder(rng, province, district, theme, year, calendar, plan_id).build(budget)
        stats.plan_bytes += _write(out / "plans" / f"{plan.id}.yaml", plan.text)
        stats.plan_files += 1
        stats.duties += plan.duties
        stats.by_district[district.label] = stats.by_district.get(district.label, 0) + 1
        plans.append(plan)
    for plan in plans:
        for duty in plan.reports:
            for unit in duty.units:
                if rng.random() < REPORT_SHARE:
                    data = report_data(rng, plan, duty, unit)
                    path = out / "reports" / plan.id / f"{unit.id}--{duty.duty}.yaml"
                    stats.report_bytes += _write(
                        path, to_yaml(data, ["Báo cáo kết quả: dữ liệu tổng hợp."])
                    )
                    stats.report_files += 1
    first = plans[0]
    due = next(u for u in first.district.communes if u.kind == "xã")
    stats.due_unit = due.name.removeprefix("Ủy ban nhân dân ")
    stats.due_today = (first.issued + _days(20)).isoformat()
    manifest = json.dumps(asdict(stats), ensure_ascii=False, indent=2)
    (out / "manifest.json").write_text(manifest + "\n", encoding="utf-8")
    return stats


def check_corpus(out: Path) -> tuple[int, int, Counter[str]]:
    """Errors, warnings, and the count of each code, of ``raquan check`` on the whole corpus."""
    from raquan.check import run as check

    paths = [out / "plans"] + ([out / "reports"] if (out / "reports").exists() else [])
    result = check.run(paths)
    return result.errors, result.warnings, Counter(d.code for d in result.diagnostics)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="folder to write the corpus into")
    parser.add_argument(
        "--size",
        type=parse_size,
        default=parse_size("1MB"),
        help="total size of the plan files: 1MB, 10MB, 250kB or bytes (default 1MB)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--check", action="store_true", help="run raquan's checks on the corpus afterwards"
    )
    args = parser.parse_args(argv)
    stats = generate_corpus(args.out, args.size, args.seed)
    print(f"{args.out}: {stats.summary()}")
    if args.check:
        errors, warnings, codes = check_corpus(args.out)
        listed = ", ".join(f"{code} x{n}" for code, n in sorted(codes.items())) or "none"
        print(f"raquan check: {errors} errors, {warnings} warnings ({listed})")
        return 1 if errors else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
