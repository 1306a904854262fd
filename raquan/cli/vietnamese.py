"""Typer's and Click's own words (help headings, usage errors) in Vietnamese.

The clerks who use raquan read Vietnamese; Typer prints English headings ("Options",
"Usage:") and its bundled Click writes English usage errors. Typer reads the headings from
module constants at call time, so they are replaced here; usage errors are caught by
``raquan.cli.main`` and their message rewritten with ``translate_usage_error``. The test suite
checks that every English string replaced here still exists in the installed Typer, so an
upgrade that changes them fails loudly instead of leaving English behind.
"""

from __future__ import annotations

import re
from typing import Any

HEADINGS = {
    "ARGUMENTS_PANEL_TITLE": ("Arguments", "Đối số"),
    "OPTIONS_PANEL_TITLE": ("Options", "Tùy chọn"),
    "COMMANDS_PANEL_TITLE": ("Commands", "Lệnh"),
    "ERRORS_PANEL_TITLE": ("Error", "Lỗi"),
    "ABORTED_TEXT": ("Aborted.", "Đã dừng."),
    "DEFAULT_STRING": ("[default: {}]", "[mặc định: {}]"),
    "ENVVAR_STRING": ("[env var: {}]", "[biến môi trường: {}]"),
    "REQUIRED_LONG_STRING": ("[required]", "[bắt buộc]"),
    "DEPRECATED_STRING": ("(deprecated) ", "(không còn dùng) "),
    "RICH_HELP": (
        "Try [blue]'{command_path} {help_option}'[/] for help.",
        "Xem [blue]'{command_path} {help_option}'[/] để biết cách dùng.",
    ),
}
"""rich_utils constant -> (English it replaces, Vietnamese)."""

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
        (r"^No such command '(.+)'\.$", "Không có lệnh '{0}'."),
        (r"^Missing command\.$", "Thiếu lệnh."),
        (r"^Missing argument '(.+)'\.$", "Thiếu đối số {0}."),
        (r"^Missing option '(.+)'\.$", "Thiếu tùy chọn {0}."),
        (r"^Missing parameter: (.+)$", "Thiếu tham số {0}."),
        (r"^Option '(.+)' requires an argument\.$", "Tùy chọn {0} cần một giá trị."),
        (r"^Option '(.+)' requires (\d+) arguments\.$", "Tùy chọn {0} cần {1} giá trị."),
        (r"^Got unexpected extra arguments? \((.+)\)$", "Thừa đối số: {0}."),
        (r"^Invalid value for (.+?): (.+)$", "Giá trị không hợp lệ cho {0}: {1}"),
        (r"^Invalid value: (.+)$", "Giá trị không hợp lệ: {0}"),
        (r"^Option '(.+)' does not take a value\.$", "Tùy chọn {0} không nhận giá trị."),
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
    )
)


def _rewrite(text: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str | None:
    for pattern, replacement in table:
        match = pattern.match(text)
        if match:
            groups = [g or "" for g in match.groups()]
            if replacement.startswith("Không có tùy chọn") and groups[1]:
                groups[1] = f" Có phải ý bạn là {groups[1]}?"
            return replacement.format(*groups)
    return None


def translate_usage_error(message: str) -> str:
    """A Click usage error message in Vietnamese (unknown messages are left as they are)."""
    message = message.strip()
    translated = _rewrite(message, _ERRORS)
    if translated is None:
        return message
    if translated.startswith("Giá trị không hợp lệ"):
        head, _, detail = translated.partition(": ")
        if head.endswith(tuple("'\"")) or " cho " in head:
            head_part, _, rest = translated.rpartition(": ")
            better = _rewrite(rest, _VALUE_ERRORS)
            if better is not None:
                return f"{head_part}: {better}"
        better = _rewrite(detail, _VALUE_ERRORS)
        if better is not None:
            return f"{head}: {better}"
    return translated


def _translate(message: str) -> str:
    return WORDS.get(message, message)


_installed = False


def install() -> None:
    """Put the Vietnamese headings and error messages into Typer (once)."""
    global _installed  # noqa: PLW0603
    if _installed:
        return
    from typer import core, rich_utils  # noqa: PLC0415
    from typer._click.exceptions import UsageError  # noqa: PLC0415

    for name, (_, vietnamese) in HEADINGS.items():
        setattr(rich_utils, name, vietnamese)
    module: Any
    for module in (core, rich_utils):
        module._ = _translate
    show_error = rich_utils.rich_format_error

    def vietnamese_error(error: Any) -> None:
        if isinstance(error, UsageError):
            error.message = translate_usage_error(error.message)
            possible = getattr(error, "possibilities", None)
            if possible:
                error.message += " Có phải ý bạn là: " + ", ".join(sorted(possible)) + "?"
                error.possibilities = None  # type: ignore[attr-defined]
        show_error(error)

    rich_utils.rich_format_error = vietnamese_error  # type: ignore[assignment]
    _installed = True


def _no_type(ctx: Any) -> None:
    return None


def command_classes() -> tuple[type[Any], type[Any]]:
    """Typer command and group classes whose help option and usage line speak Vietnamese."""
    from typer.core import TyperCommand, TyperGroup  # noqa: PLC0415

    class _Vietnamese:
        def get_params(self, ctx: Any) -> Any:
            params = super().get_params(ctx)  # type: ignore[misc]
            for param in params:
                if getattr(param, "is_flag", False) and param.metavar is None:
                    param.metavar = ""  # a flag takes no value: show no type
                if param.param_type_name == "argument":
                    # The metavar already names the argument; Typer would add "<list[Path]>".
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

        def format_usage(self, ctx: Any, formatter: Any) -> None:
            pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
            formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=f"{USAGE} ")

    class RaquanCommand(_Vietnamese, TyperCommand):
        pass

    class RaquanGroup(_Vietnamese, TyperGroup):
        pass

    return RaquanCommand, RaquanGroup
