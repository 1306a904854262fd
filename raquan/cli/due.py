"""``raquan due``: each unit's agenda — what it owes, to whom, by when."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from raquan.cli.common import (
    EXIT_CANNOT,
    EXIT_PROBLEMS,
    fail,
    parse_day,
    require_choice,
    use_color,
    user_errors,
)

if TYPE_CHECKING:
    from raquan.diagnostics import Diagnostic
    from raquan.domain.units import Target
    from raquan.due.items import AgendaItem

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
            min=0,
            help="Chỉ các việc đến hạn trong N ngày tới (và việc quá hạn).",
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
    from raquan.domain.time import VIETNAM  # noqa: PLC0415
    from raquan.domain.units import resolve_targets  # noqa: PLC0415
    from raquan.due.collect import load_plans  # noqa: PLC0415
    from raquan.due.items import (  # noqa: PLC0415
        AgendaOptions,
        Status,
        Window,
        build_agenda,
        units_with_items,
    )
    from raquan.results.collect import completions  # noqa: PLC0415

    require_choice("Dạng", output_format, FORMATS)
    require_choice("Vai trò", role, ROLES)
    if group_by is not None:
        require_choice("Cách nhóm", group_by, GROUPS)
    if within is not None and (since or until):
        fail("Dùng --within, hoặc --from/--to, không dùng cả hai.")
    if today is None:
        now = datetime.datetime.now(VIETNAM)
    else:
        now = datetime.datetime.combine(parse_day(today, "--today"), datetime.time(), VIETNAM)
    day = now.date()
    window = Window()
    if within is not None:
        window = Window(day, day + datetime.timedelta(days=within))
    elif since or until:
        start = parse_day(since, "--from") if since else None
        end = parse_day(until, "--to") if until else None
        if start and end and end < start:
            fail("Ngày của --to phải sau ngày của --from.")
        window = Window(start, end, keep_overdue=False)

    sources = paths or default_paths()
    with user_errors():
        found = load_plans(sources)
        if not found.plans and found.problems:
            _report_problems(found.problems)
            raise typer.Exit(EXIT_CANNOT)
        asked = list(unit or [])
        targets = (
            resolve_targets(found.indexes, asked) if asked else list(units_with_items(found.plans))
        )
        done = completions(found.workspace, found.plans, found.files)
    options = AgendaOptions(
        now=now, role=role, window=window, include_finished=show_all, completions=done
    )
    items = build_agenda(found.plans, targets, options)
    grouping = group_by or ("date" if len(asked) == 1 else "unit")
    title = _title(asked, targets)
    with user_errors():
        _emit(items, output_format, output, title=title, today=day, group_by=grouping, now=now)
    if found.problems:
        _report_problems(found.problems)
        raise typer.Exit(EXIT_CANNOT)
    if fail_on_overdue and any(item.status is Status.OVERDUE for item in items):
        raise typer.Exit(EXIT_PROBLEMS)


def default_paths() -> list[Path]:
    """``plans/`` (or the bundled plans), and ``reports/`` when there is one."""
    from raquan.read.resources import default_plans  # noqa: PLC0415

    found = [default_plans()]
    if Path("reports").is_dir():
        found.append(Path("reports"))
    return found


def _title(asked: list[str], targets: Sequence[Target]) -> str:
    from raquan.domain.units import display_name  # noqa: PLC0415

    if not asked:
        return "Lịch việc của các đơn vị"
    names = ", ".join(display_name(t) for t in targets)
    return f"Lịch việc của {names}"


def _report_problems(problems: Sequence[Diagnostic]) -> None:
    from raquan.check.formats import concise  # noqa: PLC0415

    typer.echo(
        "lỗi: bỏ qua các tệp có lỗi (chạy 'raquan check' để xem chi tiết):\n" + concise(problems),
        err=True,
    )


def _emit(
    items: list[AgendaItem],
    form: str,
    output: Path | None,
    *,
    title: str,
    today: datetime.date,
    group_by: str,
    now: datetime.datetime,
) -> None:
    from raquan.due import formats as export  # noqa: PLC0415

    data: str | bytes
    if form == "json":
        data = export.to_json(items) + "\n"
    elif form == "ics":
        data = export.to_ics(items, stamp=now, name=title)
    elif form == "md":
        data = export.to_markdown(items, title=title, today=today, group_by=group_by)
    else:
        from raquan.cli.agenda_table import render_table  # noqa: PLC0415

        if output is None:
            render_table(items, title=title, today=today, group_by=group_by, color=use_color())
            return
        data = render_table(
            items, title=title, today=today, group_by=group_by, color=False, text=True
        )
    if output is not None:
        from raquan.files import write_new  # noqa: PLC0415

        write_new(output, data)
        typer.echo(f"Đã ghi {output}.", err=True)
    elif isinstance(data, bytes):
        typer.echo(data.decode("utf-8"), nl=False)
    else:
        typer.echo(data, nl=False)


def _complete_units(incomplete: str) -> list[str]:
    """Unit names from the registry of the plans in the current folder, for shell completion."""
    from raquan.domain.units import name_key  # noqa: PLC0415
    from raquan.due.collect import load_plans  # noqa: PLC0415
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
