"""``raquan units new``: a registry of a province's communes, wards and special zones today.

The file lists the province's People's Committee, every commune, ward and special zone with its
official code (``code``), and the usual groups ("UBND các xã, phường"); the clerk then adds the
departments and bodies the plans name. It begins with a modeline for editors and says where its
data comes from and when it was written. It is written atomically, never over an existing file
unless ``force``, and is checked by the same rules as ``raquan check`` before it is written.
"""

from __future__ import annotations

import datetime
import io
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from raquan.domain.dates.phrases import short_date
from raquan.domain.folding import fold
from raquan.errors import UserError
from raquan.files import write_atomic, write_new
from raquan.models.schema import modeline, write_schema
from raquan.units.provinces import Province, Source, find_province, load

DEFAULT_OUTPUT = Path("units.yaml")

_PLURAL = {"xã": "xã", "phường": "phường", "đặc khu": "đặc khu"}


@dataclass(frozen=True, slots=True)
class Created:
    """What ``raquan units new`` wrote."""

    path: Path
    schema: Path
    province: Province
    counts: dict[str, int]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text.casefold())).strip("-")


def _unit(unit_id: str, name: str, kind: str, level: str, code: str) -> CommentedMap:
    entry = CommentedMap()
    entry["id"] = unit_id
    entry["name"] = f"Ủy ban nhân dân {name}"
    entry["short"] = f"UBND {name}"
    entry["kind"] = kind
    entry["level"] = level
    entry["code"] = DoubleQuotedScalarString(code)
    return entry


def _group(group_id: str, name: str, kinds: list[str]) -> CommentedMap:
    entry = CommentedMap()
    entry["id"] = group_id
    entry["name"] = name
    entry["kinds"] = CommentedSeq(kinds)
    entry["kinds"].fa.set_flow_style()
    return entry


def registry_text(province: Province, source: Source, today: datetime.date) -> str:
    """The YAML text of the registry of ``province``."""
    counts = {kind: sum(c.kind == kind for c in province.communes) for kind in _PLURAL}
    told = ", ".join(f"{count} {kind}" for kind, count in counts.items() if count)
    data = CommentedMap()
    data["raquan"] = 1
    data["kind"] = "units"
    data["area"] = province.area
    units = CommentedSeq()
    units.append(_unit("ubnd-tinh", province.area, "ủy ban nhân dân", "tỉnh", province.code))
    taken: dict[str, int] = {}
    for commune in province.communes:
        taken[_slug(commune.full_name)] = taken.get(_slug(commune.full_name), 0) + 1
    for commune in province.communes:
        slug = _slug(commune.full_name)
        unit_id = slug if taken[slug] == 1 else f"{slug}-{commune.code}"
        units.append(_unit(unit_id, commune.full_name, commune.kind, "xã", commune.code))
    units.yaml_set_comment_before_after_key(
        1, before="Các xã, phường, đặc khu (mã đơn vị hành chính trong 'code')", indent=2
    )
    data["units"] = units
    groups = CommentedSeq()
    groups.append(_group("ubnd-cac-xa-phuong", "UBND các xã, phường", ["xã", "phường"]))
    if counts["đặc khu"]:
        groups.append(
            _group("ubnd-cac-xa-phuong-dac-khu", "UBND các xã, phường, đặc khu", list(_PLURAL))
        )
    groups.append(_group("ubnd-cac-xa", "UBND các xã", ["xã"]))
    if counts["phường"]:
        groups.append(_group("ubnd-cac-phuong", "UBND các phường", ["phường"]))
    data["groups"] = groups
    about = (
        f"Danh mục đơn vị của {province.area} (mã {province.code}) từ ngày 01/07/2025: {told}, "
        f"và Ủy ban nhân dân tỉnh. Tạo bằng lệnh 'raquan units new' ngày {short_date(today)}, "
        f"từ gói {source.package} {source.version}: danh mục đơn vị hành chính của Tổng cục "
        "Thống kê (danhmuchanhchinh.gso.gov.vn). Thêm vào đây các phòng, ban, cơ quan mà kế "
        "hoạch giao việc; khi đơn vị thay đổi, ghi 'ended' (và 'began' cho đơn vị mới) để kế "
        "hoạch cũ vẫn kiểm tra được."
    )
    data.yaml_set_start_comment("\n".join([modeline("units"), *textwrap.wrap(about, 96)]))
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _checked(text: str, path: Path) -> None:
    """Refuse to write a registry that ``raquan check`` would not accept (a bug, or data the
    package changed)."""
    from raquan.read.loader import load_text  # noqa: PLC0415
    from raquan.read.source import Source as TextSource  # noqa: PLC0415

    document = load_text(TextSource(path, text), expect="units")
    if document.errors or document.model is None:
        first = document.errors[0].message if document.errors else "không đọc được"
        raise UserError(f"Danh mục tạo ra không hợp lệ ({first}); raquan không ghi tệp.")


def run(
    province: str,
    *,
    output: Path = DEFAULT_OUTPUT,
    force: bool = False,
    today: datetime.date,
) -> Created:
    """Write the registry of the province named ``province`` to ``output`` (its JSON Schema in
    ``.raquan/`` beside it). ``UserError`` for an unknown province (with the nearest names),
    a missing package, an existing file (unless ``force``) or a folder that is not there."""
    provinces, source = load()
    found = find_province(provinces, province)
    text = registry_text(found, source, today)
    _checked(text, output)
    if output.is_dir():
        raise UserError(
            f"'{output}' là một thư mục; hãy chỉ ra tên tệp sẽ ghi, ví dụ -o units.yaml."
        )
    folder = output.parent
    if not folder.is_dir():
        raise UserError(f"Không có thư mục '{folder}' để ghi tệp '{output.name}'.")
    if output.exists() and not force:
        raise UserError(
            f"Tệp '{output}' đã có; raquan không ghi đè.",
            hint="Chọn tên khác bằng -o, hoặc thêm --force để ghi đè.",
        )
    schema = write_schema(folder, "units")
    if force:
        write_atomic(output, text)
    else:
        write_new(output, text)
    counts: dict[str, Any] = {k: sum(c.kind == k for c in found.communes) for k in _PLURAL}
    return Created(output, schema, found, counts)
