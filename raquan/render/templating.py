"""The Jinja environment that turns the models into Markdown: sandboxed, strict, escaping.

- Templates are the text files under ``templates/`` (shipped inside the package); a user's
  ``--templates`` folder overrides them one by one and falls back to the built-in ones.
- The environment is Jinja's immutable sandbox: a template cannot reach Python internals
  (``__class__``, ``__globals__``), the file system or the environment, nor change the data.
- Undefined variables are errors, reported with the template's name and line.
- Every ``{{ value }}`` is escaped for Markdown unless it is already ``Markdown`` (what raquan's
  filters return), so data can never inject markup. This is Jinja's ``finalize`` hook doing
  for Markdown what autoescape does for HTML.
"""

from __future__ import annotations

import datetime
import re
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    pass_context,
)
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import long_date, lunar_phrase, short_date, time_phrase
from raquan.domain.markdown import Markdown, escape, rich
from raquan.domain.phrasing import (
    amount_in_words,
    citation,
    deadline_phrase,
    event_when,
    format_number,
    placeholder_text,
)
from raquan.errors import UserError
from raquan.models.plan import CitedDocument, Deadline, Duty, Event, Plan
from raquan.read.resources import bundled

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
LETTERS = "abcdđeghiklmnopqrstuvxy"
"""Vietnamese letter order for ``a)`` points: a, b, c, d, đ, e, g, h, i, k, ..."""

T = TypeVar("T")


def thousands(value: object) -> Markdown:
    """A number with ``.`` between thousands: 1250000 -> 1.250.000 (and ``,`` for decimals)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError("số")
    return Markdown(format_number(value))


def in_words(value: object) -> Markdown:
    """An amount of money in words: 1250000 -> Một triệu hai trăm năm mươi nghìn đồng."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("số tiền")
    return escape(amount_in_words(value))


def roman(number: int) -> Markdown:
    """``2`` -> ``II``."""
    return Markdown(ROMAN[number - 1])


def letter(number: int) -> Markdown:
    """``1`` -> ``a``, ``5`` -> ``đ`` (Vietnamese order)."""
    return Markdown(LETTERS[number - 1])


def marker(number: int) -> Markdown:
    """An outline number at the start of a line that Markdown leaves as text: ``1\\.``."""
    return Markdown(f"{number}\\.")


def _phrase(kind: type[T], what: str, form: Callable[[T], str]) -> Callable[[object], Markdown]:
    """A filter that prints a value of type ``kind`` as ``form`` phrases it; any other value is
    a ``TypeError`` naming ``what`` was expected."""

    def apply(value: object) -> Markdown:
        if not isinstance(value, kind):
            raise TypeError(what)
        return escape(form(value))

    return apply


def _deadline(value: object, prefix: str = "") -> Markdown:
    if not isinstance(value, Deadline):
        raise TypeError("thời hạn")
    phrase = deadline_phrase(value)
    return escape(f"{prefix} {phrase}" if prefix else phrase)


def _upper(value: object) -> Markdown:
    return escape(str(value).upper())


@pass_context
def _rich(context: Context, value: object, duty: object = None) -> Markdown:
    """A plan's rich text as Markdown, placeholders filled from the plan (and the duty)."""
    plan = context.get("plan")
    if not isinstance(plan, Plan):
        raise TypeError("bộ lọc rich cần biến 'plan' là một kế hoạch")
    owner = duty if isinstance(duty, Duty) else None
    return rich(
        "" if value is None else str(value),
        lambda name, argument: placeholder_text(plan, name, argument, owner),
    )


def _end_mark(value: object) -> Markdown:
    """A document's last sentence with the closing mark ``./.``."""
    text = str(value).rstrip()
    if text.endswith("./."):
        return Markdown(text)
    return Markdown(text + ("/." if text.endswith(".") else "./."))


def _lower_first(value: object) -> Markdown:
    """The first letter in lower case: "Tổ chức ra quân" -> "tổ chức ra quân"."""
    text = str(value)
    return escape(text[:1].lower() + text[1:])


def _finalize(value: object) -> object:
    return value if isinstance(value, Markdown) else escape(value)


FILTERS: dict[str, Callable[..., Markdown]] = {
    "short_date": _phrase(datetime.date, "ngày", short_date),
    "long_date": _phrase(datetime.date, "ngày", long_date),
    "weekday": _phrase(datetime.date, "ngày", weekday_name),
    "lunar": _phrase(datetime.date, "ngày", lunar_phrase),
    "deadline": _deadline,
    "when": _phrase(Event, "sự kiện", event_when),
    "time": _phrase(datetime.time, "giờ", time_phrase),
    "number": thousands,
    "words": in_words,
    "roman": roman,
    "letter": letter,
    "marker": marker,
    "upper": _upper,
    "lower_first": _lower_first,
    "md": escape,
    "rich": _rich,
    "citation": _phrase(CitedDocument, "văn bản được dẫn", citation),
    "end_mark": _end_mark,
}
"""Filters for Vietnamese documents, available in every template."""


def environment(user_templates: Path | None = None) -> ImmutableSandboxedEnvironment:
    """The sandboxed environment: the user's templates first, then the built-in ones."""
    loaders = []
    if user_templates is not None:
        if not user_templates.is_dir():
            raise UserError(f"Thư mục mẫu '{user_templates}' không có.")
        loaders.append(FileSystemLoader(str(user_templates), encoding="utf-8"))
    loaders.append(FileSystemLoader(str(bundled("templates")), encoding="utf-8"))
    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(FILTERS)
    return env


def _template_line(error: BaseException) -> tuple[str | None, int | None]:
    """The template file and line an error happened at, from Jinja's rewritten traceback."""
    found: tuple[str | None, int | None] = (None, None)
    for frame, line in traceback.walk_tb(error.__traceback__):
        name = frame.f_code.co_filename
        if name.endswith(".j2"):
            found = (name, line)
    return found


def _undefined(message: str) -> str:
    """Jinja's message for an undefined value, in Vietnamese."""
    variable = re.fullmatch(r"'([^']+)' is undefined", message)
    if variable:
        return f"biến '{variable.group(1)}' chưa được định nghĩa"
    attribute = re.fullmatch(
        r"'(?:[\w.]*\.)?(\w+)(?: object)?' has no attribute '([^']+)'", message
    )
    if attribute:
        return f"'{attribute.group(1)}' không có thuộc tính '{attribute.group(2)}'"
    return f"giá trị chưa được định nghĩa ({message})"


def render(env: ImmutableSandboxedEnvironment, name: str, context: Mapping[str, Any]) -> Markdown:
    """Render template ``name``; template problems become ``UserError`` naming file and line."""
    try:
        template = env.get_template(name)
        return Markdown(template.render(**context))
    except TemplateNotFound as error:
        raise UserError(f"Không tìm thấy mẫu văn bản '{error.name}'.") from None
    except TemplateSyntaxError as error:
        raise UserError(
            f"Mẫu '{error.filename or error.name or name}', dòng {error.lineno}: cú pháp Jinja "
            "không hợp lệ.",
            hint=f"Chi tiết từ Jinja: {error.message}",
        ) from None
    except SecurityError as error:
        where, line = _template_line(error)
        found = re.search(r"attribute '([^']+)'", str(error))
        what = f"'{found.group(1)}'" if found else "phần bên trong của Python"
        raise UserError(
            f"Mẫu '{where or name}', dòng {line or '?'}: truy cập {what} bị chặn (mẫu chạy "
            "trong hộp cát, không được chạm vào phần bên trong của Python)."
        ) from None
    except UndefinedError as error:
        where, line = _template_line(error)
        raise UserError(
            f"Mẫu '{where or name}', dòng {line or '?'}: {_undefined(str(error))}."
        ) from None
    except TemplateError as error:
        where, line = _template_line(error)
        raise UserError(f"Mẫu '{where or name}', dòng {line or '?'}: {error}.") from None
    except (TypeError, ValueError) as error:
        where, line = _template_line(error)
        if where is None:
            raise
        raise UserError(f"Mẫu '{where}', dòng {line}: giá trị không dùng được ({error}).") from None
