"""raquan: plans of Vietnamese People's Committees as checked YAML, agendas and official documents."""

__version__ = "0.1.0"
