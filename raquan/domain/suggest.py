"""Suggestions for a name that matches nothing: the nearest choice, "có phải ý bạn là ...?"."""

from __future__ import annotations

from collections.abc import Iterable

from raquan.domain.folding import fold


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice nearest to ``word`` (ignoring case and diacritics), if any is near enough."""
    from rapidfuzz import fuzz, process  # noqa: PLC0415  (only needed when something is wrong)

    options = list(choices)
    if not options:
        return None
    folded = {fold(option.casefold()): option for option in options}
    found = process.extractOne(fold(word.casefold()), list(folded), scorer=fuzz.ratio)
    if found is None or found[1] < 70:
        return None
    return folded[found[0]]


def did_you_mean(names: Iterable[str]) -> str | None:
    """ "Có phải ý bạn là: 'a', 'b'?" for the suggested names, or None when there are none."""
    shown = ", ".join(f"'{name}'" for name in names)
    return f"Có phải ý bạn là: {shown}?" if shown else None
