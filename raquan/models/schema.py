"""The JSON Schema of each file kind, generated from the models, and written beside the files
raquan creates (``raquan new``, ``raquan units new``) for editors to find."""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath
from typing import Any

from raquan.errors import UserError
from raquan.files import write_atomic
from raquan.i18n import os_reason
from raquan.models.kinds import KIND_NAMES, MODELS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


MODEL_WORDS: dict[str, tuple[str, str]] = {
    "Plan": ("Kế hoạch", "Tệp kế hoạch của raquan (kind: plan)."),
    "Registry": (
        "Danh mục đơn vị",
        "Tệp danh mục đơn vị (kind: units), dùng chung cho các kế hoạch.",
    ),
    "Report": (
        "Báo cáo kết quả",
        "Tệp kết quả của một đơn vị (kind: report) trả lời một nhiệm vụ báo cáo.",
    ),
    "Completions": (
        "Ghi nhận hoàn thành",
        "Các ghi nhận việc đã xong của một đơn vị cho một kế hoạch (kind: completions).",
    ),
    "AreaAssignment": (
        "Phân công địa bàn",
        "Một dòng của bảng phân công: ai phụ trách xã, phường nào.",
    ),
    "Assignment": (
        "Mục phân công",
        "Một mục của phần tổ chức thực hiện: đơn vị hoặc nhóm được giao và các nhiệm vụ.",
    ),
    "Attachment": ("Phụ lục", "Một bảng phụ lục gửi kèm kế hoạch."),
    "Beginning": (
        "Bắt đầu hoạt động",
        "Đơn vị bắt đầu hoạt động từ ngày nào, từ những đơn vị nào, theo văn bản nào.",
    ),
    "CalendarOverrides": (
        "Lịch riêng",
        "Ngày nghỉ và ngày làm bù riêng, thêm vào lịch nghỉ của cả nước.",
    ),
    "CitedDocument": (
        "Văn bản được dẫn",
        "Văn bản mà kế hoạch dẫn làm căn cứ (căn cứ, thực hiện).",
    ),
    "CompletionEntry": ("Việc đã xong", "Một nhiệm vụ đã xong: khi nào, bằng văn bản nào."),
    "CountedFrom": (
        "Mốc tính thời hạn",
        "Thời hạn tính theo số ngày kể từ một ngày, một sự kiện, hay ngày xong một nhiệm vụ khác.",
    ),
    "DayOff": (
        "Ngày nghỉ",
        "Một ngày nghỉ mà lịch chính thức không có (ngày nghỉ địa phương, ngày nghỉ bù).",
    ),
    "Deadline": ("Thời hạn", "Khi nào nhiệm vụ đến hạn, và kế hoạch viết thời hạn đó thế nào."),
    "Deliverable": (
        "Sản phẩm",
        "Sản phẩm của nhiệm vụ (kế hoạch chi tiết, báo cáo, ...) và nơi gửi.",
    ),
    "DoneDocument": (
        "Văn bản hoàn thành",
        "Văn bản đã thực hiện nhiệm vụ: 'Kế hoạch số 05/KH-UBND ngày 13/01/2023'.",
    ),
    "Duty": ("Nhiệm vụ", "Một nhiệm vụ của kế hoạch, một gạch đầu dòng của văn bản."),
    "Ending": ("Thôi hoạt động", "Đơn vị thôi hoạt động từ ngày nào, vì sao, đơn vị nào kế tiếp."),
    "Event": ("Sự kiện", "Một việc diễn ra vào một thời điểm: lễ ra quân, hội nghị."),
    "Group": (
        "Nhóm đơn vị",
        "Một tên chỉ nhiều đơn vị cùng lúc, theo danh sách thành viên hoặc theo loại đơn vị.",
    ),
    "Header": ("Đầu văn bản", "Phần đầu trang 1 và thông tin nhận diện văn bản."),
    "Money": ("Kinh phí", "Kinh phí huy động theo nguồn, tính bằng đồng."),
    "Period": (
        "Thời gian kế hoạch",
        "Khoảng thời gian kế hoạch bao trùm; mọi thời hạn phải nằm trong đó.",
    ),
    "Recipient": ("Nơi nhận", "Một dòng của phần Nơi nhận."),
    "Registration": ("Đăng ký ra quân", "Một dòng của bảng đăng ký: đơn vị đăng ký làm gì."),
    "Section": ("Phần", "Một phần đánh số La Mã của văn bản (I. MỤC ĐÍCH YÊU CẦU, ...)."),
    "Signature": ("Phần ký", "Thẩm quyền ký, chức vụ, rồi họ tên người ký."),
    "Unit": ("Đơn vị", "Một cơ quan, đơn vị được giao việc và nhận văn bản."),
    "Work": (
        "Công trình, phần việc",
        "Một công trình, phần việc đã làm (hoặc đang làm) trong đợt ra quân.",
    ),
    "WorkingDay": (
        "Ngày làm bù",
        "Một ngày phải làm việc dù là ngày nghỉ (làm bù cho một ngày được nghỉ).",
    ),
}
"""The Vietnamese title and description of each model, as editors show them on hover (the
models' docstrings are English, for developers)."""

_VIETNAMESE = re.compile(r"[à-ỹđĐÀ-Ỹ]")


def _in_vietnamese(node: Any, name: str | None = None) -> Any:
    """A JSON Schema with every title and description in Vietnamese: models' from
    ``MODEL_WORDS``, fields' titles dropped (pydantic makes them from the English field name;
    the field's Vietnamese description is what an editor shows), anything else English
    dropped rather than shown."""
    if isinstance(node, list):
        return [_in_vietnamese(item) for item in node]
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$defs" and isinstance(value, dict):
            result[key] = {n: _in_vietnamese(v, n) for n, v in value.items()}
        elif key == "properties" and isinstance(value, dict):
            result[key] = {n: _in_vietnamese(v) for n, v in value.items()}
        elif key in ("title", "description") and isinstance(value, str):
            if _VIETNAMESE.search(value):
                result[key] = value
        else:
            result[key] = _in_vietnamese(value)
    words = MODEL_WORDS.get(name or "") if name is not None else None
    if words is not None:
        result["title"], result["description"] = words
    return result


def schema_dict(kind: str) -> dict[str, object]:
    """The JSON Schema of ``kind`` files as a dict, its words in Vietnamese."""
    model = MODELS.get(kind)
    if model is None:
        known = ", ".join(f"{k} ({v})" for k, v in KIND_NAMES.items())
        raise UserError(f"Không có loại tệp '{kind}'; các loại: {known}.")
    schema = _in_vietnamese(model.model_json_schema(), model.__name__)
    return {"$schema": SCHEMA_DIALECT, **schema}


def json_schema(kind: str) -> str:
    """The JSON Schema of ``kind`` files, as indented JSON text."""
    return json.dumps(schema_dict(kind), ensure_ascii=False, indent=2)


SCHEMA_FOLDER = ".raquan"
"""The hidden folder, beside the new files, that holds their JSON Schemas."""


def schema_name(kind: str) -> str:
    """Where a ``kind`` file's schema is, from the file's folder: ``.raquan/plan.schema.json``."""
    return str(PurePosixPath(SCHEMA_FOLDER) / f"{kind}.schema.json")


def modeline(kind: str) -> str:
    """The first comment line of a new file: where editors find its schema."""
    return f"yaml-language-server: $schema={schema_name(kind)}"


def exists(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def write_schema(folder: Path, kind: str) -> Path:
    """Write ``folder/.raquan/<kind>.schema.json`` when it is missing or out of date.

    Returns its path. Raises ``UserError`` when the place is taken by something that is not a
    plain file (a folder, a link) or cannot be written.
    """
    content = (json_schema(kind) + "\n").encode("utf-8")
    holder = folder / SCHEMA_FOLDER
    target = holder / f"{kind}.schema.json"
    if holder.is_symlink() or (exists(holder) and not holder.is_dir()):
        raise UserError(
            f"'{holder}' đã có nhưng không phải thư mục; raquan cần thư mục này để ghi "
            "JSON Schema.",
            hint="Đổi tên hoặc chuyển tệp đó đi rồi chạy lại.",
        )
    if target.is_symlink() or (exists(target) and not target.is_file()):
        raise UserError(
            f"'{target}' đã có nhưng không phải một tệp thường; raquan không ghi đè lên nó.",
            hint="Đổi tên hoặc chuyển nó đi rồi chạy lại.",
        )
    try:
        holder.mkdir(exist_ok=True)
        current = target.read_bytes() if target.is_file() else None
    except OSError as error:
        raise UserError(f"Không tạo được thư mục '{holder}': {os_reason(error)}.") from None
    if current != content:
        write_atomic(target, content)
    return target
