"""The Jinja environment that turns the models into Markdown: sandboxed, strict, escaping.

- Templates are the text files under ``templates/`` (shipped inside the package); a user's
  ``--templates`` folder overrides them one by one and falls back to the built-in ones.
- Templates get plain data (``raquan.render.plain``), never the models, and run in raquan's
  sandbox (``raquan.render.sandbox``): no Python internals, files or environment, bounded
  size, steps and time.
- Undefined variables are errors, and so is every other failure of a template: a Vietnamese
  message naming the template and the line (``UserError``, exit code 2).
- Every ``{{ value }}`` is escaped for Markdown unless it is already ``Markdown`` (what raquan's
  filters return), so data can never inject markup. This is Jinja's ``finalize`` hook doing
  for Markdown what autoescape does for HTML.
- Compiled templates are kept on disk (Jinja's ``FileSystemBytecodeCache``, in the user's
  cache folder): compiling the four templates of a plan was a tenth of ``render plan``'s work.
  The cache is keyed by the versions of Jinja and Python and by raquan's code (every module:
  Jinja bakes what filters give for constant values into the compiled code), each entry by
  its template's own text, and is used only in a folder that nobody but the user may change,
  nor any folder above it (compiled code is run as it is found). A cache that cannot be used,
  read or written is skipped.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import hashlib
import os
import pickle
import re
import shutil
import stat
import sys
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar, cast, get_args

import jinja2
from jinja2 import (
    ChoiceLoader,
    FileSystemBytecodeCache,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    pass_context,
)
from jinja2.bccache import Bucket
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context

from raquan.domain.dates.names import weekday_name
from raquan.domain.dates.phrases import long_date, lunar_phrase, short_date, time_phrase
from raquan.domain.markdown import Markdown, escape, rich
from raquan.domain.phrasing import (
    LONG,
    SHORT,
    amount_in_words,
    citation,
    day_phrase,
    deadline_phrase,
    event_when,
    format_number,
    mid_sentence,
    placeholder_text,
)
from raquan.errors import UserError
from raquan.files import cache_folder
from raquan.i18n import jinja_syntax
from raquan.models.plan import CitedDocument, DateFormat, Deadline, Duty, Event, Plan, Section
from raquan.read.resources import bundled
from raquan.render.plain import Shared, origin, plain_context
from raquan.render.sandbox import Budget, LimitError, Sandbox, TemplateFolder

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
LETTERS = "abcdđeghiklmnopqrstuvxy"
"""Vietnamese letter order for ``a)`` points: a, b, c, d, đ, e, g, h, i, k, ..."""

T = TypeVar("T")
NO_BREAK_SPACE = "\u00a0"
DATE_STYLES = get_args(DateFormat)


class FilterValueError(ValueError):
    """A filter was given a value it cannot print; the message says what it needs."""


def thousands(value: object) -> Markdown:
    """A number with ``.`` between thousands: 1250000 -> 1.250.000 (and ``,`` for decimals)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FilterValueError("bộ lọc number cần một số")
    return Markdown(format_number(value))


def in_words(value: object) -> Markdown:
    """An amount of money in words: 1250000 -> Một triệu hai trăm năm mươi nghìn đồng."""
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= 10**18:
        raise FilterValueError("bộ lọc words cần một số tiền (số nguyên, dưới 10^18 đồng)")
    return escape(amount_in_words(value))


def _counted(value: object, what: str, last: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= last:
        raise FilterValueError(f"bộ lọc {what} cần một số thứ tự từ 1 đến {last}")
    return value


def roman(number: int) -> Markdown:
    """``2`` -> ``II``."""
    return Markdown(ROMAN[_counted(number, "roman", len(ROMAN)) - 1])


def letter(number: int) -> Markdown:
    """``1`` -> ``a``, ``5`` -> ``đ`` (Vietnamese order)."""
    return Markdown(LETTERS[_counted(number, "letter", len(LETTERS)) - 1])


def marker(number: int) -> Markdown:
    """An outline number at the start of a line that Markdown leaves as text: ``1\\.``."""
    return Markdown(f"{_counted(number, 'marker', 10**6)}\\.")


def _phrase(kind: type[T], what: str, form: Callable[[T], str]) -> Callable[[object], Markdown]:
    """A filter that prints a value of type ``kind`` as ``form`` phrases it; any other value is
    a ``TypeError`` naming ``what`` was expected."""

    def apply(value: object) -> Markdown:
        found = origin(value, kind)
        if found is None:
            raise FilterValueError(f"bộ lọc này cần {what}")
        return escape(form(found))

    return apply


def _style(context: Context) -> DateFormat | None:
    """The document's date style: the template variable ``date_style`` (a report's), else the
    plan's ``date_style``."""
    style = context.get("date_style")
    if style in DATE_STYLES:
        return cast("DateFormat", style)
    plan = origin(context.get("plan"), Plan)
    return plan.date_style if plan is not None else None


@pass_context
def _deadline(context: Context, value: object, prefix: str = "") -> Markdown:
    found = origin(value, Deadline)
    if found is None:
        raise FilterValueError("bộ lọc deadline cần một thời hạn")
    plan = origin(context.get("plan"), Plan)
    phrase = deadline_phrase(found, plan, _style(context))
    return escape(f"{prefix} {phrase}" if prefix else phrase)


@pass_context
def _when(context: Context, value: object) -> Markdown:
    found = origin(value, Event)
    if found is None:
        raise FilterValueError("bộ lọc when cần một sự kiện")
    return escape(event_when(found, _style(context) or LONG))


@pass_context
def _citation(context: Context, value: object) -> Markdown:
    found = origin(value, CitedDocument)
    if found is None:
        raise FilterValueError("bộ lọc citation cần một văn bản được dẫn")
    return escape(citation(found, _style(context)))


@pass_context
def _date(context: Context, value: object, bare: bool = False) -> Markdown:
    """A day in the document's date style: "ngày 05/04/2023" (``bare``: "05/04/2023")."""
    found = origin(value, datetime.date)
    if found is None:
        raise FilterValueError("bộ lọc date cần một ngày")
    return escape(day_phrase(found, _style(context) or SHORT, bare=bare))


def nobreak(value: object) -> Markdown:
    """The words of ``value`` held together by no-break spaces: a unit's name in a table cell
    ("UBND xã Đăk Rơ Wa") is never cut across lines, and its column is made wide enough."""
    return Markdown(escape(value).replace(" ", NO_BREAK_SPACE))


def _upper(value: object) -> Markdown:
    return escape(str(value).upper())


@pass_context
def _rich(context: Context, value: object, duty: object = None) -> Markdown:
    """A plan's rich text as Markdown, placeholders filled from the plan (and the duty)."""
    plan = origin(context.get("plan"), Plan)
    if plan is None:
        raise FilterValueError("bộ lọc rich cần biến 'plan' là một kế hoạch")
    owner = origin(duty, Duty)
    return rich(
        "" if value is None else str(value),
        lambda name, argument: placeholder_text(plan, name, argument, owner),
    )


TABLE_TITLES = {
    "stt": "STT",
    "nội dung": "Nội dung công việc",
    "chủ trì": "Cơ quan chủ trì",
    "phối hợp": "Cơ quan phối hợp",
    "thời hạn": "Thời gian hoàn thành",
    "sản phẩm": "Sản phẩm",
    "ghi chú": "Ghi chú",
}
"""The title of an assignment table's column when the plan gives none."""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@pass_context
def _duty_table(context: Context, value: object) -> Markdown:
    """A section's assignments as an assignment table (Markdown), one duty per row."""
    plan = origin(context.get("plan"), Plan)
    section = origin(value, Section)
    if plan is None or section is None or section.table is None:
        raise FilterValueError("bộ lọc duty_table cần một phần (section) có bảng phân công")

    def inline(text: str | None, duty: Duty | None = None) -> str:
        if not text:
            return ""
        filled = rich(text, lambda name, argument: placeholder_text(plan, name, argument, duty))
        return " ".join(filled.split("\n\n"))

    columns = section.table.columns
    head = " | ".join(escape(column.title or TABLE_TITLES[column.field]) for column in columns)
    rule = " | ".join(":-:" if column.field == "stt" else "---" for column in columns)
    rows = [f"| {head} |", f"| {rule} |"]
    number = 0
    for block in section.assignments:
        for duty in block.duties:
            number += 1
            cells: dict[str, str] = {
                "stt": str(number),
                "nội dung": inline(duty.text, duty),
                "chủ trì": inline(block.heading),
                "phối hợp": escape(", ".join(duty.partners)),
                "thời hạn": escape(_capital(deadline_phrase(duty.deadline)))
                if duty.deadline is not None
                else escape(duty.when or ""),
                "sản phẩm": escape(
                    (duty.deliverable.text or _capital(duty.deliverable.kind))
                    if duty.deliverable is not None
                    else ""
                ),
                "ghi chú": inline(duty.note, duty),
            }
            rows.append("| " + " | ".join(cells[column.field] for column in columns) + " |")
    return Markdown("\n".join(rows))


def _end_mark(value: object) -> Markdown:
    """A document's last sentence with the closing mark ``./.``."""
    text = str(value).rstrip()
    if text.endswith("./."):
        return Markdown(text)
    return Markdown(text + ("/." if text.endswith(".") else "./."))


def _lower_first(value: object) -> Markdown:
    """A title as it reads inside a sentence: "Tổ chức ra quân" -> "tổ chức ra quân" (a name
    at its start keeps its capital: "Kon Tum ...")."""
    return escape(mid_sentence(str(value)))


def _finalize(value: object) -> object:
    return value if isinstance(value, Markdown) else escape(value)


FILTERS: dict[str, Callable[..., Markdown]] = {
    "short_date": _phrase(datetime.date, "ngày", short_date),
    "long_date": _phrase(datetime.date, "ngày", long_date),
    "weekday": _phrase(datetime.date, "ngày", weekday_name),
    "lunar": _phrase(datetime.date, "ngày", lunar_phrase),
    "deadline": _deadline,
    "when": _when,
    "date": _date,
    "time": _phrase(datetime.time, "giờ", time_phrase),
    "number": thousands,
    "words": in_words,
    "roman": roman,
    "letter": letter,
    "marker": marker,
    "upper": _upper,
    "lower_first": _lower_first,
    "nobreak": nobreak,
    "md": escape,
    "rich": _rich,
    "citation": _citation,
    "duty_table": _duty_table,
    "end_mark": _end_mark,
}
"""Filters for Vietnamese documents, available in every template."""


def environment(user_templates: Path | None = None) -> Sandbox:
    """The sandboxed environment: the user's templates first, then the built-in ones."""
    loaders = []
    if user_templates is not None:
        if not user_templates.is_dir():
            raise UserError(f"Thư mục mẫu '{user_templates}' không có.")
        loaders.append(TemplateFolder(user_templates))
    loaders.append(TemplateFolder(bundled("templates")))
    env = Sandbox(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        autoescape=False,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        bytecode_cache=compiled_templates(),
    )
    env.guard_filters(FILTERS)
    return env


KEPT_COMPILATIONS = 8
"""Folders of compiled templates kept (one per version of raquan's code); older ones go."""


class _Compiled(FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, for which a failure is a miss: a file cut short,
    a full or read-only disk, a folder removed meanwhile. The template is compiled again."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


@functools.cache
def compiled_templates() -> FileSystemBytecodeCache | None:
    """Where compiled templates are kept, or None where that folder cannot be trusted.

    Jinja computes a filter or ``finalize`` on constant values when it compiles, so compiled
    code depends on all of raquan's code, not only on the template: the folder is named after
    the versions of Jinja and Python and after every module of the package (path, size and
    time, as Python's own cache of compiled modules). Compiled code is run as it is found, so
    the folder is used only when nobody but the user (and the administrator) can change it or
    any folder above it (``private``).
    """
    try:
        key = code_key(Path(__file__).resolve().parents[1])
    except OSError:
        return None
    root = cache_folder()
    folder = root / f"templates-{key}"
    try:
        made = not folder.exists()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not private(folder):
            return None
        if made:
            _prune(root)
    except OSError:
        return None
    return _Compiled(str(folder))


def code_key(package: Path) -> str:
    """A name for the code that compiles templates: the versions of Jinja and Python and each
    module below ``package`` (path, size, modification time)."""
    modules: list[str] = []
    _modules(package, modules)
    code = hashlib.sha256(f"{jinja2.__version__}|{sys.version}\n".encode())
    code.update("\n".join(sorted(modules)).encode())
    return code.hexdigest()[:16]


def _modules(folder: Path | str, found: list[str]) -> None:
    """Each module of the package below ``folder``: its path, size and modification time."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    _modules(entry.path, found)
            elif entry.name.endswith(".py"):
                facts = entry.stat()
                found.append(f"{entry.path}|{facts.st_size}|{facts.st_mtime_ns}")


def private(folder: Path) -> bool:
    """Whether ``folder`` is a real folder of the user's that only the user may change, and
    no folder above it lets anyone else rename or replace it (a folder others may write is
    safe only with its sticky bit set, as ``/tmp``, and the entry below it the user's)."""
    user = os.getuid() if hasattr(os, "getuid") else None
    facts = folder.lstat()
    if not stat.S_ISDIR(facts.st_mode) or facts.st_mode & 0o077:
        return False  # a link, or a folder that others may write
    if user is None:
        return True  # Windows: folders in the user's profile are the user's
    if facts.st_uid != user:
        return False
    below = facts
    for above in folder.parents:
        facts = above.stat()
        if facts.st_uid not in (user, 0):
            return False
        if facts.st_mode & 0o022 and not (facts.st_mode & stat.S_ISVTX and below.st_uid == user):
            return False
        below = facts
    return True


def _prune(root: Path) -> None:
    """Remove all but the ``KEPT_COMPILATIONS`` newest folders of compiled templates."""
    folders = sorted(root.glob("templates-*"), key=lambda f: f.stat().st_mtime, reverse=True)
    for old in folders[KEPT_COMPILATIONS:]:
        shutil.rmtree(old, ignore_errors=True)


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
    if "không có thuộc tính" in message:
        return message
    variable = re.fullmatch(r"'([^']+)' is undefined", message)
    if variable:
        return f"biến '{variable.group(1)}' chưa được định nghĩa"
    attribute = re.fullmatch(
        r"'(?:[\w.]*\.)?(\w+)(?: object)?' has no attribute '([^']+)'", message
    )
    if attribute:
        return f"'{attribute.group(1)}' không có thuộc tính '{attribute.group(2)}'"
    record = re.fullmatch(r"(?s).*(?:has no attribute|has no element) '?([^']+)'?", message)
    if record:
        return f"không có thuộc tính hay khoá '{record.group(1)}'"
    return "giá trị chưa được định nghĩa"


_FAILURES: tuple[tuple[type[BaseException], str], ...] = (
    (ZeroDivisionError, "phép chia cho 0"),
    (OverflowError, "số quá lớn để tính"),
    (RecursionError, "mẫu gọi lại chính nó quá nhiều lần (include hoặc macro đệ quy)"),
    (MemoryError, "mẫu dùng quá nhiều bộ nhớ"),
    (FilterValueError, ""),
    (LimitError, ""),
    (TypeError, "phép tính hoặc bộ lọc dùng sai kiểu giá trị (ví dụ cộng chữ với số)"),
    (ValueError, "giá trị không dùng được ở đây"),
    (LookupError, "không có phần tử hay khoá này"),
)


def _failure(error: BaseException) -> str:
    """What went wrong in a template, in Vietnamese."""
    for kind, words in _FAILURES:
        if isinstance(error, kind):
            return words or str(error)
    return "mẫu không chạy được"


_NOT_IN_WORD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters a Word document cannot hold (XML 1.0): control characters but tab and line
ends. The plan's values never have them (the models refuse them); a template may."""


def _refuse_control_characters(text: str, where: str) -> None:
    found = _NOT_IN_WORD.search(text)
    if found is not None:
        line = text.count("\n", 0, found.start()) + 1
        raise UserError(
            f"Mẫu '{where}' viết ra ký tự điều khiển U+{ord(found.group()):04X} (dòng {line} "
            "của phần mẫu viết ra); văn bản Word không chứa được ký tự ấy.",
            hint="Xoá ký tự ấy khỏi mẫu (thường do chép từ nơi khác vào).",
        )


def _syntax_detail(message: str | None) -> str:
    said = jinja_syntax(message) if message else None
    return f": {said}" if said is not None else ""


def render(
    env: Sandbox, name: str, context: Mapping[str, Any], *, shared: Shared | None = None
) -> Markdown:
    """Render template ``name`` with ``context`` made plain (after the ``shared`` variables,
    made plain once for all the templates of a document), within the sandbox's limits.

    Every failure of a template (syntax, undefined value, blocked access, a limit, an error
    while running) becomes a ``UserError`` naming the template's file and line.
    """
    variables, values = plain_context(context, shared=shared)
    env.budget = Budget.for_values(values)
    try:
        template = env.get_template(name)
        pieces = []
        total = 0
        for piece in template.generate(**variables):
            total += len(piece)
            env.budget.produced(total)
            pieces.append(piece)
        text = "".join(pieces)
        _refuse_control_characters(text, template.filename or name)
        return Markdown(text)
    except UserError:
        raise
    except TemplateNotFound as error:
        raise UserError(f"Không tìm thấy mẫu văn bản '{error.name}'.") from None
    except TemplateSyntaxError as error:
        raise UserError(
            f"Mẫu '{error.filename or error.name or name}', dòng {error.lineno}: cú pháp Jinja "
            f"không hợp lệ{_syntax_detail(error.message)}.",
            hint="Kiểm tra các cặp {% ... %} và {{ ... }} ở dòng ấy: lệnh nào cũng cần đủ "
            "phần của nó ({% for x in ds %} ... {% endfor %}, {% if ... %} ... {% endif %}).",
        ) from None
    except SecurityError as error:
        where, line = _template_line(error)
        found = re.search(r"attribute '([^']+)'", str(error))
        what = f"'{found.group(1)}'" if found else "phần bên trong của Python"
        raise UserError(
            f"Mẫu '{where or name}', dòng {line or '?'}: truy cập {what} bị chặn (mẫu chạy "
            "trong hộp cát, chỉ đọc được dữ liệu của văn bản)."
        ) from None
    except UndefinedError as error:
        where, line = _template_line(error)
        raise UserError(
            f"Mẫu '{where or name}', dòng {line or '?'}: {_undefined(str(error))}."
        ) from None
    except TemplateError as error:
        where, line = _template_line(error)
        raise UserError(
            f"Mẫu '{where or name}', dòng {line or '?'}: mẫu không chạy được ({error})."
        ) from None
    except (Exception, RecursionError, MemoryError) as error:  # an untrusted template's failure
        where, line = _template_line(error)
        if where is None and not isinstance(error, LimitError | RecursionError | MemoryError):
            raise
        place = f"Mẫu '{where}', dòng {line}" if where is not None else f"Mẫu '{name}'"
        raise UserError(f"{place}: {_failure(error)}.") from None
