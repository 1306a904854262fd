"""Changes of "Nơi nhận": lines added, removed, reworded, or sent to other units.

A line is known by its unit when it names one ("unit: UBND các xã, phường"), else by its
printed text: rewording the printed text of a line that names a unit is a change of that line,
rewording a free-text line is a line removed and another added.
"""

from __future__ import annotations

from raquan.diff.changes import Change
from raquan.diff.units import UnitNames, units_change
from raquan.diff.versions import VersionPair
from raquan.diff.words import quoted, value_change
from raquan.domain.units import name_key
from raquan.models.plan import Recipient


def _printed(recipient: Recipient, names: UnitNames) -> str:
    if recipient.text is not None:
        return recipient.text
    assert recipient.unit is not None
    return names.name(recipient.unit)


def _refs(recipient: Recipient) -> list[str]:
    return [*([recipient.unit] if recipient.unit is not None else []), *recipient.covers]


def _lines(recipients: list[Recipient], names: UnitNames) -> dict[str, tuple[int, Recipient]]:
    """Each line by its key (its unit, or its printed text), with its position."""
    found: dict[str, tuple[int, Recipient]] = {}
    for position, recipient in enumerate(recipients):
        if recipient.unit is not None:
            key = names.key(recipient.unit)
        else:
            key = f"text:{name_key(recipient.text or '')}"
        while key in found:
            key += "+"
        found[key] = (position, recipient)
    return found


def recipient_changes(pair: VersionPair) -> list[Change]:
    """Lines of "Nơi nhận" removed, added and changed."""
    old = _lines(pair.old.plan.recipients, pair.old_names)
    new = _lines(pair.new.plan.recipients, pair.new_names)
    found: list[Change] = []
    for key, (position, recipient) in old.items():
        if key not in new:
            shown = _printed(recipient, pair.old_names)
            found.append(
                Change(
                    "recipient-removed",
                    f"recipients[{position}]",
                    f"Bỏ nơi nhận: {quoted(shown)}.",
                    before=shown,
                    involves=pair.old_names.involves(_refs(recipient)),
                )
            )
    for key, (position, recipient) in new.items():
        shown = _printed(recipient, pair.new_names)
        if key not in old:
            found.append(
                Change(
                    "recipient-added",
                    f"recipients[{position}]",
                    f"Thêm nơi nhận: {quoted(shown)}.",
                    after=shown,
                    involves=pair.new_names.involves(_refs(recipient)),
                )
            )
            continue
        before = old[key][1]
        involves = pair.involves(_refs(before), _refs(recipient))
        shown_before = _printed(before, pair.old_names)
        reworded = value_change(
            "recipient-changed",
            f"recipients[{position}]",
            "dòng nơi nhận",
            (quoted(shown_before), quoted(shown)),
            (shown_before, shown),
            field="text",
            involves=involves,
        )
        if reworded is not None:
            found.append(reworded)
        covers = units_change(
            "recipient-changed",
            f"recipients[{position}]",
            f"Dòng nơi nhận {quoted(shown)}",
            "các đơn vị được gửi tới",
            pair.old_names.keyed(before.covers),
            pair.new_names.keyed(recipient.covers),
            field="covers",
            involves=involves,
        )
        if covers is not None:
            found.append(covers)
    return found
