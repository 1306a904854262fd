"""What changed between two versions of a plan, in the terms a clerk uses.

Duties added or removed, deadlines moved ("từ trước ngày 15/01/2023 (Chủ nhật) sang trước
ngày 13/01/2023 (thứ Sáu)"), units given a duty or a block of duties, or asked to cooperate,
events moved, lines of "Nơi nhận" added or removed, texts reworded (with a short before and
after), appendices changed. Two files are compared, or one file with itself at a git revision.

- ``run.run``: load both versions (with raquan's loader and each one's unit registry),
  compare them, keep the changes that concern the units asked for;
- ``compare.compare_versions``: the changes between two loaded versions;
- ``formats.FORMATS``: the result as text, JSON or Markdown.

The core never prints: the command ``raquan diff`` (``raquan.cli.diff``) prints.
"""
