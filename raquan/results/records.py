"""Completion records (``kind: completions``): which duty each unit says it did, and when.

The records count for the agenda exactly like result files do for report duties: a duty with
a record is done, on time or late. Only valid files count (``raquan check`` reports the
others, RQ510-RQ516); an entry whose unit or duty does not resolve is left out here and
reported by the checks.
"""

from __future__ import annotations

from collections.abc import Sequence

from raquan.domain.phrasing import done_document
from raquan.domain.progress import Completion, aware
from raquan.models.completions import Completions
from raquan.read.workspace import InputFile, LoadedPlan, Workspace

Key = tuple[str, str, str]
"""(plan id, duty id, unit id)."""


def record_completions(
    workspace: Workspace, plans: Sequence[LoadedPlan], files: Sequence[InputFile]
) -> dict[Key, list[Completion]]:
    """Every completion recorded in the valid completion files among ``files``, earliest
    first for each (plan, duty, unit)."""
    by_id = {loaded.plan.id: loaded for loaded in plans}
    found: dict[Key, list[Completion]] = {}
    for item in files:
        document = workspace.load(item.path, item.display)
        records = document.model
        if not document.ok or not isinstance(records, Completions):
            continue
        loaded = by_id.get(records.plan)
        if loaded is None or loaded.index is None:
            continue
        target = loaded.index.find(records.unit)
        if target is None:
            continue
        shown = document.source.display
        for n, entry in enumerate(records.entries):
            line = document.source.locate(("entries", n)).line
            completion = Completion(
                aware(entry.moment()),
                f"{shown}:{line}",
                document=done_document(entry.document, entry.date) if entry.document else None,
                note=entry.note,
                occurrence=entry.occurrence,
            )
            found.setdefault((records.plan, entry.duty, target.id), []).append(completion)
    for completions in found.values():
        completions.sort(key=lambda completion: completion.at)
    return found
