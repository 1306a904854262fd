"""The made-up province: its units, districts (one city, one town, eight rural districts) and
groups, as the unit registry writes them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from random import Random

from generator.words import NamePool, slug
from generator.yaml_emitter import Data

LOCAL_DAY_OFF = (3, 16)
"""Month and day of the province's own day off (declared in the registry's calendar)."""


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
