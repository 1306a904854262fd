"""The developer tools of ``tools/``, loaded from their files (they are not part of the
``raquan`` package, and ``tools/`` is not a package)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from support.plans import ROOT


def load_tool(name: str) -> ModuleType:
    """The module ``tools/<name>.py``, loaded once."""
    key = f"raquan_tools_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, ROOT / "tools" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]
