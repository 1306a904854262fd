"""``raquan status``: the follow-up of a plan, units by tracked duties."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from raquan.cli.common import (
    EXIT_CANNOT,
    parse_day,
    progress_bar,
    report_problems,
    require_choice,
    say_if_sample,
    use_color,
)


def status(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Tệp, thư mục kế hoạch, tệp kết quả và tệp ghi nhận hoàn thành của các đơn vị "
            "(mặc định: plans/, hoặc kế hoạch mẫu, và reports/ nếu có).",
            metavar="ĐƯỜNG_DẪN",
            show_default=False,
        ),
    ] = None,
    unit: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            "-u",
            help="Chỉ các đơn vị này (lặp lại được; tên một nhóm là mọi đơn vị của nhóm).",
            metavar="TÊN",
        ),
    ] = None,
    duty: Annotated[
        list[str] | None,
        typer.Option("--duty", help="Chỉ các nhiệm vụ này (mã, lặp lại được).", metavar="MÃ"),
    ] = None,
    plan: Annotated[
        list[str] | None,
        typer.Option("--plan", help="Chỉ các kế hoạch này (mã, lặp lại được).", metavar="MÃ"),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help="Tính như thể hôm nay là ngày này (mặc định: hôm nay, giờ Việt Nam).",
            metavar="NGÀY",
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            help="text, json, html hoặc xlsx: bảng vừa 80 cột, dữ liệu cho script, một trang "
            "web dùng được không cần mạng, sổ Excel.",
            metavar="DẠNG",
        ),
    ] = "text",
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Ghi ra tệp này (html, xlsx mặc định: theo-doi-<mã kế hoạch>.html, .xlsx).",
            metavar="TỆP",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Ghi đè cả tệp không do raquan tạo, hoặc đã bị sửa tay."),
    ] = False,
) -> None:
    """Theo dõi thực hiện kế hoạch: các đơn vị theo từng nhiệm vụ được theo dõi.

    Mỗi ô là một trạng thái: đã xong đúng hạn, trễ hạn, chưa đến hạn, quá hạn, hết thời gian
    mà không ghi nhận hoàn thành; có số đếm theo từng nhiệm vụ và từng đơn vị, đơn vị có nhiều
    việc quá hạn nhất lên đầu. Trạng thái là trạng thái của raquan due (tệp kết quả, tệp ghi
    nhận hoàn thành).

    Ví dụ: raquan status plans/ examples/bao-cao/ --format xlsx
    """
    from raquan.status.formats import FORMATS, Output  # noqa: PLC0415
    from raquan.status.run import run  # noqa: PLC0415

    require_choice("Dạng", output_format, FORMATS)
    chosen = FORMATS[output_format]
    day = parse_day(today, "--today") if today is not None else None
    if not paths:
        say_if_sample("theo dõi", "chỉ ra thư mục kế hoạch của bạn: raquan status THƯ_MỤC")
    with progress_bar("Đang đọc") as progress:
        dashboard = run(
            paths or (),
            units=unit or (),
            duties=duty or (),
            plans=plan or (),
            today=day,
            figures=chosen.needs_figures,
            progress=progress,
        )
    if not dashboard.usable:
        report_problems(dashboard.problems)
        raise typer.Exit(EXIT_CANNOT)
    target = output
    if target is None and chosen.suffix is not None:
        target = chosen.file_name(dashboard)
    shown = Output(terminal=True, color=use_color()) if target is None else Output()
    data = chosen.make(dashboard, shown)
    if target is not None:
        if chosen.intact is not None:
            from raquan.owned import write_owned  # noqa: PLC0415

            write_owned(target, data, intact=chosen.intact, force=force)
        else:
            from raquan.files import write_new  # noqa: PLC0415

            write_new(target, data, overwrite=force)
        typer.echo(f"Đã ghi {target}.", err=True)
    else:
        typer.echo(data.decode("utf-8") if isinstance(data, bytes) else data, nl=False)
    if dashboard.broken:
        typer.echo(
            f"Chú ý: {len({d.path for d in dashboard.broken})} tệp kết quả có lỗi không được "
            "tính vào số liệu (chạy 'raquan check' để xem chi tiết).",
            err=True,
        )
    if dashboard.problems:
        report_problems(dashboard.problems)
        raise typer.Exit(EXIT_CANNOT)
