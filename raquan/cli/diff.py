"""``raquan diff``: what changed between two versions of a plan, in the terms a clerk uses."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from raquan.cli.common import EXIT_PROBLEMS, fail, require_choice, show_diagnostics


def diff(
    plan: Annotated[
        Path,
        typer.Argument(
            help="Bản cũ của kế hoạch; với --against: tệp kế hoạch cần so với phiên bản git.",
            metavar="TỆP",
            show_default=False,
        ),
    ],
    newer: Annotated[
        Path | None,
        typer.Argument(
            help="Bản mới của kế hoạch (không dùng với --against).",
            metavar="TỆP_MỚI",
            show_default=False,
        ),
    ] = None,
    against: Annotated[
        str | None,
        typer.Option(
            "--against",
            help="So tệp đang sửa với chính nó ở phiên bản git này: HEAD, HEAD~1, một tag.",
            metavar="PHIÊN_BẢN",
        ),
    ] = None,
    unit: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            "-u",
            help="Chỉ các thay đổi liên quan đến đơn vị này (trực tiếp, hoặc qua nhóm có đơn "
            "vị): việc giao, phối hợp, sự kiện tổ chức, tham dự, dòng nơi nhận. Lặp lại được.",
            metavar="TÊN",
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option("--format", help="text, json hoặc md (Markdown).", metavar="DẠNG"),
    ] = "text",
) -> None:
    """So sánh hai phiên bản của một kế hoạch: việc thêm, bỏ, thời hạn, đơn vị, câu chữ.

    Nêu các nhiệm vụ thêm hoặc bỏ, thời hạn đổi (kèm thứ trong tuần), đơn vị được giao hoặc
    phối hợp đổi (cả khi đổi ở mục mà nhiệm vụ nhận theo), sự kiện, dòng nơi nhận, câu chữ
    (trước và sau), phụ lục. Với --against, bản cũ là tệp ở phiên bản git đó (git show), và
    danh mục đơn vị của bản cũ lấy ở cùng phiên bản, nếu phiên bản đó không có thì lấy tệp
    danh mục hiện tại. Mã thoát: 0 khi không có thay đổi, 1 khi có, 2 khi không so sánh được
    (không có tệp, một phiên bản có lỗi, phiên bản git không có).

    Ví dụ: raquan diff plans/ke-hoach-ra-quan-2023.yaml --against HEAD --unit "xã Đoàn Kết"
    """
    from raquan.diff.formats import FORMATS  # noqa: PLC0415
    from raquan.diff.run import run  # noqa: PLC0415
    from raquan.diff.versions import InvalidVersionError  # noqa: PLC0415

    require_choice("Dạng", output_format, FORMATS)
    try:
        comparison = run(plan, newer, against=against, units=unit or ())
    except InvalidVersionError as error:
        show_diagnostics(error.diagnostics)
        fail(error.message, error.hint)
    if comparison.notices and output_format == "json":
        # Text and Markdown say it under their summary; JSON is a list of changes only.
        for notice in comparison.notices:
            typer.echo(f"lưu ý: {notice}", err=True)
    typer.echo(FORMATS[output_format](comparison), nl=False)
    if comparison.changes:
        raise typer.Exit(EXIT_PROBLEMS)
