"""A project's configuration: ``[tool.raquan]`` in ``pyproject.toml``, or a ``raquan.toml``.

As with ruff, flake8 and yamllint, the file is found by walking up from the path a command
works on (or the current folder): in each folder, ``raquan.toml`` first, then a
``pyproject.toml`` that has a ``[tool.raquan]`` table; the first found is the project's, the
search stops there. ``raquan.toml`` holds the same keys at its top level::

    [tool.raquan]
    select = ["RQ1", "RQ2"]        # the checks to run (codes or prefixes); default: all
    ignore = ["RQ107"]             # the checks to leave out
    strict = true                  # warnings fail the check too
    plans = "ke-hoach"             # the plans folder commands use when given none
    registry = "ke-hoach/dm.yaml"  # the unit registry of plans that name none ('units:')
    remind-duty = 3                # calendar reminders: working days before a deadline
    remind-event = 1               # days before an event (false: no reminder)

    [tool.raquan.per-file-ignores]
    "ke-hoach/cu/*.yaml" = ["RQ202"]   # glob patterns, relative to the configuration's folder

A configuration that cannot be used is never half-applied: ``ConfigError`` carries located
diagnostics (RQ020 syntax, RQ021 an unknown key or a wrong value, RQ023 a path that does not
exist), and the command stops with exit code 2. Whether the codes exist is for the checks to
say (``raquan.check.run`` reports RQ022): this layer knows their shape only.

The CLI finds the configuration once per command and makes it the active one (``use``);
``active()`` is what the layers below read (the default plans folder, the default registry).
Hand-written because ``tomllib`` gives data without positions and the rules (walk up, the two
file names) are raquan's.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from raquan.diagnostics import DataPath, Diagnostic, Position, Severity
from raquan.domain.suggest import closest
from raquan.errors import UserError
from raquan.i18n import os_reason

CONFIG_FILES = ("raquan.toml", "pyproject.toml")
"""The files a configuration is looked for in, in each folder, in this order."""

KEYS = (
    "select",
    "ignore",
    "strict",
    "per-file-ignores",
    "plans",
    "registry",
    "remind-duty",
    "remind-event",
)
"""The keys of a configuration, in the order ``--show-config`` prints them."""

MAX_CONFIG_BYTES = 1024 * 1024

REMIND_DUTY = 3
"""Working days before a deadline a calendar reminds by default (``remind-duty``)."""
REMIND_EVENT = 1
"""Days before an event a calendar reminds by default (``remind-event``)."""
MAX_REMIND = 60
"""A configuration is a small file; anything larger is refused unread."""


class ConfigError(UserError):
    """The configuration cannot be used; ``diagnostics`` say where and why."""

    def __init__(self, path: Path, diagnostics: Sequence[Diagnostic]) -> None:
        super().__init__(
            f"Tệp cấu hình '{_shown(path)}' có lỗi nên raquan không làm tiếp.",
            hint="Sửa các lỗi trên (xem 'raquan check --show-config' khi đã sửa).",
        )
        self.diagnostics = list(diagnostics)


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it is under it, as users typed it."""
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class TomlSource:
    """A configuration file as diagnostics see it: its lines, and the line of a key.

    ``tomllib`` keeps no positions, so a data path is found in the text: the line of its
    last key under the right table (``[tool.raquan]``, a sub-table, or an inline table).
    """

    def __init__(self, path: Path, text: str, table: Sequence[str]) -> None:
        self.path = path
        self.display = _shown(path)
        self.text = text
        self.table = tuple(table)
        self._lines = text.splitlines()

    def line(self, number: int) -> str:
        return self._lines[number - 1] if 1 <= number <= len(self._lines) else ""

    def want(self, target: DataPath) -> None:
        """Nothing to prepare: keys are found in the text when asked for."""

    def _table_ranges(self, names: Sequence[str]) -> list[tuple[int, int]]:
        """The line ranges (0-based, end excluded) of the table ``names`` and its sub-tables
        (the whole file for the top level)."""
        if not names:
            return [(0, len(self._lines))]
        ranges = []
        start: int | None = None
        for number, line in enumerate(self._lines):
            header = re.match(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$", line)
            if header is None:
                continue
            parts = [p.strip().strip("\"'") for p in header.group(1).split(".")]
            if start is not None:
                ranges.append((start, number))
                start = None
            if parts[: len(names)] == list(names):
                start = number
        if start is not None:
            ranges.append((start, len(self._lines)))
        return ranges

    def locate(
        self,
        target: DataPath,
        *,
        key: bool = False,
        needle: str | None = None,
        occurrence: int = 0,
    ) -> Position:
        """The line of the last key of ``target`` (a piece of it, ``needle``, when given)."""
        ranges = self._table_ranges(self.table)
        found = Position(ranges[0][0] + 1, 1) if ranges else Position(1, 1)
        for name in (str(part) for part in target if isinstance(part, str)):
            quoted = rf"[\"']?{re.escape(name)}[\"']?"
            pattern = re.compile(rf"(?:^|[{{,])\s*({quoted})\s*=")
            hit = None
            for start, end in ranges:
                for number in range(max(start, found.line - 1), end):
                    match = pattern.search(self._lines[number])
                    if match is not None:
                        hit = Position(number + 1, match.start(1) + 1, match.end(1) + 1)
                        break
                if hit is not None:
                    break
            if hit is None:
                # A sub-table written as [tool.raquan.per-file-ignores]: its header.
                sub = self._table_ranges([*self.table, name])
                hit = Position(sub[0][0] + 1, 1) if sub else None
            if hit is None:
                break
            found = hit
        if needle:
            line = self.line(found.line)
            at = line.find(needle, found.column - 1)
            if at >= 0:
                return Position(found.line, at + 1, at + 1 + len(needle))
        return found


@dataclass(frozen=True, slots=True)
class Config:
    """The effective settings of a project (the defaults when ``path`` is None)."""

    path: Path | None = None
    """The configuration file, or None."""
    table: str = ""
    """Where in it the settings are: "[tool.raquan]", or "" for a raquan.toml."""
    root: Path = field(default_factory=Path)
    """The folder relative paths and patterns start from (the configuration's folder)."""
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    strict: bool = False
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    plans: Path | None = None
    registry: Path | None = None
    remind_duty: int | None = REMIND_DUTY
    """Working days before a deadline its calendar item reminds; None: no reminder."""
    remind_event: int | None = REMIND_EVENT
    """Days before an event its calendar item reminds; None: no reminder."""
    lines: Mapping[str, int] = field(default_factory=dict)
    """The line of each key set in the file (for ``--show-config`` and located errors)."""
    source: TomlSource | None = None

    def ignored_in(self, path: Path) -> tuple[str, ...]:
        """The codes (or prefixes) per-file-ignores leave out for the file ``path``."""
        if not self.per_file_ignores:
            return ()
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = None
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores:
            candidates = [path.as_posix(), path.name]
            if relative is not None:
                candidates.append(relative)
            if any(fnmatch.fnmatchcase(name, pattern) for name in candidates):
                codes.extend(ignored)
        return tuple(codes)

    def code_diagnostics(self, known: Sequence[str]) -> list[Diagnostic]:
        """RQ022 for each code of the configuration that matches no check in ``known``."""
        if self.source is None:
            return []
        found = []
        places: list[tuple[DataPath, str]] = [(("select",), c) for c in self.select]
        places += [(("ignore",), c) for c in self.ignore]
        places += [
            (("per-file-ignores", pattern), c)
            for pattern, codes in self.per_file_ignores
            for c in codes
        ]
        for where, code in places:
            if any(k.startswith(code) for k in known):
                continue
            target = where
            near = closest(code, known)
            found.append(
                Diagnostic(
                    self.source,
                    "RQ022",
                    Severity.ERROR,
                    f"Không có mã kiểm tra '{code}'.",
                    target,
                    needle=code,
                    hint=f"Có phải ý bạn là '{near}'?"
                    if near
                    else "Xem các mã: raquan check --list",
                )
            )
        return found


_ACTIVE: ContextVar[Config] = ContextVar("raquan_config", default=Config())  # noqa: B039


def active() -> Config:
    """The configuration of the command running (the defaults when there is none)."""
    return _ACTIVE.get()


@contextmanager
def use(config: Config) -> Iterator[Config]:
    """Make ``config`` the active configuration while the block runs."""
    token = _ACTIVE.set(config)
    try:
        yield config
    finally:
        _ACTIVE.reset(token)


def find(start: Path | None = None) -> tuple[Path, str] | None:
    """The configuration file for ``start`` (a file or folder; default: the current folder),
    and its table: walking up, ``raquan.toml``, or a ``pyproject.toml`` with ``[tool.raquan]``."""
    here = (start or Path.cwd()).absolute()
    folder = here if here.is_dir() else here.parent
    for candidate in (folder, *folder.parents):
        own = candidate / "raquan.toml"
        if own.is_file():
            return own, ""
        project = candidate / "pyproject.toml"
        if project.is_file() and _has_raquan_table(project):
            return project, "[tool.raquan]"
    return None


def _has_raquan_table(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(MAX_CONFIG_BYTES)
    except OSError:
        return False
    return re.search(rb"^\s*\[\s*tool\s*\.\s*raquan\s*[\].]", head, re.M) is not None


def load(start: Path | None = None) -> Config:
    """The configuration that applies to ``start`` (see ``find``); the defaults, rooted in the
    current folder, when there is none. ``ConfigError`` when it cannot be used."""
    found = find(start)
    if found is None:
        return Config(root=Path.cwd())
    return read(*found)


def read(path: Path, table: str = "") -> Config:
    """Read the configuration file ``path`` (its ``[tool.raquan]`` table when ``table``)."""
    names = ["tool", "raquan"] if table else []
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        raise UserError(f"Không đọc được tệp cấu hình '{path}': {os_reason(error)}.") from None
    text = raw.decode("utf-8", "replace")
    source = TomlSource(path, text, names)
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(path, [_problem(source, "RQ020", "Tệp cấu hình lớn hơn 1 MiB.", ())])
    import tomllib  # noqa: PLC0415  (only when there is a configuration file)

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(
            path, [_problem(source, "RQ020", "Tệp cấu hình không phải văn bản UTF-8.", ())]
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, [_syntax(source, str(error))]) from None
    for name in names:
        data = data.get(name, {}) if isinstance(data, dict) else {}
    if not isinstance(data, dict):
        raise ConfigError(
            path, [_problem(source, "RQ021", f"'{table}' phải là một bảng khoá.", ())]
        )
    return _settings(path, table, source, data)


def _problem(
    source: TomlSource, code: str, message: str, target: DataPath, hint: str | None = None
) -> Diagnostic:
    return Diagnostic(source, code, Severity.ERROR, message, target, hint=hint)


_TOML_ERRORS = (
    ("Invalid value", "Giá trị không hợp lệ (chuỗi chữ phải đặt trong dấu nháy kép)."),
    ("Expected '=' after a key", "Thiếu dấu '=' sau khoá."),
    ("Cannot overwrite a value", "Khoá này đã có giá trị ở trên."),
    ("Cannot declare", "Bảng này đã được khai báo ở trên."),
    ("Unclosed array", "Danh sách thiếu dấu ']' đóng."),
    ("Unclosed inline table", "Bảng viết trên một dòng thiếu dấu '}' đóng."),
    ("Unterminated string", "Chuỗi thiếu dấu nháy đóng."),
    ("Illegal character", "Ký tự không được phép ở đây."),
    ("Invalid statement", "Dòng này không phải 'khoá = giá trị' hay '[bảng]'."),
    ("Expected newline", "Sau giá trị phải xuống dòng."),
)


def _syntax(source: TomlSource, message: str) -> Diagnostic:
    """A ``tomllib`` error, in Vietnamese, at the line and column it names."""
    where = re.search(r"\(at line (\d+), column (\d+)\)", message)
    position = Position(int(where.group(1)), int(where.group(2))) if where else Position(1, 1)
    said = next(
        (vietnamese for english, vietnamese in _TOML_ERRORS if message.startswith(english)),
        "Tệp cấu hình không đúng cú pháp TOML.",
    )
    return Diagnostic(
        source,
        "RQ020",
        Severity.ERROR,
        said,
        position,
        hint="Cú pháp TOML: mỗi dòng 'khoá = giá trị', chuỗi trong dấu nháy kép, danh sách "
        'trong [ ]: select = ["RQ1", "RQ202"].',
    )


def _settings(path: Path, table: str, source: TomlSource, data: dict[str, Any]) -> Config:
    root = path.parent.absolute()
    problems: list[Diagnostic] = []
    values: dict[str, Any] = {}
    lines = {}

    def wrong(key: str | DataPath, message: str, hint: str | None = None) -> None:
        target = key if isinstance(key, tuple) else (key,)
        problems.append(_problem(source, "RQ021", message, target, hint))

    for key, value in data.items():
        if key not in KEYS:
            near = closest(key, KEYS)
            hint = f"Có phải ý bạn là '{near}'?" if near else f"Các khoá: {', '.join(KEYS)}."
            wrong(key, f"Khoá '{key}' không có trong cấu hình của raquan.", hint)
            continue
        lines[key] = source.locate((key,)).line
        if key in _PLAIN:
            parse, message = _PLAIN[key]
            parsed = parse(value)
            if parsed is _WRONG:
                wrong(key, message.replace("{key}", key))
            else:
                values[key] = parsed
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                wrong(key, '\'per-file-ignores\' phải là một bảng: "mẫu/*.yaml" = ["RQ202"].')
                continue
            pairs = []
            for pattern, ignored in value.items():
                codes = _codes(ignored)
                if codes is None:
                    wrong(
                        (key, pattern),
                        f"Giá trị của mẫu '{pattern}' phải là một danh sách mã kiểm tra.",
                    )
                else:
                    pairs.append((pattern, codes))
            values[key] = tuple(pairs)
        else:
            if not isinstance(value, str) or not value.strip():
                wrong(key, f"'{key}' phải là một đường dẫn, trong dấu nháy kép.")
                continue
            target = (root / value).absolute()
            exists = target.is_dir() if key == "plans" else target.is_file()
            if not exists:
                what = "Thư mục kế hoạch" if key == "plans" else "Danh mục đơn vị"
                problems.append(
                    _problem(
                        source, "RQ023", f"{what} '{value}' không có (tính từ {root}).", (key,)
                    )
                )
                continue
            values[key] = target
    if problems:
        raise ConfigError(path, problems)
    config = Config(path=path.absolute(), table=table, root=root, lines=lines, source=source)
    return replace(
        config,
        select=values.get("select", ()),
        ignore=values.get("ignore", ()),
        strict=values.get("strict", False),
        per_file_ignores=values.get("per-file-ignores", ()),
        plans=values.get("plans"),
        registry=values.get("registry"),
        remind_duty=values.get("remind-duty", REMIND_DUTY),
        remind_event=values.get("remind-event", REMIND_EVENT),
    )


_WRONG = object()
"""What a parser of ``_PLAIN`` returns for a value it cannot take."""


def _reminder(value: Any) -> Any:
    """The days of a reminder setting: a whole number from 0 to ``MAX_REMIND``, None for
    ``false`` (no reminder)."""
    if value is False:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_REMIND:
        return value
    return _WRONG


def _code_list(value: Any) -> Any:
    codes = _codes(value)
    return _WRONG if codes is None else codes


def _flag(value: Any) -> Any:
    return value if isinstance(value, bool) else _WRONG


_REMINDER = f"'{{key}}' phải là một số ngày từ 0 đến {MAX_REMIND}, hoặc false (không nhắc)."
_PLAIN: dict[str, tuple[Callable[[Any], Any], str]] = {
    "select": (_code_list, "'{key}' phải là một danh sách mã kiểm tra: {key} = [\"RQ202\"]."),
    "ignore": (_code_list, "'{key}' phải là một danh sách mã kiểm tra: {key} = [\"RQ202\"]."),
    "strict": (_flag, "'strict' phải là true hoặc false."),
    "remind-duty": (_reminder, _REMINDER),
    "remind-event": (_reminder, _REMINDER),
}
"""The keys whose value is checked by a parser alone: key -> (parser, the message when it
cannot take the value, ``{key}`` standing for the key)."""


def _codes(value: Any) -> tuple[str, ...] | None:
    """A list of strings, upper-cased (whether each is a check code, or a prefix such as
    "RQ2", is for ``Config.code_diagnostics`` to say); None when it is not a list of strings."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return tuple(v.strip().upper() for v in value)


def show(config: Config) -> str:
    """The effective settings as TOML, each with where it comes from (``--show-config``)."""
    if config.path is None:
        head = "# Không có tệp cấu hình (raquan.toml, hay [tool.raquan] trong pyproject.toml)"
        head += f"\n# từ {config.root} trở lên: mọi giá trị là mặc định."
    else:
        where = f" (bảng {config.table})" if config.table else ""
        head = f"# Tệp cấu hình: {config.path}{where}"

    def origin(key: str) -> str:
        line = config.lines.get(key)
        return f"# dòng {line}" if line else "# mặc định"

    def listed(codes: Sequence[str]) -> str:
        return "[" + ", ".join(f'"{code}"' for code in codes) + "]"

    def path(value: Path | None, default: str) -> str:
        return f'"{value}"' if value is not None else default

    rows = [
        ("select", listed(config.select) if config.select else '["RQ"]  (mọi mã)'),
        ("ignore", listed(config.ignore)),
        ("strict", "true" if config.strict else "false"),
        ("plans", path(config.plans, '"plans"  (nếu có, không thì kế hoạch mẫu đi kèm)')),
        ("registry", path(config.registry, "(tệp 'units' mà mỗi kế hoạch ghi)")),
        ("remind-duty", str(config.remind_duty) if config.remind_duty is not None else "false"),
        ("remind-event", str(config.remind_event) if config.remind_event is not None else "false"),
    ]
    width = max(len(f"{key} = {value}") for key, value in rows)
    lines = [head, ""]
    lines += [f"{f'{key} = {value}':<{width}}  {origin(key)}" for key, value in rows]
    lines += ["", f"[per-file-ignores]  {origin('per-file-ignores')}"]
    lines += [f'"{pattern}" = {listed(codes)}' for pattern, codes in config.per_file_ignores]
    return "\n".join(lines) + "\n"
