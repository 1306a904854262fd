"""Meta-tests: every check is documented and tested, every command and model field described."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from pydantic import BaseModel
from typer.testing import CliRunner

from raquan.check.rules import CHECK_MODULES, GROUPS, RULES
from raquan.cli.app import app
from raquan.models.kinds import MODELS
from raquan.read.messages import _unwrap
from support.tools import load_tool

TESTS = Path(__file__).parent
runner = CliRunner()


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_check_has_documentation_with_examples(code: str) -> None:
    rule = RULES[code]
    assert re.fullmatch(r"RQ\d{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9-]+", rule.name)
    assert rule.summary
    assert not rule.summary.endswith(".")
    assert rule.doc.startswith(f"{code} — "), rule.doc[:40]
    assert "Ví dụ sai" in rule.doc, code
    assert "Ví dụ đúng" in rule.doc, code


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_check_has_tests(code: str) -> None:
    """A check module has its own test module; loader codes are asserted in the suite."""
    rule = RULES[code]
    if rule.run is not None:
        name = f"test_{code.lower()}_{rule.name.replace('-', '_')}.py"
        module = TESTS / "check" / "rules" / name
        assert module.is_file(), f"{code} has no {module.relative_to(TESTS)}"
        text = module.read_text(encoding="utf-8")
    else:
        text = "".join(p.read_text(encoding="utf-8") for p in TESTS.rglob("test_*.py"))
    assert re.search(rf'"{code}"', text), f"no test asserts {code}"


def test_the_table_of_checks_lists_every_check_module() -> None:
    import raquan.check.rules

    package = Path(raquan.check.rules.__file__).parent
    modules = {p.stem.split("_")[0].upper() for p in package.glob("rq*.py")}
    assert modules == {code for code, rule in RULES.items() if rule.run is not None}


def test_each_check_module_is_named_for_its_code_and_name() -> None:
    for name in CHECK_MODULES:
        module = importlib.import_module(f"raquan.check.rules.{name}")
        assert name == f"{module.CODE.lower()}_{module.NAME.replace('-', '_')}"


def test_each_check_module_is_in_the_group_of_the_files_it_checks() -> None:
    for kinds, names in GROUPS:
        for name in names:
            module = importlib.import_module(f"raquan.check.rules.{name}")
            assert set(module.APPLIES_TO) <= kinds, name


def _commands() -> list[list[str]]:
    from typer.main import get_command

    group = get_command(app)
    names: list[list[str]] = [[]]
    for name, command in getattr(group, "commands", {}).items():
        names.append([name])
        for sub in getattr(command, "commands", {}):
            names.append([name, sub])
    return names


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "raquan")
def test_every_command_has_vietnamese_help_with_an_example(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    if command:
        assert "Ví dụ:" in result.output, result.output


def _models() -> list[type[BaseModel]]:
    seen: dict[str, type[BaseModel]] = {}
    pending = list(MODELS.values())
    while pending:
        model = pending.pop()
        if model.__name__ in seen:
            continue
        seen[model.__name__] = model
        for info in model.model_fields.values():
            inner = _unwrap(info.annotation)
            if inner is not None:
                pending.append(inner)
    return sorted(seen.values(), key=lambda m: m.__name__)


@pytest.mark.parametrize("model", _models(), ids=lambda m: m.__name__)
def test_every_model_field_has_a_vietnamese_description(model: type[BaseModel]) -> None:
    for name, info in model.model_fields.items():
        assert info.description, f"{model.__name__}.{name} has no description"
        assert re.search(r"[à-ỹđĐ]", info.description), f"{model.__name__}.{name}"


README = Path(__file__).parents[1] / "README.md"


def _console_blocks(command: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    return re.findall(rf"```console\n\$ {re.escape(command)}\n(.*?)```", text, re.S)


def test_readme_check_example_is_the_real_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from raquan.read.resources import bundled

    [shown] = _console_blocks("raquan check plans/")
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "plans/"])
    assert result.output == shown


def test_readme_lists_every_check() -> None:
    text = README.read_text(encoding="utf-8")
    for code, rule in RULES.items():
        assert f"| {code} | {rule.severity.label} |" in text, code


def test_generated_reference_docs_are_up_to_date() -> None:
    files = load_tool("reference").FILES

    docs = Path(__file__).parents[1] / "docs"
    for name, make in files.items():
        written = (docs / name).read_text(encoding="utf-8")
        assert written == make(), f"docs/{name} is stale: run python tools/reference.py --write"


def test_every_model_has_a_vietnamese_title_in_the_reference() -> None:
    titles = load_tool("reference").TITLES

    for model in _models():
        assert model.__name__ in titles, model.__name__


def test_readme_report_on_a_draft_plan_is_the_real_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shlex
    import shutil

    from raquan.read.resources import bundled

    command = 'raquan render report --reports examples/bao-cao --kind summary --unit "xã Đoàn Kết"'
    [shown] = _console_blocks(command)
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    shutil.copytree(README.parent / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, shlex.split(command)[1:])
    assert result.exit_code == 2, result.output
    assert result.output == shown
    assert not list(tmp_path.glob("*.docx"))
