"""``raquan new``: a commented skeleton of a new plan, or of a unit's result report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from raquan.cli.common import fail, parse_day

if TYPE_CHECKING:
    from raquan.new.write import Created


DEFAULT_PLAN = Path("ke-hoach-moi.yaml")
KINDS = {
    "quick": "quick",
    "nhanh": "quick",
    "summary": "summary",
    "tong-hop": "summary",
    "tổng-hợp": "summary",
    "tổng hợp": "summary",
}
"""The report kinds ``--kind`` takes, English or Vietnamese."""

HELP = (
    "Tạo tệp mẫu có chú thích tiếng Việt: một kế hoạch mới, hoặc báo cáo kết quả của một "
    "đơn vị theo kế hoạch. Không bao giờ ghi đè tệp đã có.\n\n"
    'Ví dụ: raquan new report --plan plans/ke-hoach-ra-quan-2023.yaml --unit "Đoàn Kết" '
    "--kind summary"
)
"""The help of the ``raquan new`` group."""


def _done(created: Created) -> None:
    typer.echo(f"Đã tạo {created.path}.")
    typer.echo(f"JSON Schema cho trình soạn thảo: {created.schema}.")
    typer.echo(f"Điền các chỗ <điền: ...> rồi chạy: raquan check {created.path}")
    if created.note is not None:
        typer.echo(f"Lưu ý: {created.note}", err=True)


def plan(
    units: Annotated[
        Path | None,
        typer.Option(
            "--units",
            help="Danh mục đơn vị mà kế hoạch dùng, tính từ thư mục hiện tại (mặc định: "
            "units.yaml cạnh tệp mới). Tên đơn vị trong tệp mẫu lấy từ danh mục này.",
            metavar="TỆP",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path,
        typer.Option(
            "-o",
            "--output",
            help="Tệp sẽ tạo (không ghi đè tệp đã có).",
            metavar="TỆP",
        ),
    ] = DEFAULT_PLAN,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help="Lấy ngày này làm hôm nay cho các ngày mẫu (mặc định: hôm nay, giờ Việt Nam).",
            metavar="NGÀY",
        ),
    ] = None,
    example: Annotated[
        bool,
        typer.Option(
            "--example",
            help="Viết kế hoạch mẫu đã điền đủ (Kế hoạch ra quân đầu xuân 2023 của UBND thành "
            "phố Kon Tum) cùng danh mục đơn vị của nó, để thử mọi lệnh của raquan.",
        ),
    ] = False,
) -> None:
    """Tạo một kế hoạch mới có đủ các phần, mỗi khoá có chú thích giải thích.

    Các chỗ người soạn phải viết có dạng <điền: ...>; raquan check báo các chỗ còn chưa điền
    (RQ109). Tệp mới có dòng đầu trỏ tới JSON Schema (ghi vào thư mục .raquan bên cạnh) để trình
    soạn thảo gợi ý và kiểm tra khi gõ.

    Ví dụ: raquan new plan --units plans/units.yaml -o plans/ke-hoach-moi.yaml
    """
    from raquan.new.plan import run, run_example  # noqa: PLC0415

    if example:
        if units is not None or today is not None:
            fail("--example viết kế hoạch mẫu có sẵn; không dùng cùng --units hay --today.")
        created = run_example(output)
        typer.echo(f"Đã tạo {created.path} (kế hoạch mẫu, đã điền đủ) và danh mục đơn vị cạnh nó.")
        typer.echo(f"Thử: raquan check {created.path.parent}")
        if created.note is not None:
            typer.echo(f"Lưu ý: {created.note}", err=True)
        return
    day = parse_day(today, "--today") if today else None
    _done(run(units, output=output, today=day))


def report(
    plan_path: Annotated[
        Path,
        typer.Option(
            "--plan",
            help="Tệp kế hoạch mà báo cáo trả lời.",
            metavar="KẾ_HOẠCH",
            show_default=False,
        ),
    ],
    unit: Annotated[
        str,
        typer.Option(
            "--unit",
            "-u",
            help="Đơn vị báo cáo. Gõ tên thế nào cũng được: 'xã Đoàn Kết', 'UBND xã Đoàn Kết', "
            "'doan ket'.",
            metavar="TÊN",
            show_default=False,
        ),
    ],
    kind: Annotated[
        str,
        typer.Option(
            "--kind",
            help="Loại báo cáo: quick (báo cáo nhanh) hoặc summary (báo cáo tổng hợp).",
            metavar="LOẠI",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Tệp sẽ tạo (mặc định: reports/bao-cao-<loại>-<mã đơn vị>.yaml, thư mục mà "
            "raquan render report đọc; không ghi đè tệp đã có).",
            metavar="TỆP",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Tạo báo cáo kết quả của một đơn vị cho nhiệm vụ báo cáo mà kế hoạch giao cho nó.

    Mã kế hoạch, mã nhiệm vụ, tên đơn vị, loại báo cáo và ngày gửi (trong hạn) được điền sẵn
    theo kế hoạch; thời hạn được ghi trong chú thích. Các số liệu để 0, các đoạn văn để ở dạng
    <điền: ...>.

    Ví dụ: raquan new report --plan plans/ke-hoach-ra-quan-2023.yaml --unit "Đoàn Kết"
    --kind summary
    """
    chosen = KINDS.get(kind.strip().casefold())
    if chosen is None:
        fail(f"Loại báo cáo '{kind}' không có; chọn quick (nhanh) hoặc summary (tổng hợp).")
    from raquan.new.report import run  # noqa: PLC0415

    _done(run(plan_path, unit, "quick" if chosen == "quick" else "summary", output=output))
