"""``raquan due``: each unit's agenda — what it owes, to whom, by when."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from raquan.cli.common import (
    EXIT_CANNOT,
    EXIT_PROBLEMS,
    fail,
    parse_day,
    report_problems,
    require_choice,
    use_color,
)

if TYPE_CHECKING:
    from raquan.diagnostics import Diagnostic

FORMATS = ("table", "json", "ics", "md")
ROLES = ("all", "chu-tri", "phoi-hop")
GROUPS = ("date", "plan", "unit")


def due(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Tệp, thư mục kế hoạch và báo cáo kết quả của đơn vị (mặc định: plans/, hoặc "
            "kế hoạch mẫu, và reports/ nếu có). Báo cáo đã gửi đánh dấu việc là đã xong.",
            metavar="ĐƯỜNG_DẪN",
            show_default=False,
        ),
    ] = None,
    unit: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            "-u",
            help="Đơn vị cần xem (lặp lại được). Gõ tên thế nào cũng được: 'xã Đoàn Kết', "
            "'UBND xã Đoàn Kết', 'doan ket'. Bỏ trống: mọi đơn vị.",
            metavar="TÊN",
            autocompletion=_complete_units,
        ),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help="Tính như thể hôm nay là ngày này (mặc định: hôm nay, giờ Việt Nam).",
            metavar="NGÀY",
        ),
    ] = None,
    within: Annotated[
        int | None,
        typer.Option(
            "--within",
            help="Chỉ các việc đến hạn trong N ngày tới (N từ 0 trở lên; kèm việc quá hạn).",
            metavar="N",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--from", help="Chỉ các việc đến hạn từ ngày này.", metavar="NGÀY"),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--to", help="Chỉ các việc đến hạn đến hết ngày này.", metavar="NGÀY"),
    ] = None,
    role: Annotated[
        str,
        typer.Option(
            "--role",
            help="all: mọi việc; chu-tri: việc chủ trì và sự kiện tổ chức; phoi-hop: việc phối "
            "hợp và sự kiện tham dự.",
            metavar="VAI_TRÒ",
        ),
    ] = "all",
    show_all: Annotated[
        bool, typer.Option("--all", help="Hiện cả việc đã xong và sự kiện đã diễn ra.")
    ] = False,
    group_by: Annotated[
        str | None,
        typer.Option(
            "--group-by",
            help="Nhóm theo date (ngày đến hạn), plan (kế hoạch) hoặc unit (đơn vị). Mặc định: "
            "theo ngày khi xem một đơn vị, theo đơn vị khi xem nhiều.",
            metavar="THEO",
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format", help="table, json, ics (lịch) hoặc md (Markdown).", metavar="DẠNG"
        ),
    ] = "table",
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Ghi ra tệp này (không ghi đè tệp đã có).", metavar="TỆP"
        ),
    ] = None,
    todo: Annotated[
        bool,
        typer.Option(
            "--todo",
            help="Với --format ics: ghi nhiệm vụ thành việc cần làm (VTODO, cho ứng dụng "
            "danh sách việc) thay vì sự kiện vào ngày đến hạn (mặc định, mọi lịch đều hiện).",
        ),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Không lập lịch việc khi kế hoạch có lỗi (mã thoát 1), thay vì chỉ cảnh báo.",
        ),
    ] = False,
    fail_on_overdue: Annotated[
        bool,
        typer.Option("--fail-on-overdue", help="Mã thoát 1 khi có việc quá hạn (cho script, CI)."),
    ] = False,
) -> None:
    """Lịch việc của từng đơn vị: phải làm gì, gửi ai, hạn khi nào.

    Gồm việc giao đích danh, việc giao cho nhóm có đơn vị (ghi rõ nhóm), việc phối hợp, và sự
    kiện đơn vị tổ chức hoặc tham dự. Việc quá hạn lên đầu, rồi theo thời hạn; bảng ghi số ngày
    còn lại, cả số ngày làm việc, và cảnh báo hạn rơi vào ngày nghỉ.

    Ví dụ: raquan due --unit "xã Đoàn Kết" --today 2023-01-10
    """
    from raquan.due.formats import FORMATS, Output  # noqa: PLC0415
    from raquan.due.run import GROUPINGS, ROLES, run  # noqa: PLC0415

    require_choice("Dạng", output_format, FORMATS)
    require_choice("Vai trò", role, ROLES)
    if group_by is not None:
        require_choice("Cách nhóm", group_by, GROUPINGS)
    if within is not None and within < 0:
        fail(f"Số ngày của --within phải từ 0 trở lên (đã gõ {within}).")
    if within is not None and (since or until):
        fail("Dùng --within, hoặc --from/--to, không dùng cả hai.")
    day = parse_day(today, "--today") if today is not None else None
    start = parse_day(since, "--from") if since else None
    end = parse_day(until, "--to") if until else None
    if start and end and end < start:
        fail("Ngày của --to phải sau ngày của --from.")
    agenda = run(
        paths or (),
        units=unit or (),
        today=day,
        within=within,
        since=start,
        until=end,
        role=role,
        show_all=show_all,
        group_by=group_by,
    )
    if not agenda.usable:
        report_problems(agenda.problems)
        raise typer.Exit(EXIT_CANNOT)
    if agenda.sample:
        typer.echo(
            "lưu ý: lịch việc này lấy từ kế hoạch mẫu đi kèm raquan (ở đây không có thư mục "
            "plans/); chỉ ra thư mục kế hoạch của bạn: raquan due THƯ_MỤC --unit ...",
            err=True,
        )
    if agenda.check_errors:
        _report_check_errors(agenda.check_errors, refuse=strict)
        if strict:
            raise typer.Exit(EXIT_PROBLEMS)
    if agenda.notices and output_format in ("json", "ics"):
        # The table and Markdown say it under their title; data formats have no room for it.
        for notice in agenda.notices:
            typer.echo(f"lưu ý: {notice}", err=True)
    shown = (
        Output(terminal=True, color=use_color(), tasks=todo)
        if output is None
        else Output(tasks=todo)
    )
    data = FORMATS[output_format](agenda, shown)
    if output is not None:
        from raquan.files import write_new  # noqa: PLC0415

        write_new(output, data)
        typer.echo(f"Đã ghi {output}.", err=True)
    else:
        typer.echo(data.decode("utf-8") if isinstance(data, bytes) else data, nl=False)
    if agenda.problems:
        report_problems(agenda.problems)
        raise typer.Exit(EXIT_CANNOT)
    if fail_on_overdue and agenda.overdue:
        raise typer.Exit(EXIT_PROBLEMS)


_LEFT_OUT = {
    "RQ101": "việc giao cho (hay phối hợp với) một tên không có trong danh mục không vào lịch "
    "việc của đơn vị nào",
    "RQ102": "việc giao cho một tên chỉ chung nhiều đơn vị không vào lịch việc của đơn vị nào",
    "RQ109": "chỗ '<điền: ...>' chưa điền được in nguyên như vậy, và tên đơn vị chưa điền không "
    "khớp đơn vị nào",
    "RQ104": "kế hoạch không có danh mục đơn vị dùng được",
}
"""What an error of the plan does to its agenda, for the errors that drop or garble items."""


def _report_check_errors(errors: Sequence[Diagnostic], *, refuse: bool) -> None:
    """Say on stderr which plans have errors, and what the agenda may lack because of them."""
    from raquan.check.formats import concise  # noqa: PLC0415

    files = sorted({d.path for d in errors})
    head = (
        f"lỗi: {len(files)} kế hoạch có lỗi nên --strict không lập lịch việc:"
        if refuse
        else f"cảnh báo: {len(files)} kế hoạch có lỗi; lịch việc có thể thiếu hoặc sai:"
    )
    lines = [head, concise(errors).rstrip("\n")]
    lines += [f"- {_LEFT_OUT[code]}." for code in sorted({d.code for d in errors} & set(_LEFT_OUT))]
    lines.append(f"Xem chi tiết: raquan check {' '.join(files)}")
    typer.echo("\n".join(lines), err=True)


def _complete_units(incomplete: str) -> list[str]:
    """Unit names from the registry of the plans in the current folder, for shell completion."""
    from raquan.domain.units import name_key  # noqa: PLC0415
    from raquan.read.planset import load_plans  # noqa: PLC0415
    from raquan.read.resources import default_plans  # noqa: PLC0415

    try:
        found = load_plans([default_plans()])
    except Exception:  # completion must never break the shell
        return []
    key = name_key(incomplete)
    names: list[str] = []
    for index in found.indexes:
        for target in index.targets():
            name = getattr(target, "short", None) or target.name
            if key in name_key(name) and name not in names:
                names.append(name)
    return names
