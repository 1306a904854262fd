"""What templates are given: plain data only, never the models themselves.

Template folders travel between offices, so a template is untrusted code. A pydantic model
reaching a template is an open door: every model has methods (``parse_file`` reads any file,
``parse_raw`` unpickles, ``model_construct``, ``copy``, ...), and so do ``Path`` objects,
python-docx objects and most other Python objects. ``plain(value)`` turns whatever a renderer
wants to show into data that has none of that:

- ``None``, ``bool``, ``int``, ``float``, ``str`` and ``Markdown``, dates and times: as they are;
- a pydantic model, a dataclass or a mapping: a ``Record``, a read-only mapping of its fields
  (and of the model's public properties, computed once: ``money.total``), values made plain;
- a list, tuple or set: a tuple of plain values;
- a ``Path``: its text; an ``Enum``: its value;
- a function raquan gives templates on purpose (``unit_name``): a ``TemplateFunction``;
- anything else is refused (``TypeError``): a renderer passing an object is a bug.

A ``Record`` keeps the object it was made from in a slot that the sandbox never lets a template
reach (``raquan.render.sandbox`` only lets templates read a record's keys), so that raquan's own
filters (``deadline``, ``rich``) can still use the typed value: see ``origin``.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
from collections.abc import Callable, Iterator, Mapping
from pathlib import PurePath
from typing import Any, TypeVar

from pydantic import BaseModel

from raquan.domain.markdown import Markdown

T = TypeVar("T")

SCALARS = (type(None), bool, int, float, str, datetime.date, datetime.time, datetime.timedelta)
"""Values given to templates as they are (``datetime.datetime`` is a ``datetime.date``)."""

MAPPING_METHODS = frozenset({"items", "keys", "values", "get"})
"""The methods of a record that templates may call, when it has no key of that name."""


class Record(Mapping[Any, Any]):
    """A read-only mapping of plain values, made from a model, a dataclass or a mapping."""

    __slots__ = ("_items", "_origin", "_text")

    def __init__(self, items: dict[Any, Any], origin: object = None, text: str | None = None):
        self._items = items
        self._origin = origin
        self._text = text

    def __getitem__(self, key: Any) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    @property
    def kind(self) -> str:
        """What the record was made from, to name it in messages: ``Plan``, ``bảng``."""
        return type(self._origin).__name__ if self._origin is not None else "bảng"

    def __str__(self) -> str:
        if self._text is not None:
            return self._text
        return ", ".join(f"{key}: {value}" for key, value in self._items.items())

    __repr__ = __str__


class TemplateFunction:
    """A function raquan hands to templates on purpose (``unit_name(...)``); its arguments and
    result are made plain, so that it cannot become a way to reach an object."""

    __slots__ = ("_function", "_name")

    def __init__(self, function: Callable[..., Any], name: str | None = None) -> None:
        self._function = function
        self._name = name or getattr(function, "__name__", "hàm")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return plain(self._function(*args, **kwargs))

    def __repr__(self) -> str:
        return f"<hàm {self._name}>"


def origin(value: object, kind: type[T]) -> T | None:
    """The ``kind`` object a record was made from (or ``value`` itself, if it is one)."""
    if isinstance(value, kind):
        return value
    if isinstance(value, Record) and isinstance(value._origin, kind):
        return value._origin
    return None


def _own_text(value: object) -> str | None:
    """``str(value)`` when its class says how it is written (``IssueDate``: ``2023-01``)."""
    for cls in type(value).__mro__:
        if cls in (object, BaseModel):
            return None
        if "__str__" in vars(cls):
            return str(value)
    return None


def _properties(value: object, stop: type) -> dict[str, Any]:
    """The public properties a class (below ``stop``) defines, computed."""
    found: dict[str, Any] = {}
    for cls in reversed(type(value).__mro__):
        if cls is object or (isinstance(cls, type) and issubclass(stop, cls)):
            continue
        for name, member in vars(cls).items():
            if isinstance(member, property) and not name.startswith("_"):
                found[name] = getattr(value, name)
    return found


class _Plainer:
    """One conversion: objects met twice (a list shared by two fields) are converted once."""

    def __init__(self, after: _Plainer | None = None) -> None:
        """A conversion that continues ``after`` (knowing what it converted), or a new one."""
        self.done: dict[int, Any] = dict(after.done) if after is not None else {}
        self.keep: list[object] = after.keep if after is not None else []
        self.count = 0

    def convert(self, value: Any) -> Any:
        self.count += 1
        if isinstance(value, Markdown):
            return value
        if isinstance(value, str):
            return str(value)
        if isinstance(value, (SCALARS, Record | TemplateFunction)):
            return value
        key = id(value)
        if key in self.done:
            return self.done[key]
        self.keep.append(value)
        converted = self._convert(value)
        self.done[key] = converted
        return converted

    def _convert(self, value: Any) -> Any:
        if isinstance(value, enum.Enum):
            return self.convert(value.value)
        if isinstance(value, PurePath):
            return str(value)
        if isinstance(value, BaseModel):
            fields = {name: getattr(value, name) for name in type(value).model_fields}
            fields.update(_properties(value, BaseModel))
            return self._record(fields, value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
            fields.update(_properties(value, object))
            return self._record(fields, value)
        if isinstance(value, Mapping):
            return Record({self.convert(k): self.convert(v) for k, v in value.items()})
        if isinstance(value, list | tuple | set | frozenset):
            return tuple(self.convert(item) for item in value)
        raise TypeError(
            f"raquan đưa một đối tượng {type(value).__name__} vào mẫu văn bản; mẫu chỉ được "
            "nhận dữ liệu thuần."
        )

    def _record(self, fields: dict[str, Any], source: object) -> Record:
        items = {name: self.convert(item) for name, item in fields.items()}
        return Record(items, source, _own_text(source))


def plain(value: Any) -> Any:
    """``value`` as plain data for a template (see the module's docstring)."""
    return _Plainer().convert(value)


@dataclasses.dataclass(frozen=True, slots=True)
class Shared:
    """Variables made plain once for several templates of one document (the plan, in each of
    them): ``plain_context(extra, shared=...)`` adds a template's own variables, as if all had
    been made plain together."""

    variables: dict[str, Any]
    values: int
    plainer: _Plainer


def shared(context: Mapping[str, Any]) -> Shared:
    """``context`` made plain, to share between templates (see ``Shared``)."""
    plainer = _Plainer()
    variables = _plain_variables(plainer, context)
    return Shared(variables, plainer.count, plainer)


def plain_context(
    context: Mapping[str, Any], *, shared: Shared | None = None
) -> tuple[dict[str, Any], int]:
    """A template's variables made plain (callables become ``TemplateFunction``s), and how
    many values they hold; after the ``shared`` ones, when given."""
    if shared is None:
        plainer = _Plainer()
        return _plain_variables(plainer, context), plainer.count
    plainer = _Plainer(after=shared.plainer)  # what the shared values hold is known
    converted = {**shared.variables, **_plain_variables(plainer, context)}
    return converted, shared.values + plainer.count


def _plain_variables(plainer: _Plainer, context: Mapping[str, Any]) -> dict[str, Any]:
    converted: dict[str, Any] = {}
    for name, value in context.items():
        if callable(value) and not isinstance(value, type | Record | TemplateFunction):
            converted[name] = TemplateFunction(value, name)
        else:
            converted[name] = plainer.convert(value)
    return converted
