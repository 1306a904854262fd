"""``raquan import``: a plan written in Word (or Markdown, text) becomes a plan file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from raquan.cli.common import require_choice


def import_plan(
    source: Annotated[
        Path,
        typer.Argument(
            help="Văn bản kế hoạch: .docx, .md, .txt (.doc, .rtf, .odt cần LibreOffice).",
            metavar="VĂN_BẢN",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Tệp kế hoạch .yaml ghi ra (mặc định: cùng tên với văn bản, đuôi .yaml).",
            metavar="TỆP",
        ),
    ] = None,
    units: Annotated[
        Path | None,
        typer.Option(
            "--units",
            help="Danh mục đơn vị để so tên (mặc định: units.yaml cạnh tệp ra hoặc cạnh văn "
            "bản, hoặc plans/units.yaml).",
            metavar="TỆP",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Cho phép ghi đè tệp kế hoạch đã có.")
    ] = False,
    output_format: Annotated[
        str, typer.Option("--format", help="text hoặc json.", metavar="DẠNG")
    ] = "text",
) -> None:
    """Nhập một kế hoạch viết bằng Word thành tệp kế hoạch của raquan để đọc lại và kiểm tra.

    raquan đọc phần đầu, căn cứ, các phần, nhiệm vụ của từng đơn vị (vai trò, đơn vị phối hợp,
    thời hạn, sản phẩm), bảng phân công, sự kiện, nơi nhận, phần ký và phụ lục; tên đơn vị được
    so với danh mục. Mỗi chỗ raquan đoán có chú thích "# kiểm tra lại" trong tệp. Tệp được ghi
    trọn vẹn hoặc không ghi gì, không ghi đè tệp đã có nếu không có --force.

    Ví dụ: raquan import ke-hoach.docx -o plans/ke-hoach.yaml --units plans/units.yaml
    """
    from raquan.importer.formats import FORMATS, problems  # noqa: PLC0415
    from raquan.importer.run import run  # noqa: PLC0415

    require_choice("Dạng", output_format, FORMATS)
    imported = run(source, output=output, units=units, force=force)
    shown = problems(imported)
    if shown:
        typer.echo(shown, err=True, nl=False)
    typer.echo(FORMATS[output_format](imported), nl=False)
