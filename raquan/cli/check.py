"""``raquan check``: everything wrong with a plan, each problem at its place."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from raquan.cli.common import (
    EXIT_PROBLEMS,
    either,
    fail,
    progress_bar,
    say_if_sample,
    split_codes,
    use_color,
)

if TYPE_CHECKING:
    from raquan.check.rule import Rule


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Tệp hoặc thư mục cần kiểm tra (mặc định: thư mục plans/, hoặc kế hoạch mẫu "
            "đi kèm raquan).",
            metavar="ĐƯỜNG_DẪN",
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            help="Chỉ kiểm tra các mã này (có thể lặp lại, hoặc ngăn bằng dấu phẩy; RQ2 là mọi "
            "mã RQ2xx).",
            metavar="MÃ",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", help="Bỏ qua các mã này.", metavar="MÃ"),
    ] = None,
    strict: Annotated[
        bool | None,
        typer.Option(
            "--strict/--no-strict",
            help="Coi cảnh báo là lỗi (mã thoát 1); mặc định theo 'strict' của tệp cấu hình.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str,
        typer.Option(
            "--format",
            help="Cách in kết quả: text, concise, json hoặc github.",
            metavar="DẠNG",
        ),
    ] = "text",
    list_checks: Annotated[
        bool, typer.Option("--list", help="In danh sách mọi mã kiểm tra rồi thoát.")
    ] = False,
    only_raquan: Annotated[
        bool,
        typer.Option(
            "--only-raquan",
            help="Bỏ qua cả tệp YAML được nêu tên mà không phải của raquan (cho pre-commit).",
        ),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            help="Số tiến trình (từ 1 trở lên) khi kiểm tra nhiều tệp (mặc định: tự chọn theo số "
            "lõi CPU).",
            metavar="N",
            show_default=False,
        ),
    ] = None,
    show_config: Annotated[
        bool,
        typer.Option(
            "--show-config",
            help="In cấu hình đang dùng (tệp raquan.toml hay [tool.raquan] trong pyproject.toml "
            "tìm từ đường dẫn kiểm tra trở lên, và mặc định) rồi thoát.",
        ),
    ] = False,
    explain: Annotated[
        str | None,
        typer.Option("--explain", help="Giải thích một mã kiểm tra, có ví dụ.", metavar="MÃ"),
    ] = None,
    units: Annotated[
        list[Path] | None,
        typer.Option(
            "--units",
            help="Danh mục đơn vị mà kế hoạch được phép trỏ tới dù nằm ngoài thư mục của kế "
            "hoạch (lặp lại được).",
            metavar="TỆP",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Kiểm tra kế hoạch, danh mục đơn vị và báo cáo trước khi ban hành.

    Mỗi vấn đề được chỉ ra ở tệp, dòng, cột, kèm cách sửa khi biết. Mã thoát: 0 khi không có
    lỗi (có thể có cảnh báo), 1 khi có lỗi (hoặc cảnh báo, với --strict), 2 khi không kiểm tra
    được (đường dẫn không có, tùy chọn sai).

    Ví dụ: raquan check plans/ --format concise
    """
    from raquan.check.formats import FORMATS  # noqa: PLC0415
    from raquan.check.rules import RULES  # noqa: PLC0415

    if list_checks:
        typer.echo(_list(RULES))
        return
    if show_config:
        from raquan.read.config import active, show  # noqa: PLC0415

        typer.echo(show(active()), nl=False)
        return
    if explain is not None:
        rule = RULES.get(explain.strip().upper())
        if rule is None:
            fail(f"Không có mã kiểm tra '{explain}'.", "Xem danh sách bằng: raquan check --list")
        typer.echo(rule.text)
        return
    if output not in FORMATS:
        fail(f"Dạng '{output}' không có; chọn {either(FORMATS)}.")
    if jobs is not None and jobs < 1:
        fail(f"Số tiến trình --jobs phải từ 1 trở lên (đã gõ {jobs}).")
    from raquan.check.run import run  # noqa: PLC0415
    from raquan.read.resources import default_plans  # noqa: PLC0415

    if not paths:
        say_if_sample("kiểm tra", "chỉ ra tệp hay thư mục của bạn: raquan check THƯ_MỤC")
    with progress_bar("Đang kiểm tra") as progress:
        result = run(
            paths or [default_plans()],
            select=split_codes(select),
            ignore=split_codes(ignore),
            only_raquan=only_raquan,
            progress=progress,
            jobs=jobs,
            units=units or [],
            keep_result_files=False,
        )
    if not result.files and not only_raquan:
        # A CI step pointed at the wrong folder must not pass: nothing checked is an error.
        where = ", ".join(f"'{p}'" for p in paths) if paths else f"'{default_plans()}'"
        others = (
            f" ({result.foreign} tệp YAML khác không phải của raquan)" if result.foreign else ""
        )
        fail(
            f"Không có kế hoạch, danh mục đơn vị hay tệp kết quả nào của raquan trong {where}"
            f"{others}; không có gì để kiểm tra.",
            hint="Tệp của raquan là tệp .yaml bắt đầu bằng 'raquan: 1' và 'kind: ...' (tạo bằng "
            "raquan new plan). Kiểm tra lại đường dẫn.",
        )
    typer.echo(FORMATS[output](result, use_color()), nl=False)
    if output != "text":
        from raquan.check.formats import unchecked_note  # noqa: PLC0415

        note = unchecked_note(result)
        if note is not None:
            typer.echo(f"cảnh báo: {note}", err=True)
    from raquan.read.config import active  # noqa: PLC0415

    if result.exit_code(strict=active().strict if strict is None else strict):
        raise typer.Exit(EXIT_PROBLEMS)


def _list(rules: Mapping[str, Rule]) -> str:
    lines = []
    for rule in rules.values():
        lines.append(f"{rule.code}  {rule.severity.label:<8}  {rule.name:<26} {rule.summary}")
    return "\n".join(lines)
