"""raquan's command line: the ``raquan`` app, its commands, and the one error boundary.

Each command (``raquan.cli.<command>``) parses its options, calls the core
(``raquan.<feature>.run``) and prints what it returns; the core never prints and never exits.
Every command runs inside ``_boundary``: a ``UserError`` (the input is wrong) becomes its
Vietnamese message and exit code 2, and so does an ``OSError`` on a path the user gave (its
reason put in Vietnamese); any other exception is a bug of raquan, shown as a short
Vietnamese message naming the log file that holds the traceback, exit code 3
(``RAQUAN_DEBUG=1`` prints the traceback instead). Imports that cost time (the checks,
python-docx, Jinja) happen inside the commands that need them.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Iterator, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from raquan import __version__
from raquan.cli import i18n
from raquan.cli.common import EXIT_BUG, fail, show_diagnostics
from raquan.errors import UserError

if TYPE_CHECKING:
    from raquan.read.config import Config

i18n.install()
_Command, _Group = i18n.command_classes()

LOG_NAME = "raquan.log"
"""The file, in raquan's cache folder, that holds the traceback of the last bug."""


def _version(value: bool) -> None:
    if value:
        typer.echo(f"raquan {__version__}")
        raise typer.Exit


def _group(name: str, help_text: str, **settings: Any) -> typer.Typer:
    """A group of commands (the app, ``render``, ``new``) with raquan's Vietnamese classes."""
    settings.setdefault("cls", _Group)
    return typer.Typer(
        name=name,
        help=help_text,
        no_args_is_help=True,
        options_metavar=i18n.OPTIONS_METAVAR,
        subcommand_metavar=i18n.SUBCOMMAND_METAVAR,
        **settings,
    )


class _Commands(MutableMapping[str, Any]):
    """The root group's commands, each built when it is first looked up: ``raquan check``
    does not pay for importing and converting the parameters of every other command."""

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            self._built[name] = COMMANDS[name]()
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(COMMANDS), **self._built})

    def __len__(self) -> int:
        return len({**dict.fromkeys(COMMANDS), **self._built})


class _Root(_Group):  # type: ignore[misc, valid-type]
    """The ``raquan`` group, whose commands are built on demand (``_Commands``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _Commands()

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)


app = _group(
    "raquan",
    "Kế hoạch của UBND dưới dạng YAML: kiểm tra, lịch việc của từng đơn vị, và văn bản "
    ".docx theo Nghị định 30/2020/NĐ-CP.",
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    cls=_Root,
)


def _shell() -> str:
    from raquan.cli.completion import detected_shell  # noqa: PLC0415

    shell = detected_shell(os.environ)
    if shell is None:
        fail(
            "Không biết shell đang dùng (biến môi trường SHELL); raquan gợi ý tự hoàn thành "
            "cho bash, zsh, fish và PowerShell.",
            hint="Chạy lại với SHELL đặt sẵn, ví dụ: SHELL=/bin/bash raquan --install-completion",
        )
    return shell


def _install_completion(value: bool) -> None:
    if value:
        from raquan.cli.completion import install  # noqa: PLC0415

        shell = _shell()
        path = install(shell, Path.home())
        typer.echo(f"Đã cài gợi ý tự hoàn thành của raquan cho {shell} vào {path}.")
        typer.echo("Mở lại cửa sổ dòng lệnh (terminal) để bắt đầu dùng.")
        raise typer.Exit


def _show_completion(value: bool) -> None:
    if value:
        from raquan.cli.completion import script  # noqa: PLC0415

        typer.echo(script(_shell()), nl=False)
        raise typer.Exit


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            help="In phiên bản rồi thoát.",
            callback=_version,
            is_eager=True,
        ),
    ] = False,
    install_completion: Annotated[
        bool,
        typer.Option(
            "--install-completion",
            help="Cài gợi ý tự hoàn thành (phím Tab) cho shell đang dùng: lệnh, tùy chọn, tên "
            "đơn vị.",
            callback=_install_completion,
            is_eager=True,
        ),
    ] = False,
    show_completion: Annotated[
        bool,
        typer.Option(
            "--show-completion",
            help="In mã gợi ý tự hoàn thành cho shell đang dùng, để chép hoặc sửa.",
            callback=_show_completion,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Kế hoạch của UBND dưới dạng YAML: kiểm tra, lịch việc, văn bản .docx."""


def _is_click_exit(error: Exception) -> bool:
    """An exit or a usage error that Typer and Click show themselves."""
    return isinstance(error, typer.Exit | typer.Abort) or (
        type(error).__module__.split(".")[0] in ("typer", "click")
    )


def write_log(command: str, error: BaseException) -> Path | None:
    """Write the traceback of ``error`` to the log file; its path, or None if it cannot be
    written."""
    import platform  # noqa: PLC0415  (only here)

    from raquan.files import cache_folder, write_atomic  # noqa: PLC0415

    lines = [
        f"raquan {__version__}, Python {platform.python_version()}, {platform.platform()}",
        f"{datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"lệnh: {command}",
        f"đối số: {sys.argv[1:]!r}",
        "",
        *traceback.format_exception(error),
    ]
    path = cache_folder() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, "\n".join(line.rstrip("\n") for line in lines) + "\n")
    except (OSError, UserError):
        return None
    return path


def report_bug(command: str, error: Exception) -> None:
    """Tell the user, in Vietnamese, that raquan failed, and where the traceback is."""
    if os.environ.get("RAQUAN_DEBUG", "").strip() not in ("", "0"):
        typer.echo("".join(traceback.format_exception(error)), err=True, nl=False)
        return
    what = " ".join(f"{type(error).__name__}: {error}".split())
    if len(what) > 200:
        what = what[:199] + "…"
    lines = [
        f"lỗi: '{command}' dừng vì một lỗi không lường trước ({what}).",
        "Đây là lỗi của raquan, không phải lỗi trong tệp của bạn.",
    ]
    log = write_log(command, error)
    if log is not None:
        lines.append(
            f"Chi tiết (traceback) đã được ghi vào tệp {log}; hãy gửi tệp đó cho người "
            "bảo trì raquan."
        )
    else:
        lines.append("Không ghi được tệp nhật ký; chi tiết:")
        lines.append("".join(traceback.format_exception(error)).rstrip("\n"))
    lines.append("Đặt biến môi trường RAQUAN_DEBUG=1 để in chi tiết ra màn hình.")
    typer.echo("\n".join(lines), err=True)


def _start(options: dict[str, Any]) -> Path | None:
    """Where a command looks for the project's configuration from: the first path among its
    arguments and options (in their order), else the current folder."""
    for value in options.values():
        if isinstance(value, Path):
            return value
        if isinstance(value, list) and value and isinstance(value[0], Path):
            return value[0]
    return None


def _configuration(start: Path | None) -> Config:
    """The project's configuration for ``start``, its codes checked (``ConfigError``)."""
    from raquan.read import config  # noqa: PLC0415

    found = config.load(start)
    if found.source is None:  # no file: no codes to check (the rules' table is not loaded)
        return found
    from raquan.check.rules import RULES  # noqa: PLC0415

    problems = found.code_diagnostics(list(RULES))
    if problems and found.path is not None:
        raise config.ConfigError(found.path, problems)
    return found


def _boundary(command: str, function: Callable[..., None]) -> Callable[..., None]:
    """``function`` (a command) with the one error boundary around it: ``UserError`` is exit
    code 2 with its message, any other exception exit code 3 (a bug: see ``report_bug``)."""

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> None:
        from raquan.read import config  # noqa: PLC0415

        try:
            with config.use(_configuration(_start(kwargs))):
                function(*args, **kwargs)
        except config.ConfigError as error:
            show_diagnostics(error.diagnostics)
            fail(error.message, error.hint)
        except UserError as error:
            fail(error.message, error.hint)
        except OSError as error:
            # The operating system refused a path the user gave (a name too long, no
            # permission, a full disk) where the core did not already say so in its words.
            from raquan.i18n import os_reason  # noqa: PLC0415
            from raquan.read.bounded import short_path  # noqa: PLC0415

            where = f" '{short_path(error.filename)}'" if error.filename else ""
            fail(f"Không làm được việc với tệp{where}: {os_reason(error)}.")
        except Exception as error:
            if _is_click_exit(error):
                raise
            report_bug(command, error)
            raise typer.Exit(EXIT_BUG) from None

    return guarded


class _Prepared(_Command):  # type: ignore[misc, valid-type]
    """A command that may start work before its options are parsed: ``prepare`` (from the
    ``PREPARE`` table of its module) is called then, and what it returns when the command
    is over, whether it ran or was refused."""

    prepare: Callable[[], Callable[[], None]] | None = None

    def parse_args(self, ctx: Any, args: list[str]) -> Any:
        if self.prepare is not None and not ctx.resilient_parsing:  # not for completions
            # The group's context: it is closed also when these options are refused.
            (ctx.parent or ctx).call_on_close(self.prepare())
        return super().parse_args(ctx, args)


def _add(group: typer.Typer, path: str, name: str, function: Callable[..., None]) -> None:
    group.command(name, cls=_Prepared, options_metavar=i18n.OPTIONS_METAVAR)(
        _boundary(f"{path} {name}", function)
    )


def _command(name: str, module_name: str = "", function: str = "") -> Any:
    """The Click command ``raquan <name>``, built by Typer from the function ``<name>`` of
    ``raquan.cli.<name>`` (or the ones given, when the name is a Python keyword: ``import``)."""
    module = importlib.import_module(f"raquan.cli.{module_name or name}")
    holder = _group(name, "", add_completion=False, rich_markup_mode=None)
    _add(holder, "raquan", name, getattr(module, function or name))
    return typer.main.get_command(holder)


def _subcommands(name: str) -> Any:
    """The Click group ``raquan <name>``: ``plan`` and ``report`` (``render``, ``new``), or the
    module's ``SUBCOMMANDS`` (``units``: ``show``, ``list``, ``new``)."""
    module = importlib.import_module(f"raquan.cli.{name}")
    group = _group(name, module.HELP, add_completion=False, rich_markup_mode=None)
    subcommands = getattr(module, "SUBCOMMANDS", None) or {
        sub: getattr(module, sub) for sub in ("plan", "report")
    }
    for sub, function in subcommands.items():
        _add(group, f"raquan {name}", sub, function)
    command: Any = typer.main.get_command(group)
    for sub, prepare in getattr(module, "PREPARE", {}).items():
        command.commands[sub].prepare = prepare
    return command


COMMANDS: dict[str, Callable[[], Any]] = {
    "check": lambda: _command("check"),
    "diff": lambda: _command("diff"),
    "done": lambda: _command("done"),
    "due": lambda: _command("due"),
    "status": lambda: _command("status"),
    "import": lambda: _command("import", "importer", "import_plan"),
    "schema": lambda: _command("schema"),
    "render": lambda: _subcommands("render"),
    "new": lambda: _subcommands("new"),
    "units": lambda: _subcommands("units"),
}
"""Each command of ``raquan``, in the order ``raquan --help`` lists them, and how to build it."""


def main() -> None:
    """Run ``raquan`` with the arguments of ``sys.argv`` (or, asked by a shell, give its
    completions); ends with ``SystemExit``, as a Click program does."""
    from raquan.cli.completion import VARIABLE, run_if_asked  # noqa: PLC0415

    if os.environ.get(VARIABLE) and run_if_asked(lambda: typer.main.get_command(app)):
        return
    app(prog_name="raquan", complete_var=VARIABLE)
