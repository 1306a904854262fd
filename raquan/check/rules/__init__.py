"""The table of rules: every code raquan reports, with its documentation.

Loader problems (RQ001-RQ012) come from ``raquan.check.rules.loading``, those of the
configuration and of suppression comments (RQ020-RQ029) from ``raquan.check.rules.settings``;
every other check is one module here, listed in ``CHECK_MODULES``. ``RULES`` maps each code
to its ``Rule``.
"""

from __future__ import annotations

from raquan.check.rule import Rule
from raquan.check.rules import (
    rq101_unknown_unit,
    rq102_ambiguous_unit,
    rq103_duplicate_id,
    rq104_missing_registry,
    rq105_unknown_event,
    rq106_bad_placeholder,
    rq107_deadline_not_printed,
    rq108_registry_name_clash,
    rq109_unfilled_skeleton,
    rq110_unit_not_in_force,
    rq111_group_not_in_force,
    rq112_unknown_successor,
    rq113_overlapping_validity,
    rq114_history_cycle,
    rq115_unit_ends_before_deadline,
    rq201_deadline_before_issue,
    rq202_deadline_on_day_off,
    rq203_preparation_after_event,
    rq204_report_before_event,
    rq205_outside_period,
    rq206_text_date,
    rq207_unplaced_recurrence,
    rq208_unknown_duty_origin,
    rq301_document_number,
    rq302_document_type,
    rq303_cited_after_plan,
    rq401_recipient_coverage,
    rq402_signature_authority,
    rq403_attachment_mismatch,
    rq501_report_plan,
    rq502_report_unit,
    rq503_report_type,
    rq504_report_date,
    rq505_duplicate_report,
    rq510_completion_plan_duty,
    rq511_completion_unit,
    rq512_completion_not_assigned,
    rq513_completion_before_plan,
    rq514_completion_duplicate,
    rq515_completion_occurrence,
    rq516_completion_document,
)
from raquan.check.rules.loading import LOADING_RULES
from raquan.check.rules.settings import SETTINGS_RULES

CHECK_MODULES = (
    rq101_unknown_unit,
    rq102_ambiguous_unit,
    rq103_duplicate_id,
    rq104_missing_registry,
    rq105_unknown_event,
    rq106_bad_placeholder,
    rq107_deadline_not_printed,
    rq108_registry_name_clash,
    rq109_unfilled_skeleton,
    rq110_unit_not_in_force,
    rq111_group_not_in_force,
    rq112_unknown_successor,
    rq113_overlapping_validity,
    rq114_history_cycle,
    rq115_unit_ends_before_deadline,
    rq201_deadline_before_issue,
    rq202_deadline_on_day_off,
    rq203_preparation_after_event,
    rq204_report_before_event,
    rq205_outside_period,
    rq206_text_date,
    rq207_unplaced_recurrence,
    rq208_unknown_duty_origin,
    rq301_document_number,
    rq302_document_type,
    rq303_cited_after_plan,
    rq401_recipient_coverage,
    rq402_signature_authority,
    rq403_attachment_mismatch,
    rq501_report_plan,
    rq502_report_unit,
    rq503_report_type,
    rq504_report_date,
    rq505_duplicate_report,
    rq510_completion_plan_duty,
    rq511_completion_unit,
    rq512_completion_not_assigned,
    rq513_completion_before_plan,
    rq514_completion_duplicate,
    rq515_completion_occurrence,
    rq516_completion_document,
)

RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        *LOADING_RULES,
        *SETTINGS_RULES,
        *(Rule.from_module(module) for module in CHECK_MODULES),
    )
}
"""Code -> rule, in code order."""

__all__ = ["CHECK_MODULES", "RULES", "Rule"]
