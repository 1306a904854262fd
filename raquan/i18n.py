"""The one place where what others say in English becomes Vietnamese: the operating system
(``os_reason``), pydantic (``PYDANTIC_TYPES`` by error type, for the files raquan reads;
pydantic's sentences as Typer passes them on, in ``_VALUE_ERRORS``) and Click/Typer (the
headings in ``WORDS``, the usage errors through ``translate_usage_error``).

The clerks who use raquan read Vietnamese. The code that meets these messages (``raquan.files``
and the readers for the operating system, ``raquan.read.messages`` for pydantic,
``raquan.cli.i18n`` that hooks into Typer) uses these tables and nothing else, so that a word
missing here is missing everywhere, and added once. The test suite checks that the English
strings replaced here still exist in the installed Typer and that no message path says English
(``tests/cli/test_cli_messages.py``).
"""

from __future__ import annotations

import errno
import re

OS_WORDS = {
    "ENOENT": "không có tệp hoặc thư mục này",
    "EACCES": "không có quyền truy cập",
    "EPERM": "không được phép",
    "ENOSPC": "đĩa đã đầy",
    "EDQUOT": "vượt hạn mức dung lượng đĩa",
    "EROFS": "ổ đĩa chỉ cho đọc",
    "ENAMETOOLONG": "tên tệp hoặc đường dẫn quá dài",
    "EISDIR": "đây là một thư mục",
    "ENOTDIR": "một phần của đường dẫn không phải thư mục",
    "ELOOP": "quá nhiều liên kết lồng nhau",
    "EIO": "lỗi đọc ghi của thiết bị",
    "EEXIST": "đã có",
    "EFBIG": "tệp quá lớn",
    "EMFILE": "mở quá nhiều tệp cùng lúc",
    "ENXIO": "thiết bị không có",
}


def os_reason(error: OSError) -> str:
    """What the operating system said, in Vietnamese where raquan knows the words."""
    number = error.errno or 0
    for name, words in OS_WORDS.items():
        if getattr(errno, name, None) == number:
            return words
    return f"lỗi hệ điều hành số {number}"


PYDANTIC_TYPES = {
    "string_type": "phải là một chuỗi chữ",
    "int_type": "phải là một số nguyên",
    "int_parsing": "phải là một số nguyên",
    "int_from_float": "phải là một số nguyên, không có phần thập phân",
    "float_type": "phải là một số",
    "float_parsing": "phải là một số",
    "bool_type": "phải là true hoặc false",
    "bool_parsing": "phải là true hoặc false",
    "list_type": "phải là một danh sách (các dòng bắt đầu bằng '-')",
    "dict_type": "phải là một bảng khoá (các dòng 'khoá: giá trị')",
    "model_type": "phải là một bảng khoá (các dòng 'khoá: giá trị')",
    "model_attributes_type": "phải là một bảng khoá (các dòng 'khoá: giá trị')",
    "date_type": "phải là một ngày, dạng 2023-01-15",
    "date_parsing": "phải là một ngày, dạng 2023-01-15",
    "date_from_datetime_parsing": "phải là một ngày, dạng 2023-01-15",
    "time_type": 'phải là một giờ, dạng "09:00"',
    "time_parsing": 'phải là một giờ, dạng "09:00"',
    "finite_number": "phải là một số thật (không được là .nan hay .inf)",
}
"""pydantic's error types, as raquan says them after a field's name."""


WORDS = {
    "Arguments": "Đối số",
    "Options": "Tùy chọn",
    "Commands": "Lệnh",
    "required": "bắt buộc",
    "default: {default}": "mặc định: {default}",
    "env var: {var}": "biến môi trường: {var}",
    "Missing command.": "Thiếu lệnh.",
    "No such command {name!r}.": "Không có lệnh {name!r}.",
    "Aborted!": "Đã dừng!",
    "(dynamic)": "(tùy lúc)",
}
"""Strings Typer's core passes through gettext at call time."""


_ERRORS: tuple[tuple[str, str], ...] = (
    (
        r"^No such option: (\S+)(?: \(Possible options: (.+)\))?$",
        "Không có tùy chọn {0}.{1}",
    ),
    (
        r"^No such command '(.+?)'\.?(?:\. Did you mean (.+)\?)?$",
        "Không có lệnh '{0}'.{1}",
    ),
    (r"^Missing command\.$", "Thiếu lệnh."),
    (r"^Missing argument '(.+)'\.$", "Thiếu đối số {0}."),
    (r"^Missing option '(.+)'\.$", "Thiếu tùy chọn {0}."),
    (r"^Missing parameter: (.+)$", "Thiếu tham số {0}."),
    (r"^Option '(.+)' requires an argument\.$", "Tùy chọn {0} cần một giá trị."),
    (r"^Option '(.+)' requires (\d+) arguments\.$", "Tùy chọn {0} cần {1} giá trị."),
    (r"^Got unexpected extra argument(?:s|\(s\))? \((.+)\)$", "Thừa đối số: {0}."),
    (r"^Invalid value for (.+?): (.+)$", "Giá trị không hợp lệ cho {0}: {1}"),
    (r"^Invalid value: (.+)$", "Giá trị không hợp lệ: {0}"),
    (r"^Option '(.+)' does not take a value\.$", "Tùy chọn {0} không nhận giá trị."),
    (r"^(.+?)\.? Did you mean (.+)\?$", "{0}. Có phải ý bạn là {1}?"),
)

_VALUE_ERRORS: tuple[tuple[str, str], ...] = (
    (r"^'(.*)' is not one of (.+)\.$", "'{0}' không phải một trong {1}."),
    (r"^'(.*)' is not a valid integer(?: range)?\.$", "'{0}' không phải một số nguyên."),
    (r"^'(.*)' is not a valid float(?: range)?\.$", "'{0}' không phải một số."),
    (r"^(?:[Ff]ile|[Dd]irectory|[Pp]ath) '(.*)' does not exist\.$", "không tìm thấy '{0}'."),
    (r"^(?:File|Path) '(.*)' is a directory\.$", "'{0}' là một thư mục."),
    (r"^Directory '(.*)' is a file\.$", "'{0}' là một tệp, không phải thư mục."),
    (
        r"^'(.*)' does not match the formats? (.+)\.$",
        "'{0}' không đúng dạng ngày {1}.",
    ),
    (r"^(.*) is not in the range (.+)\.$", "{0} không nằm trong khoảng {1}."),
    (r"^'(.*)' is not a valid boolean\.$", "'{0}' không phải đúng/sai."),
    # Typer checks values with pydantic, whose messages these are.
    (r"^Input should be greater than or equal to (\S+?)\.?$", "phải lớn hơn hoặc bằng {0}."),
    (r"^Input should be less than or equal to (\S+?)\.?$", "phải nhỏ hơn hoặc bằng {0}."),
    (r"^Input should be greater than (\S+?)\.?$", "phải lớn hơn {0}."),
    (r"^Input should be less than (\S+?)\.?$", "phải nhỏ hơn {0}."),
    (r"^Input should be a valid integer\b.*$", "phải là một số nguyên."),
    (r"^Input should be a finite number\b.*$", "phải là một số hữu hạn."),
    (r"^Input should be a valid (?:number|decimal)\b.*$", "phải là một số."),
    (r"^Input should be a valid boolean\b.*$", "phải là đúng hoặc sai (true/false)."),
    (r"^Input should be a valid date\b.*$", "phải là một ngày (2023-01-10)."),
    (r"^Input should be a valid (?:string|path)\b.*$", "phải là một chuỗi chữ."),
    (r"^Input should be (.+?)\.?$", "phải là {0}."),
    (r"^Value error, (.+)$", "{0}"),
    (r"^(?:[Ff]ile|[Dd]irectory|[Pp]ath) '(.*)' is not readable\.$", "không đọc được '{0}'."),
    (r"^(?:[Ff]ile|[Dd]irectory|[Pp]ath) '(.*)' is not writable\.$", "không ghi được vào '{0}'."),
)
"""Why a value was refused, as Click and Typer say it after "Invalid value for ...: "."""


def _rewrite(text: str, table: tuple[tuple[str, str], ...]) -> str | None:
    # The patterns are compiled when a message is first rewritten (re's cache), not by every
    # command as it starts.
    for pattern, replacement in table:
        match = re.match(pattern, text)
        if match:
            groups = [g or "" for g in match.groups()]
            if replacement.endswith(".{1}") and groups[1]:
                groups[1] = f" Có phải ý bạn là {groups[1]}?"
            groups = [re.sub(r"(?<=['\"]) or (?=['\"])", " hoặc ", g) for g in groups]
            return replacement.format(*groups)
    return None


_JINJA_SYNTAX: tuple[tuple[str, str], ...] = (
    (
        r"^No filter named '([^']+)'",
        "không có bộ lọc '{0}' (mẫu chỉ có các bộ lọc của raquan và một phần của Jinja: xem "
        "templates/README.md)",
    ),
    (r"^No test named '([^']+)'", "không có phép thử '{0}'"),
    (r"^Encountered unknown tag '([^']+)'", "thẻ lạ '{0}'"),
    (r"^[Uu]nexpected end of template", "mẫu kết thúc khi một lệnh chưa đóng"),
)
"""What Jinja says of a template's syntax error, for its most common kinds."""


def jinja_syntax(message: str) -> str | None:
    """Jinja's message on a syntax error in Vietnamese; None for a kind not known here (its
    words are English: then it is left unsaid)."""
    return _rewrite(message.strip(), _JINJA_SYNTAX)


def translate_usage_error(message: str) -> str:
    """A Click usage error message in Vietnamese (unknown messages are left as they are)."""
    message = message.strip()
    invalid = re.match(r"^Invalid value(?: for (.+?))?: (.+)$", message, re.S)
    if invalid is not None:
        where, detail = invalid.groups()
        said = _rewrite(detail.strip(), _VALUE_ERRORS) or detail.strip()
        return (
            f"Giá trị không hợp lệ cho {where}: {said}"
            if where
            else f"Giá trị không hợp lệ: {said}"
        )
    translated = _rewrite(message, _ERRORS)
    return message if translated is None else translated
