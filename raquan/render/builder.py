"""A document laid out on a second core while its plan is read, checked and composed.

Rendering is two chains of work. One reads the plan, checks it and composes the text of the
document (ruamel.yaml, pydantic, the rules, Jinja); the other lays the text out in Word
(python-docx, markdown-it). Each chain's libraries take about as long to load as its work takes
to run, so a ``Builder`` forks a helper (``raquan.forking``) as the render starts, before the
first chain's libraries are loaded. The helper loads python-docx and makes the empty document
while this process reads and composes; it gets the ``Parts`` as soon as they exist, and lays
them out while this process runs the rules. Nothing is written before the check has passed:
this process writes the file, from a helper's whole answer.

Where there is no second core, no ``fork``, or the helper fails in any way, the document is laid
out here (``document.build``), with the same result; a failure (a bad reference .docx, a bug)
then shows as it would have. This module loads neither python-docx nor pydantic.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Generic, TypeVar

from raquan import forking
from raquan.render.parts import Parts

Source = TypeVar("Source")


class Builder:
    """``with Builder(reference) as builder:`` ``builder.give(parts)`` as soon as the parts are
    composed, then ``builder.result(parts)`` with the same parts: the .docx package.
    ``parallel`` tells whether a helper was started (if not, giving early gains nothing)."""

    def __init__(self, reference_docx: Path | None) -> None:
        self.reference_docx = reference_docx
        self._helper: forking.Helper | None = None
        self._given: Parts | None = None

    def __enter__(self) -> Builder:
        if forking.cores() > 1:
            try:
                forking.start(self._lay_out, self._keep)
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

    def give(self, parts: Parts) -> None:
        """Start laying ``parts`` out in the helper, if there is one (once)."""
        if self._helper is None or self._given is not None:
            return
        self._given = parts
        if not self._helper.send(pickle.dumps(parts, protocol=pickle.HIGHEST_PROTOCOL)):
            self._helper.stop()
            self._helper = None

    def result(self, parts: Parts) -> bytes:
        """The document made of ``parts``: the helper's, if it was given these parts and
        answered, else laid out here."""
        self.give(parts)
        helper, self._helper = self._helper, None
        if helper is not None:
            answer = helper.answer() if self._given is parts else None
            helper.stop()
            if answer:
                return answer
        from raquan.render.document import build  # noqa: PLC0415  (python-docx: when needed)

        return build(parts, reference_docx=self.reference_docx)

    def _lay_out(self, inbox: BinaryIO) -> bytes:
        """In the helper: the empty document first, then the parts' layout, once they come."""
        from raquan.render.document import base_document, build  # noqa: PLC0415

        try:
            base = base_document(self.reference_docx)
        except Exception:
            return b""
        data = inbox.read()
        if not data:
            return b""  # nothing was given: the caller has stopped
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
