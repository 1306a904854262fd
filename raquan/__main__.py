"""``python -m raquan``."""

from raquan.cli import script

if __name__ == "__main__":
    script()
