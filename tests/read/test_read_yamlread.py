"""Reading YAML: the core schema, located problems, and hostile input refused quickly."""

from __future__ import annotations

import gc
import unicodedata

import pytest

from raquan.diagnostics import Position
from raquan.read import yamlread
from raquan.read.yamlread import read_yaml, top_level_value


def test_scalars_follow_yaml_1_2_and_dates_stay_text() -> None:
    result = read_yaml(
        "a: 1\nb: yes\nc: 2023-01-15\nd: 08:30\ne: ~\nf: 1.5\ng: '7'\nh: true\ni: 0x10\n"
    )
    assert result.data == {
        "a": 1,
        "b": "yes",
        "c": "2023-01-15",
        "d": "08:30",
        "e": None,
        "f": 1.5,
        "g": "7",
        "h": True,
        "i": 16,
    }


def test_text_is_normalised_to_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "xã Đoàn Kết")
    result = read_yaml(f"to: {nfd}\n")
    assert result.data == {"to": "xã Đoàn Kết"}
    assert unicodedata.is_normalized("NFC", result.data["to"])


def test_all_duplicate_keys_are_reported_and_the_first_value_kept() -> None:
    result = read_yaml("a: 1\na: 2\nb:\n  c: 1\n  c: 3\n")
    assert result.data == {"a": 1, "b": {"c": 1}}
    assert [(p.code, p.where) for p in result.problems] == [
        ("RQ003", Position(2, 1, 2)),
        ("RQ003", Position(5, 3, 4)),
    ]


def test_anchors_aliases_and_merge_keys_work() -> None:
    result = read_yaml("a: &x {d: 1}\nb: *x\nc:\n  <<: *x\n  g: 2\n")
    assert result.data == {"a": {"d": 1}, "b": {"d": 1}, "c": {"g": 2, "d": 1}}


def test_billion_laughs_is_refused() -> None:
    rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        rows.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    result = read_yaml("\n".join(rows) + "\n")
    assert not result.complete
    assert [p.code for p in result.problems] == ["RQ010"]
    assert "bí danh" in result.problems[0].message


def test_deep_nesting_is_refused_without_crashing() -> None:
    depth = 100_000
    result = read_yaml("a: " + "[" * depth + "]" * depth + "\n")
    assert not result.complete
    assert [p.code for p in result.problems] == ["RQ010"]


def test_unknown_tags_are_refused() -> None:
    result = read_yaml("a: !!python/object:os.system x\n")
    assert [p.code for p in result.problems] == ["RQ001"]
    assert result.data is None


def test_several_documents_are_refused() -> None:
    result = read_yaml("a: 1\n---\nb: 2\n")
    assert [(p.code, p.where) for p in result.problems] == [("RQ001", Position(2, 1))]


def test_undefined_alias_is_located() -> None:
    result = read_yaml("a: 1\nb: *nope\n")
    assert [(p.code, p.where) for p in result.problems] == [("RQ001", Position(2, 4, 9))]


def test_spans_locate_keys_and_values() -> None:
    result = read_yaml("a:\n  - id: x\n    date: 2023-01-15\n", record=True)
    span = result.spans[("a", 0, "date")]
    assert (span.line, span.column, span.key) == (2, 10, (2, 4, 2, 8))


def test_without_the_c_parser_the_same_file_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where ruamel.yaml.clib is missing (not CPython), ruamel.yaml's parser in Python gives
    the same data, the same located problems and the same spans."""
    text = "a: 1\na: 2\nb: &x [1, {c: 2023-02-30}]\nd: *x\ne: 'xã Đoàn Kết'\nf: [1, 2\n"
    fast = read_yaml(text, record=True)
    assert yamlread._CParser is not None  # the tests run where the C parser is installed
    monkeypatch.setattr(yamlread, "_CParser", None)
    slow = read_yaml(text, record=True)
    assert slow.data == fast.data
    assert [(p.code, p.where, p.message) for p in slow.problems] == [
        (p.code, p.where, p.message) for p in fast.problems
    ]
    assert [p.code for p in fast.problems] == ["RQ003", "RQ001"]
    assert slow.spans == fast.spans


def test_reading_a_file_leaves_no_garbage_for_the_collector() -> None:
    """Each read used to build a loader class around the C parser: cycles that only the
    cyclic collector frees, with the file's text in them (a run over many result files held
    tens of MiB until a collection)."""
    text = "a: 1\nb: [1, 2, {c: d}]\n" * 50
    read_yaml(text)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for _ in range(20):
            read_yaml(text)
            top_level_value(text, "b")
        gc.collect()
        left = list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []
