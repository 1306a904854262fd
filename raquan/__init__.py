"""raquan: Vietnamese People's Committees' plans as checked YAML, agendas and documents."""

__version__ = "0.1.0"
