"""One change between two versions of a plan, and the kinds of change, in the order shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"

KINDS: dict[str, str] = {
    "duty-added": "Nhiệm vụ thêm mới",
    "duty-removed": "Nhiệm vụ bị bỏ",
    "deadline-moved": "Thời hạn thay đổi",
    "deadline-added": "Thời hạn thêm mới",
    "deadline-removed": "Thời hạn bị bỏ",
    "units-changed": "Đơn vị được giao, đơn vị phối hợp thay đổi",
    "duty-changed": "Vai trò, sản phẩm, sự kiện liên quan, tình trạng của nhiệm vụ thay đổi",
    "event-added": "Sự kiện thêm mới",
    "event-removed": "Sự kiện bị bỏ",
    "event-changed": "Sự kiện thay đổi",
    "recipient-added": "Nơi nhận thêm mới",
    "recipient-removed": "Nơi nhận bị bỏ",
    "recipient-changed": "Nơi nhận sửa đổi",
    "section-added": "Phần thêm mới",
    "section-removed": "Phần bị bỏ",
    "text-changed": "Câu chữ thay đổi",
    "period-changed": "Thời gian kế hoạch thay đổi",
    "attachment-added": "Phụ lục thêm mới",
    "attachment-removed": "Phụ lục bị bỏ",
    "attachment-changed": "Phụ lục thay đổi",
    "setting-changed": "Thiết lập khác thay đổi",
}
"""Every kind of change, in the order the text and Markdown outputs show them, with the
Vietnamese heading of its group."""


@dataclass(frozen=True, slots=True)
class Change:
    """What changed, where, and a sentence that says so to a clerk.

    ``item`` is the id of a duty, event or appendix, or a field path (``header.number``,
    ``sections[3].assignments[0].to``); ``field`` names the attribute that changed when the
    item has several. ``before`` and ``after`` are plain JSON values (None for "absent");
    ``added`` and ``removed`` list the units, or lines, that appeared and disappeared.
    ``details`` are the lines shown under the message (a short before/after of a text), and
    ``involves`` the keys of the units the change concerns (see ``raquan.diff.units``),
    by which ``--unit`` selects changes.
    """

    kind: str
    item: str
    message: str
    before: JsonValue = None
    after: JsonValue = None
    field: str | None = None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    details: tuple[str, ...] = ()
    involves: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown change kind {self.kind!r}")

    def as_dict(self) -> dict[str, JsonValue]:
        """The change as plain data (the JSON output)."""
        return {
            "kind": self.kind,
            "item": self.item,
            "field": self.field,
            "before": self.before,
            "after": self.after,
            "added": list(self.added),
            "removed": list(self.removed),
            "message": self.message,
            "details": list(self.details),
        }


def in_display_order(changes: list[Change]) -> list[Change]:
    """The changes grouped by kind in ``KINDS`` order, each group in document order."""
    order = {kind: number for number, kind in enumerate(KINDS)}
    return sorted(changes, key=lambda change: order[change.kind])
