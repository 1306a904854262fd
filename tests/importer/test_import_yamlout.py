"""The YAML the importer writes reads back, with raquan's own reader, to the data it wrote,
whatever the text (quotes, colons, brackets, leading dashes, numbers, line breaks), with a
comment on any line."""

from __future__ import annotations

import datetime
import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from raquan.diagnostics import DataPath
from raquan.importer.yamlout import CHECK, write_yaml
from raquan.read.yamlread import read_yaml

TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
    | st.sampled_from(list("-:#[]{},'\"|>!&*?%@` \n\tđĐếỆ")),
    max_size=40,
)
KEY = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
SCALAR = st.one_of(
    TEXT,
    st.integers(min_value=-(10**6), max_value=10**6),
    st.booleans(),
    st.none(),
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2199, 12, 31)),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
DATA = st.recursive(
    SCALAR,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEY, inner, max_size=4),
    max_leaves=20,
)


def as_read(value: Any) -> Any:
    """What raquan's reader gives back for a written value (dates and times stay text)."""
    if isinstance(value, dict):
        return {key: as_read(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_read(item) for item in value]
    if isinstance(value, datetime.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(KEY, DATA, min_size=1, max_size=5), st.data())
def test_written_yaml_reads_back_the_same(data: dict[str, Any], draw: st.DataObject) -> None:
    keys = list(data)
    guessed = draw.draw(st.lists(st.sampled_from(keys), max_size=3))
    guesses: dict[DataPath, list[str]] = {
        (key,): [f"lý do {n}: a # b: c"] for n, key in enumerate(guessed)
    }
    text = write_yaml(data, guesses, "Tiêu đề\ndòng hai")
    result = read_yaml(text)
    assert result.problems == [], text
    assert result.data == as_read(data), text
    for key in guessed:
        written = (f"{key}:", f'"{key}":')
        assert any(line.startswith(written) and CHECK in line for line in text.splitlines())


def test_style_of_the_written_file() -> None:
    text = write_yaml(
        {
            "title": "Dòng một\ndòng hai",
            "date": "2023-01",
            "time": datetime.time(9, 0),
            "to": ["VT", "KTN"],
            "names": ["UBND các xã, phường", "Phòng Kinh tế"],
            "heading": "Phòng Kinh tế thành phố:",
            "number": None,
            "footnotes": {"1": "Tại Báo cáo"},
        },
        {("to",): ["đoán"]},
        "Đầu tệp",
    )
    assert text.splitlines() == [
        "# Đầu tệp",
        "title: |-",
        "  Dòng một",
        "  dòng hai",
        "date: 2023-01",
        'time: "09:00"',
        f"to: [VT, KTN]  # {CHECK}: đoán",
        'names: ["UBND các xã, phường", Phòng Kinh tế]',
        'heading: "Phòng Kinh tế thành phố:"',
        "number:",
        "footnotes:",
        '  "1": Tại Báo cáo',
    ]
