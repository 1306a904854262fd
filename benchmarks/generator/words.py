"""Word lists and names: Vietnamese syllables for places, people's names, unique name pools."""

from __future__ import annotations

import re
from random import Random

from raquan.domain.units import name_key


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
