"""A document laid out on a second core while its plan is read, checked and composed.

Rendering is two chains of work. One reads the plan, checks it and composes the text of the
document (ruamel.yaml, pydantic, the rules, Jinja); the other lays the text out in Word
(python-docx, markdown-it). Each chain's libraries take about as long to load as its work takes
to run, so a helper (``raquan.forking``) is forked before the first chain's libraries are
loaded: by ``prepare``, which the command line calls before it parses the options of
``render plan``, or else by the ``Builder`` as the render starts. The helper loads python-docx
(never pydantic: it has no use for it) and makes the empty document while this process reads
and composes; it gets the ``Parts`` as soon as they exist, and lays them out while this
process runs the rules. Nothing is written before the check has passed: this process writes
the file, from a helper's whole answer.

Where there is no second core, no ``fork``, or the helper fails in any way, the document is laid
out here (``document.build``), with the same result; a failure (a bad reference .docx, a bug)
then shows as it would have. This module loads neither python-docx nor pydantic.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Generic, TypeVar

from raquan import forking
from raquan.render.parts import Parts

Source = TypeVar("Source")


_ahead: list[forking.Helper] = []
"""The helper started ahead (``prepare``), for the next ``Builder`` to take: one at most."""


def prepare() -> Callable[[], None]:
    """Start the next ``Builder``'s helper now, where there is a second core: it loads
    python-docx while the command line is still being read (Typer loads pydantic to parse
    it). Returns what lets the helper go if no ``Builder`` took it (the command was refused,
    or only asked for its help)."""
    try:
        if not _ahead and forking.cores() > 1:
            forking.start(_lay_out, _ahead.append)
    except BaseException:  # Ctrl-C as the helper was made: nobody would release it
        release()
        raise
    return release


def release() -> None:
    """Stop the helper started ahead, if no ``Builder`` took it."""
    while _ahead:
        _ahead.pop().stop()


class Builder:
    """``with Builder(reference) as builder:`` ``builder.give(parts)`` as soon as the parts are
    composed, then ``builder.result(parts)`` with the same parts: the .docx package.
    ``parallel`` tells whether a helper was started (if not, giving early gains nothing)."""

    def __init__(self, reference_docx: Path | None) -> None:
        self.reference_docx = reference_docx
        self._helper: forking.Helper | None = None
        self._given: Parts | None = None

    def __enter__(self) -> Builder:
        self._helper = _ahead.pop() if _ahead else None
        try:
            if self._helper is None and forking.cores() > 1:
                forking.start(_lay_out, self._keep)
            # The helper makes the empty document as soon as it knows which one.
            self._send(self.reference_docx)
        except BaseException:  # Ctrl-C as the helper was made: ``__exit__`` will not run
            self.__exit__(None, None, None)
            raise
        return self

    def _keep(self, helper: forking.Helper) -> None:
        self._helper = helper

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._helper is not None:
            self._helper.stop()
            self._helper = None

    @property
    def parallel(self) -> bool:
        return self._helper is not None

    def _send(self, value: object) -> None:
        if self._helper is not None and not self._helper.send(
            pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        ):
            self._helper.stop()
            self._helper = None

    def give(self, parts: Parts) -> None:
        """Start laying ``parts`` out in the helper, if there is one (once)."""
        if self._helper is None or self._given is not None:
            return
        self._given = parts
        self._send(parts)

    def result(self, parts: Parts) -> bytes:
        """The document made of ``parts``: the helper's, if it was given these parts and
        answered, else laid out here."""
        self.give(parts)
        helper = self._helper
        if helper is not None:
            answer = helper.answer() if self._given is parts else None
            if answer:
                # The helper is waited for when the ``with`` block ends: its ending need not
                # delay the writing of the file.
                return answer
            helper.stop()
            self._helper = None
        from raquan.render.document import build  # noqa: PLC0415  (python-docx: when needed)

        return build(parts, reference_docx=self.reference_docx)


def _lay_out(inbox: forking.Inbox) -> bytes:
    """In the helper: its libraries loaded, then the empty document (once its reference is
    known), then the parts' layout (once they come)."""
    from raquan.render.document import base_document, build  # noqa: PLC0415

    reference = inbox.receive()
    if reference is None:
        return b""  # the caller has stopped
    try:
        base = base_document(pickle.loads(reference))  # noqa: S301  (from the parent: Builder)
    except Exception:
        return b""
    data = inbox.receive()
    if data is None:
        return b""
    parts = pickle.loads(data)  # noqa: S301  (from this process's parent, ``give``)
    return build(parts, base=base)


class Ahead(Generic[Source]):
    """Parts composed ahead of the check and given to a ``Builder`` at once.

    ``ahead(source)`` is called with the loaded plan before its check runs: it composes the
    parts and gives them to the builder. A failure there is kept, not raised: a plan that the
    check refuses must be reported by the check, as it is without a helper. Once the check has
    passed, ``parts(source)`` is what was composed (or the failure, raised now); or, when
    nothing was composed ahead for this source, the parts composed now.
    """

    def __init__(self, builder: Builder, compose: Callable[[Source], Parts]) -> None:
        self.builder = builder
        self.compose = compose
        self._done: tuple[Source, Parts | Exception] | None = None

    def __call__(self, source: Source) -> None:
        try:
            parts = self.compose(source)
        except Exception as error:
            self._done = (source, error)
        else:
            self.builder.give(parts)
            self._done = (source, parts)

    def parts(self, source: Source) -> Parts:
        if self._done is None or self._done[0] is not source:
            return self.compose(source)
        made = self._done[1]
        if isinstance(made, Exception):
            raise made
        return made
