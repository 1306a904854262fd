"""Finding English in what raquan says to its users (who read Vietnamese).

What is not words is taken out first: quoted text (names, values and menu items as typed),
option names, paths and file names, codes, placeholders. What remains must hold none of the
common English words below; the list leaves out the words that are Vietnamese too ("in",
"to", "an", "a").
"""

from __future__ import annotations

import re

_ENGLISH = re.compile(
    r"\b(the|is|are|was|should|must|invalid|missing|no such|error|errors|unable|expected|found"
    r"|input|usage|option|options|command|commands|argument|arguments|required|default"
    r"|installed|completion|will|take|effect|restart|aborted|not|does|exist|exists|directory"
    r"|file|files|value|values|valid|integer|greater|less|equal|than|cannot|could|failed"
    r"|please|with|from|for|and|of|by|this|message|traceback|exception|possible"
    r"|did you mean|got|extra|unexpected|requires)\b",
    re.IGNORECASE,
)
_NOT_WORDS = re.compile(
    r"'[^'\n]*'|`[^`\n]*`|\"[^\"\n]*\"|“[^”\n]*”"  # quoted
    r"|(?<![\w-])--?[A-Za-z][\w-]*"  # options
    r"|https?://\S+|\S*[/\\]\S*|\S+\.(?:yaml|yml|toml|docx|pdf|json|py|md|j2|log|sh)\b"  # paths
    r"|\bRQ\d*\b|<[^>\n]*>|\{[^}\n]*\}|\[[A-Z_ ]+\]"  # codes, placeholders, metavars
    r"|\b[A-Z][A-Z_]{2,}\b"  # metavars (ĐƯỜNG_DẪN, TỆP) and acronyms
)


def english(text: str) -> list[str]:
    """The English words left in ``text`` once quotes, options, paths and codes are out."""
    return [m.group(0) for m in _ENGLISH.finditer(_NOT_WORDS.sub(" ", text))]
