"""``raquan render``: the official .docx documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from raquan.cli.common import EXIT_PROBLEMS, use_color, user_errors

PLAN_ARGUMENT = typer.Argument(
    help="Tệp kế hoạch (mặc định: kế hoạch trong plans/, hoặc kế hoạch mẫu đi kèm).",
    metavar="KẾ_HOẠCH",
    show_default=False,
)


def plan(
    path: Annotated[Path | None, PLAN_ARGUMENT] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Tệp .docx ghi ra (mặc định: <mã kế hoạch>.docx).", metavar="TỆP"
        ),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            help="Thư mục mẫu riêng; mẫu nào có ở đây thì thay mẫu đi kèm raquan.",
            metavar="THƯ_MỤC",
        ),
    ] = None,
    reference_docx: Annotated[
        Path | None,
        typer.Option(
            "--reference-docx",
            help="Tệp .docx mẫu lấy kiểu chữ, lề, đầu trang (như pandoc).",
            metavar="TỆP",
        ),
    ] = None,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Chuyển thêm sang PDF bằng LibreOffice (nếu đã cài).")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Cho phép ghi đè tệp .docx không do raquan tạo.")
    ] = False,
) -> None:
    """Xuất kế hoạch ra văn bản .docx đúng thể thức Nghị định 30/2020/NĐ-CP.

    Kế hoạch được kiểm tra trước (như raquan check); có lỗi thì không xuất. Thứ, ngày âm lịch,
    câu thời hạn được tính từ dữ liệu. Tệp được ghi trọn vẹn hoặc không ghi gì.

    Ví dụ: raquan render plan plans/ke-hoach-ra-quan-2023.yaml -o ke-hoach.docx --pdf
    """
    from raquan.render.run import CheckFailedError, render_plan_file  # noqa: PLC0415

    with user_errors():
        try:
            rendered = render_plan_file(
                path,
                output=output,
                templates=templates,
                reference_docx=reference_docx,
                pdf=pdf,
                force=force,
            )
        except CheckFailedError as error:
            from raquan.cli import diagnostics_output  # noqa: PLC0415

            typer.echo(diagnostics_output.text(error.diagnostics, color=use_color()), err=True)
            typer.echo(
                "\nKế hoạch có lỗi nên chưa xuất văn bản; sửa các lỗi trên rồi chạy lại.", err=True
            )
            raise typer.Exit(EXIT_PROBLEMS) from None
    typer.echo(f"Đã ghi {rendered.output}.")
    if rendered.pdf is not None:
        typer.echo(f"Đã ghi {rendered.pdf}.")
