"""The problems of a configuration file and of suppression comments (RQ020-RQ029).

They have no check function: the configuration reader (``raquan.read.config``) finds RQ020,
RQ021 and RQ023, the run (``raquan.check.run``) RQ022, and the filter of findings
(``raquan.check.suppress``) RQ025 and RQ026. A configuration that cannot be used stops every
command with exit code 2; the suppression problems are findings like any other.
"""

from __future__ import annotations

from raquan.check.rule import Rule
from raquan.diagnostics import Severity


def _rule(code: str, name: str, severity: Severity, summary: str, doc: str) -> Rule:
    return Rule(code, name, severity, summary, doc.strip(), ("file",))


SETTINGS_RULES = (
    _rule(
        "RQ020",
        "config-syntax",
        Severity.ERROR,
        "Tệp cấu hình không đúng cú pháp TOML",
        """
RQ020 — Tệp cấu hình không đúng cú pháp TOML.

Cấu hình của raquan nằm trong bảng ``[tool.raquan]`` của ``pyproject.toml``, hoặc trong tệp
``raquan.toml``, viết theo cú pháp TOML: mỗi dòng ``khoá = giá trị``, chuỗi trong dấu nháy kép,
danh sách trong ``[ ]``. Khi tệp không đọc được, raquan dừng (mã thoát 2) và chỉ ra dòng, cột.

Ví dụ sai::

    [tool.raquan]
    ignore = [RQ202]

Ví dụ đúng::

    [tool.raquan]
    ignore = ["RQ202"]
""",
    ),
    _rule(
        "RQ021",
        "config-key",
        Severity.ERROR,
        "Khoá cấu hình không có, hoặc giá trị sai kiểu",
        """
RQ021 — Khoá cấu hình không có, hoặc giá trị sai kiểu.

Các khoá của cấu hình: ``select``, ``ignore`` (danh sách mã kiểm tra), ``strict`` (true hoặc
false), ``per-file-ignores`` (bảng: mẫu đường dẫn = danh sách mã), ``plans`` (thư mục kế
hoạch), ``registry`` (danh mục đơn vị mặc định). Khoá viết sai được gợi ý khoá gần nhất.

Ví dụ sai::

    [tool.raquan]
    ignores = ["RQ202"]
    strict = "có"

Ví dụ đúng::

    [tool.raquan]
    ignore = ["RQ202"]
    strict = true
""",
    ),
    _rule(
        "RQ022",
        "config-code",
        Severity.ERROR,
        "Mã kiểm tra trong cấu hình không có",
        """
RQ022 — Mã kiểm tra trong cấu hình không có.

Mỗi mã trong ``select``, ``ignore`` và ``per-file-ignores`` phải là một mã kiểm tra của raquan
(``raquan check --list``), hoặc phần đầu của nhiều mã (``RQ2`` là mọi mã RQ2xx).

Ví dụ sai::

    [tool.raquan]
    ignore = ["RQ902"]

Ví dụ đúng::

    [tool.raquan]
    ignore = ["RQ202"]
""",
    ),
    _rule(
        "RQ023",
        "config-path",
        Severity.ERROR,
        "Đường dẫn trong cấu hình không có",
        """
RQ023 — Đường dẫn trong cấu hình không có.

``plans`` phải là một thư mục, ``registry`` một tệp có thật, tính từ thư mục chứa tệp cấu hình.

Ví dụ sai::

    [tool.raquan]
    plans = "ke-hoach-2024"

Ví dụ đúng (thư mục ke-hoach có thật)::

    [tool.raquan]
    plans = "ke-hoach"
""",
    ),
    _rule(
        "RQ025",
        "unused-suppression",
        Severity.WARNING,
        "Chú thích bỏ qua không bỏ qua vấn đề nào",
        """
RQ025 — Chú thích bỏ qua không bỏ qua vấn đề nào.

Chú thích ``# raquan: ignore[MÃ] lý do`` ở cuối một dòng bỏ qua vấn đề có mã đó được báo ở
chính dòng này (hoặc ở dòng đầu của giá trị mà vấn đề nói tới), và chỉ ở đó. Khi không còn vấn
đề nào để bỏ qua (đã sửa, hoặc mã ghi nhầm), chú thích được báo để xoá đi, như RUF100 của ruff.

Ví dụ sai (trước ngày 13/01/2023: ngày cuối cùng là thứ Năm, 12/01/2023, ngày làm việc;
không có gì để bỏ qua)::

    deadline:
      kind: trước
      date: 2023-01-13  # raquan: ignore[RQ202] hạn theo văn bản tỉnh

Ví dụ đúng (trước ngày 15/01/2023: ngày cuối cùng là thứ Bảy, 14/01/2023; RQ202 được bỏ qua,
có lý do)::

    deadline:
      kind: trước
      date: 2023-01-15  # raquan: ignore[RQ202] hạn theo văn bản tỉnh
""",
    ),
    _rule(
        "RQ026",
        "bad-suppression",
        Severity.WARNING,
        "Chú thích bỏ qua viết sai dạng hoặc ghi mã không có",
        """
RQ026 — Chú thích bỏ qua viết sai dạng hoặc ghi mã không có.

Chú thích bỏ qua viết đúng dạng ``# raquan: ignore[RQ202] lý do``: mã đầy đủ trong ngoặc
vuông (nhiều mã ngăn bằng dấu phẩy), rồi lý do. Chú thích viết sai không bỏ qua gì cả.

Ví dụ sai::

    date: 2023-01-15  # raquan ignore RQ202

Ví dụ đúng::

    date: 2023-01-15  # raquan: ignore[RQ202] hạn theo văn bản tỉnh
""",
    ),
)
