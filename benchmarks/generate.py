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
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import Any

from raquan.dates.workdays import WorkCalendar
from raquan.registry import name_key

FILE_BUDGET = 20_000
"""Bytes of YAML per plan file: the corpus has ``size // FILE_BUDGET`` plan files."""

REPORT_SHARE = 0.3
"""Share of the units given a report duty that send a result file for it."""

LOCAL_DAY_OFF = (3, 16)
"""Month and day of the province's own day off (declared in the registry's calendar)."""

Data = dict[str, Any]

# --------------------------------------------------------------------------------------------
# YAML writing: block style, folded long texts, flow style for short lists and small mappings.
# --------------------------------------------------------------------------------------------

WIDTH = 96
FLOW_KEYS = frozenset({"deadline", "money"})
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
    """The flow rendering of a short list or small mapping of scalars, or None."""
    if isinstance(value, list):
        if not all(_is_scalar(v) for v in value):
            return None
        return "[" + ", ".join(_scalar(v, flow=True) for v in value) + "]"
    if isinstance(value, dict):
        if not all(_is_scalar(v) for v in value.values()):
            return None
        return "{" + ", ".join(f"{k}: {_scalar(v, flow=True)}" for k, v in value.items()) + "}"
    return None


def _text_lines(key: str, text: str, pad: str) -> list[str]:
    """A long or multi-line string: literal block for lines, folded block for a paragraph."""
    if "\n" in text:
        body = text.rstrip("\n").split("\n")
        return [f"{pad}{key}: |", *(f"{pad}  {line}" if line else "" for line in body)]
    wrapped = textwrap.wrap(
        text, WIDTH - len(pad) - 2, break_long_words=False, break_on_hyphens=False
    )
    return [f"{pad}{key}: >-", *(f"{pad}  {line}" for line in wrapped)]


def _entry(key: str, value: Any, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, str) and ("\n" in value or len(pad) + len(key) + len(value) > WIDTH):
        return _text_lines(key, value, pad)
    if _is_scalar(value):
        rendered = _scalar(value)
        return [f"{pad}{key}: {rendered}" if rendered else f"{pad}{key}:"]
    if not value:
        return [f"{pad}{key}: {'[]' if isinstance(value, list) else '{}'}"]
    flow = _flow(value) if isinstance(value, list) or key in FLOW_KEYS else None
    if flow is not None and '"' not in flow and len(pad) + len(key) + len(flow) + 2 <= WIDTH:
        return [f"{pad}{key}: {flow}"]
    if isinstance(value, dict):
        return [f"{pad}{key}:", *_mapping(value, indent + 2)]
    return [f"{pad}{key}:", *_sequence(value, indent + 2)]


def _mapping(data: Data, indent: int) -> list[str]:
    lines: list[str] = []
    for key, value in data.items():
        lines.extend(_entry(key, value, indent))
    return lines


def _sequence(items: list[Any], indent: int) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for item in items:
        if isinstance(item, dict):
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

FIRST = (
    "Tân Hòa Phú Vĩnh Bình An Thạnh Đông Tây Nam Bắc Hưng Thanh Long Quang Đức Nghĩa Thuận "
    "Phước Mỹ Xuân Trung Hiệp Kim Ngọc Sơn Hải Cát Lộc Thịnh Quảng Diên Hồng Minh Đại Thiện "
    "Tam Bảo Gia Hương Yên Lạc Cẩm Thái Khánh"
).split()
SECOND = (
    "Lập Bình Hòa Phú Thành Lợi Thắng Hưng Tiến Phong Xuân Mỹ An Hiệp Thạnh Lộc Điền Sơn "
    "Trung Đông Tân Quang Vinh Hải Ninh Yên Phước Khánh Hà Long Nghĩa Thuận Đức Lạc Tường "
    "Hội Cường Thịnh Châu Kiên"
).split()
ETHNIC_FIRST = "Đăk Ia Chư Krông Ea Ngọk Kon Măng Pờ Đắk".split()
ETHNIC_SECOND = (
    "Blà Năng Hring Tơ Pxi Kroong Mar Sao Kôi Plông Tô Rve Mon Choong Brông Ring Leng Xú Dục "
    "Hlốp Pét Tre Rơ Wa Pơ Kô Ne Hờ Drai Yang Bua"
).split()
HEROES = (
    "Quang Trung|Lê Lợi|Trần Hưng Đạo|Nguyễn Trãi|Ngô Quyền|Lý Thường Kiệt|Hai Bà Trưng|"
    "Phan Đình Phùng|Trần Phú|Lê Hồng Phong|Nguyễn Du|Hoàng Văn Thụ|Thống Nhất|Quyết Thắng|"
    "Thắng Lợi|Duy Tân|Trường Chinh|Ngô Mây"
).split("|")
FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý A Y".split()
MIDDLE = "Văn Thị Minh Đức Hữu Quốc Thanh Anh Ngọc Xuân Đình Công".split()
GIVEN = (
    "Hùng Dũng Lan Hoa Tuấn Sơn Hải Bình Phương Thắng Hà Nam Long Trung Hiếu Hạnh Thủy Yến "
    "Khánh Quý Tâm Vân Lực Thịnh"
).split()


def slug(text: str) -> str:
    """An id from a Vietnamese name: ``Đăk Hà`` -> ``dak-ha``."""
    return name_key(text).replace(" ", "-")


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
    "Phát quang bụi rậm hai bên đường liên thôn",
    "Nạo vét kênh mương, khơi thông dòng chảy",
    "Thu gom rác thải tại khu dân cư",
    "Vận động Nhân dân hiến đất làm đường",
    "Chuẩn bị dụng cụ, vật tư, phương tiện",
    "Phân công lực lượng theo từng tuyến",
    "Chuẩn bị khẩu hiệu, pa nô, âm thanh",
    "Lập danh sách lực lượng tham gia",
    "Tổng hợp khối lượng, số ngày công",
    "Bố trí lực lượng bảo đảm an ninh trật tự",
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
        event_day = self.working_day(self.issued + _days(12), self.issued + _days(30))
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
        if rng.random() < 0.08:
            data["format"] = _FMT_LONG
        if rng.random() < 0.08:
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
            ending = self.rng.choice([", hoàn thành {deadline}.", ", xong {deadline}.", " **{deadline}**."])
            text = text.rstrip(".") + ending
        data["text"] = text
        data.update(fields)
        return data

    def generic(self, prefix: str, actions: Sequence[str], partners: Sequence[Unit]) -> Data:
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
            text = text.rstrip(".") + f", gửi về UBND {self.d.label} (qua {self.lead.name})."
        if rng.random() < 0.55:
            fields["deadline"] = self.deadline(self.first, self.end)
        if rng.random() < 0.12:
            text = text.rstrip(".") + ", cụ thể:"
            fields.pop("deadline", None)
            fields["items"] = [self.item(prefix) for _ in range(rng.randint(2, 4))]
        return self.duty(prefix, text, **fields)

    def item(self, prefix: str) -> Data:
        text = self.rng.choice(ITEM_TEXTS) + ";"
        if self.rng.random() < 0.3:
            return self.duty(prefix, text, deadline=self.deadline(self.first, self.end))
        return self.duty(prefix, text)

    def prepares(self, prefix: str, text: str, event: Event, **fields: Any) -> Data:
        deadline = self.deadline_before(event)
        return self.duty(prefix, text, deadline=deadline, prepares=event.id, **fields)

    def deadline_before(self, event: Event) -> Data:
        last = self.working_day(self.issued + _days(2), event.date - ONE_DAY)
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
                f"Chủ tịch UBND các {d.commune_word}: trên cơ sở Kế hoạch của UBND {d.label} và nội "
                "dung đã đăng ký, xây dựng Kế hoạch chi tiết tổ chức ra quân tại địa phương, "
                f"**hoàn thành {{deadline}}**, gửi về UBND {d.label} (qua {self.lead.name}).",
                self.mass,
                deliverable={"kind": "kế hoạch chi tiết", "to": to},
            ),
            self.duty(
                "xa",
                "Duy trì các hoạt động xây dựng nông thôn mới, chỉnh trang đô thị sau Lễ ra quân "
                "{deadline} và hoàn thành nội dung công trình đăng ký.",
                deadline={"kind": "đến hết", "after": self.mass.id, "date": self.end},
            ),
            self.duty(
                "xa",
                "Tổng hợp số liệu (khối lượng, số ngày công, kinh phí huy động), báo cáo kết quả "
                f"về UBND {d.label} (qua {self.lead.name}), cụ thể:",
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
                f"Phối hợp với UBND {self.host.name.removeprefix('Ủy ban nhân dân ')} chuẩn bị các "
                "điều kiện tổ chức Lễ ra quân điểm, cụ thể:",
                partners=[u.ref for u in partners],
                prepares=self.point.id,
                items=[
                    self.duty("kt", "Xây dựng Chương trình Lễ ra quân điểm.", deliverable={"kind": "chương trình"}, prepares=self.point.id),
                    self.duty(
                        "kt",
                        "Tham mưu Bài phát biểu của Lãnh đạo UBND tại buổi Lễ.",
                        deliverable={"kind": "bài phát biểu", "to": [d.office.ref]},
                        prepares=self.point.id,
                    ),
                    self.prepares("kt", "Kiểm tra công tác chuẩn bị phục vụ buổi Lễ, hoàn thành {deadline}.", self.point),
                ],
            ),
            self.duty(
                "kt",
                f"Tổng hợp, tham mưu UBND {d.label} báo cáo kết quả sau đợt ra quân, cụ thể:",
                items=self.report_items("kt", [lead], [d.ubnd.ref]),
            ),
        ]
        return {"to": lead.ref, "heading": f"{lead.name}:", "duties": duties}

    def unit_block(self, unit: Unit, layout: str | None = None) -> Data:
        block: Data = {"to": unit.ref, "heading": f"{unit.name}:"}
        if layout:
            block["layout"] = layout
        partners = [u for u in self.d.offices if u is not unit] + [self.host]
        block["duties"] = [self.generic(unit.abbreviation.lower() if unit.abbreviation else "dv", OFFICE_ACTIONS, partners)]
        return block

    def host_block(self) -> Data:
        host = self.host
        return {
            "to": host.ref,
            "heading": f"{host.short or host.name}:",
            "duties": [
                self.prepares(
                    "diem",
                    "Chủ động xây dựng kế hoạch chi tiết, phối hợp với "
                    f"{self.lead.name} chuẩn bị các điều kiện tổ chức Lễ ra quân điểm tại địa "
                    "phương, hoàn thành {deadline}.",
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
                    f"Các đồng chí Thành viên UBND {d.label}, Thủ trưởng các phòng, ban được phân "
                    "công phụ trách địa bàn bám sát cơ sở, đôn đốc UBND các "
                    f"{d.commune_word} thực hiện chế độ báo cáo theo quy định.",
                )
            ],
            "note": "*{attachment:bang-phan-cong}*",
        }

    def front_block(self) -> Data:
        d = self.d
        return {
            "to": d.groups["front"].name,
            "heading": f"Đề nghị Ban Thường trực UBMTTQVN và các tổ chức chính trị - xã hội {d.label}:",
            "layout": "liền tiêu đề",
            "duties": [
                self.duty(
                    "mt",
                    "Tuyên truyền, vận động hội viên, đoàn viên và các tầng lớp Nhân dân tích cực "
                    "hưởng ứng các hoạt động ra quân trên địa bàn.",
                )
            ],
        }

    def blocks(self) -> list[Data]:
        d = self.d
        offices = [u for u in d.offices if u is not self.lead]
        self.rng.shuffle(offices)
        blocks = [self.commune_block(), self.lead_block()]
        blocks.extend(self.unit_block(u) for u in offices[: self.rng.randint(4, len(offices))])
        blocks.append(self.unit_block(d.office, "đoạn văn"))
        blocks.append(self.unit_block(d.centre))
        blocks.extend(self.unit_block(u) for u in d.forces)
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
