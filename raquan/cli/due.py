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
    from raquan.due.run import Agenda

FORMATS = ("table", "json", "ics", "md", "digest")
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
    all_units: Annotated[
        bool,
        typer.Option(
            "--all-units",
            help="Mọi đơn vị. Với --format ics -o THƯ_MỤC: mỗi đơn vị một tệp lịch <mã>.ics, "
            "tên không đổi giữa các lần chạy (để chia sẻ, đăng ký theo dõi).",
        ),
    ] = False,
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
            help="Chỉ các việc đến hạn trong N ngày tới (N từ 0 trở lên; kèm việc quá hạn); "
            "với --digest: N ngày làm việc tới (mặc định 5).",
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
            "--format",
            help="table, json, ics (lịch), md (Markdown) hoặc digest (tin nhắn, như --digest).",
            metavar="DẠNG",
        ),
    ] = "table",
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Ghi ra tệp này (không ghi đè tệp đã có).", metavar="TỆP"
        ),
    ] = None,
    digest: Annotated[
        bool,
        typer.Option(
            "--digest",
            help="Tin nhắn ngắn cho từng đơn vị, để dán vào Zalo, thư điện tử: việc quá hạn, "
            "đến hạn hôm nay, đến hạn trong N ngày làm việc tới (--within), câu thời hạn và "
            "nơi gửi; chữ thường, dòng ngắn vừa màn hình điện thoại.",
        ),
    ] = False,
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
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Với -o: ghi đè cả tệp không do raquan tạo, hoặc đã bị sửa tay."
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

    Tin nhắn hằng ngày: raquan due --digest --unit "xã Đoàn Kết" --within 3

    Lịch cho từng đơn vị: raquan due --all-units --format ics -o lich/
    """
    from raquan.due.formats import FORMATS, Output  # noqa: PLC0415
    from raquan.due.run import GROUPINGS, ROLES, run  # noqa: PLC0415

    require_choice("Dạng", output_format, FORMATS)
    require_choice("Vai trò", role, ROLES)
    if group_by is not None:
        require_choice("Cách nhóm", group_by, GROUPINGS)
    _refuse_conflicts(
        within=within,
        spans=bool(since or until),
        units=bool(unit),
        all_units=all_units,
        digest=digest,
        output_format=output_format,
    )
    if digest:
        output_format = "digest"
    day = parse_day(today, "--today") if today is not None else None
    start = parse_day(since, "--from") if since else None
    end = parse_day(until, "--to") if until else None
    if start and end and end < start:
        fail("Ngày của --to phải sau ngày của --from.")
    agenda = run(
        paths or (),
        units=unit or (),
        today=day,
        within=None if digest else within,
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
    if all_units and output_format == "ics" and output is not None:
        _write_feeds(agenda, output, tasks=todo, force=force)
        return
    terminal = output is None
    shown = Output(terminal=terminal, color=terminal and use_color(), tasks=todo, within=within)
    data = FORMATS[output_format](agenda, shown)
    if output is not None:
        _write(output, data, calendar=output_format == "ics", force=force)
        typer.echo(f"Đã ghi {output}.", err=True)
    else:
        typer.echo(data.decode("utf-8") if isinstance(data, bytes) else data, nl=False)
    if agenda.problems:
        report_problems(agenda.problems)
        raise typer.Exit(EXIT_CANNOT)
    if fail_on_overdue and agenda.overdue:
        raise typer.Exit(EXIT_PROBLEMS)


MAX_WITHIN = 3660
"""The most working days ``--within`` looks ahead: ten years (plans run for months; a larger
number is a slip of the keyboard, and dates past the year 9999 do not exist)."""


def _refuse_conflicts(
    *,
    within: int | None,
    spans: bool,
    units: bool,
    all_units: bool,
    digest: bool,
    output_format: str,
) -> None:
    """Exit with code 2 on options that contradict each other."""
    if within is not None and not 0 <= within <= MAX_WITHIN:
        fail(
            f"Số ngày của --within phải từ 0 đến {MAX_WITHIN} (đã gõ {within}).",
            "Muốn xem mọi việc còn lại: bỏ --within, thêm --all.",
        )
    if within is not None and spans:
        fail("Dùng --within, hoặc --from/--to, không dùng cả hai.")
    if units and all_units:
        fail("Dùng --unit, hoặc --all-units, không dùng cả hai.")
    if digest and output_format not in ("table", "digest"):
        fail("--digest là một dạng riêng (tin nhắn chữ thường), không dùng với --format.")
    if digest and spans:
        fail("--digest dùng --within N (ngày làm việc), không dùng --from/--to.")


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


def _write(target: Path, data: str | bytes, *, calendar: bool, force: bool) -> None:
    """Write one output file: a calendar replaces only a calendar raquan wrote (unchanged
    since), another file never replaces one that exists, unless ``force``."""
    if calendar:
        from raquan.due.formats import ICS_MARK  # noqa: PLC0415
        from raquan.owned import write_owned  # noqa: PLC0415

        write_owned(target, data, intact=ICS_MARK.intact, force=force)
    else:
        from raquan.files import write_new  # noqa: PLC0415

        write_new(target, data, overwrite=force)


def _write_feeds(agenda: Agenda, folder: Path, *, tasks: bool, force: bool) -> None:
    """One calendar per unit into ``folder``; the files kept (not raquan's) are named, and the
    command ends with exit code 2 when there are any."""
    from raquan.due.feeds import write_feeds  # noqa: PLC0415

    done = write_feeds(
        folder, agenda.targets, agenda.items, stamp=agenda.now, tasks=tasks, force=force
    )
    typer.echo(f"Đã ghi {len(done.written)} lịch vào {folder}.", err=True)
    if agenda.problems:
        report_problems(agenda.problems)
    for kept in done.kept:
        typer.echo(f"lỗi: {kept.message}", err=True)
    if done.kept:
        typer.echo(
            "gợi ý: Thêm --force để ghi đè các tệp đó, hoặc chọn thư mục khác bằng -o.", err=True
        )
    if done.kept or agenda.problems:
        raise typer.Exit(EXIT_CANNOT)


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
