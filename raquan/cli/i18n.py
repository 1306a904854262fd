"""Typer's and Click's own words (help headings, usage errors) in Vietnamese.

The clerks who use raquan read Vietnamese; Typer prints English headings ("Options",
"Usage:") and its bundled Click writes English usage errors. raquan uses Typer's plain help
(Rich's help would import Rich and markdown-it into every ``--help``): the headings Typer passes
through gettext are translated by ``WORDS``, the usage line and the help option by raquan's
command classes, and usage errors are rewritten by ``translate_usage_error`` before they are
shown. The words themselves live in ``raquan.i18n``, with those of pydantic and of the
operating system: this module only hooks them into Typer. The test suite checks that the
English strings replaced there still exist in the installed Typer, so an upgrade that changes
them fails loudly instead of leaving English behind.
"""

from __future__ import annotations

import inspect
import types
from typing import Any

from raquan.i18n import WORDS, translate_usage_error

HELP_TEXT = "Hiện hướng dẫn này rồi thoát."
COMPLETION_HELP = {
    "install_completion": "Cài gợi ý tự hoàn thành lệnh cho shell đang dùng.",
    "show_completion": "In mã gợi ý tự hoàn thành cho shell đang dùng, để chép hoặc sửa.",
}
USAGE = "Cách dùng:"
OPTIONS_METAVAR = "[TÙY CHỌN]"
SUBCOMMAND_METAVAR = "LỆNH [ĐỐI SỐ]..."


def _translate(message: str) -> str:
    return WORDS.get(message, message)


def install() -> None:
    """Translate the words Typer's core passes through gettext (cheap: no Rich import)."""
    from typer import core  # noqa: PLC0415

    core._ = _translate  # type: ignore[attr-defined]


def _show(error: Any, file: Any = None) -> None:
    """Show a usage error as Click does, in Vietnamese: usage, where to get help, the error."""
    import typer  # noqa: PLC0415

    ctx = error.ctx
    if ctx is not None:
        lines = [ctx.get_usage()]
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(f"Xem '{ctx.command_path} {ctx.help_option_names[0]}' để biết cách dùng.")
        typer.echo("\n".join(lines) + "\n", file=file, err=file is None)
    # Click builds some messages when shown (a missing option, a bad value): translated here,
    # once, whatever kind of usage error it is.
    message = translate_usage_error(error.format_message())
    typer.echo(f"Lỗi: {message}", file=file, err=file is None)


def _show_help(error: Any, file: Any = None) -> None:
    """A command run without arguments asks for its help: show it once, on stdout."""
    import typer  # noqa: PLC0415

    typer.echo(error.ctx.get_help(), file=file)


def _vietnamese_usage_error(error: Any) -> None:
    """Rewrite a usage error in place, before Typer shows it. A group run without a command
    (``raquan``, ``raquan render``) is not an error: its help is printed once, exit code 0
    (Click would print the usage, then the help again after "Error:", exit code 2)."""
    if type(error).__name__ == "NoArgsIsHelpError" and error.ctx is not None:
        error.exit_code = 0
        error.show = types.MethodType(_show_help, error)
        return
    error.message = translate_usage_error(error.message)
    possible = getattr(error, "possibilities", None)
    if possible:
        error.message += " Có phải ý bạn là: " + ", ".join(sorted(possible)) + "?"
        error.possibilities = None
    error.show = types.MethodType(_show, error)


def _reflow(text: str | None) -> str | None:
    """Join the lines of each paragraph of a docstring, as Markdown would."""
    if text is None:
        return None
    paragraphs = inspect.cleandoc(text).split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


def _no_type(ctx: Any) -> None:
    return None


def usage_error_class() -> type[Exception]:
    """Click's ``UsageError``, reached through Typer's public ``BadParameter`` (a subclass of
    it), so that the same code works whether Typer uses the ``click`` package (before 0.26) or
    its own copy of it (``typer._click``, a private module raquan does not import)."""
    import typer  # noqa: PLC0415

    for base in typer.BadParameter.__mro__:
        if base.__name__ == "UsageError":
            return base
    raise RuntimeError("Typer's BadParameter is no longer a UsageError")  # pragma: no cover


def command_classes() -> tuple[type[Any], type[Any]]:
    """Typer command and group classes whose help option and usage line speak Vietnamese."""
    from typer.core import TyperCommand, TyperGroup  # noqa: PLC0415

    UsageError = usage_error_class()  # noqa: N806

    class _Vietnamese:
        def get_params(self, ctx: Any) -> Any:
            params = super().get_params(ctx)  # type: ignore[misc]
            for param in params:
                if param.param_type_name == "argument":
                    # The metavar names the argument; Typer would add "<list[Path]>".
                    param.display_type_rich = _no_type
                translated = COMPLETION_HELP.get(param.name)
                if translated is not None:
                    param.help = translated
            return params

        def get_help_option(self, ctx: Any) -> Any:
            option = super().get_help_option(ctx)  # type: ignore[misc]
            if option is not None:
                option.help = HELP_TEXT
                # Typer coerces a flag whose value is not yet a bool through pydantic: the
                # help option's default (None) had pydantic loaded before any command was
                # even chosen (a tenth of a second; ``raquan.render.builder.prepare`` starts
                # before it). Not asked for help means False.
                if option.default is None:
                    option.default = False
            return option

        def format_help(self, ctx: Any, formatter: Any) -> None:
            command: Any = self
            command.help = _reflow(command.help)
            super().format_help(ctx, formatter)  # type: ignore[misc]

        def parse_args(self, ctx: Any, args: list[str]) -> Any:
            try:
                return super().parse_args(ctx, args)  # type: ignore[misc]
            except UsageError as error:
                _vietnamese_usage_error(error)
                raise

        def invoke(self, ctx: Any) -> Any:
            try:
                return super().invoke(ctx)  # type: ignore[misc]
            except UsageError as error:
                _vietnamese_usage_error(error)
                raise

        def format_usage(self, ctx: Any, formatter: Any) -> None:
            pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
            formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=f"{USAGE} ")

    class RaquanCommand(_Vietnamese, TyperCommand):
        pass

    class RaquanGroup(_Vietnamese, TyperGroup):
        pass

    return RaquanCommand, RaquanGroup
