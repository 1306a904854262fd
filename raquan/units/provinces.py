"""Today's provinces and their communes, wards and special zones, with their official codes.

The data comes from the optional package ``vietnamadminunits`` (``pip install "raquan[units]"``):
the list of administrative units of the General Statistics Office (danhmuchanhchinh.gso.gov.vn,
downloaded 18/07/2025 for its version 1.0.4), after the reform of 1 July 2025: 34 provinces,
3,321 communes, wards and special zones. ``docs/nguon-du-lieu-don-vi.md`` says why this package
(official codes, MIT licence) rather than ``vietnam-provinces`` (whose release for Python 3.11
carries draft codes). Only its public ``database.get_data`` is used, never its address parser
(which may call a map service over the network). The package is large (shapely, numpy, geopy):
it is imported here only, when ``raquan units new`` runs.

What the package gives is checked before it is used: a province or a commune whose name, kind
or code is not as expected is refused with a message, never written into a registry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from raquan.domain.folding import fold, tone_key
from raquan.domain.suggest import did_you_mean
from raquan.errors import UserError

PACKAGE = "vietnamadminunits"
INSTALL = 'pip install "raquan[units]"'
KINDS = {"xã": "xã", "phường": "phường", "đặc khu": "đặc khu"}
"""The package's unit types (lower case) and raquan's kinds for them."""
_PROVINCE_PREFIXES = (("tinh",), ("thanh", "pho"), ("tp",), ("thu", "do"))
_CODE = re.compile(r"[0-9]{2}|[0-9]{5}")


@dataclass(frozen=True, slots=True)
class Commune:
    """A commune, ward or special zone: "Kon Tum", phường, "23293"."""

    name: str
    kind: str
    code: str

    @property
    def full_name(self) -> str:
        """ "phường Kon Tum"."""
        return f"{self.kind} {self.name}"


@dataclass(frozen=True, slots=True)
class Province:
    """A province or centrally governed city, and its communes, wards and special zones."""

    name: str
    """As the package writes it: "Tỉnh Quảng Ngãi", "Thành phố Hà Nội"."""
    short: str
    """ "Quảng Ngãi"."""
    code: str
    communes: tuple[Commune, ...]

    @property
    def area(self) -> str:
        """ "tỉnh Quảng Ngãi", "thành phố Hà Nội"."""
        return self.name[:1].lower() + self.name[1:]


@dataclass(frozen=True, slots=True)
class Source:
    """Where the data comes from, for the header of a new registry."""

    package: str
    version: str


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())


def _without_prefix(words: list[str]) -> list[str]:
    folded = [fold(word) for word in words]
    for prefix in _PROVINCE_PREFIXES:
        if tuple(folded[: len(prefix)]) == prefix and len(words) > len(prefix):
            return words[len(prefix) :]
    return words


def _spells(typed: Sequence[str], name: Sequence[str]) -> bool:
    """Word by word: the same word, its tone mark placed either way, or typed without marks."""
    return len(typed) == len(name) and all(
        tone_key(t) == tone_key(n) or (fold(t) == t and t == fold(n))
        for t, n in zip(typed, name, strict=True)
    )


def find_province(provinces: Sequence[Province], typed: str) -> Province:
    """The province ``typed`` names: "Quảng Ngãi", "quang ngai", "tỉnh Quảng Ngãi", "TP Hồ Chí
    Minh". A name typed with diacritics must carry the right ones. ``UserError`` with the
    nearest names when none matches."""
    words = _without_prefix(_words(typed))
    for province in provinces:
        if _spells(words, _words(province.short)):
            return province
    from rapidfuzz import fuzz, process  # noqa: PLC0415  (only when the name is unknown)

    keys = {fold(" ".join(_words(p.short))): p.short for p in provinces}
    found = process.extract(fold(" ".join(words)), list(keys), scorer=fuzz.WRatio, limit=3)
    near = [keys[key] for key, score, _ in found if score >= 60]
    listed = ", ".join(sorted(p.short for p in provinces))
    raise UserError(
        f"Không có tỉnh, thành phố nào tên '{typed}' (sau ngày 01/07/2025).",
        hint=did_you_mean(near) or f"Các tỉnh, thành phố: {listed}.",
    )


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(key)
    return " ".join(value.split())


def _provinces(rows: Iterable[dict[str, Any]]) -> list[Province]:
    """The rows of the package's table ``admin_units``, checked and grouped by province."""
    found: dict[str, tuple[str, str, list[Commune]]] = {}
    for row in rows:
        code, ward_code = _text(row, "provinceCode"), _text(row, "wardCode")
        kind = KINDS.get(_text(row, "wardType").casefold())
        if kind is None or not _CODE.fullmatch(code) or not _CODE.fullmatch(ward_code):
            raise ValueError(row)
        name = _text(row, "wardShort")
        province = found.setdefault(code, (_text(row, "province"), _text(row, "provinceShort"), []))
        province[2].append(Commune(name, kind, ward_code))
    return [
        Province(name, short, code, tuple(sorted(communes, key=lambda c: c.code)))
        for code, (name, short, communes) in sorted(found.items())
    ]


def load() -> tuple[list[Province], Source]:
    """Every province with its communes, from the package; ``UserError`` when it is not
    installed or gives data raquan cannot use."""
    try:
        from importlib.metadata import version  # noqa: PLC0415

        from vietnamadminunits.database import get_data  # noqa: PLC0415
    except ImportError:
        raise UserError(
            f"Lệnh này cần gói {PACKAGE} (danh mục đơn vị hành chính sau ngày 01/07/2025), "
            "chưa được cài.",
            hint=f"Cài bằng: {INSTALL}",
        ) from None
    fields = ["province", "provinceShort", "provinceCode", "ward", "wardShort", "wardType"]
    try:
        rows = get_data(fields=[*fields, "wardCode"], table="admin_units")
        provinces = _provinces(rows)
    except (ValueError, TypeError, KeyError, AttributeError, OSError) as error:
        raise UserError(
            f"Gói {PACKAGE} cho dữ liệu không đúng dạng raquan cần ({type(error).__name__}).",
            hint=f"Cài lại bản mới của gói: {INSTALL} --upgrade",
        ) from None
    if not provinces:
        raise UserError(f"Gói {PACKAGE} không có tỉnh, thành phố nào.", hint=INSTALL)
    return provinces, Source(PACKAGE, version(PACKAGE))
