"""raquan's command line: each command parses its options, calls the core, and prints.

The core (everything outside ``raquan.cli``) never prints and never exits; known errors reach
the commands as ``UserError`` and become exit code 2. Imports that cost time (the checks,
python-docx, Jinja) happen inside the commands that need them.
"""

from __future__ import annotations

from typing import Annotated

import typer

from raquan import __version__
from raquan.cli import i18n

i18n.install()
_Command, _Group = i18n.command_classes()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"raquan {__version__}")
        raise typer.Exit


app = typer.Typer(
    name="raquan",
    cls=_Group,
    help="Kế hoạch của UBND dưới dạng YAML: kiểm tra, lịch việc của từng đơn vị, và văn bản "
    ".docx theo Nghị định 30/2020/NĐ-CP.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    options_metavar=i18n.OPTIONS_METAVAR,
    subcommand_metavar=i18n.SUBCOMMAND_METAVAR,
)


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
) -> None:
    """Kế hoạch của UBND dưới dạng YAML: kiểm tra, lịch việc, văn bản .docx."""


def _register() -> None:
    from raquan.cli.check import check  # noqa: PLC0415
    from raquan.cli.diff import diff  # noqa: PLC0415
    from raquan.cli.due import due  # noqa: PLC0415
    from raquan.cli.new import new_app  # noqa: PLC0415
    from raquan.cli.render import plan as render_plan  # noqa: PLC0415
    from raquan.cli.render import report as render_report  # noqa: PLC0415
    from raquan.cli.schema import schema  # noqa: PLC0415

    for function in (check, diff, due, schema):
        app.command(cls=_Command, options_metavar=i18n.OPTIONS_METAVAR)(function)
    render = typer.Typer(
        name="render",
        cls=_Group,
        help="Xuất văn bản .docx theo thể thức Nghị định 30/2020/NĐ-CP.\n\n"
        "Ví dụ: raquan render plan plans/ke-hoach-ra-quan-2023.yaml --pdf",
        no_args_is_help=True,
        options_metavar=i18n.OPTIONS_METAVAR,
        subcommand_metavar=i18n.SUBCOMMAND_METAVAR,
    )
    render.command("plan", cls=_Command, options_metavar=i18n.OPTIONS_METAVAR)(render_plan)
    render.command("report", cls=_Command, options_metavar=i18n.OPTIONS_METAVAR)(render_report)
    app.add_typer(render)
    app.add_typer(new_app)


_register()


def main() -> None:
    """The ``raquan`` console script."""
    app(prog_name="raquan")
