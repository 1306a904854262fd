"""``raquan.forking``: the messages a helper gets and the answer it gives, each whole or not at
all, and no helper left behind."""

from __future__ import annotations

import os

import pytest

from raquan import forking


def _started(work: forking.Work) -> forking.Helper:
    if not forking.can_fork():
        pytest.skip("no fork here")  # pragma: no cover  (Linux: always)
    made: list[forking.Helper] = []
    forking.start(work, made.append)
    assert len(made) == 1
    return made[0]


def _joined(inbox: forking.Inbox) -> bytes:
    """Every message received, each in brackets, until no more come."""
    pieces = []
    while (message := inbox.receive()) is not None:
        pieces.append(b"[" + message + b"]")
    return b"".join(pieces)


def _ended(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_a_helper_receives_each_message_whole_and_in_order() -> None:
    helper = _started(_joined)
    assert helper.send(b"mot")
    assert helper.send(b"")
    assert helper.send(b"hai" * 100_000)  # more than a pipe holds at once
    assert helper.answer() == b"[mot][][" + b"hai" * 100_000 + b"]"
    helper.stop()
    assert _ended(helper.pid)


def test_a_message_cut_short_is_not_received() -> None:
    read, write = os.pipe()
    os.write(write, forking._framed(b"whole") + forking._framed(b"cut")[:-1])
    os.close(write)
    with os.fdopen(read, "rb") as stream:
        inbox = forking.Inbox(stream)
        assert inbox.receive() == b"whole"
        assert inbox.receive() is None


def test_a_helper_that_dies_gives_no_answer_and_is_waited_for() -> None:
    def dies(inbox: forking.Inbox) -> bytes:
        os._exit(3)

    helper = _started(dies)
    assert helper.answer() is None
    helper.stop()
    assert _ended(helper.pid)
    assert not helper.send(b"late")  # nobody reads any more


def test_a_helper_that_answered_is_waited_for_not_killed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where SIGCHLD is ignored the system reaps a helper as it ends, and its process number
    may go to another process: a helper that has answered is never sent a signal."""
    helper = _started(_joined)
    assert helper.send(b"x")
    assert helper.answer() == b"[x]"
    signals: list[tuple[int, int]] = []
    monkeypatch.setattr(os, "kill", lambda pid, number: signals.append((pid, number)))
    helper.stop()
    assert signals == []
    assert _ended(helper.pid)


def test_a_helper_that_has_gone_takes_no_more_messages() -> None:
    def leaves(inbox: forking.Inbox) -> bytes:
        os._exit(0)

    helper = _started(leaves)
    os.waitpid(helper.pid, 0)  # it has ended, without reading anything
    helper._running = False
    assert not helper.send(b"x" * 1_000_000)  # more than the pipe holds: the write fails
    assert helper.answer() is None
    helper.stop()
