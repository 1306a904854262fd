"""Commented YAML skeletons for new files: a plan, or a unit's result report.

``new_plan`` and ``new_report`` build the text (the core never writes, prints or exits);
``write_skeleton`` writes it beside its JSON Schema and never over an existing file. Values
the user must still write are ``<điền: ...>`` placeholders, which ``raquan check`` reports
(RQ109) until they are filled.
"""

from __future__ import annotations

from raquan.new.plan import PlanSkeleton, new_plan, plan_skeleton
from raquan.new.report import ReportKind, new_report
from raquan.new.write import SCHEMA_FOLDER, modeline, schema_name, write_schema, write_skeleton
from raquan.new.yamltext import MARK, fill, round_trip_yaml

__all__ = [
    "MARK",
    "SCHEMA_FOLDER",
    "PlanSkeleton",
    "ReportKind",
    "fill",
    "modeline",
    "new_plan",
    "new_report",
    "plan_skeleton",
    "round_trip_yaml",
    "schema_name",
    "write_schema",
    "write_skeleton",
]
