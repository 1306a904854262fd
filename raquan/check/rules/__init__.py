"""The table of rules: every code raquan reports, with its documentation.

Loader problems (RQ001-RQ012, and RQ600 for a Word document that cannot be read) come from
``raquan.check.rules.loading``, those of the configuration and of suppression comments
(RQ020-RQ029) from ``raquan.check.rules.settings``; every other check is one module here,
named for its code and name and listed in one of the ``GROUPS``, by the kinds of file it
checks: plans and registries, result files, completions files, and the layout of Word
documents (RQ601-RQ699). ``RULES`` maps each code to its ``Rule``, in code order.

A module is imported the first time its rule is asked for, not when this table is: the codes
are known from the module names, and a check of YAML files never loads the layout checks and
the models of Word documents they bring (a third of the start-up of ``raquan check`` on a
plan); a plan does not load the checks of result files either. ``rules_for(kind, codes)``
gives the rules that check one kind of file.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping

from raquan.check.rule import FileKind, Rule
from raquan.check.rules.loading import LOADING_RULES
from raquan.check.rules.settings import SETTINGS_RULES

PLAN_CHECKS = (
    "rq101_unknown_unit",
    "rq102_ambiguous_unit",
    "rq103_duplicate_id",
    "rq104_missing_registry",
    "rq105_unknown_event",
    "rq106_bad_placeholder",
    "rq107_deadline_not_printed",
    "rq108_registry_name_clash",
    "rq109_unfilled_skeleton",
    "rq110_unit_not_in_force",
    "rq111_group_not_in_force",
    "rq112_unknown_successor",
    "rq113_overlapping_validity",
    "rq114_history_cycle",
    "rq115_unit_ends_before_deadline",
    "rq201_deadline_before_issue",
    "rq202_deadline_on_day_off",
    "rq203_preparation_after_event",
    "rq204_report_before_event",
    "rq205_outside_period",
    "rq206_text_date",
    "rq207_unplaced_recurrence",
    "rq208_unknown_duty_origin",
    "rq301_document_number",
    "rq302_document_type",
    "rq303_cited_after_plan",
    "rq401_recipient_coverage",
    "rq402_signature_authority",
    "rq403_attachment_mismatch",
)
"""The checks of plans and unit registries (whatever they were read from); RQ109, that a
skeleton was filled in, also of result files."""

REPORT_CHECKS = (
    "rq501_report_plan",
    "rq502_report_unit",
    "rq503_report_type",
    "rq504_report_date",
    "rq505_duplicate_report",
    "rq506_report_on_draft",
)
"""The checks of result files (``kind: report``)."""

COMPLETIONS_CHECKS = (
    "rq510_completion_plan_duty",
    "rq511_completion_unit",
    "rq512_completion_not_assigned",
    "rq513_completion_before_plan",
    "rq514_completion_duplicate",
    "rq515_completion_occurrence",
    "rq516_completion_document",
)
"""The checks of completions files (``raquan done``)."""

LAYOUT_CHECKS = (
    "rq601_page_size",
    "rq602_page_orientation",
    "rq603_page_margins",
    "rq604_font_family",
    "rq605_body_font_size",
    "rq606_issuing_body",
    "rq607_national_name",
    "rq608_number_symbol",
    "rq609_place_date",
    "rq610_title_block",
    "rq611_body_paragraphs",
    "rq612_end_mark",
    "rq613_page_numbers",
    "rq614_footnotes",
    "rq615_recipients",
    "rq616_signature",
)
"""The layout checks of Word documents: they apply to ``docx`` and nothing else."""

GROUPS: tuple[tuple[frozenset[FileKind], tuple[str, ...]], ...] = (
    (frozenset(("plan", "units", "report")), PLAN_CHECKS),
    (frozenset(("report",)), REPORT_CHECKS),
    (frozenset(("completions",)), COMPLETIONS_CHECKS),
    (frozenset(("docx",)), LAYOUT_CHECKS),
)
"""Each group of checks, with the kinds of file its checks may apply to: a file of one kind
loads only the groups that name it."""

CHECK_MODULES = tuple(name for _, names in GROUPS for name in names)
"""Every check module's name in this package."""


def _code(module_name: str) -> str:
    return module_name.split("_", 1)[0].upper()


class RuleTable(Mapping[str, Rule]):
    """Code -> rule, in code order; a check module is imported when its rule is first asked
    for."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {r.code: r for r in (*LOADING_RULES, *SETTINGS_RULES)}
        self._modules = {_code(name): name for name in CHECK_MODULES}
        self._kinds = {_code(name): kinds for kinds, names in GROUPS for name in names}
        self._codes = sorted((*self._rules, *self._modules))

    def __getitem__(self, code: str) -> Rule:
        rule = self._rules.get(code)
        if rule is None:
            name = self._modules[code]  # KeyError for an unknown code, as a dict
            module = importlib.import_module(f"{__name__}.{name}")
            rule = self._rules[code] = Rule.from_module(module)
            if rule.code != code or not set(rule.applies_to) <= self._kinds[code]:
                raise RuntimeError(f"{name}: not in its place in the table of rules")
        return rule

    def __contains__(self, code: object) -> bool:
        return code in self._rules or code in self._modules

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def rules_for(self, kind: str | None, codes: Iterable[str]) -> list[Rule]:
        """The rules among ``codes`` (in code order) that check a file of ``kind``; only the
        modules of the groups that may apply to it are imported."""
        chosen = (c for c in sorted(codes) if kind in self._kinds.get(c, ()))
        return [rule for rule in map(self.__getitem__, chosen) if kind in rule.applies_to]


RULES = RuleTable()
"""Code -> rule, in code order."""

__all__ = ["CHECK_MODULES", "GROUPS", "RULES", "Rule", "RuleTable"]
