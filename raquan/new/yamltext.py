"""A small description of a commented YAML file, turned into ruamel.yaml round-trip nodes.

The skeletons are described as ``Map``/``Seq`` trees whose keys and items carry their comments
(a note above, an end-of-line remark, a blank line before); ``render`` turns a tree into
ruamel.yaml's ``CommentedMap``/``CommentedSeq`` with the comments placed at the right column and
dumps it. The comments are real YAML comments: they survive a round trip through ruamel.yaml
(``round_trip_yaml().load`` then ``dump`` gives the same text back).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

MARK = "<điền"
"""What every value the user must still fill in contains (``<điền: tên kế hoạch>``)."""

WIDTH = 4096
"""Line width for the dumper: wide enough that no Vietnamese sentence is folded."""

MAPPING_INDENT = 2
SEQUENCE_INDENT = 4
SEQUENCE_OFFSET = 2


def fill(what: str) -> str:
    """A placeholder for a value the user must write: ``<điền: what>``."""
    return f"{MARK}: {what}>"


class _NoAliases(RoundTripRepresenter):
    """Equal values (the same date twice) are written twice, never as an anchor and alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def represent_none(self, data: Any) -> Any:
        # An empty value, as clerks write a blank number (``number:``), never ``null``.
        return self.represent_scalar("tag:yaml.org,2002:null", "")


_NoAliases.add_representer(type(None), _NoAliases.represent_none)


def round_trip_yaml() -> YAML:
    """The ruamel.yaml round-trip instance the skeletons are written with.

    UTF-8, two-space indentation with sequences indented under their key, no folding, and
    quotes kept as written (``"09:00"`` stays quoted when a file is loaded and dumped again).
    """
    yaml = YAML(typ="rt")
    yaml.indent(mapping=MAPPING_INDENT, sequence=SEQUENCE_INDENT, offset=SEQUENCE_OFFSET)
    yaml.width = WIDTH
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    yaml.Representer = _NoAliases
    return yaml


@dataclass(frozen=True, slots=True)
class Block:
    """A multi-line text written as a literal block (``|``), lines kept as they are."""

    text: str


@dataclass(frozen=True, slots=True)
class Quoted:
    """A string that must be written in double quotes (``"09:00"``, ``"2023-01-31 08:45"``)."""

    text: str


@dataclass(frozen=True, slots=True)
class Key:
    """One key of a mapping, its value, and its comments.

    ``note`` is written as comment lines above the key (one line per ``\\n``), ``eol`` as a
    comment at the end of its line, and ``gap`` puts a blank line above it.
    """

    name: str
    value: Any
    note: str | None = None
    eol: str | None = None
    gap: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a sequence with its comments (a note above the dash, an end-of-line remark)."""

    value: Any
    note: str | None = None
    eol: str | None = None


@dataclass(frozen=True, slots=True)
class Map:
    """A mapping; ``heading`` is written above its first key (only at the top of a file)."""

    keys: Sequence[Key]
    heading: str | None = None


@dataclass(frozen=True, slots=True)
class Seq:
    """A sequence; ``flow`` writes it on one line: ``[VT, KTN]``."""

    items: Sequence[Item | Any] = field(default_factory=tuple)
    flow: bool = False


def _before(note: str | None, gap: bool) -> str | None:
    if note is None:
        return "\n" if gap else None
    return ("\n" if gap else "") + note


def _node(value: Any, column: int) -> Any:
    """The ruamel node of ``value``, whose own keys (or dashes) are at ``column``."""
    if isinstance(value, Map):
        return _mapping(value, column)
    if isinstance(value, Seq):
        return _sequence(value, column)
    if isinstance(value, Block):
        return LiteralScalarString(value.text)
    if isinstance(value, Quoted):
        return DoubleQuotedScalarString(value.text)
    return value


def _mapping(value: Map, column: int) -> CommentedMap:
    node = CommentedMap()
    for key in value.keys:
        # A nested mapping's keys and a nested sequence's dashes are both indented by two.
        node[key.name] = _node(key.value, column + MAPPING_INDENT)
        before = _before(key.note, key.gap)
        if before is not None:
            node.yaml_set_comment_before_after_key(key.name, before=before, indent=column)
        if key.eol is not None:
            node.yaml_add_eol_comment(key.eol, key.name)
    if value.heading is not None:
        node.yaml_set_start_comment(value.heading)
    return node


def _sequence(value: Seq, column: int) -> CommentedSeq:
    node = CommentedSeq()
    for i, raw in enumerate(value.items):
        item = raw if isinstance(raw, Item) else Item(raw)
        if isinstance(item.value, Map) and item.value.keys and item.value.keys[0].note:
            # ruamel.yaml would move such a comment above the dash on the next round trip.
            msg = "a note above the first key of a sequence item belongs to the Item"
            raise ValueError(msg)
        # An item's own keys start right after "- ", two columns past the dash.
        node.append(_node(item.value, column + SEQUENCE_INDENT - SEQUENCE_OFFSET))
        if item.note is not None:
            node.yaml_set_comment_before_after_key(i, before=item.note, indent=column)
        if item.eol is not None:
            node.yaml_add_eol_comment(item.eol, i)
    if value.flow:
        node.fa.set_flow_style()
    return node


def render(document: Map) -> str:
    """The YAML text of a described document, comments included."""
    stream = io.StringIO()
    round_trip_yaml().dump(_node(document, 0), stream)
    return stream.getvalue()
