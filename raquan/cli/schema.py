"""``raquan schema``: the JSON Schema of each file kind, for editors."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from raquan.cli.common import fail


def schema(
    kind: Annotated[
        str,
        typer.Argument(
            help=(
                "Loại tệp: plan (kế hoạch), units (danh mục đơn vị), report (báo cáo), "
                "completions (ghi nhận hoàn thành)."
            ),
            metavar="LOẠI",
        ),
    ] = "plan",
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Ghi ra tệp này thay vì in ra màn hình (không ghi đè tệp đã có, trừ khi có "
            "--force).",
            metavar="TỆP",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Cho phép ghi đè tệp đã có.")] = False,
) -> None:
    """In JSON Schema của một loại tệp, để trình soạn thảo gợi ý và kiểm tra khi gõ.

    Ví dụ: raquan schema plan -o plan.schema.json
    """
    from raquan.models.schema import json_schema  # noqa: PLC0415

    text = json_schema(kind)
    if output is None:
        typer.echo(text)
        return
    from raquan.files import write_new  # noqa: PLC0415

    if output.exists() and not force:
        fail(f"Tệp '{output}' đã có; thêm --force nếu muốn ghi đè.")
    write_new(output, text + "\n", overwrite=force)
    typer.echo(f"Đã ghi {output}.")
