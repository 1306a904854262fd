"""``python -m raquan``."""

from raquan.cli import script

script()
