"""Every change between two loaded versions of a plan, part by part."""

from __future__ import annotations

from raquan.diff.attachments import attachment_changes
from raquan.diff.changes import Change, in_display_order
from raquan.diff.document import (
    closing_changes,
    front_changes,
    header_changes,
    section_changes,
    setting_changes,
)
from raquan.diff.duties import duty_changes
from raquan.diff.events import event_changes
from raquan.diff.recipients import recipient_changes
from raquan.diff.versions import PlanVersion, VersionPair


def compare_versions(old: PlanVersion, new: PlanVersion) -> list[Change]:
    """What changed from ``old`` to ``new``, grouped by kind, each group in document order."""
    pair = VersionPair(old, new)
    before, after = old.plan, new.plan
    return in_display_order(
        [
            *header_changes(before.header, after.header),
            *front_changes(before, after),
            *section_changes(before.sections, after.sections),
            *duty_changes(pair),
            *event_changes(pair),
            *closing_changes(before, after),
            *recipient_changes(pair),
            *attachment_changes(pair),
            *setting_changes(before, after),
        ]
    )
