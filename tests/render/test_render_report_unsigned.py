"""A unit's result file without ``signature`` still renders, with a blank signer to fill in."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from raquan.render.report import run as render_report_file
from support.plans import SAMPLE_REPORTS


def test_unit_report_without_signature_has_a_blank_signer(
    issued_plan: Path, tmp_path: Path
) -> None:
    sample = SAMPLE_REPORTS / "quyet-thang-nhanh.yaml"
    assert "signature" not in sample.read_text(encoding="utf-8")
    target = tmp_path / "quyet-thang.docx"
    render_report_file(
        issued_plan,
        reports=[SAMPLE_REPORTS],
        kind="quick",
        unit="phường Quyết Thắng",
        output=target,
    )
    signature = Document(str(target)).tables[-1].rows[0].cells[1]
    lines = [paragraph.text for paragraph in signature.paragraphs]
    assert lines[:2] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert lines[-1] == "\u00a0" * 6
