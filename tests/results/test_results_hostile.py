"""Result files are untrusted: broken, huge or hostile ones are refused with located messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from raquan.check import run as check
from support.plans import issued_copy

HEAD = """\
raquan: 1
kind: report
plan: ke-hoach-ra-quan-2023
duty: bao-cao-tong-hop-xa-phuong
"""
VALID = HEAD + "unit: xã Đoàn Kết\ntype: tổng hợp\nsubmitted: 2023-03-28\n"


def _check(tmp_path: Path, text: str | bytes) -> list[tuple[str, int, str]]:
    plans = tmp_path / "plans"
    if not plans.exists():
        issued_copy(plans)
    report = tmp_path / "bao-cao.yaml"
    if isinstance(text, bytes):
        report.write_bytes(text)
    else:
        report.write_text(text, encoding="utf-8")
    result = check.run([plans, report])
    return [
        (d.code, d.position.line, d.message)
        for d in result.diagnostics
        if d.path.endswith("bao-cao.yaml")
    ]


def test_a_valid_file_passes(tmp_path: Path) -> None:
    assert _check(tmp_path, VALID) == []


@pytest.mark.parametrize(
    ("extra", "code", "line"),
    [
        ("participants: '350'\n", "RQ006", 8),  # a number written as text is not guessed
        ("participants: 350 người\n", "RQ006", 8),
        ("participants: -5\n", "RQ006", 8),
        ("workdays: [1, 2]\n", "RQ006", 8),
        ("money:\n  people: 1.5e20\n", "RQ006", 9),
        ("money:\n  taxes: 100\n", "RQ004", 9),
        ("works:\n  - name: Làm đường\n    quantity: 10\n", "RQ005", 9),
        ("submitted_by: Văn thư\n", "RQ004", 8),
    ],
)
def test_wrong_values_are_located(tmp_path: Path, extra: str, code: str, line: int) -> None:
    found = _check(tmp_path, VALID + extra)
    assert [(c, n) for c, n, _ in found] == [(code, line)], found


def test_ten_megabytes_of_text_is_refused_before_reading(tmp_path: Path) -> None:
    huge = VALID + "results: " + "a" * (10 * 1024 * 1024) + "\n"
    found = _check(tmp_path, huge)
    assert [(c, n) for c, n, _ in found] == [("RQ010", 1)]
    assert "quá lớn" in found[0][2]


def test_long_text_within_the_file_limit_is_bounded_by_the_model(tmp_path: Path) -> None:
    found = _check(tmp_path, VALID + "results: " + "a" * 25_000 + "\n")
    assert [(c, n) for c, n, _ in found] == [("RQ006", 8)]


def test_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        rows.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    found = _check(tmp_path, VALID + "\n".join(rows) + "\n")
    assert [c for c, _, _ in found] == ["RQ010"]


def test_control_characters_are_refused(tmp_path: Path) -> None:
    found = _check(tmp_path, VALID + 'results: "Kết quả\\u0007 tốt"\n')
    assert [(c, n) for c, n, _ in found] == [("RQ009", 8)]
    raw = _check(tmp_path, (VALID + "results: Kết quả\x07 tốt\n").encode())
    assert [(c, n) for c, n, _ in raw] == [("RQ009", 8)]


def test_a_unit_not_in_the_registry_is_refused(tmp_path: Path) -> None:
    found = _check(tmp_path, VALID.replace("xã Đoàn Kết", "xã Không Có"))
    assert [(c, n) for c, n, _ in found] == [("RQ502", 5)]


def test_a_file_cannot_name_a_path_or_a_template(tmp_path: Path) -> None:
    found = _check(tmp_path, VALID + "template: ../../etc/passwd\n")
    assert [(c, n) for c, n, _ in found] == [("RQ004", 8)]


def test_a_fraction_where_a_count_is_wanted_is_named_as_such(tmp_path: Path) -> None:
    found = _check(tmp_path, VALID + "participants: 1.5\n")
    assert [(c, n) for c, n, _ in found] == [("RQ006", 8)]
    assert found[0][2] == ("'participants' phải là một số nguyên, nhưng ở đây là số thập phân 1,5.")
