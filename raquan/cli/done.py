"""``raquan done``: record that a unit did a duty of a plan."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Annotated

import typer

from raquan.cli.common import fail, parse_day


def _clock(text: str) -> datetime.time:
    match = re.fullmatch(r"(\d{1,2})(?::|h)(\d{2})'?", text.strip())
    if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
        return datetime.time(int(match.group(1)), int(match.group(2)))
    fail(f"Giờ '{text}' không đúng dạng; gõ 16:30 hoặc 16h30.")


def done(
    duty: Annotated[
        str,
        typer.Argument(
            help="Mã nhiệm vụ trong kế hoạch (id), ví dụ ke-hoach-chi-tiet.", metavar="NHIỆM_VỤ"
        ),
    ],
    unit: Annotated[
        str,
        typer.Option(
            "-u", "--unit", help='Đơn vị đã hoàn thành, ví dụ "xã Đoàn Kết".', metavar="TÊN"
        ),
    ],
    date: Annotated[
        str,
        typer.Option("--date", help="Ngày hoàn thành: 2023-01-13 hoặc 13/01/2023.", metavar="NGÀY"),
    ],
    time: Annotated[
        str | None,
        typer.Option("--time", help="Giờ hoàn thành, khi hạn có giờ: 16:30.", metavar="GIỜ"),
    ] = None,
    so: Annotated[
        str | None,
        typer.Option(
            "--so",
            help="Số, ký hiệu văn bản thực hiện nhiệm vụ: 05/KH-UBND (ngày văn bản là ngày "
            "hoàn thành).",
            metavar="SỐ",
        ),
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="Ghi chú.", metavar="GHI_CHÚ")] = None,
    occurrence: Annotated[
        str | None,
        typer.Option(
            "--occurrence",
            help="Với nhiệm vụ định kỳ: kỳ hoàn thành, 2024-06 (tháng), 2024-Q2 (quý), 2024 (năm).",
            metavar="KỲ",
        ),
    ] = None,
    plan: Annotated[
        Path | None,
        typer.Option(
            "--plan",
            help="Tệp kế hoạch (mặc định: kế hoạch trong plans/ có nhiệm vụ này).",
            metavar="TỆP",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Tệp ghi nhận (mặc định: hoan-thanh/<mã kế hoạch>/<mã đơn vị>.yaml cạnh kế "
            "hoạch). Tệp đã có thì thêm một mục vào cuối, không mất mục nào.",
            metavar="TỆP",
        ),
    ] = None,
) -> None:
    """Ghi nhận một đơn vị đã hoàn thành một nhiệm vụ của kế hoạch.

    Mục ghi nhận được kiểm tra trước (nhiệm vụ có, đơn vị được giao, ngày không trước kế
    hoạch) rồi mới ghi; hai lệnh cùng lúc cho cùng một đơn vị đều được giữ.

    Ví dụ: raquan done ke-hoach-chi-tiet --unit "xã Đoàn Kết" --date 2023-01-13 --so 05/KH-UBND
    """
    from raquan.done.run import run  # noqa: PLC0415

    recorded = run(
        duty,
        unit=unit,
        date=parse_day(date, "--date"),
        time=_clock(time) if time is not None else None,
        number=so,
        note=note,
        occurrence=occurrence,
        plan=plan,
        output=output,
    )
    typer.echo(recorded.message)
