"""``python -m raquan``."""

from raquan.cli import main

main()
