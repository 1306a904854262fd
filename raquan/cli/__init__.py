"""raquan's command line (``raquan.cli.app``): one module per command, each parsing its options
and printing what the core returns. ``script`` is the console script."""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
from typing import NoReturn

GC_THRESHOLD = (50_000, 20, 20)
"""When the cyclic garbage collector runs: after 50,000 new objects, not Python's 700. A run
builds many objects (modules, schemas, the data of its files) and few cycles, so collections
found little; they were 3 % of the instructions of checking the bundled plan and 11 % of
``raquan due`` on a 1 MB corpus (1 % and 4 % now). Peak memory moves by less than 10 MiB."""


def script() -> NoReturn:
    """The ``raquan`` console script (and ``python -m raquan``): ``raquan.cli.app.main``, with
    the collector tuned (``GC_THRESHOLD``), then a quick exit.

    The process ends as soon as the answer is out: the exit handlers run (the log's, any
    temporary folder's) and the streams are flushed, as at any exit, but the objects a run
    built are not freed one by one (after ``raquan due`` on a 1 MB corpus that took a fifth
    of a second, for nothing). A stream that can no longer be written (the reader of a pipe
    has gone, as with ``| head``) is let go silently.
    """
    gc.set_threshold(*GC_THRESHOLD)
    from raquan.cli.app import main  # noqa: PLC0415  (after the collector is tuned)

    # What is loaded now (Typer, Click, pydantic, the command table) lives as long as the
    # process: the collector need not walk it again at each collection.
    gc.freeze()
    try:
        main()
    except SystemExit as done:
        code = done.code
    else:
        code = 0
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # as Python does with any other value given to sys.exit: show it, exit 1
        status = 1
        if sys.stderr is not None:
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.write(f"{code}\n")
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None when the process was started with it closed
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    os._exit(status)
