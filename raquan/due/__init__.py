"""Agendas: what each unit owes under the plans, and their exports (JSON, iCalendar, Markdown)."""
