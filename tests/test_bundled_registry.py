"""The bundled registry keeps its 2023 units and gains their 2025 history as real data: the
bundled plan, issued in 2023, checks, renders, diffs and gives agendas exactly as it did with the
registry before the history was added."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from raquan.cli.app import app
from raquan.read.resources import bundled
from support.plans import FIXTURES, PLAN_NAME

runner = CliRunner()

BEFORE = FIXTURES / "history" / "units-2023-truoc-lich-su.yaml"
"""The bundled registry as it was committed before it carried history (df46e4d^)."""


def _without_history(text: str) -> str:
    """The registry as it was before it carried history: no codes, no dates, no new units."""
    yaml = YAML(typ="rt")
    yaml.width = 4096
    data = yaml.load(text)
    data["units"] = [unit for unit in data["units"] if "began" not in unit]
    for unit in data["units"]:
        for key in ("code", "began", "ended"):
            unit.pop(key, None)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _folder(root: Path, name: str, units: str) -> Path:
    folder = root / name
    folder.mkdir()
    shutil.copyfile(bundled("plans") / PLAN_NAME, folder / PLAN_NAME)
    (folder / "units.yaml").write_text(units, encoding="utf-8")
    edited = (folder / PLAN_NAME).read_text(encoding="utf-8")
    edited = edited.replace("date: 2023-01-15", "date: 2023-01-13")
    edited = edited.replace("host: xã Đoàn Kết", "host: xã Hòa Bình")
    (folder / "moi.yaml").write_text(edited, encoding="utf-8")
    return folder


def _outputs(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    monkeypatch.chdir(folder)
    plan = PLAN_NAME
    found: dict[str, object] = {}
    for name, args in {
        "check": ["check", plan],
        "check-json": ["check", plan, "--format", "json"],
        "check-units": ["check", "units.yaml"],
        "diff": ["diff", plan, "moi.yaml"],
        "diff-json": ["diff", plan, "moi.yaml", "--format", "json"],
        "diff-unit": ["diff", plan, "moi.yaml", "--unit", "Hòa Bình"],
        "due": ["due", plan, "--unit", "xã Đoàn Kết", "--today", "2023-01-10", "--all"],
        "due-all": ["due", plan, "--today", "2023-01-10", "--format", "json"],
        "due-md": ["due", plan, "--today", "2023-01-25", "--format", "md", "--group-by", "unit"],
    }.items():
        result = runner.invoke(app, args)
        found[name] = (result.exit_code, result.output)
    result = runner.invoke(app, ["render", "plan", plan, "-o", "ke-hoach.docx"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(folder / "ke-hoach.docx") as docx:
        for part in sorted(docx.namelist()):
            if part != "docProps/core.xml":  # holds the time of the run
                found[f"render:{part}"] = docx.read(part)
    return found


def test_history_leaves_the_bundled_plan_s_outputs_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = (bundled("plans") / "units.yaml").read_text(encoding="utf-8")
    assert "ended:" in registry
    assert "began:" in registry
    original = BEFORE.read_text(encoding="utf-8")
    # The history only adds: taken away again, the registry is the one of before.
    safe = YAML(typ="safe")
    assert safe.load(_without_history(registry)) == safe.load(original)
    before = _outputs(_folder(tmp_path, "truoc", original), monkeypatch)
    after = _outputs(_folder(tmp_path, "sau", registry), monkeypatch)
    assert before.keys() == after.keys()
    for key in before:
        assert before[key] == after[key], key
    assert before["check"] == (0, before["check"][1])  # type: ignore[index]


def test_the_registry_has_the_six_new_units_with_their_codes() -> None:
    data = YAML(typ="safe").load((bundled("plans") / "units.yaml").read_text(encoding="utf-8"))
    units = {unit["id"]: unit for unit in data["units"]}
    new = {
        unit["name"]: (unit["code"], unit["began"]["date"].isoformat(), unit["began"]["act"])
        for unit in units.values()
        if "began" in unit and unit.get("level") == "xã"
    }
    act = "Nghị quyết 1677/NQ-UBTVQH15"
    assert new == {
        "Ủy ban nhân dân phường Kon Tum": ("23293", "2025-07-01", act),
        "Ủy ban nhân dân phường Đăk Cấm": ("23284", "2025-07-01", act),
        "Ủy ban nhân dân phường Đăk Bla": ("23302", "2025-07-01", act),
        "Ủy ban nhân dân xã Ngọk Bay": ("23317", "2025-07-01", act),
        "Ủy ban nhân dân xã Ia Chim": ("23326", "2025-07-01", act),
        "Ủy ban nhân dân xã Đăk Rơ Wa": ("23332", "2025-07-01", act),
    }
    # Every one of the 21 communes and wards of 2023 ended on 01/07/2025 into one of them.
    old = [u for u in units.values() if u.get("level") == "xã" and "began" not in u]
    assert len(old) == 21
    for unit in old:
        assert unit["ended"]["date"].isoformat() == "2025-07-01"
        [successor] = unit["ended"]["successors"]
        assert units[successor]["name"] in new
        assert unit["id"] in units[successor]["began"]["predecessors"]
    assert len({u["code"] for u in old}) == 21
