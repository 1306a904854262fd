"""RQ109: a value still holding a ``<điền: ...>`` placeholder of a skeleton is reported."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from raquan.check import run as check
from raquan.check.rules import rq109_unfilled_skeleton
from raquan.diagnostics import Position
from raquan.read.loader import load_file
from support.checks import Diagnose, Lint, LintResultFile, WriteFiles, assert_documented
from support.plans import PLAN_HEAD, RESULT_FILE_HEAD, UNITS, dedent

DOC_WRONG = """\
theme: '<điền: chủ đề>'
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  signer: '<điền: họ tên người ký>'
"""
DOC_RIGHT = """\
theme: Ra quân xây dựng nông thôn mới, đô thị văn minh
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH]
  signer: Dương Anh Hùng
"""


def test_docstring_examples_are_the_ones_tested() -> None:
    doc = assert_documented(rq109_unfilled_skeleton, DOC_WRONG, DOC_RIGHT)
    assert doc.startswith("RQ109 — ")


def test_placeholders_are_flagged_where_they_are(lint: Lint) -> None:
    assert lint(DOC_WRONG, "RQ109") == [("RQ109", 11), ("RQ109", 14)]


def test_filled_values_pass(lint: Lint) -> None:
    assert lint(DOC_RIGHT, "RQ109") == []


def test_message_names_the_placeholder_and_hint_says_replace(diagnose: Diagnose) -> None:
    [diagnostic, _] = diagnose(DOC_WRONG, "RQ109")
    assert diagnostic.message == "Chỗ '<điền: chủ đề>' chưa được điền."
    assert diagnostic.hint == "Thay bằng nội dung thật."
    assert diagnostic.position == Position(11, 9, 23)


def test_each_placeholder_of_a_text_is_shown_at_its_line(diagnose: Diagnose, lint: Lint) -> None:
    snippet = """\
    sections:
      - title: NỘI DUNG
        text: |
          1. Mục đích:
          - <điền: mục đích>
          - <điền: mục đích>
          2. Yêu cầu: <điền: yêu cầu>
    """
    assert lint(snippet, "RQ109") == [("RQ109", 15), ("RQ109", 16), ("RQ109", 17)]
    assert [d.position for d in diagnose(snippet, "RQ109")] == [
        Position(15, 9, 25),
        Position(16, 9, 25),
        Position(17, 19, 34),
    ]


def test_only_strings_with_the_marker_count(lint: Lint) -> None:
    snippet = """\
    theme: Chủ đề có <b>dấu nhọn</b> và chữ điền thường
    footnotes:
      "<điền>": Nhãn là khoá, không phải giá trị.
    preamble: Xét đề nghị của Phòng Kinh tế[^<điền>].
    """
    # Keys are not values; the value on line 14 is.
    assert lint(snippet, "RQ109") == [("RQ109", 14)]


def test_registry_values_are_checked(write_files: WriteFiles) -> None:
    units = UNITS.replace("area: thành phố Kon Tum", "area: '<điền: địa bàn>'")
    plan = write_files(PLAN_HEAD, units)
    result = check.run([plan.parent], select=["RQ109"])
    assert [(d.code, d.source.path.name, d.position.line) for d in result.diagnostics] == [
        ("RQ109", "units.yaml", 3)
    ]


def test_report_values_are_checked(lint_result_file: LintResultFile, tmp_path: Path) -> None:
    snippet = """\
    duty: bao-cao-nhanh-xa-phuong
    unit: xã Đoàn Kết
    type: nhanh
    submitted: "2023-01-31 08:45"
    results: '<điền: kết quả đạt được>'
    """
    assert lint_result_file(snippet, "RQ109") == [("RQ109", 8)]
    # The finding itself, straight from the check module.
    report = tmp_path / "bao-cao.yaml"
    report.write_text(RESULT_FILE_HEAD + dedent(snippet), encoding="utf-8")
    document = load_file(report)
    assert document.ok
    assert rq109_unfilled_skeleton.APPLIES_TO == ("plan", "units", "report")
    [finding] = rq109_unfilled_skeleton.check(SimpleNamespace(document=document))
    assert finding.target == ("results",)
    assert finding.message == "Chỗ '<điền: kết quả đạt được>' chưa được điền."
