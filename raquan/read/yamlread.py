"""YAML text to plain Python data: fast, safe, and with every problem located.

Hand-written over ruamel.yaml's *event* stream rather than its constructors, for three reasons
that no ready-made loader meets together:

* Speed. The C parser (``ruamel.yaml.clib``) yields events several times faster than ruamel's
  own composer and constructors build objects (measured on a 1.5 MB plan corpus: 0.12 s for
  the events against 0.74 s to compose and 1.08 s to load). Building dicts and lists straight
  from events keeps most of that.
* Safety. Files arrive from other offices. Nesting is bounded (the C composer recurses and
  crashes the interpreter on 100,000 nested brackets; the event parser does not recurse), and
  aliases may not expand a document beyond a budget ("billion laughs"), both checked while
  reading, before anything else walks the data.
* Diagnostics. Duplicate keys are reported, all of them, instead of stopping the load; dates stay
  strings so that ``2023-02-30`` is reported by the models with its place; every string is put
  in Unicode NFC.

Scalars are resolved with the YAML 1.2 core schema (``yes``/``no`` stay strings, ``08:30`` is
text, not a number of minutes). Positions are not kept when reading: ``read_yaml(...,
record=True)`` reads again and records where each data path is, which is done only for files
that have something to report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any, NoReturn

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.reader import ReaderError

try:
    from ruamel.yaml import cyaml
except ImportError:  # no ruamel.yaml.clib (not CPython): ruamel.yaml's parser in Python
    _CParser: Any = None
else:
    _CParser = cyaml.CParser  # type: ignore[attr-defined]  # the C module's, re-exported

from raquan.diagnostics import DataPath, Position

MAX_DEPTH = 64
"""Deepest nesting accepted; a plan needs about ten levels."""

ALIAS_ALLOWANCE = 10_000
"""Nodes that aliases may add beyond the document's own size before it is refused."""

MAX_NODES = 262_144
"""Values (scalars, lists, mappings) a document may hold by default: about three times what a
real plan of 5 MiB holds (one value per 60 bytes), far below what a file of 5 MiB can pack in
(one value per 2 bytes). ``read_yaml`` takes another limit (the loader scales it with the
file size limit)."""

MAX_ITEMS = 20_000
"""Items one list or mapping may hold (a province has about 500 units)."""

_NULLS = frozenset({"~", "null", "Null", "NULL", ""})
_TRUES = frozenset({"true", "True", "TRUE"})
_FALSES = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+")
_OCT_HEX = re.compile(r"0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOATS = {
    ".inf": float("inf"),
    "+.inf": float("inf"),
    "-.inf": float("-inf"),
    ".nan": float("nan"),
}
_NUMERIC_START = frozenset("0123456789+-.")
_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp", "binary")
)
_COLLECTION_TAGS = {"mapping": _CORE + "map", "sequence": _CORE + "seq"}
"""The standard tags of the YAML core schema; any other tag (``!!python/object``, ``!foo``)
is refused on any node."""

MAX_DIGITS = 100
"""Longest integer read (digits, in any base); an amount of money has at most 14."""


def _tag_name(tag: str) -> str:
    """A tag as it was written (``!!python/object``), shortened for a message."""
    name = "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag
    return name if len(name) <= 80 else name[:77] + "…"


class _TooLongNumberError(ValueError):
    """An integer with more than ``MAX_DIGITS`` digits."""


def _integer(text: str, base: int = 10) -> int:
    if len(text.lstrip("+-")) > MAX_DIGITS:
        raise _TooLongNumberError(text)
    return int(text, base)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the YAML text itself, before any model looks at it."""

    code: str
    message: str
    where: Position | DataPath
    hint: str | None = None
    key: bool = False


@dataclass(frozen=True, slots=True)
class Span:
    """Where one value (and its key, inside a mapping) is in the text; 0-based marks."""

    line: int
    column: int
    index: int
    end_line: int
    end_column: int
    end_index: int
    key: tuple[int, int, int, int] | None = None  # line, column, end_line, end_column
    container: bool = False


@dataclass(slots=True)
class YamlResult:
    """The data read (None when there was none or reading stopped) and the problems found."""

    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    spans: dict[DataPath, Span] = field(default_factory=dict)
    complete: bool = True


class _StopReadingError(Exception):
    """Reading cannot go on; the problem has been recorded."""


@dataclass(slots=True)
class _Frame:
    """A mapping or sequence being built."""

    value: dict[Any, Any] | list[Any]
    path: DataPath
    anchor: str | None
    start: Any
    size: int = 1
    key: Any = None
    has_key: bool = False
    key_mark: tuple[int, int, int, int] | None = None
    merges: list[dict[Any, Any]] = field(default_factory=list)


def _position(mark: Any, end_mark: Any = None) -> Position:
    end = None
    if end_mark is not None and end_mark.line == mark.line and end_mark.column > mark.column:
        end = end_mark.column + 1
    return Position(mark.line + 1, mark.column + 1, end)


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _plain(value: str) -> Any:
    """Resolve a plain scalar with the YAML 1.2 core schema; dates and times stay text."""
    if value in _NULLS:
        return None
    if value[0] in _NUMERIC_START:
        if _INT.fullmatch(value):
            return _integer(value)
        if _OCT_HEX.fullmatch(value):
            return _integer(value[2:], 8 if value[1] == "o" else 16)
        if _FLOAT.fullmatch(value):
            return float(value)
        special = _SPECIAL_FLOATS.get(value.lower())
        return special if special is not None else _nfc(value)
    if value in _TRUES:
        return True
    if value in _FALSES:
        return False
    return _nfc(value)


def resolve_plain(value: str) -> Any:
    """What a plain scalar written ``value`` reads as (None, a bool, a number, or the text)."""
    return _plain(value) if value else None


def _tagged(value: str, tag: str) -> Any:
    """Resolve a scalar with an explicit core tag; ValueError when it does not fit the tag."""
    name = tag.removeprefix(_CORE)
    if name in ("str", "timestamp", "binary"):
        return _nfc(value)
    if name == "null":
        return None
    if name == "bool":
        if value in _TRUES:
            return True
        if value in _FALSES:
            return False
        raise ValueError(value)
    if name == "int":
        if value.startswith(("0o", "0x")):
            return _integer(value[2:], 8 if value[1] == "o" else 16)
        return _integer(value)
    if name == "float":
        return float(value)
    raise ValueError(value)


def _events(text: str) -> Iterator[Any]:
    """The parser's events for ``text``: straight from ruamel.yaml.clib's C parser when it
    is there (``YAML().parse`` would build a new loader class around it for each text: ten
    times the cost of a small file's parse, and garbage that only the cyclic collector can
    free), else from ruamel.yaml's own."""
    if _CParser is None:
        yield from YAML(typ="safe", pure=False).parse(text)
        return
    parser = _CParser(text)
    try:
        while parser.check_event():
            yield parser.get_event()
    finally:
        parser.dispose()


def _syntax_problem(error: YAMLError, text: str) -> Problem:
    """Turn a parser error into a located problem with a Vietnamese message."""
    if isinstance(error, ReaderError):
        index = error.position
        bad = chr(error.character) if isinstance(error.character, int) else None
        if bad is not None and not (0 <= index < len(text) and text[index] == bad):
            # The C reader counts UTF-8 bytes, the pure-Python one characters.
            index = len(text.encode("utf-8")[:index].decode("utf-8", "ignore"))
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        code = f"U+{error.character:04X}" if isinstance(error.character, int) else "?"
        return Problem(
            "RQ009",
            f"Tệp chứa ký tự điều khiển {code}, không được phép trong YAML và văn bản Word.",
            Position(line, column),
            hint="Xoá ký tự này (thường do sao chép từ phần mềm khác).",
        )
    problem = ""
    mark = None
    context = ""
    if isinstance(error, MarkedYAMLError):
        problem = error.problem or ""
        context = error.context or ""
        mark = error.problem_mark or error.context_mark
        if error.context_mark is not None and (
            ("simple key" in context and "expected ':'" in problem) or "quoted scalar" in context
        ):
            # A key without its colon is found only on the next line, and a quote never
            # closed only at the end of the file: the mistake is where the key or quote began.
            mark = error.context_mark
        elif (
            context.startswith("while parsing a flow")
            and error.context_mark is not None
            and error.problem_mark is not None
            and error.problem_mark.line != error.context_mark.line
        ):
            # A bracket left open is found only where the next thing does not fit: the
            # mistake is the bracket.
            mark = error.context_mark
    where = _position(mark) if mark is not None else Position(1, 1)
    unclosed = _unclosed_quote(text, where.line)
    if unclosed is not None:
        return unclosed
    if "quoted scalar" in context and mark is not None:
        opened = text.splitlines()[where.line - 1][where.column - 1 :] if text else ""
        quote = "nháy đơn" if opened.startswith("'") else "nháy kép"
        return Problem(
            "RQ001",
            f"Dấu {quote} mở ở đây không được đóng: chuỗi kéo dài tới hết tệp.",
            Position(where.line, where.column, where.column + 1),
            hint=f"Thêm dấu {quote} đóng ở cuối dòng {where.line}, hoặc bỏ dấu nháy mở.",
        )
    message, hint = _explain(problem, context)
    if "simple key" in context and "expected ':'" in problem and mark is not None:
        key = text.splitlines()[where.line - 1][where.column - 1 :].split("#")[0].strip()
        if key:
            message = f"Thiếu dấu hai chấm sau khoá '{_shorten(key)}'."
    return Problem("RQ001", message, where, hint=hint)


_LOOKS_LIKE_A_KEY = re.compile(r"^\s*(?:-\s+)?[^\s:#\"'][^:\n]*:(?:\s|$)", re.M)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unclosed_quote(text: str, error_line: int) -> Problem | None:
    """A quote opened and not closed on its line, which made the reader take the next lines
    (keys and all) as part of one string, until a quote further down closed it: the error is
    reported far below the mistake. Found by scanning the text again (pure-Python scanner,
    which keeps each string's start) for a quoted string that spans lines holding keys."""
    suspect = None
    try:
        for token in YAML(typ="safe", pure=True).scan(text):
            if token.start_mark.line + 1 > error_line:
                break
            if (
                type(token).__name__ == "ScalarToken"
                and getattr(token, "style", None) in ('"', "'")
                and token.start_mark.line != token.end_mark.line
                and _LOOKS_LIKE_A_KEY.search(text, token.start_mark.index + 1, token.end_mark.index)
            ):
                suspect = token
    except YAMLError:
        pass
    if suspect is None:
        return None
    start, end = suspect.start_mark, suspect.end_mark
    quote = "nháy kép" if suspect.style == '"' else "nháy đơn"
    return Problem(
        "RQ001",
        f"Dấu {quote} mở ở đây không được đóng trên dòng này: chuỗi kéo dài tới dòng "
        f"{end.line + 1} và nuốt các dòng ở giữa.",
        Position(start.line + 1, start.column + 1, start.column + 2),
        hint=f"Thêm dấu {quote} đóng ở cuối dòng {start.line + 1}, hoặc bỏ dấu nháy mở.",
    )


_EXPLANATIONS: tuple[tuple[str, str, str | None], ...] = (
    (
        "mapping values are not allowed",
        "Dấu hai chấm ở đây không hợp lệ.",
        "Nếu giá trị có chứa ': ', hãy đặt nó trong dấu nháy kép; nếu không, kiểm tra thụt lề.",
    ),
    (
        "could not find expected ':'",
        "Thiếu dấu hai chấm sau khoá.",
        "Mỗi dòng của một bảng khoá có dạng 'khoá: giá trị'.",
    ),
    (
        "did not find expected key",
        "Thụt lề không khớp: ở mức này phải là một khoá.",
        "Các khoá cùng cấp phải thẳng cột với nhau; dùng dấu cách, không dùng Tab.",
    ),
    (
        "did not find expected '-' indicator",
        "Thụt lề không khớp trong danh sách: ở mức này phải là một dòng bắt đầu bằng '-'.",
        "Các phần tử của một danh sách phải thẳng cột với nhau.",
    ),
    (
        "did not find expected ',' or ']'",
        "Danh sách viết trên một dòng thiếu dấu phẩy hoặc dấu ']'.",
        None,
    ),
    (
        "did not find expected ',' or '}'",
        "Bảng viết trên một dòng thiếu dấu phẩy hoặc dấu '}'.",
        None,
    ),
    (
        "found unexpected end of stream",
        "Tệp kết thúc khi một chuỗi hoặc một cặp ngoặc còn chưa đóng.",
        "Kiểm tra dấu nháy hoặc dấu ngoặc mở mà không đóng.",
    ),
    (
        "found unknown escape character",
        "Chuỗi trong dấu nháy kép có ký tự thoát '\\' không hợp lệ.",
        "Dùng dấu nháy đơn, hoặc viết '\\\\' cho một dấu gạch chéo ngược.",
    ),
    (
        "invalid Unicode character escape code",
        "Chuỗi trong dấu nháy kép có mã thoát Unicode (\\u...) không phải một ký tự hợp lệ "
        "(ví dụ nửa cặp đại diện \\uD800), không thể đưa vào văn bản Word.",
        "Xoá mã thoát này, hoặc viết thẳng ký tự cần dùng.",
    ),
    (
        "did not find expected node content",
        "Thiếu giá trị ở đây.",
        None,
    ),
    (
        "found character that cannot start any token",
        "Ký tự này không thể bắt đầu một giá trị YAML.",
        "Nếu giá trị bắt đầu bằng '@', '`', '%' hay '|', hãy đặt nó trong dấu nháy kép.",
    ),
    (
        "did not find expected alphabetic or numeric character",
        "Tên neo (&) hoặc bí danh (*) không hợp lệ.",
        "Nếu đây là văn bản bắt đầu bằng '*' hoặc '&', hãy đặt nó trong dấu nháy kép.",
    ),
    (
        "did not find expected <document start>",
        "Nội dung thừa sau phần tài liệu.",
        None,
    ),
)


def _explain(problem: str, context: str) -> tuple[str, str | None]:
    for needle, message, hint in _EXPLANATIONS:
        if needle in problem:
            return message, hint
    if "block end" in problem or "block end" in context:
        return "Thụt lề không khớp với các dòng phía trên.", "Các khoá cùng cấp phải thẳng cột."
    return (
        "Cú pháp YAML không hợp lệ.",
        "Kiểm tra thụt lề, dấu hai chấm sau khoá và dấu nháy ở dòng này.",
    )


def _tab_problems(text: str) -> list[Problem]:
    """Tabs used for indentation, which YAML forbids, one problem per line."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = len(line) - len(line.lstrip(" \t"))
        column = line.find("\t", 0, indent)
        if column >= 0:
            problems.append(
                Problem(
                    "RQ002",
                    "Dòng này thụt lề bằng ký tự Tab; YAML chỉ cho phép thụt lề bằng dấu cách.",
                    Position(number, column + 1),
                    hint="Thay mỗi Tab bằng dấu cách (trình soạn thảo thường có lệnh đổi Tab "
                    "thành dấu cách).",
                )
            )
    return problems


class _Reader:
    """One pass over the events of a text, building its data (and, if asked, its spans)."""

    def __init__(
        self, text: str, *, record: bool | Collection[DataPath], max_nodes: int = MAX_NODES
    ) -> None:
        self.text = text
        self.record = bool(record)
        self.wanted = None if isinstance(record, bool) else set(record)
        self.max_nodes = max_nodes
        self.result = YamlResult()
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.aliased = 0
        self.documents = 0
        self.root_set = False

    def fail(self, problem: Problem) -> NoReturn:
        self.result.problems.append(problem)
        self.result.complete = False
        raise _StopReadingError

    def run(self) -> YamlResult:
        try:
            for event in _events(self.text):
                self.handle(event)
        except _StopReadingError:
            pass
        except YAMLError as error:
            self.result.complete = False
            tabs = _tab_problems(self.text)
            problem = _syntax_problem(error, self.text)
            tab_lines = {p.where.line for p in tabs if isinstance(p.where, Position)}
            self.result.problems.extend(tabs)
            if not (
                isinstance(problem.where, Position)
                and tabs
                and (problem.where.line in tab_lines or "tab" in str(error))
            ):
                self.result.problems.append(problem)
        return self.result

    # Events ----------------------------------------------------------------------------------

    def handle(self, event: Any) -> None:
        kind = type(event)
        if kind is ScalarEvent:
            self.scalar(event)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            self.start(event, {} if kind is MappingStartEvent else [])
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            self.end(event)
        elif kind is AliasEvent:
            self.alias(event)
        elif kind is DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                self.fail(
                    Problem(
                        "RQ001",
                        "Tệp chứa nhiều tài liệu YAML (ngăn cách bởi '---'); raquan chỉ đọc "
                        "một tài liệu mỗi tệp.",
                        _position(event.start_mark),
                        hint="Tách mỗi tài liệu thành một tệp riêng.",
                    )
                )

    def path_here(self) -> DataPath:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.value, list):
            return (*top.path, len(top.value))
        return (*top.path, top.key) if top.has_key else top.path

    def count(self, event: Any) -> None:
        """One more value: refused early when the document or its list or mapping holds too
        many (nothing larger is ever built)."""
        self.nodes += 1
        if self.nodes > self.max_nodes:
            self.fail(
                Problem(
                    "RQ010",
                    f"Tệp có quá nhiều giá trị (hơn {self.max_nodes:,}); tệp có thể bị hỏng hoặc "
                    "cố ý làm treo máy.".replace(",", "."),
                    _position(event.start_mark),
                    hint="Một kế hoạch thật có khoảng một giá trị cho mỗi 60 byte; nếu tệp này "
                    "đúng là lớn như vậy, tăng RAQUAN_MAX_FILE_SIZE.",
                )
            )
        if self.stack:
            top = self.stack[-1]
            if len(top.value) >= MAX_ITEMS:
                what = "danh sách" if isinstance(top.value, list) else "bảng khoá"
                self.fail(
                    Problem(
                        "RQ010",
                        f"Một {what} có quá nhiều phần tử (hơn {MAX_ITEMS:,}).".replace(",", "."),
                        _position(event.start_mark),
                        hint="Tách dữ liệu thành nhiều tệp, hoặc kiểm tra xem tệp có bị hỏng.",
                    )
                )

    def scalar(self, event: Any) -> None:
        self.count(event)
        value = event.value
        tag = event.tag
        if tag is None or tag == "!":
            try:
                resolved = _plain(value) if event.implicit[0] else _nfc(value)
            except _TooLongNumberError:
                self.fail(self.long_number(event))
        elif tag in _SCALAR_TAGS:
            try:
                resolved = _tagged(value, tag)
            except _TooLongNumberError:
                self.fail(self.long_number(event))
            except ValueError:
                self.fail(
                    Problem(
                        "RQ001",
                        f"Giá trị '{value}' không khớp với thẻ {tag.removeprefix(_CORE)}.",
                        _position(event.start_mark, event.end_mark),
                    )
                )
        else:
            self.fail(self.bad_tag(event))
        if event.anchor is not None:
            self.anchors[event.anchor] = (resolved, 1)
        self.attach(resolved, 1, event.start_mark, event.end_mark)

    def long_number(self, event: Any) -> Problem:
        return Problem(
            "RQ010",
            f"Số quá dài (hơn {MAX_DIGITS} chữ số); tệp có thể bị hỏng hoặc cố ý làm treo máy.",
            _position(event.start_mark, event.end_mark),
            hint="Nếu đây là văn bản, hãy đặt nó trong dấu nháy.",
        )

    def bad_tag(self, event: Any) -> Problem:
        return Problem(
            "RQ001",
            f"Thẻ YAML '{_tag_name(event.tag)}' không được hỗ trợ; raquan chỉ đọc dữ liệu thuần "
            "(văn bản, số, danh sách, bảng khoá).",
            _position(event.start_mark, event.end_mark),
            hint="Xoá thẻ bắt đầu bằng '!' trước giá trị.",
        )

    def start(self, event: Any, value: dict[Any, Any] | list[Any]) -> None:
        self.count(event)
        tag = event.tag
        wanted = _COLLECTION_TAGS["mapping" if isinstance(value, dict) else "sequence"]
        if tag is not None and tag not in ("!", wanted):
            self.fail(self.bad_tag(event))
        if len(self.stack) >= MAX_DEPTH:
            self.fail(
                Problem(
                    "RQ010",
                    f"Dữ liệu lồng nhau quá sâu (quá {MAX_DEPTH} cấp).",
                    _position(event.start_mark),
                    hint="Một kế hoạch chỉ cần khoảng mười cấp; tệp này có thể bị hỏng.",
                )
            )
        if self.stack and isinstance(self.stack[-1].value, dict) and not self.stack[-1].has_key:
            self.fail(
                Problem(
                    "RQ001",
                    "Khoá của bảng phải là một giá trị đơn (chữ hoặc số), không phải danh "
                    "sách hay bảng.",
                    _position(event.start_mark),
                )
            )
        self.stack.append(_Frame(value, self.path_here(), event.anchor, event.start_mark))

    def end(self, event: Any) -> None:
        frame = self.stack.pop()
        if frame.merges and isinstance(frame.value, dict):
            for source in frame.merges:
                for key, item in source.items():
                    frame.value.setdefault(key, item)
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (frame.value, frame.size)
        self.attach(frame.value, frame.size, frame.start, event.end_mark, container=True)

    def alias(self, event: Any) -> None:
        known = self.anchors.get(event.anchor)
        if known is None:
            self.fail(
                Problem(
                    "RQ001",
                    f"Bí danh '*{event.anchor}' chưa được định nghĩa bằng '&{event.anchor}' ở "
                    "phía trên.",
                    _position(event.start_mark, event.end_mark),
                )
            )
        value, size = known
        self.aliased += size
        if (
            self.aliased > ALIAS_ALLOWANCE + self.nodes
            or self.nodes + self.aliased > 4 * self.max_nodes
        ):
            self.fail(
                Problem(
                    "RQ010",
                    "Các bí danh (*) làm tệp phình ra quá lớn khi đọc; tệp bị từ chối để bảo vệ "
                    "máy (kiểu tấn công 'billion laughs').",
                    _position(event.start_mark, event.end_mark),
                    hint="Viết lại dữ liệu mà không dùng bí danh lồng nhau.",
                )
            )
        self.attach(value, size, event.start_mark, event.end_mark)

    def attach(
        self, value: Any, size: int, start: Any, end: Any, *, container: bool = False
    ) -> None:
        if not self.stack:
            self.result.data = value
            if self.record:
                self.keep((), _span(start, end, container=container))
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.value, list):
            if self.record:
                self.keep((*top.path, len(top.value)), _span(start, end, container=container))
            top.value.append(value)
            return
        if not top.has_key:
            try:
                hash(value)
            except TypeError:  # pragma: no cover - containers as keys stop in start()
                value = str(value)
            top.key, top.has_key = value, True
            top.key_mark = (start.line, start.column, end.line, end.column)
            return
        top.has_key = False
        key = top.key
        if key == "<<" and isinstance(value, dict | list):
            sources = value if isinstance(value, list) else [value]
            top.merges.extend(s for s in sources if isinstance(s, dict))
            return
        if key in top.value:
            line, column, end_line, end_column = top.key_mark or (0, 0, 0, 0)
            self.result.problems.append(
                Problem(
                    "RQ003",
                    f"Khoá '{key}' bị lặp lại trong cùng một bảng; chỉ giá trị đầu tiên được dùng.",
                    Position(
                        line + 1,
                        column + 1,
                        end_column + 1 if end_line == line and end_column > column else None,
                    ),
                    hint="Xoá một trong hai dòng, hoặc gộp chúng lại.",
                )
            )
            return
        top.value[key] = value
        if self.record:
            self.keep((*top.path, key), _span(start, end, container=container, key=top.key_mark))

    def keep(self, path: DataPath, span: Span) -> None:
        if self.wanted is None or path in self.wanted:
            self.result.spans[path] = span


def _span(
    start: Any,
    end: Any,
    *,
    container: bool = False,
    key: tuple[int, int, int, int] | None = None,
) -> Span:
    return Span(
        start.line,
        start.column,
        start.index,
        end.line,
        end.column,
        end.index,
        key=key,
        container=container,
    )


def read_yaml(
    text: str, *, record: bool | Collection[DataPath] = False, max_nodes: int = MAX_NODES
) -> YamlResult:
    """Read one YAML document from ``text``.

    Returns the data (None for an empty document), the problems found (syntax, tabs, duplicate
    keys, unsupported tags, too deep, too many aliases, too many values) and, with ``record``,
    the spans of the data paths: all of them (``True``), or only those in ``record`` (a
    collection of paths), so that locating a few problems in a large file keeps a few spans,
    not millions. ``complete`` is False when reading stopped early; the data is then unusable.
    """
    return _Reader(text, record=record, max_nodes=max_nodes).run()


def iter_paths(data: Any, path: DataPath = ()) -> Iterator[tuple[DataPath, Any]]:
    """Every (path, value) of a data tree, depth first; used by checks that look at all text."""
    stack: list[tuple[DataPath, Any]] = [(path, data)]
    while stack:
        here, value = stack.pop()
        yield here, value
        if isinstance(value, dict):
            stack.extend(((*here, k), v) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend(((*here, i), v) for i, v in reversed(list(enumerate(value))))


def top_level_value(text: str, key: str) -> Any:
    """The value of ``key`` in the document's top mapping when it is a plain value (``kind``
    of a file: ``plan``, ``report``), read by parsing only as far as that key; None when the
    document is not a mapping, has no such key, or cannot be parsed that far.

    Comments, quoting and layout do not matter: this is the parser's answer, not a search
    of the text (a result file that starts with a long comment is still a result file).
    """
    depth = 0
    expecting_key = False
    found_key = False
    try:
        for event in _events(text):
            kind = type(event)
            if kind is MappingStartEvent or kind is SequenceStartEvent:
                if depth == 0 and kind is not MappingStartEvent:
                    return None
                if found_key:
                    return None
                depth += 1
                expecting_key = depth == 1
                continue
            if kind is MappingEndEvent or kind is SequenceEndEvent:
                depth -= 1
                if depth == 0:
                    return None
                if depth == 1:
                    expecting_key = True  # the container was a value; a key comes next
                continue
            if depth != 1:
                continue
            if kind is ScalarEvent or kind is AliasEvent:
                if found_key:
                    return _plain(event.value) if kind is ScalarEvent else None
                if expecting_key:
                    found_key = kind is ScalarEvent and event.value == key
                expecting_key = not expecting_key
    except (YAMLError, ValueError):
        return None
    return None
