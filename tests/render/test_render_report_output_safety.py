"""``render report`` never writes over one of its inputs, the reference .docx included."""

from __future__ import annotations

from pathlib import Path

import pytest

from raquan.errors import UserError
from raquan.render.report import run as render_report_file
from support.plans import SAMPLE_REPORTS


@pytest.mark.parametrize("unit", [None, "xã Đoàn Kết"])
def test_report_refuses_to_overwrite_its_reference_docx(
    issued_plan: Path, tmp_path: Path, unit: str | None
) -> None:
    reference = tmp_path / "mau.docx"
    # A document raquan made, which a render would otherwise be free to replace.
    render_report_file(issued_plan, reports=[SAMPLE_REPORTS], kind="summary", output=reference)
    before = reference.read_bytes()
    with pytest.raises(UserError, match="là tệp đầu vào"):
        render_report_file(
            issued_plan,
            reports=[SAMPLE_REPORTS],
            kind="summary",
            unit=unit,
            output=reference,
            reference_docx=reference,
            force=True,
        )
    assert reference.read_bytes() == before
