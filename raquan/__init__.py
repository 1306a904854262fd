"""raquan: Vietnamese People's Committees' plans as checked YAML, agendas and documents."""

import os

__version__ = "0.1.0"

# pydantic looks for plugins through importlib.metadata on first use, which costs more than
# checking a plan; raquan uses none. A user who wants them can set the variable themselves.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
