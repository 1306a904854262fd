"""``python -m raquan``."""

from raquan.cli.app import main

main()
