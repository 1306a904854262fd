"""The kinds of file raquan reads (``kind:`` in each file), and the model of each."""

from __future__ import annotations

from pydantic import BaseModel

from raquan.models.completions import Completions
from raquan.models.plan import Plan
from raquan.models.report import Report
from raquan.models.units import Registry

MODELS: dict[str, type[BaseModel]] = {
    "plan": Plan,
    "units": Registry,
    "report": Report,
    "completions": Completions,
}
"""File kind -> model."""

KIND_NAMES = {
    "plan": "kế hoạch",
    "units": "danh mục đơn vị",
    "report": "báo cáo kết quả",
    "completions": "ghi nhận hoàn thành",
}
"""File kind -> its name in Vietnamese."""
