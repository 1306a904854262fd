"""Typer's and Click's own words (help headings, usage errors) in Vietnamese.

The clerks who use raquan read Vietnamese; Typer prints English headings ("Options",
"Usage:") and its bundled Click writes English usage errors. raquan uses Typer's plain help
(Rich's help would import Rich and markdown-it into every ``--help``): the headings Typer passes
through gettext are translated by ``WORDS``, the usage line and the help option by raquan's
command classes, and usage errors are rewritten by ``translate_usage_error`` before they are
shown. The test suite checks that the English strings replaced here still exist in the
installed Typer, so an upgrade that changes them fails loudly instead of leaving English
behind.
"""

from __future__ import annotations

import inspect
import re
import types
from typing import Any

WORDS = {
    "Arguments": "Đối số",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "required": "bắt buộc",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "Missing command.": "Thiếu lệnh.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Aborted!": "Đã dừng!",
    "(dynamic)": "(tùy lúc)",
}
"""Strings Typer's core passes through gettext at call time."""

HELP_TEXT = "Hiện hướng dẫn này rồi thoát."
COMPLETION_HELP = {
    "install_completion": "Cài gợi ý tự hoàn thành lệnh cho shell đang dùng.",
    "show_completion": "In mã gợi ý tự hoàn thành cho shell đang dùng, để chép hoặc sửa.",
}
USAGE = "Cách dùng:"
OPTIONS_METAVAR = "[TÙY CHỌN]"
SUBCOMMAND_METAVAR = "LỆNH [ĐỐI SỐ]..."

_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (
            r"^No such option: (\S+)(?: \(Possible options: (.+)\))?$",
            "Không có tùy chọn {0}.{1}",
        ),
        (
            r"^No such command '(.+?)'\.?(?:\. Did you mean (.+)\?)?$",
            "Không có lệnh '{0}'.{1}",
        ),
        (r"^Missing command\.$", "Thiếu lệnh."),
        (r"^Missing argument '(.+)'\.$", "Thiếu đối số {0}."),
        (r"^Missing option '(.+)'\.$", "Thiếu tùy chọn {0}."),
        (r"^Missing parameter: (.+)$", "Thiếu tham số {0}."),
        (r"^Option '(.+)' requires an argument\.$", "Tùy chọn {0} cần một giá trị."),
        (r"^Option '(.+)' requires (\d+) arguments\.$", "Tùy chọn {0} cần {1} giá trị."),
        (r"^Got unexpected extra argument(?:s|\(s\))? \((.+)\)$", "Thừa đối số: {0}."),
        (r"^Invalid value for (.+?): (.+)$", "Giá trị không hợp lệ cho {0}: {1}"),
        (r"^Invalid value: (.+)$", "Giá trị không hợp lệ: {0}"),
        (r"^Option '(.+)' does not take a value\.$", "Tùy chọn {0} không nhận giá trị."),
        (r"^(.+?)\.? Did you mean (.+)\?$", "{0}. Có phải ý bạn là {1}?"),
    )
)

_VALUE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^'(.*)' is not one of (.+)\.$", "'{0}' không phải một trong {1}."),
        (r"^'(.*)' is not a valid integer(?: range)?\.$", "'{0}' không phải một số nguyên."),
        (r"^'(.*)' is not a valid float(?: range)?\.$", "'{0}' không phải một số."),
        (r"^(?:File|Directory|Path) '(.*)' does not exist\.$", "không tìm thấy '{0}'."),
        (r"^(?:File|Path) '(.*)' is a directory\.$", "'{0}' là một thư mục."),
        (r"^Directory '(.*)' is a file\.$", "'{0}' là một tệp, không phải thư mục."),
        (
            r"^'(.*)' does not match the formats? (.+)\.$",
            "'{0}' không đúng dạng ngày {1}.",
        ),
        (r"^(.*) is not in the range (.+)\.$", "{0} không nằm trong khoảng {1}."),
        (r"^'(.*)' is not a valid boolean\.$", "'{0}' không phải đúng/sai."),
        # Typer checks values with pydantic, whose messages these are.
        (r"^Input should be greater than or equal to (\S+?)\.?$", "phải lớn hơn hoặc bằng {0}."),
        (r"^Input should be less than or equal to (\S+?)\.?$", "phải nhỏ hơn hoặc bằng {0}."),
        (r"^Input should be greater than (\S+?)\.?$", "phải lớn hơn {0}."),
        (r"^Input should be less than (\S+?)\.?$", "phải nhỏ hơn {0}."),
        (r"^Input should be a valid integer\b.*$", "phải là một số nguyên."),
        (r"^Input should be a finite number\b.*$", "phải là một số hữu hạn."),
        (r"^Input should be a valid (?:number|decimal)\b.*$", "phải là một số."),
        (r"^Input should be a valid boolean\b.*$", "phải là đúng hoặc sai (true/false)."),
        (r"^Input should be a valid date\b.*$", "phải là một ngày (2023-01-10)."),
        (r"^Input should be a valid (?:string|path)\b.*$", "phải là một chuỗi chữ."),
        (r"^Input should be (.+?)\.?$", "phải là {0}."),
        (r"^Value error, (.+)$", "{0}"),
        (r"^Path '(.*)' is not readable\.$", "không đọc được '{0}'."),
        (r"^Path '(.*)' is not writable\.$", "không ghi được vào '{0}'."),
    )
)
"""Why a value was refused, as Click and Typer say it after "Invalid value for ...: "."""


def _rewrite(text: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    for pattern, replacement in table:
        match = pattern.match(text)
        if match:
            groups = [g or "" for g in match.groups()]
            if replacement.endswith(".{1}") and groups[1]:
                groups[1] = f" Có phải ý bạn là {groups[1]}?"
            groups = [re.sub(r"(?<=['\"]) or (?=['\"])", " hoặc ", g) for g in groups]
            return replacement.format(*groups)
    return None


def translate_usage_error(message: str) -> str:
    """A Click usage error message in Vietnamese (unknown messages are left as they are)."""
    message = message.strip()
    invalid = re.match(r"^Invalid value(?: for (.+?))?: (.+)$", message, re.S)
    if invalid is not None:
        where, detail = invalid.groups()
        said = _rewrite(detail.strip(), _VALUE_ERRORS) or detail.strip()
        return (
            f"Giá trị không hợp lệ cho {where}: {said}"
            if where
            else f"Giá trị không hợp lệ: {said}"
        )
    translated = _rewrite(message, _ERRORS)
    return message if translated is None else translated


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
