"""Where the files that ship with raquan are: the bundled plans and the document templates.

In an installed wheel they are inside the package (``raquan/_bundled/``, put there by the
build); in a source checkout or an editable install they are the project's own ``plans/`` and
``templates/`` folders.
"""

from __future__ import annotations

from pathlib import Path

from raquan.errors import RaquanError

_PACKAGE = Path(__file__).resolve().parents[1]
"""The ``raquan`` package folder."""


def bundled(name: str) -> Path:
    """The bundled folder ``name`` (``plans`` or ``templates``)."""
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise RaquanError(f"raquan was installed without its '{name}' folder")


def default_plans() -> Path:
    """The plans folder of the project's configuration (``plans = ...``), else ``plans/`` in
    the current folder when there is one, else the bundled plans."""
    from raquan.read.config import active  # noqa: PLC0415

    configured = active().plans
    if configured is not None:
        return configured
    here = Path("plans")
    return here if here.is_dir() else bundled("plans")
