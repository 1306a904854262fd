"""``raquan render``: the official .docx documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from raquan.cli.common import EXIT_PROBLEMS, fail, parse_day, say_if_sample, show_diagnostics

if TYPE_CHECKING:
    from raquan.diagnostics import Diagnostic
    from raquan.models.plan import DateFormat
    from raquan.render.output import Rendered

HELP = (
    "Xuất văn bản .docx theo thể thức Nghị định 30/2020/NĐ-CP.\n\n"
    "Ví dụ: raquan render plan plans/ke-hoach-ra-quan-2023.yaml --pdf"
)
"""The help of the ``raquan render`` group."""

FORCE_HELP = (
    "Cho phép ghi đè tệp .docx không do raquan tạo, hoặc đã được sửa tay sau khi raquan ghi "
    "(bản đã sửa được giữ lại thành .bak.docx)."
)
DATE_STYLES: dict[str, DateFormat] = {"short": "dd/mm/yyyy", "long": "ngày dd tháng mm năm yyyy"}
"""``--date-style``: the way a report writes its dates."""


def _prepare_plan() -> Callable[[], None]:
    from raquan.render.builder import prepare  # noqa: PLC0415

    return prepare()


PREPARE: dict[str, Callable[[], Callable[[], None]]] = {"plan": _prepare_plan}
"""Work started before the options are parsed (``raquan.cli.app``): ``render plan``'s layout
helper loads python-docx meanwhile (``raquan.render.builder.prepare``)."""

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
        bool,
        typer.Option(
            "--force",
            help=FORCE_HELP,
        ),
    ] = False,
) -> None:
    """Xuất kế hoạch ra văn bản .docx đúng thể thức Nghị định 30/2020/NĐ-CP.

    Kế hoạch được kiểm tra trước (như raquan check); có lỗi thì không xuất. Thứ, ngày âm lịch,
    câu thời hạn được tính từ dữ liệu. Tệp được ghi trọn vẹn hoặc không ghi gì.

    Ví dụ: raquan render plan plans/ke-hoach-ra-quan-2023.yaml -o ke-hoach.docx --pdf
    """
    from raquan.errors import CheckFailedError  # noqa: PLC0415
    from raquan.render.plan import run  # noqa: PLC0415

    if path is None:
        say_if_sample("xuất", "chỉ ra tệp kế hoạch của bạn: raquan render plan KẾ_HOẠCH")
    try:
        rendered = run(
            path,
            output=output,
            templates=templates,
            reference_docx=reference_docx,
            pdf=pdf,
            force=force,
        )
    except CheckFailedError as error:
        _report_errors(
            error.diagnostics,
            "Kế hoạch có lỗi nên chưa xuất văn bản; sửa các lỗi trên rồi chạy lại.",
        )
    _written(rendered)


def report(
    plan_path: Annotated[
        Path | None,
        typer.Option(
            "--plan",
            help="Tệp kế hoạch mà các báo cáo trả lời (mặc định: kế hoạch trong plans/).",
            metavar="KẾ_HOẠCH",
        ),
    ] = None,
    kind: Annotated[
        str,
        typer.Option(
            "--kind", help="quick: báo cáo nhanh; summary: báo cáo tổng hợp.", metavar="LOẠI"
        ),
    ] = "summary",
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit",
            "-u",
            help="Đơn vị làm báo cáo; bỏ trống (với --kind summary) là báo cáo tổng hợp của "
            "thành phố từ báo cáo của mọi đơn vị.",
            metavar="TÊN",
        ),
    ] = None,
    reports: Annotated[
        list[Path] | None,
        typer.Option(
            "--reports",
            help="Tệp hoặc thư mục chứa tệp kết quả của các đơn vị (lặp lại được; mặc định: "
            "reports/).",
            metavar="ĐƯỜNG_DẪN",
        ),
    ] = None,
    duty: Annotated[
        str | None,
        typer.Option("--duty", help="Mã nhiệm vụ báo cáo, khi kế hoạch có nhiều.", metavar="MÃ"),
    ] = None,
    recipients: Annotated[
        list[str] | None,
        typer.Option("--to", help="Kính gửi (báo cáo tổng hợp; lặp lại được).", metavar="TÊN"),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Ngày ký báo cáo tổng hợp (mặc định: để trống ngày như dự thảo).",
            metavar="NGÀY",
        ),
    ] = None,
    date_style: Annotated[
        str | None,
        typer.Option(
            "--date-style",
            help="Cách viết ngày trong cả báo cáo: short (ngày 05/04/2023) hoặc long (ngày 05 "
            "tháng 4 năm 2023); mặc định: date_style của kế hoạch, không có thì short.",
            metavar="KIỂU",
        ),
    ] = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid",
            help="Bỏ qua tệp kết quả có lỗi, ghi tên chúng vào báo cáo là chưa nhận được.",
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Tệp .docx ghi ra.", metavar="TỆP"),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option("--templates", help="Thư mục mẫu riêng.", metavar="THƯ_MỤC"),
    ] = None,
    reference_docx: Annotated[
        Path | None,
        typer.Option("--reference-docx", help="Tệp .docx mẫu.", metavar="TỆP"),
    ] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="Chuyển thêm sang PDF.")] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help=FORCE_HELP,
        ),
    ] = False,
) -> None:
    """Xuất báo cáo kết quả: của một đơn vị gửi thành phố, hoặc báo cáo tổng hợp của thành phố.

    Báo cáo tổng hợp cộng số người tham gia, ngày công, kinh phí theo nguồn, khối lượng theo đơn
    vị tính, so sánh với nội dung đã đăng ký, và nêu tên các đơn vị chưa báo cáo, báo cáo trễ
    hạn. Tệp kết quả có lỗi làm dừng việc xuất (mã thoát 1), trừ khi có --skip-invalid.

    Ví dụ: raquan render report --reports examples/bao-cao --kind summary --date 2023-04-07
    """
    from raquan.errors import CheckFailedError  # noqa: PLC0415
    from raquan.render.report import run  # noqa: PLC0415

    if plan_path is None:
        say_if_sample(
            "làm báo cáo theo", "chỉ ra tệp kế hoạch của bạn: raquan render report --plan TỆP"
        )
    day = parse_day(date, "--date") if date else None
    if date_style is not None and date_style not in DATE_STYLES:
        fail(f"--date-style '{date_style}' không có; chọn short (05/04/2023) hoặc long.")
    try:
        rendered = run(
            plan_path,
            # reports/ by default; a new project has none yet: nobody has reported.
            reports=reports or ([Path("reports")] if Path("reports").exists() else []),
            kind=kind,
            unit=unit,
            duty=duty,
            output=output,
            skip_invalid=skip_invalid,
            date=day,
            recipients=recipients or [],
            style=DATE_STYLES[date_style] if date_style else None,
            templates=templates,
            reference_docx=reference_docx,
            pdf=pdf,
            force=force,
        )
    except CheckFailedError as error:
        _report_errors(
            error.diagnostics,
            "Có tệp lỗi nên chưa xuất báo cáo; sửa, hoặc thêm --skip-invalid.",
        )
    _written(rendered)


def _written(rendered: Rendered) -> None:
    """Say what was written, and what the user must know: the check's warnings, the result
    files left out, the hand-edited document kept aside, a PDF that could not be made (exit
    code 2: the .docx is there, the PDF asked for is not)."""
    if rendered.warnings:
        show_diagnostics(rendered.warnings)
        typer.echo(
            f"Có {len(rendered.warnings)} cảnh báo (xem ở trên); văn bản vẫn được xuất.", err=True
        )
    for sentence in rendered.skipped:
        typer.echo(f"cảnh báo: {sentence}", err=True)
    if rendered.backup is not None:
        typer.echo(f"Đã giữ bản đã sửa tay ở {rendered.backup}.", err=True)
    typer.echo(f"Đã ghi {rendered.output}.")
    if rendered.pdf is not None:
        typer.echo(f"Đã ghi {rendered.pdf}.")
    if rendered.pdf_problem is not None:
        fail(rendered.pdf_problem.message, rendered.pdf_problem.hint)


def _report_errors(diagnostics: list[Diagnostic], closing: str) -> NoReturn:
    show_diagnostics(diagnostics)
    typer.echo(closing, err=True)
    raise typer.Exit(EXIT_PROBLEMS)
