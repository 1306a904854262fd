"""``render report`` from start to end: check, gather the result files, render, write."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path

from raquan.agenda.targets import resolve_targets
from raquan.errors import UserError
from raquan.models.report import REPORT_FILE_WORDS, REPORT_KINDS
from raquan.models.units import Unit
from raquan.registry import display_name
from raquan.render.run import (
    CheckFailedError,
    Rendered,
    check_output,
    load_checked_plan,
    write_rendered,
)
from raquan.reports.collect import choose_duty, gather


def render_report_file(
    plan_path: Path | None,
    *,
    reports: Sequence[Path],
    kind: str,
    unit: str | None = None,
    duty: str | None = None,
    output: Path | None = None,
    skip_invalid: bool = False,
    date: datetime.date | None = None,
    recipients: Sequence[str] = (),
    templates: Path | None = None,
    reference_docx: Path | None = None,
    pdf: bool = False,
    force: bool = False,
) -> Rendered:
    """Render one unit's report (``unit``) or the city's summary of a report duty.

    A broken result file stops the render (``CheckFailedError``, naming it) unless
    ``skip_invalid``: then it is listed in the summary as not received.
    """
    from raquan.render.report_document import (  # noqa: PLC0415
        render_summary_report,
        render_unit_report,
    )

    if kind not in REPORT_KINDS:
        raise UserError(f"Loại báo cáo '{kind}' không có; chọn quick (nhanh) hoặc summary.")
    if unit is None and kind != "summary":
        raise UserError("Báo cáo tổng hợp của thành phố chỉ làm cho --kind summary.")
    loaded, checked = load_checked_plan(plan_path)
    index = loaded.index
    assert index is not None
    target = resolve_targets([index], [unit])[0] if unit is not None else None
    if target is not None and not isinstance(target, Unit):
        raise UserError(f"'{unit}' là một nhóm; báo cáo được làm cho từng đơn vị.")
    placed = choose_duty(loaded, REPORT_KINDS[kind], duty, target)
    returns = gather(loaded, placed, reports)
    broken = [d for _, diagnostics in returns.broken for d in diagnostics]
    if target is not None:
        own = returns.received.get(target.id)
        if own is None:
            if broken:
                raise CheckFailedError(broken)
            raise UserError(
                f"Chưa có báo cáo {REPORT_KINDS[kind]} của {display_name(target)} cho nhiệm vụ "
                f"'{placed.duty.id}' trong: {', '.join(str(p) for p in reports)}.",
                hint="Tạo tệp kết quả bằng: raquan new report --plan ... --unit ... --kind ...",
            )
    elif broken and not skip_invalid:
        raise CheckFailedError(broken)
    owner = target.id if target is not None else loaded.plan.id
    name = f"bao-cao-{REPORT_FILE_WORDS[kind]}-{owner}.docx"
    path = output if output is not None else Path(name)
    check_output(
        path,
        loaded,
        templates=templates,
        reference_docx=reference_docx,
        force=force,
        more_inputs=reports,
    )
    if target is not None:
        data = render_unit_report(
            returns,
            returns.received[target.id],
            templates=templates,
            reference_docx=reference_docx,
        )
    else:
        data = render_summary_report(
            returns,
            date=date,
            recipients=list(recipients),
            templates=templates,
            reference_docx=reference_docx,
        )
    return write_rendered(path, data, checked, pdf=pdf)
