"""raquan: Vietnamese People's Committees' plans as checked YAML, agendas and documents."""

import os
import sys
import types

__version__ = "0.1.0"


def _without_pydantic_plugins() -> None:
    """pydantic looks for plugins through importlib.metadata, whose import alone costs about a
    tenth of ``raquan check`` on a plan, only to find none when ``PYDANTIC_DISABLE_PLUGINS`` is
    ``__all__``. Stand in for its loader (``pydantic.plugin._loader``: pydantic uses its
    ``get_plugins`` only) with one that answers what it would: no plugins.
    ``tests/test_imports.py`` holds the stand-in to the real module's interface."""
    name = "pydantic.plugin._loader"
    if name not in sys.modules:
        loader = types.ModuleType(name, "No pydantic plugins (raquan: PYDANTIC_DISABLE_PLUGINS).")
        loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
        sys.modules[name] = loader


# pydantic looks for plugins on first use, which costs more than checking a plan; raquan uses
# none. A user who wants them can set the variable themselves.
if os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__") == "__all__":
    _without_pydantic_plugins()
