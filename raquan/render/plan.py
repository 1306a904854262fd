"""``render plan``: a plan's official .docx from its checked model and the templates.

This module starts the render's helper (``builder.Builder``) before anything heavy is loaded:
what reads, checks and composes the plan is imported once the helper is on its way, so that
the two load their libraries side by side. Hence the imports inside ``run``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from raquan.render.builder import Ahead, Builder

if TYPE_CHECKING:
    from raquan.render.output import Rendered


def run(
    path: Path | None,
    *,
    output: Path | None = None,
    templates: Path | None = None,
    reference_docx: Path | None = None,
    pdf: bool = False,
    force: bool = False,
) -> Rendered:
    """Check the plan at ``path``, render it to ``output`` (default: ``<id>.docx``).

    With a second core, the layout runs in a helper process (``Builder``): the parts are
    composed as soon as the plan has loaded, laid out there while the check runs here, and the
    file is written once the check has passed.
    """
    with Builder(reference_docx) as builder:
        # After the helper has started (see the module's docstring).
        from raquan.render.checked import load_checked_plan  # noqa: PLC0415
        from raquan.render.compose import plan_parts  # noqa: PLC0415

        ahead = Ahead(builder, functools.partial(plan_parts, templates=templates))
        loaded, warnings = load_checked_plan(path, ahead=ahead if builder.parallel else None)
        from raquan.render.output import check_output, write_rendered  # noqa: PLC0415

        target = output if output is not None else Path(f"{loaded.plan.id}.docx")
        backup = check_output(
            target, loaded, templates=templates, reference_docx=reference_docx, force=force, pdf=pdf
        )
        data = builder.result(ahead.parts(loaded))
        return write_rendered(target, data, warnings, pdf=pdf, backup=backup)
