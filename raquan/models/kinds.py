"""The kinds of file raquan reads (``kind:`` in each file), and the model of each."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pydantic import BaseModel


def _model(kind: str) -> type[BaseModel]:
    """The model of ``kind``, its module imported now (``KeyError`` for another kind)."""
    if kind == "plan":
        from raquan.models.plan import Plan  # noqa: PLC0415

        return Plan
    if kind == "units":
        from raquan.models.units import Registry  # noqa: PLC0415

        return Registry
    if kind == "report":
        from raquan.models.report import Report  # noqa: PLC0415

        return Report
    if kind == "completions":
        from raquan.models.completions import Completions  # noqa: PLC0415

        return Completions
    raise KeyError(kind)


KIND_NAMES = {
    "plan": "kế hoạch",
    "units": "danh mục đơn vị",
    "report": "báo cáo kết quả",
    "completions": "ghi nhận hoàn thành",
}
"""File kind -> its name in Vietnamese."""


class _Models(Mapping[str, type[BaseModel]]):
    """File kind -> model, each model's module imported when its kind is first asked for:
    ``raquan check`` on a plan does not create the classes of result files and completion
    records (about 2 % of its instructions)."""

    def __getitem__(self, kind: str) -> type[BaseModel]:
        return _model(kind)

    def __contains__(self, kind: object) -> bool:
        return kind in KIND_NAMES

    def __iter__(self) -> Iterator[str]:
        return iter(KIND_NAMES)

    def __len__(self) -> int:
        return len(KIND_NAMES)


MODELS: Mapping[str, type[BaseModel]] = _Models()
"""File kind -> model (a read-only mapping, in the order of ``KIND_NAMES``)."""
