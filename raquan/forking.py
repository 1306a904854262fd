"""Work done in a forked helper process, and its answer read back.

Two commands use a second core: ``check`` splits a large run of plans between workers, and
``render`` lays out the document in a helper that loads python-docx while this process reads,
checks and composes the plan. Both need the same few careful steps, kept here:

* ``os.fork`` and plain pipes, not ``multiprocessing``: importing it and starting its pool cost
  a tenth of a second before any work began. The helper inherits the modules and data already
  loaded here, and leaves with ``os._exit``, never tearing down (so never touching) the memory
  it shares with this process.
* Ctrl-C waits while a helper is being made, so that every helper is known here (and stopped
  if this process is interrupted) and none runs on into the caller's code; in the helper it
  works again at once.
* The caller sends the helper messages (``send``), each read whole or not at all
  (``Inbox.receive``); the helper ends with one answer.
* An answer counts only when it arrived whole (it carries its own length). A helper that dies
  (the kernel's out-of-memory killer, a signal, a bug) gives none, and the caller does its work
  itself: the result is the same, and a bug shows here, as it would without helpers.
* A process with other threads is not forked (a lock one of them holds would stay locked for
  ever in the helper), nor where the platform has no ``fork``.

Hand-written because the standard library's ``multiprocessing`` and ``concurrent.futures``
start slower than the work they would save, and no maintained package does this little.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO, NoReturn

_LENGTH_BYTES = 8


def cores() -> int:
    """The processors this process may run on (fewer than the machine's when it is pinned to
    some, as with ``taskset`` or a container's CPU set)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether a helper process may be forked here."""
    return hasattr(os, "fork") and threading.active_count() == 1


class Inbox:
    """Messages read from a stream one at a time, each whole or not at all: in a helper, what
    its caller ``send``s; in the caller, the helper's answer."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def receive(self) -> bytes | None:
        """The next message, once it has come whole; None when no more will come (the caller
        has stopped sending, or has gone)."""
        head = self._stream.read(_LENGTH_BYTES)
        if len(head) < _LENGTH_BYTES:
            return None
        length = int.from_bytes(head, "big")
        data = self._stream.read(length)
        return data if len(data) == length else None


Work = Callable[[Inbox], bytes]
"""What a helper does: its answer, from the messages it receives."""


class Helper:
    """A forked process running ``work``; ``answer()`` is what it returned (None if it failed).

    ``work`` gets the helper's ``Inbox``: the messages this process ``send``s it. Whoever
    starts a helper ``stop``s it in the end (which waits for it to have ended).
    """

    def __init__(self, pid: int, answers: int, inbox: int) -> None:
        self.pid = pid
        self._answers: int | None = answers
        self._inbox: int | None = inbox
        self._running = True
        self._answered = False

    @property
    def descriptors(self) -> list[int]:
        """The pipe ends this process holds for the helper (a later helper closes them)."""
        return [fd for fd in (self._answers, self._inbox) if fd is not None]

    def send(self, data: bytes) -> bool:
        """Send the helper a message; False if it has gone already."""
        if self._inbox is None:
            return False
        try:
            _write_all(self._inbox, _framed(data))
        except OSError:  # BrokenPipeError: the helper has ended
            os.close(self._inbox)
            self._inbox = None
            return False
        return True

    def answer(self) -> bytes | None:
        """What the helper returned (as soon as it is whole: the helper may still be ending);
        None if it failed or died first. No message is sent after this."""
        if self._inbox is not None:  # the helper's inbox ends here
            os.close(self._inbox)
            self._inbox = None
        if self._answers is None:
            return None
        answers, self._answers = self._answers, None
        with os.fdopen(answers, "rb") as pipe:
            data = Inbox(pipe).receive()
        # A helper that answered is ending by itself: ``stop`` only waits for it. (Killing it
        # could hit another process: where SIGCHLD is ignored, the system reaps the helper at
        # once, and its number may soon be someone else's.)
        self._answered = data is not None
        return data

    def stop(self) -> None:
        """End the helper now if it still runs (the caller was interrupted or gave up)."""
        for fd in self.descriptors:
            os.close(fd)
        self._answers = self._inbox = None
        if self._running:
            if not self._answered:
                with contextlib.suppress(OSError):
                    os.kill(self.pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> None:
        if self._running:
            self._running = False
            with contextlib.suppress(ChildProcessError):  # reaped already (SIGCHLD ignored)
                os.waitpid(self.pid, 0)


def start(
    work: Work,
    keep: Callable[[Helper], None],
    *,
    inherited: Sequence[int] = (),
) -> Helper | None:
    """A helper process running ``work``; None when none can be made (no ``fork``, other
    threads, no processes, memory or file descriptors left). ``keep`` gets the helper before
    Ctrl-C can interrupt again, so that the caller knows every helper it has to stop (a
    KeyboardInterrupt that was waiting is raised when this returns). ``inherited`` are
    descriptors of this process that the helper must not keep open (other helpers' pipes)."""
    if not can_fork():
        return None
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        try:
            inbox_read, inbox_write = os.pipe()
        except OSError:
            return None
        try:
            answers_read, answers_write = os.pipe()
        except OSError:
            os.close(inbox_read)
            os.close(inbox_write)
            return None
        frozen = gc.get_freeze_count() > 0
        gc.freeze()  # the helper's collector leaves the shared objects (and their pages) alone
        try:
            pid = os.fork()
        except OSError:
            pid = -1
        if pid != 0 and not frozen:
            gc.unfreeze()
        if pid < 0:
            for fd in (inbox_read, inbox_write, answers_read, answers_write):
                os.close(fd)
            return None
        if pid == 0:
            _run(
                work,
                inbox_read,
                answers_write,
                [inbox_write, answers_read, *inherited],
                mask,
            )
        os.close(inbox_read)
        os.close(answers_write)
        helper = Helper(pid, answers_read, inbox_write)
        keep(helper)
        return helper
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _run(
    work: Work,
    inbox: int,
    answers: int,
    others: Sequence[int],
    mask: Iterable[int],
) -> NoReturn:
    """The helper: run ``work``, send its answer, and leave without running any of the
    parent's clean-up. A failure sends nothing (the parent then does the work itself)."""
    status = 1
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        for descriptor in others:
            os.close(descriptor)
        with os.fdopen(inbox, "rb") as stream:
            answer = work(Inbox(stream))
        _write_all(answers, _framed(answer))
        status = 0
    finally:
        os._exit(status)


def _framed(data: bytes) -> bytes:
    """``data`` led by its length: what a reader knows to be whole."""
    return len(data).to_bytes(_LENGTH_BYTES, "big") + data


def _write_all(descriptor: int, data: bytes) -> None:
    rest = memoryview(data)
    while rest:
        rest = rest[os.write(descriptor, rest) :]
