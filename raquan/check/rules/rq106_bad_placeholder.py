"""RQ106 — Chỗ điền hoặc chú thích không dùng được.

Văn bản của kế hoạch có thể chứa chỗ điền lấy từ dữ liệu: ``{deadline}`` (thời hạn của nhiệm
vụ), ``{when:mã-sự-kiện}``, ``{place:mã-sự-kiện}``, ``{content:mã-sự-kiện}``, ``{theme}``,
``{legal_bases}``, ``{attachment:mã-phụ-lục}``; và dấu chú thích ``[^nhãn]`` có nội dung trong
``footnotes``. Chỗ điền phải có tên đúng, trỏ tới mục có thật, và có dữ liệu để điền
(``{deadline}`` chỉ dùng trong nhiệm vụ có thời hạn); mỗi chú thích phải được dùng.

Ví dụ sai (nhiệm vụ không có thời hạn)::

    - id: dua-tin
      text: Đưa tin các hoạt động, hoàn thành {deadline}.

Ví dụ đúng::

    - id: dua-tin
      text: Đưa tin các hoạt động, hoàn thành {deadline}.
      deadline:
        date: 2023-01-31
"""

from __future__ import annotations

from collections.abc import Iterator

from raquan.check.context import Finding, PlanContext
from raquan.diagnostics import DataPath, Severity
from raquan.domain.richtext import NEEDS_ARGUMENT, PLACEHOLDERS, footnote_marks
from raquan.models.plan import Duty

CODE = "RQ106"
NAME = "bad-placeholder"
SEVERITY = Severity.ERROR
SUMMARY = "Chỗ điền {...} hoặc chú thích [^...] không dùng được"
APPLIES_TO = ("plan",)


def _duty_at(ctx: PlanContext, path: DataPath) -> Duty | None:
    if path[-1:] != ("text",):
        return None
    return ctx.duty_texts.get(path)


def check(ctx: PlanContext) -> Iterator[Finding]:
    plan = ctx.plan
    events = {event.id for event in plan.events}
    attachments = {attachment.id for attachment in plan.attachments}
    used_notes: set[str] = set()
    names = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
    for path, text in ctx.texts:
        for mark in footnote_marks(text):
            used_notes.add(mark.label)
            if mark.label not in plan.footnotes:
                yield Finding(
                    path,
                    f"Chú thích {mark.text} không có nội dung trong 'footnotes'.",
                    needle=mark.text,
                    occurrence=text.count(mark.text, 0, mark.start),
                )
        for holder in ctx.placeholders(text):
            problem = _problem(ctx, path, holder.name, holder.argument, events, attachments)
            if problem is not None:
                message, hint = problem
                yield Finding(
                    path,
                    message,
                    hint or f"Các chỗ điền có: {names}.",
                    needle=holder.text,
                    occurrence=text.count(holder.text, 0, holder.start),
                )
    for label in plan.footnotes:
        if label not in used_notes:
            yield Finding(
                ("footnotes", label),
                f"Chú thích '{label}' không được dùng ở đâu trong văn bản.",
                f"Thêm [^{label}] vào chỗ cần chú thích, hoặc xoá chú thích này.",
                key=True,
            )


def _problem(
    ctx: PlanContext,
    path: DataPath,
    name: str,
    argument: str | None,
    events: set[str],
    attachments: set[str],
) -> tuple[str, str | None] | None:
    if name not in PLACEHOLDERS:
        return f"Không có chỗ điền tên '{name}'.", None
    if name in NEEDS_ARGUMENT and not argument:
        return f"Chỗ điền '{name}' cần một mã: {PLACEHOLDERS[name]}.", None
    if name not in NEEDS_ARGUMENT and argument:
        return f"Chỗ điền '{name}' không nhận mã ('{argument}').", None
    if name in ("when", "place", "content") and argument not in events:
        return f"Không có sự kiện nào mã '{argument}'.", None
    if name == "content" and argument in events:
        event = ctx.plan.event(argument or "")
        if event is not None and event.content is None:
            return f"Sự kiện '{argument}' không có 'content' để điền.", None
    if name == "attachment" and argument not in attachments:
        return f"Không có phụ lục nào mã '{argument}'.", None
    if name == "theme" and ctx.plan.theme is None:
        return "Kế hoạch không có 'theme' để điền vào {theme}.", None
    if name == "legal_bases" and not ctx.plan.legal_bases:
        return "Kế hoạch không có 'legal_bases' để điền vào {legal_bases}.", None
    if name == "deadline":
        duty = _duty_at(ctx, path)
        if duty is None:
            return "{deadline} chỉ dùng trong nội dung của một nhiệm vụ.", None
        if duty.deadline is None:
            return (
                f"Nhiệm vụ '{duty.id}' không có thời hạn để điền vào {{deadline}}.",
                "Thêm 'deadline' cho nhiệm vụ, hoặc bỏ {deadline} khỏi nội dung.",
            )
    return None
