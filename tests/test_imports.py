"""What raquan imports: ``raquan check`` and ``raquan --help`` do not pay for the document
libraries, and the import rules of the pipeline (layers, features, no cycles) hold."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

HEAVY = ("docx", "jinja2", "markdown_it", "mdit_py_plugins", "num2words", "icalendar")

PROBE = """
import sys
from raquan.cli.app import main
sys.argv = ["raquan", *{args!r}]
try:
    main()
except SystemExit:
    pass
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r} or m in {exact!r})
print("HEAVY:" + ",".join(heavy))
"""

EXACT = (
    "importlib.metadata",
    "raquan.cli.due",
    "raquan.cli.render",
    "raquan.cli.new",
    "raquan.models.report",
    "raquan.models.completions",
    "raquan.check.layout.context",
    "raquan.check.rules.rq501_report_plan",
    "raquan.check.rules.rq510_completion_plan_duty",
    "raquan.check.rules.rq601_page_size",
    "raquan.domain.layout",
    "raquan.read.docxlayout",
    "raquan.read.paragraphs",
    "tomllib",
    "zipfile",
)
"""Also never imported by ``raquan check`` on a plan (once the holidays are cached): the
metadata machinery (see ``raquan._without_pydantic_plugins``), the other commands (each
is built only when it is used), the models of the other kinds of file (``models.kinds``) and
the checks of those files (``raquan.check.rules.GROUPS``), the layout checks of Word documents
and what they read them into, the TOML parser when there is no configuration file and the zip
reader of .docx files."""


def _imported(*args: str, also: tuple[str, ...] = ()) -> list[str]:
    """The modules of ``HEAVY`` and ``EXACT`` (and ``also``) that ``raquan *args`` imports."""
    code = PROBE.format(args=list(args), heavy=set(HEAVY), exact={*EXACT, *also})
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    line = next(x for x in result.stdout.splitlines() if x.startswith("HEAVY:"))
    return [m for m in line.removeprefix("HEAVY:").split(",") if m]


def test_check_does_not_import_document_libraries() -> None:
    plan = str(Path(__file__).resolve().parents[1] / "plans" / "ke-hoach-ra-quan-2023.yaml")
    _imported("check", plan)  # the first run fills the holidays cache (it imports holidays)
    assert _imported("check", plan) == []


def test_a_word_document_loads_its_layout_checks(tmp_path: Path) -> None:
    from docx import Document

    document = tmp_path / "cong-van.docx"
    Document().save(str(document))
    plan_check = "raquan.check.rules.rq101_unknown_unit"
    found = _imported("check", str(document), also=(plan_check,))
    assert "raquan.check.rules.rq601_page_size" in found
    assert plan_check not in found  # a memo, not a plan: read for its layout only
    plan = str(Path(__file__).resolve().parents[1] / "plans" / "ke-hoach-ra-quan-2023.yaml")
    assert plan_check in _imported("check", plan, also=(plan_check,))


def test_help_does_not_import_document_libraries() -> None:
    assert [m for m in _imported("--help") if not m.startswith("raquan.cli.")] == []


def test_the_stand_in_for_pydantics_plugin_loader_has_its_interface() -> None:
    """pydantic uses ``get_plugins()`` of ``pydantic.plugin._loader`` (see
    ``raquan._without_pydantic_plugins``): the real module still has it, without arguments,
    and it finds no plugins when they are disabled, as the stand-in says."""
    import importlib.util
    import inspect
    import os

    import pydantic.plugin

    path = Path(pydantic.plugin.__file__).with_name("_loader.py")
    spec = importlib.util.spec_from_file_location("real_pydantic_plugin_loader", path)
    assert spec is not None
    assert spec.loader is not None
    real = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(real)
    assert list(inspect.signature(real.get_plugins).parameters) == []
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__"
    assert list(real.get_plugins()) == []
    stand_in = sys.modules["pydantic.plugin._loader"]
    assert list(stand_in.get_plugins()) == []
    source = (path.parent / "_schema_validator.py").read_text(encoding="utf-8")
    assert "from ._loader import get_plugins" in source


# --- The pipeline's import rules, read from the source (AST) -------------------------------

PACKAGE = Path(__file__).resolve().parents[1] / "raquan"

LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "raquan",
        "raquan.errors",
        "raquan.diagnostics",
        "raquan.files",
        "raquan.forking",
        "raquan.i18n",
        "raquan.lock",
        "raquan.office",
        "raquan.owned",
    ),
    ("raquan.models",),
    ("raquan.domain",),
    ("raquan.read",),
    ("raquan.check",),
    ("raquan.results",),
    (
        "raquan.due",
        "raquan.render",
        "raquan.diff",
        "raquan.new",
        "raquan.done",
        "raquan.units",
        "raquan.status",
        "raquan.importer",
    ),
    ("raquan.cli", "raquan.__main__"),
)
"""The layers, lowest first. A module imports its own layer and the layers below it, never a
layer above. The features (the second layer from the top) never import each other."""

FEATURES = LAYERS[-2]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str) -> Iterator[tuple[str, int]]:
    """The raquan modules that module ``name`` imports (anywhere in it, also under
    ``TYPE_CHECKING`` and inside functions), with the line of each import."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "raquan":
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module.split(".")[0] != "raquan":
                continue
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                yield (submodule if submodule in MODULES else module), node.lineno


def _owner(name: str) -> tuple[int, str]:
    """The layer of a module and the package that places it there (longest match)."""
    found = [
        (len(top), level, top)
        for level, tops in enumerate(LAYERS)
        for top in tops
        if name == top or (top != "raquan" and name.startswith(top + "."))
    ]
    assert found, f"{name} is in no layer: add it to LAYERS"
    _, level, top = max(found)
    return level, top


def test_every_module_is_in_a_layer() -> None:
    for name in MODULES:
        _owner(name)


def test_no_module_imports_a_higher_layer_or_another_feature() -> None:
    problems = []
    for name in MODULES:
        level, top = _owner(name)
        for imported, line in _imports(name):
            their_level, their_top = _owner(imported)
            if their_level > level:
                problems.append(f"{name}:{line} imports {imported}, a higher layer")
            elif top in FEATURES and their_top in FEATURES and their_top != top:
                problems.append(f"{name}:{line} imports {imported}, another feature")
    assert not problems, "\n".join(problems)


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """A cycle of ``graph`` (as the list of its modules, first repeated last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for after in sorted(graph[node]):
            if state.get(after) == 1:
                return [*path[path.index(after) :], after]
            if after not in state:
                found = visit(after)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_cycle_between_modules() -> None:
    graph = {name: {m for m, _ in _imports(name) if m != name} for name in MODULES}
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
