"""A real browser for the tests: headless Chromium (Debian's ``chromium``, which ``.ci/run``
installs), with a private profile so that parallel runs do not clash, and no network."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)


def _run(page: Path, *options: str, width: int, height: int) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="raquan-chromium-") as profile:
        return subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--disable-extensions",
                "--disable-background-networking",
                "--proxy-server=127.0.0.1:9",  # nothing may be fetched from the network
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                "--virtual-time-budget=3000",
                "--allow-file-access-from-files",  # a test's frame reads the page it holds
                *options,
                page.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )


def dump_dom(page: Path, *, width: int = 1100, height: int = 900) -> str:
    """The page's DOM once Chromium has loaded and laid it out (scripts run)."""
    done = _run(page, "--dump-dom", width=width, height=height)
    assert done.returncode == 0, done.stderr
    return done.stdout


def screenshot(page: Path, target: Path, *, width: int = 1100, height: int = 1600) -> Path:
    """A PNG of the page as Chromium draws it, ``width`` by ``height`` pixels."""
    done = _run(page, f"--screenshot={target.resolve()}", width=width, height=height)
    assert done.returncode == 0, done.stderr
    assert target.is_file(), done.stderr
    return target
