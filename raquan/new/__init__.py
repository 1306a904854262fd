"""Commented YAML skeletons for new files: a plan, or a unit's result report.

``raquan.new.plan.run`` and ``raquan.new.report.run`` build the text and write it beside its
JSON Schema (``write``), never over an existing file; they never print or exit. Values
the user must still write are ``<điền: ...>`` placeholders, which ``raquan check`` reports
(RQ109) until they are filled.
"""
