"""``raquan units``: see a registry's units (``show``, ``list``) and write a province's registry
(``new``)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, get_args

import typer

from raquan.cli.common import fail, parse_day, require_choice

HELP = (
    "Danh mục đơn vị: xem một đơn vị với tên, mã, nhóm và lịch sử của nó (show), liệt kê các "
    "đơn vị đang hoạt động vào một ngày (list), và tạo danh mục các xã, phường của một tỉnh "
    "theo danh mục đơn vị hành chính sau ngày 01/07/2025 (new).\n\n"
    'Ví dụ: raquan units show "xã Đoàn Kết"'
)
"""The help of the ``raquan units`` group."""

FORMATS = ("text", "json")

UnitsOption = Annotated[
    Path | None,
    typer.Option(
        "--units",
        help="Danh mục đơn vị (mặc định: plans/units.yaml nếu có, nếu không thì danh mục mẫu "
        "đi kèm raquan).",
        metavar="TỆP",
        show_default=False,
    ),
]
FormatOption = Annotated[str, typer.Option("--format", help="text hoặc json.", metavar="DẠNG")]


def _day(text: str | None, option: str) -> datetime.date:
    if text is not None:
        return parse_day(text, option)
    from raquan.domain.time import now  # noqa: PLC0415

    return now().date()


def show(
    name: Annotated[
        str, typer.Argument(help="Tên, mã định danh hoặc mã đơn vị hành chính.", metavar="TÊN")
    ],
    units: UnitsOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Xem như vào ngày này: đơn vị có đang hoạt động không, thuộc nhóm nào, nay là "
            "đơn vị nào (mặc định: hôm nay).",
            metavar="NGÀY",
        ),
    ] = None,
    output_format: FormatOption = "text",
) -> None:
    """Một đơn vị (hoặc nhóm): các tên gọi, mã, loại, cấp, các nhóm có nó, và lịch sử (hình
    thành từ đâu, đã nhập, chia, đổi tên, giải thể ra sao, nay là đơn vị nào).

    Một tên mà hai đơn vị mang ở hai thời gian khác nhau (xã Ia Chim cũ và mới) cho cả hai.

    Ví dụ: raquan units show "xã Đoàn Kết"
    """
    from raquan.units.formats import SHOW_FORMATS  # noqa: PLC0415
    from raquan.units.run import show as run_show  # noqa: PLC0415

    require_choice("Dạng", output_format, SHOW_FORMATS)
    shown = run_show(name, units=units, day=_day(as_of, "--as-of"))
    typer.echo(SHOW_FORMATS[output_format](shown), nl=False)


def list_units(
    units: UnitsOption = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Các đơn vị đang hoạt động vào ngày này (mặc định: hôm nay).",
            metavar="NGÀY",
        ),
    ] = None,
    every: Annotated[
        bool, typer.Option("--all", help="Mọi đơn vị, cả đơn vị đã thôi hoạt động.")
    ] = False,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            help="Chỉ các đơn vị loại này (lặp lại được): xã, phường, phòng, ...",
            metavar="LOẠI",
        ),
    ] = None,
    output_format: FormatOption = "text",
) -> None:
    """Liệt kê các đơn vị của danh mục: mã đơn vị hành chính, tên, mã định danh, thời gian hoạt
    động.

    Ví dụ: raquan units list --as-of 2026-03-01 --kind xã --kind phường
    """
    from raquan.models.units import UnitKind  # noqa: PLC0415
    from raquan.units.formats import LIST_FORMATS  # noqa: PLC0415
    from raquan.units.run import listing  # noqa: PLC0415

    require_choice("Dạng", output_format, LIST_FORMATS)
    kinds = [k.strip() for k in kind or ()]
    for wanted in kinds:
        require_choice("Loại đơn vị", wanted, get_args(UnitKind))
    if every and as_of is not None:
        fail("Dùng --all, hoặc --as-of, không dùng cả hai.")
    day = None if every else _day(as_of, "--as-of")
    found = listing(units=units, day=day, kinds=kinds)
    typer.echo(LIST_FORMATS[output_format](found), nl=False)


def new(
    province: Annotated[
        str,
        typer.Option(
            "--province",
            help="Tỉnh, thành phố (34 tỉnh, thành phố từ 01/07/2025): 'Quảng Ngãi', "
            "'quang ngai', 'Thành phố Hồ Chí Minh'.",
            metavar="TỈNH",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option("-o", "--output", help="Tệp sẽ tạo.", metavar="TỆP"),
    ] = Path("units.yaml"),
    force: Annotated[bool, typer.Option("--force", help="Ghi đè tệp đã có.")] = False,
) -> None:
    """Tạo danh mục đơn vị của một tỉnh: Ủy ban nhân dân tỉnh và mọi xã, phường, đặc khu với mã
    đơn vị hành chính, theo danh mục sau ngày 01/07/2025 (cần phần cài thêm: pip install
    "raquan[units]"). Không ghi đè tệp đã có, trừ khi có --force.

    Ví dụ: raquan units new --province "Quảng Ngãi" -o units.yaml
    """
    from raquan.domain.time import now  # noqa: PLC0415
    from raquan.units.new import run  # noqa: PLC0415

    created = run(province, output=output, force=force, today=now().date())
    told = ", ".join(f"{count} {kind}" for kind, count in created.counts.items() if count)
    typer.echo(f"Đã tạo {created.path}: {created.province.area}, {told}.")
    typer.echo(f"JSON Schema cho trình soạn thảo: {created.schema}.")
    typer.echo(f"Thêm các phòng, ban, cơ quan rồi kiểm tra bằng: raquan check {created.path}")


SUBCOMMANDS: dict[str, Callable[..., None]] = {"show": show, "list": list_units, "new": new}
"""The subcommands of ``raquan units``, in the order its help lists them."""
