"""RQ402: the signing authority uses the abbreviations of Decree 30, and KT. needs a deputy."""

from __future__ import annotations

from raquan.check.rules import rq402_signature_authority
from raquan.diagnostics import Position
from support.checks import Diagnose, Lint, assert_documented

DOC_WRONG = """\
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, CHỦ TỊCH]
  signer: Dương Anh Hùng
"""
DOC_RIGHT = """\
signature:
  lines: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH]
  signer: Dương Anh Hùng
"""

KNOWN = "TM. (thay mặt), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy quyền), Q. (quyền)"


def _signature(*lines: str) -> str:
    """A signature whose lines are written one per line, from line 13."""
    items = "".join(f"    - {line}\n" for line in lines)
    return f"signature:\n  lines:\n{items}  signer: Dương Anh Hùng\n"


def test_docstring_examples_are_the_ones_tested() -> None:
    assert_documented(rq402_signature_authority, DOC_WRONG, DOC_RIGHT)


def test_kt_followed_by_the_head_title_is_flagged_at_that_title(diagnose: Diagnose) -> None:
    [diagnostic] = diagnose(DOC_WRONG, "RQ402")
    assert diagnostic.message == (
        "Sau dòng 'KT.' (ký thay) phải là chức vụ của cấp phó ký thay, ví dụ 'PHÓ CHỦ TỊCH'."
    )
    assert diagnostic.hint == "Nếu người đứng đầu tự ký thì bỏ dòng 'KT.'."
    # The third item of the flow list, "CHỦ TỊCH", is the line at fault.
    assert diagnostic.position == Position(12, 46, 54)


def test_kt_followed_by_the_deputys_title_passes(lint: Lint) -> None:
    assert lint(DOC_RIGHT, "RQ402") == []


def test_kt_without_the_deputy_one_item_per_line(lint: Lint) -> None:
    snippet = _signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "CHỦ TỊCH")
    assert lint(snippet, "RQ402") == [("RQ402", 15)]


def test_kt_as_the_last_line_is_flagged_at_itself(lint: Lint) -> None:
    assert lint(_signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), "RQ402") == [("RQ402", 14)]


def test_deputy_title_in_lower_case_passes(lint: Lint) -> None:
    snippet = _signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Phó Chủ tịch")
    assert lint(snippet, "RQ402") == []


def test_unknown_authority_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    snippet = _signature("PT. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert lint(snippet, "RQ402") == [("RQ402", 13)]
    [diagnostic] = diagnose(snippet, "RQ402")
    assert diagnostic.message == "Thẩm quyền ký 'PT.' không có."
    assert diagnostic.hint == f"Dùng: {KNOWN}."


def test_authority_without_its_dot_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    snippet = _signature("TM ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    assert lint(snippet, "RQ402") == [("RQ402", 13)]
    [diagnostic] = diagnose(snippet, "RQ402")
    assert diagnostic.message == "Thẩm quyền ký 'TM' thiếu dấu chấm."
    assert diagnostic.hint == "Viết 'TM. ỦY BAN NHÂN DÂN'."


def test_kt_without_its_dot_is_flagged_once(lint: Lint) -> None:
    snippet = _signature("TM. ỦY BAN NHÂN DÂN", "KT CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert lint(snippet, "RQ402") == [("RQ402", 14)]


def test_every_authority_of_decree_30_passes(lint: Lint) -> None:
    for lines in [
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
        ("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PTNT"),
        ("Q. CHỦ TỊCH",),
        ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
        ("CHỦ TỊCH",),
    ]:
        assert lint(_signature(*lines), "RQ402") == [], lines


def test_plan_without_signature_passes(lint: Lint) -> None:
    assert lint("", "RQ402") == []


def test_authority_without_a_space_after_its_dot_is_flagged(diagnose: Diagnose, lint: Lint) -> None:
    snippet = _signature("TM. ỦY BAN NHÂN DÂN", "KT.CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert lint(snippet, "RQ402") == [("RQ402", 14)]
    results = diagnose(snippet, "RQ402")
    assert results[0].message == "Thẩm quyền ký 'KT.' thiếu dấu cách phía sau."
    assert results[0].hint == "Viết 'KT. CHỦ TỊCH'."


def test_authority_without_its_dot_on_the_last_line_is_flagged(lint: Lint) -> None:
    assert lint(_signature("TM. ỦY BAN NHÂN DÂN", "KT CHỦ TỊCH"), "RQ402") == [("RQ402", 14)]
