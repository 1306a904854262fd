"""The sandbox templates run in: what they may touch, and how much they may do.

Jinja's ``ImmutableSandboxedEnvironment`` keeps templates away from Python's internals; this
module closes what it leaves open to an untrusted template folder:

- **Reach.** Templates get plain data (``raquan.render.plain``). On top of that, attributes are
  allowed by type, not by name: a record's keys (and ``items``/``keys``/``values``/``get``), a
  short list of string methods that cannot grow a string (no ``ljust``, ``format``, ...), a
  date's parts, and Jinja's own loop and macro objects. Everything else is refused, so even an
  object that slipped through would show no method.
- **Size.** Every value that passes a hook (an attribute, an item, a call's arguments and
  result, an operator's operands and result, a filter's result) is measured, and operations
  that multiply (``'x' * n``, ``2 ** n``, ``join``, ``replace``) are measured before they run.
  The document's text is counted as it is produced and stops at a limit.
- **Time.** Every loop iteration, call, attribute and operator costs one step; the steps and the
  wall-clock time are both bounded. Loops are made to pay by rewriting each ``{% for %}`` to
  iterate through ``budget_loop`` when the template is compiled (Jinja's documented
  ``code_generator_class`` hook), so even an empty loop body is counted.
- **Files.** Templates are read through ``TemplateFolder``: a template that is a link leading
  outside its folder, too large, or not UTF-8 is refused.

The limits scale with the data: a plan of 5 MB may take more steps and print more text than a
small one, but no template can turn a small plan into gigabytes or hours.
"""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, TemplateNotFound, nodes, pass_environment
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import Environment
from jinja2.filters import do_sum, make_attrgetter
from jinja2.runtime import BlockReference, Context, LoopContext, Macro, TemplateReference, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from raquan.errors import UserError
from raquan.read.bounded import read_bounded
from raquan.render.plain import MAPPING_METHODS, Record, TemplateFunction

BASE_STEPS = 1_000_000
STEPS_PER_VALUE = 100
BASE_OUTPUT = 2_000_000
OUTPUT_PER_VALUE = 200
"""A render may take ``BASE_STEPS + STEPS_PER_VALUE × values`` steps and print
``BASE_OUTPUT + OUTPUT_PER_VALUE × values`` characters, where ``values`` counts the plain
values it was given."""

MAX_SECONDS = 15.0
"""Wall-clock limit of one template, whatever the steps (the bundled ones take a few
milliseconds; the longest tried, a plan of a whole province, under a second)."""

MAX_INT_BITS = 10_000
"""Largest integer a template may compute (about 3,000 digits)."""

MAX_WIDTH = 1_000
"""Largest width or precision in a ``%`` or ``format`` conversion."""

MAX_TEMPLATE_BYTES = 1024 * 1024
"""Largest template file read."""

STRING_METHODS = frozenset(
    {
        "capitalize",
        "casefold",
        "count",
        "endswith",
        "find",
        "isalnum",
        "isalpha",
        "isdigit",
        "islower",
        "isnumeric",
        "isspace",
        "istitle",
        "isupper",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "rfind",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "title",
        "upper",
    }
)
"""String methods a template may call: none makes a string longer than it was."""

DATE_ATTRIBUTES = frozenset(
    {"year", "month", "day", "hour", "minute", "second", "weekday", "isoweekday", "isoformat"}
)

JINJA_OBJECTS = (LoopContext, Macro, Namespace, Undefined, BlockReference, TemplateReference)
"""Jinja's own runtime objects, left to Jinja's sandbox rules."""

BUILTIN_FILTERS = frozenset(
    {
        "abs",
        "attr",
        "capitalize",
        "count",
        "d",
        "default",
        "dictsort",
        "first",
        "float",
        "groupby",
        "int",
        "items",
        "join",
        "last",
        "length",
        "list",
        "lower",
        "map",
        "max",
        "min",
        "reject",
        "rejectattr",
        "replace",
        "reverse",
        "round",
        "select",
        "selectattr",
        "sort",
        "string",
        "sum",
        "title",
        "trim",
        "truncate",
        "unique",
        "wordcount",
    }
)
"""Jinja's filters that templates keep; the others (``center``, ``indent``, ``format``,
``batch``, ``slice``, ``wordwrap``, ``tojson``, ``pprint``, ...) can grow a value far beyond its
input or expose Python's view of an object, and raquan's templates do not need them."""

GLOBALS = frozenset({"range", "dict", "namespace"})
"""Jinja's globals that templates keep (``lipsum``, ``cycler``, ``joiner`` are removed)."""


TOO_LONG = "văn bản do mẫu tạo ra quá dài; giới hạn tăng theo độ lớn của dữ liệu"


class LimitError(Exception):
    """A template went over one of its limits; the message says which, in Vietnamese."""


@dataclass(slots=True)
class Budget:
    """What one render may still do."""

    steps: int
    output: int
    deadline: float
    size: int

    @classmethod
    def for_values(cls, values: int) -> Budget:
        output = BASE_OUTPUT + OUTPUT_PER_VALUE * values
        return cls(
            steps=BASE_STEPS + STEPS_PER_VALUE * values,
            output=output,
            deadline=time.monotonic() + MAX_SECONDS,
            size=output,
        )

    def step(self) -> None:
        self.steps -= 1
        if self.steps & 0xFF == 0:
            if self.steps < 0:
                raise LimitError(
                    "mẫu chạy quá nhiều bước (vòng lặp hoặc lời gọi quá nhiều lần); giới hạn "
                    "tăng theo độ lớn của dữ liệu"
                )
            if time.monotonic() > self.deadline:
                raise LimitError(f"mẫu chạy quá {MAX_SECONDS:.0f} giây")

    def measure(self, value: Any) -> Any:
        """``value`` if it is within the size limit; ``LimitError`` if not."""
        if isinstance(value, str | list | tuple | Record | dict):
            if len(value) > self.size:
                raise LimitError(
                    f"mẫu tạo ra một giá trị quá lớn ({len(value):,} ký tự hoặc phần tử; giới "
                    f"hạn {self.size:,})".replace(",", ".")
                )
        elif _is_int(value) and value.bit_length() > MAX_INT_BITS:
            raise LimitError("mẫu tạo ra một số quá lớn")
        return value

    def expect(self, size: int) -> None:
        """Refuse, before doing it, an operation whose result would hold ``size`` characters or
        items."""
        if size > self.size:
            raise LimitError(
                f"mẫu sẽ tạo ra một giá trị quá lớn ({size:,} ký tự hoặc phần tử; giới hạn "
                f"{self.size:,})".replace(",", ".")
            )

    def printed(self, chunk: str) -> None:
        """Count a value printed by ``{{ ... }}`` (within the template, so errors have a line)."""
        self.output -= len(chunk)
        if self.output < 0:
            raise LimitError(TOO_LONG)

    def produced(self, total: int) -> None:
        """Check the whole text produced so far, literal text included."""
        if total > 2 * self.size:
            raise LimitError(TOO_LONG)


_WIDTHS = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?|\{[^{}]*?:[^{}]*?(\d+)[^{}]*\}")


def _check_widths(pattern: str) -> None:
    for match in _WIDTHS.finditer(pattern):
        for group in match.groups():
            if group == "*" or (group is not None and int(group) > MAX_WIDTH):
                raise LimitError(f"độ rộng trong chuỗi định dạng quá lớn (tối đa {MAX_WIDTH})")


class _LoopBudget(CodeGenerator):
    """Compiles every ``{% for x in items %}`` as ``{% for x in items | budget_loop %}``."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:  # noqa: N802
        for loop in node.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, "budget_loop", [], [], None, None)
            loop.iter.set_lineno(loop.lineno)
            loop.iter.set_environment(self.environment)
        super().visit_Template(node, frame)


class Sandbox(ImmutableSandboxedEnvironment):
    """The environment templates run in (see the module's docstring)."""

    code_generator_class = _LoopBudget
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"-", "+"})

    def __init__(self, *args: Any, finalize: Callable[[Any], Any] | None = None, **kwargs: Any):
        def counted(value: Any) -> Any:
            shown = finalize(value) if finalize is not None else value
            self.budget.printed(str(shown))
            return shown

        super().__init__(*args, finalize=counted, **kwargs)
        self.budget = Budget.for_values(0)
        for name in list(self.filters):
            if name not in BUILTIN_FILTERS:
                del self.filters[name]
        for name in list(self.globals):
            if name not in GLOBALS:
                del self.globals[name]
        self.globals["range"] = self._range
        self.filters["join"] = self._join
        self.filters["replace"] = self._replace
        self.filters["sum"] = self._sum
        self.filters["budget_loop"] = self._loop
        self._callable_globals = (self._range, self.globals["dict"], self.globals["namespace"])

    def guard_filters(self, filters: dict[str, Callable[..., Any]]) -> None:
        """Add ``filters`` (and wrap Jinja's kept ones) so that each use costs a step and its
        result is measured."""
        self.filters.update(filters)
        for name, function in list(self.filters.items()):
            if name != "budget_loop" and not getattr(function, "guarded", False):
                self.filters[name] = self._guarded(function)

    def _guarded(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self.budget.step()
            result = function(*args, **kwargs)
            if isinstance(result, Iterator):
                return self._loop(result)
            return self.budget.measure(result)

        for marker in ("jinja_pass_arg",):
            if hasattr(function, marker):
                setattr(guarded, marker, getattr(function, marker))
        guarded.guarded = True  # type: ignore[attr-defined]
        guarded.__name__ = getattr(function, "__name__", "filter")
        return guarded

    # Loops, ranges and joins ---------------------------------------------------------------

    def _loop(self, items: Any) -> Iterator[Any]:
        budget = self.budget
        if isinstance(items, Undefined):
            items = list(items)
        for item in items:
            budget.step()
            yield item

    def _range(self, *args: int) -> Iterator[int]:
        for number in range(*args):
            self.budget.step()
            yield number

    def _join(self, value: Iterable[Any], d: str = "", attribute: Any = None) -> str:
        items = [str(item) for item in self._loop(value)]
        self.budget.expect(sum(map(len, items)) + len(str(d)) * max(0, len(items) - 1))
        if attribute is not None:
            raise LimitError("bộ lọc join của raquan không nhận 'attribute'; dùng map trước")
        return str(d).join(items)

    @pass_environment
    def _sum(
        self, environment: Environment, iterable: Any, attribute: Any = None, start: Any = 0
    ) -> Any:
        """Jinja's ``sum``, refusing beforehand a sum of strings or lists that would be too
        large: ``[big_list] * 1000 | sum(start=[])`` concatenates inside Python, past any
        step."""
        items = list(self._loop(iterable))
        values = (
            items
            if attribute is None
            else list(map(make_attrgetter(environment, attribute), items))
        )
        sized = [len(v) for v in [start, *values] if isinstance(v, str | list | tuple)]
        if sized:
            self.budget.expect(sum(sized))
        return do_sum(environment, values, None, start)

    def _replace(self, value: Any, old: str, new: str, count: int | None = None) -> str:
        text, old, new = str(value), str(old), str(new)
        times = text.count(old) if old else len(text) + 1
        if count is not None:
            times = min(times, max(0, count))
        self.budget.expect(len(text) + times * max(0, len(new) - len(old)))
        return text.replace(old, new, -1 if count is None else count)

    # Hooks ------------------------------------------------------------------------------------

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, JINJA_OBJECTS):
            return super().is_safe_attribute(obj, attr, value)
        if isinstance(obj, str):
            return attr in STRING_METHODS
        if isinstance(obj, datetime.date | datetime.time):
            return attr in DATE_ATTRIBUTES
        if isinstance(obj, Record | dict):
            return attr in MAPPING_METHODS
        return False

    def getattr(self, obj: Any, attribute: str) -> Any:
        self.budget.step()
        if isinstance(obj, Record):
            if attribute in obj:
                return obj[attribute]
            if attribute in MAPPING_METHODS:
                return getattr(obj, attribute)
            return self.undefined(
                f"'{obj.kind}' không có thuộc tính '{attribute}'", obj=obj, name=attribute
            )
        return self.budget.measure(super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        self.budget.step()
        if isinstance(obj, Record):
            try:
                return obj[argument]
            except (KeyError, TypeError):
                return self.undefined(obj=obj, name=argument)
        return self.budget.measure(super().getitem(obj, argument))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        budget = __self.budget
        budget.step()
        for argument in (*args, *kwargs.values()):
            budget.measure(argument)
        if not __self._may_call(__obj):
            raise LimitError(f"mẫu không được gọi {type(__obj).__name__}")
        result = super().call(__context, __obj, *args, **kwargs)
        if isinstance(result, list):
            result = tuple(result)
        if isinstance(result, Iterator):
            return __self._loop(result)
        return budget.measure(result)

    def _may_call(self, obj: Any) -> bool:
        """Templates call raquan's functions, macros, Jinja's loop and block objects, the kept
        globals, and the methods that ``is_safe_attribute`` let through."""
        if isinstance(obj, (TemplateFunction, *JINJA_OBJECTS)):
            return True
        if any(obj is kept or obj == kept for kept in self._callable_globals):
            return True
        owner = getattr(obj, "__self__", None)
        return owner is not None and isinstance(owner, (str, Record, dict, *JINJA_OBJECTS))

    def call_binop(self, context: Context, operator_: str, left: Any, right: Any) -> Any:
        budget = self.budget
        budget.step()
        if operator_ == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int):
                    budget.expect(len(seq) * max(0, times))
            if _is_int(left) and _is_int(right):
                _bits(left.bit_length() + right.bit_length())
        elif operator_ == "**" and _is_int(left) and _is_int(right) and right > 0:
            _bits(max(1, abs(left).bit_length()) * right if abs(left) > 1 else 1)
        elif operator_ == "**" and isinstance(left, int | float) and isinstance(right, int | float):
            if abs(right) > MAX_INT_BITS:
                raise LimitError("mẫu tạo ra một số quá lớn")
        elif (
            operator_ == "+" and isinstance(left, str | list | tuple) and hasattr(right, "__len__")
        ):
            budget.expect(len(left) + len(right))
        elif operator_ == "%" and isinstance(left, str):
            _check_widths(left)
        result = self.binop_table[operator_](left, right)
        return budget.measure(result)

    def call_unop(self, context: Context, operator_: str, arg: Any) -> Any:
        self.budget.step()
        return self.unop_table[operator_](arg)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` is not among the methods templates may call (a width in the format
        would let a short string grow without bound)."""
        return None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _bits(bits: int) -> None:
    if bits > MAX_INT_BITS:
        raise LimitError("mẫu tạo ra một số quá lớn")


class TemplateFolder(BaseLoader):
    """Templates read from one folder: a template must be a file inside the folder (a link
    leading outside it is refused), at most ``MAX_TEMPLATE_BYTES``, and UTF-8."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder.resolve()

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = [piece for piece in template.split("/") if piece not in ("", ".")]
        if any(piece == ".." for piece in pieces):
            raise TemplateNotFound(template)
        path = self.folder.joinpath(*pieces)
        if not path.is_file():
            raise TemplateNotFound(template)
        if not path.resolve().is_relative_to(self.root):
            raise UserError(
                f"Mẫu '{path}' là một liên kết trỏ ra ngoài thư mục mẫu '{self.folder}'; raquan "
                "không đọc nó."
            )
        raw = read_bounded(path, MAX_TEMPLATE_BYTES, what="mẫu văn bản")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise UserError(f"Mẫu '{path}' không phải văn bản UTF-8.") from None
        return text, str(path), lambda: True
