"""Unit names: what resolves silently, and what is only ever a suggestion (issue 12, item 12).

Case, spacing, Unicode form and the official prefixes never matter; a word typed without
diacritics matches without them; a word typed with diacritics must carry the same ones (where
the tone mark sits aside). Anything looser (a wrong tone, a part of a name, an abbreviation) is
a "có phải ý bạn là ...?" suggestion, and on the command line exit code 2.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.domain.folding import tone_key
from raquan.domain.units import UnitIndex, resolve_targets
from raquan.errors import UserError
from raquan.models.units import Registry
from support.checks import Diagnose
from support.plans import BUNDLED_PLAN, PLAN_HEAD

runner = CliRunner()

REGISTRY = """\
raquan: 1
kind: units
area: huyện Sơn Hà
units:
  - id: xa-hoa-binh
    name: Ủy ban nhân dân xã Hòa Bình
    short: UBND xã Hòa Bình
    kind: xã
  - id: xa-hoa-binh-dong
    name: Ủy ban nhân dân xã Hòa Bính Đông
    kind: xã
  - id: phuong-thuy-phuong
    name: Ủy ban nhân dân phường Thủy Phương
    kind: phường
  - id: phong-tnmt
    name: Phòng Tài nguyên và Môi trường huyện
    kind: phòng
  - id: phong-kinh-te-ha-tang
    name: Phòng Kinh tế và Hạ tầng huyện
    kind: phòng
  - id: trung-tam-vhtt
    name: Trung tâm Văn hóa, Thông tin và Thể thao huyện
    kind: trung tâm
  - id: ban-qlda
    name: Ban Quản lý dự án đầu tư xây dựng huyện
    kind: ban
  - id: vp-hdnd-ubnd
    name: Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện
    kind: văn phòng
  - id: to-cong-tac
    name: Tổ công tác HĐND-UBND
    kind: khác
"""
"""A registry unlike the bundled one, with a commune whose name differs from another's only by
one tone mark (and a word)."""


@pytest.fixture(scope="module")
def index() -> UnitIndex:
    return UnitIndex(Registry.model_validate(YAML(typ="safe").load(REGISTRY)))


def resolved(index: UnitIndex, name: str) -> str | None:
    target = index.resolve(name).target
    return target.id if target is not None else None


@pytest.mark.parametrize(
    "name",
    [
        "xã Hòa Bình",
        "XÃ HÒA BÌNH",
        "  xã   Hòa  Bình ",
        "UBND xã Hòa Bình",
        "Ủy ban nhân dân xã Hòa Bình",
        "Uỷ ban nhân dân xã Hoà Bình",  # the old tone placement, in the prefix too
        "xã Hoà Bình",
        unicodedata.normalize("NFD", "xã Hòa Bình"),
        "Hòa Bình",
        "hoa binh",
        "xa hoa binh",
        "xa Hòa binh",  # each word as typed: plain words match without their marks
    ],
)
def test_case_spacing_form_prefixes_and_tone_placement_resolve_silently(
    index: UnitIndex, name: str
) -> None:
    assert resolved(index, name) == "xa-hoa-binh"


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("xã Hòa Bính", "UBND xã Hòa Bình"),  # a wrong tone mark
        ("xã Hóa Bình", "UBND xã Hòa Bình"),
        ("phường Thuỳ Phương", "Ủy ban nhân dân phường Thủy Phương"),  # ỳ is not ủ
        ("Phòng Tài nguyen và Môi trương huyện", "Phòng Tài nguyên và Môi trường huyện"),
    ],
)
def test_a_name_typed_with_other_diacritics_is_only_a_suggestion(
    index: UnitIndex, name: str, meant: str
) -> None:
    found = index.resolve(name)
    assert found.target is None
    assert found.marks_differ
    assert found.suggestions[0] == meant
    assert found.hint is not None
    assert found.hint.startswith(f"Có phải ý bạn là: '{meant}'")
    assert "đúng dấu" in found.hint


def test_tone_placement_is_free_but_the_tone_is_not() -> None:
    assert tone_key("hoà") == tone_key("hòa") == tone_key(unicodedata.normalize("NFD", "hòa"))
    assert tone_key("thuỷ") == tone_key("thủy")
    assert tone_key("bình") != tone_key("bính")
    assert tone_key("tế") != tone_key("tê")
    assert tone_key("đoàn") != tone_key("doàn")


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("Bình", "UBND xã Hòa Bình"),  # a part of a name
        ("Thủy", "Ủy ban nhân dân phường Thủy Phương"),
        ("Phòng TN&MT", "Phòng Tài nguyên và Môi trường huyện"),
        ("Phòng TNMT", "Phòng Tài nguyên và Môi trường huyện"),
        ("Phòng KT-HT", "Phòng Kinh tế và Hạ tầng huyện"),
        ("Trung tâm VH,TT&TT", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"),
        ("TT VH-TT-TT", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"),
        ("Ban QLDA ĐTXD", "Ban Quản lý dự án đầu tư xây dựng huyện"),
        ("VP HĐND-UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
        ("VP HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
        ("Tổ công tác Hội đồng nhân dân Ủy ban nhân dân", "Tổ công tác HĐND-UBND"),
        ("P. Thủy Phương", "Ủy ban nhân dân phường Thủy Phương"),
    ],
)
def test_parts_and_abbreviations_find_the_unit_among_the_suggestions(
    index: UnitIndex, name: str, meant: str
) -> None:
    found = index.resolve(name)
    assert found.target is None, name
    assert meant in found.suggestions, found.suggestions


def test_a_close_misspelling_is_suggested(index: UnitIndex) -> None:
    assert index.resolve("Phong Tai nguyen va Moi truong huyen Son Ha").target is None
    assert index.resolve("xa Hoa Binh Dong").target is not None
    assert index.resolve("Phòng Tài ngyên và Môi trường").suggestions[:1] == (
        "Phòng Tài nguyên và Môi trường huyện",
    )


def test_nothing_near_gives_no_suggestion(index: UnitIndex) -> None:
    found = index.resolve("Kho bạc Nhà nước")
    assert found.target is None
    assert found.suggestions == ()
    assert found.hint is None


def test_the_command_line_refuses_a_looser_name_with_a_suggestion(index: UnitIndex) -> None:
    with pytest.raises(UserError) as raised:
        resolve_targets([index], ["xã Hòa Bính"])
    assert raised.value.message == "Không có đơn vị nào tên 'xã Hòa Bính' trong danh mục đơn vị."
    assert raised.value.hint is not None
    assert raised.value.hint.startswith("Có phải ý bạn là: 'UBND xã Hòa Bình'")


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("xã Hòa Bính", "UBND xã Hòa Bình"),
        ("Phòng Kinh tê", "Phòng Kinh tế thành phố"),
        ("Kết", "UBND xã Đoàn Kết"),
        ("Phòng KT", "Phòng Kinh tế thành phố"),
        ("Trung tâm VH,TT,DL&TT", "Trung tâm Văn hóa, Thể thao, Du lịch và Truyền thông thành phố"),
        ("VP HĐND-UBND", "Văn phòng HĐND và UBND thành phố"),
    ],
)
def test_due_exits_2_with_did_you_mean_for_a_looser_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, meant: str
) -> None:
    shutil.copytree(BUNDLED_PLAN.parent, tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["due", "--unit", name, "--today", "2023-01-10"])
    assert result.exit_code == 2, result.output
    assert f"lỗi: Không có đơn vị nào tên '{name}' trong danh mục đơn vị." in result.output
    assert "gợi ý: Có phải ý bạn là:" in result.output
    assert f"'{meant}'" in result.output
    assert "Lịch việc" not in result.output


def test_due_still_takes_the_names_clerks_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(BUNDLED_PLAN.parent, tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    for name in ("doan ket", "UBND xã Đoàn Kết", "ĐOÀN KẾT", "xã Đoàn Kết"):
        result = runner.invoke(
            app, ["due", "--unit", name, "--today", "2023-01-10"], env={"COLUMNS": "200"}
        )
        assert result.exit_code == 0, result.output
        assert "Lịch việc của UBND xã Đoàn Kết" in result.output


def test_a_plan_naming_a_unit_with_a_wrong_tone_mark_is_rq101(diagnose: Diagnose) -> None:
    snippet = """
    events:
      - id: le
        title: Lễ ra quân
        date: 2023-01-31
        place: Thôn 8
        host: [xã Hòa Bính]
    """
    [diagnostic] = diagnose(snippet, "RQ101", head=PLAN_HEAD)
    assert diagnostic.message == "Không có đơn vị hoặc nhóm nào tên 'xã Hòa Bính' trong danh mục."
    assert diagnostic.hint is not None
    assert diagnostic.hint.startswith("Có phải ý bạn là: 'UBND xã Hòa Bình'")
    assert diagnose(snippet.replace("Bính", "Bình"), "RQ101") == []
