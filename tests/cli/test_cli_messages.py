"""Every message path in Vietnamese (issue 12, items 4-6): Click's and pydantic's words through
the one translation place, the operating system's reasons, the JSON Schema editors show, help
printed once, ``--explain`` as plain text; and a scan of the source for English messages."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from raquan.check.rules import RULES
from raquan.cli.app import app
from raquan.models.kinds import MODELS
from raquan.models.schema import schema_dict
from raquan.read.resources import bundled
from support.english import english
from support.plans import BUNDLED_PLAN, ROOT

runner = CliRunner()
PLAN = str(BUNDLED_PLAN)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(bundled("plans"), tmp_path / "plans")
    (tmp_path / "tep.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# A usage error for each way Click and Typer say one, and what raquan says instead.
USAGE = [
    (["new", "report", "--unit", "xã Đoàn Kết"], "Lỗi: Thiếu tùy chọn --plan."),
    (
        ["check", "--jobs", "x"],
        "Lỗi: Giá trị không hợp lệ cho '--jobs' / '-j': phải là một số nguyên.",
    ),
    (["check", "--jobs", "0"], "lỗi: Số tiến trình --jobs phải từ 1 trở lên (đã gõ 0)."),
    (["due", "--within", "-2"], "lỗi: Số ngày của --within phải từ 0 đến 3660 (đã gõ -2)."),
    (
        ["due", "--within", "hai"],
        "Lỗi: Giá trị không hợp lệ cho '--within': phải là một số nguyên.",
    ),
    (["check", "--bogus"], "Lỗi: Không có tùy chọn --bogus."),
    (["chek"], "Lỗi: Không có lệnh 'chek'. Có phải ý bạn là 'check'"),
    (["due", "--today"], "Lỗi: Tùy chọn --today cần một giá trị."),
    (["schema", "plan", "thua"], "Lỗi: Thừa đối số: thua."),
    (["check", "--list", "--strict=x"], "Lỗi: Tùy chọn --strict không nhận giá trị."),
    (["render", "plan", PLAN, "--pdf=1"], "Lỗi: Tùy chọn --pdf không nhận giá trị."),
]


@pytest.mark.parametrize(("args", "said"), USAGE, ids=[" ".join(a) for a, _ in USAGE])
def test_usage_errors_are_vietnamese(workdir: Path, args: list[str], said: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert said in result.stderr, result.stderr
    assert english(result.stderr) == [], result.stderr


# Errors of the operating system and of the tool, as users meet them.
RUNTIME = [
    ["check", "khong-co"],
    ["check", "tep.txt/ben-trong"],
    ["due", "khong-co", "--unit", "xã Đoàn Kết"],
    ["render", "plan", "khong-co.yaml"],
    ["render", "plan", PLAN, "-o", "tep.txt"],
    ["render", "plan", PLAN, "-o", "khong-co/k.docx"],
    ["new", "plan", "-o", "tep.txt/moi.yaml"],
    ["new", "plan", "-o", "plans/units.yaml"],
    ["new", "report", "--plan", "khong-co.yaml", "--unit", "x", "--kind", "summary"],
    ["diff", "plans/units.yaml"],
    ["schema", "khong-co"],
    ["check", "--explain", "RQ999"],
    ["due", "--unit", "Hòa Bính"],
]


@pytest.mark.parametrize("args", RUNTIME, ids=[" ".join(a) for a in RUNTIME])
def test_the_tool_and_the_system_speak_vietnamese(workdir: Path, args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("lỗi: "), result.stderr
    assert english(result.stderr) == [], result.stderr
    assert "Traceback" not in result.output


def _commands() -> list[list[str]]:
    from typer.main import get_command

    group = get_command(app)
    names: list[list[str]] = [[]]
    for name, command in getattr(group, "commands", {}).items():
        names.append([name])
        names += [[name, sub] for sub in getattr(command, "commands", {})]
    return names


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "raquan")
def test_every_help_is_vietnamese_without_english_ranges(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert english(result.stdout) == [], result.stdout
    assert "[x>=" not in result.stdout
    assert "Cách dùng: raquan" in result.stdout


@pytest.mark.parametrize("command", [[], ["render"], ["new"]], ids=["raquan", "render", "new"])
def test_a_group_without_a_command_prints_its_help_once(command: list[str]) -> None:
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("Cách dùng:") == 1, result.stdout
    assert "Lệnh:" in result.stdout
    assert "Lỗi" not in result.output


@pytest.mark.parametrize("code", sorted(RULES))
def test_explain_prints_plain_text(code: str) -> None:
    result = runner.invoke(app, ["check", "--explain", code])
    assert result.exit_code == 0, result.output
    assert "``" not in result.stdout
    assert "::\n" not in result.stdout
    assert "Ví dụ sai" in result.stdout
    assert "Ví dụ đúng" in result.stdout


def test_rq202s_examples_say_what_they_show() -> None:
    text = runner.invoke(app, ["check", "--explain", "RQ202"]).stdout
    right = text[text.index("Ví dụ đúng") :]
    assert "16/01" not in right
    assert "date: 2023-01-14" in right
    assert "13/01/2023" in right


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_the_json_schema_editors_show_is_vietnamese(kind: str) -> None:
    def words(node: object) -> list[str]:
        if isinstance(node, dict):
            found = [
                v for k, v in node.items() if k in ("title", "description") and isinstance(v, str)
            ]
            return found + [w for v in node.values() for w in words(v)]
        if isinstance(node, list):
            return [w for v in node for w in words(v)]
        return []

    schema = schema_dict(kind)
    texts = words(schema)
    assert texts
    for text in texts:
        assert not english(text), text
    assert schema["title"]
    assert schema["description"]
    assert json.dumps(schema, ensure_ascii=False)


_MESSAGE_CALLS = {
    "UserError",
    "ConfigError",
    "fail",
    "Finding",
    "Problem",
    "Diagnostic",
    "Translated",
    "BadParameter",
    "echo",
    "secho",
}
"""The ways a message reaches the user: raquan's errors and diagnostics, pydantic's errors as
raquan says them, Click's parameter errors, and what the CLI prints."""


def test_no_message_in_the_source_is_english() -> None:
    """Every literal that reaches users through raquan's message paths (errors, findings,
    diagnostics, hints and helps) is free of English."""
    found = []
    for path in sorted((ROOT / "raquan").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = getattr(function, "id", None) or getattr(function, "attr", "")
            parts: list[ast.AST] = list(node.args) if name in _MESSAGE_CALLS else []
            parts += [k.value for k in node.keywords if k.arg in ("help", "hint", "message")]
            for part in parts:
                found += [
                    f"{path.relative_to(ROOT)}:{leaf.lineno}: {leaf.value}"
                    for leaf in ast.walk(part)
                    if isinstance(leaf, ast.Constant)
                    and isinstance(leaf.value, str)
                    and english(leaf.value)
                ]
    assert found == []
