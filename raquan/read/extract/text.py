"""Paragraph text with its look, and its outline marker: the raw material of the extraction.

:class:`Styled` is a paragraph's text with the weight and slant of each character and its
footnote marks, so that a piece of it (a duty after its "- ", a heading after its colon) can be
cut out and written as raquan's rich text (``**đậm**``, ``*nghiêng*``, ``[^1]``), with spans
replaced by placeholders (``{deadline}``) that take the look of the words they replace.

:func:`outline_marker` reads the Vietnamese outline marker a paragraph starts with: ``I.``
(part), ``1.`` (item), ``1.1.`` (sub-item), ``a)`` (point), ``-`` and ``+`` (bullets).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from enum import IntEnum

from raquan.domain.folding import fold
from raquan.read.paragraphs import Paragraph

BOLD = 1
ITALIC = 2
SUPERSCRIPT = 4


@dataclass(slots=True)
class Styled:
    """Text with a look per character (``BOLD | ITALIC | SUPERSCRIPT``) and footnote marks
    (label by the position they stand before)."""

    text: str
    looks: list[int] = field(default_factory=list)
    notes: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, paragraph: Paragraph, labels: dict[str, str] | None = None) -> Styled:
        """A paragraph's text as shown (marker first), NFC, with its looks and note marks;
        ``labels`` turns a note key into the label it gets in the plan."""
        pieces: list[str] = []
        looks: list[int] = []
        notes: dict[int, list[str]] = {}
        if paragraph.marker:
            pieces.append(paragraph.marker + " ")
            looks.extend([0] * (len(paragraph.marker) + 1))
        for run in paragraph.runs:
            if run.note is not None:
                label = (labels or {}).get(run.note)
                if label is not None:
                    notes.setdefault(sum(len(p) for p in pieces), []).append(label)
                continue
            text = unicodedata.normalize("NFC", run.text)
            look = (BOLD if run.bold else 0) | (ITALIC if run.italic else 0)
            look |= SUPERSCRIPT if run.superscript else 0
            pieces.append(text)
            looks.extend([look] * len(text))
        return cls("".join(pieces), looks, notes)

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int | None = None) -> Styled:
        """The piece ``[start:end]``, with its looks and the marks inside it."""
        stop = len(self.text) if end is None else end
        notes = {p - start: labels for p, labels in self.notes.items() if start <= p <= stop}
        if stop < len(self.text):
            notes.pop(stop - start, None)
        return Styled(self.text[start:stop], self.looks[start:stop], notes)

    def strip(self) -> tuple[Styled, int]:
        """Without surrounding white space; also the number of characters cut at the start."""
        start = len(self.text) - len(self.text.lstrip())
        end = len(self.text.rstrip())
        return self.slice(start, max(start, end)), start

    def bold_fraction(self) -> float:
        """How much of the visible text is bold."""
        shown = [look for char, look in zip(self.text, self.looks, strict=True) if char.strip()]
        return sum(1 for look in shown if look & BOLD) / len(shown) if shown else 0.0

    def without(self, look: int, start: int = 0, end: int | None = None) -> Styled:
        """A copy with ``look`` taken off the characters ``[start:end]``."""
        stop = len(self.text) if end is None else end
        looks = [
            value & ~look if start <= i < stop else value for i, value in enumerate(self.looks)
        ]
        return Styled(self.text, looks, dict(self.notes))

    def rich(self, replacements: list[tuple[int, int, str]] | None = None) -> str:
        """The text as raquan rich text: emphasis as ``**``/``*``, footnote marks as ``[^n]``,
        braces, stars and backslashes escaped; each ``(start, end, token)`` replacement writes
        ``token`` as it is in place of ``[start:end]``, with the look of its first character."""
        atoms: list[tuple[str, int, bool]] = []  # text, look, raw
        spans = sorted(replacements or [], key=lambda item: item[0])
        position = 0
        for start, end, token in spans:
            if start < position:
                continue
            self._atoms(position, start, atoms)
            look = self.looks[start] if start < len(self.looks) else 0
            if start > position:
                atoms.extend((f"[^{label}]", 0, True) for label in self.notes.get(start, []))
            atoms.append((token, look & (BOLD | ITALIC), True))
            for p in range(start + 1, end + 1):
                atoms.extend((f"[^{label}]", 0, True) for label in self.notes.get(p, []))
            position = end
        self._atoms(position, len(self.text), atoms, last=True)
        return _emphasised(atoms)

    def _atoms(
        self, start: int, end: int, atoms: list[tuple[str, int, bool]], *, last: bool = False
    ) -> None:
        """The text ``[start:end]`` as atoms: runs of one look, cut at footnote marks."""
        cuts = sorted({start, end, *(p for p in self.notes if start < p < end)})
        masked = bytes(look & (BOLD | ITALIC) for look in self.looks[start:end])
        for left, right in itertools.pairwise(cuts):
            atoms.extend((f"[^{label}]", 0, True) for label in self.notes.get(left, []))
            piece = masked[left - start : right - start]
            for run in _RUN.finditer(piece):
                text = self.text[left + run.start() : left + run.end()]
                atoms.append((text.translate(_ESCAPE_TABLE), piece[run.start()], True))
        if start == end:
            atoms.extend((f"[^{label}]", 0, True) for label in self.notes.get(start, []))
        if last and end > start:
            atoms.extend((f"[^{label}]", 0, True) for label in self.notes.get(end, []))


_RUN = re.compile(rb"(.)\1*", re.S)
_ESCAPES = {"\\": "\\\\", "*": "\\*", "{": "{{", "}": "}}", "\n": " "}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)


def _emphasised(atoms: list[tuple[str, int, bool]]) -> str:
    """Atoms (already escaped) as rich text: each run of one look wrapped in its marks, white
    space outside."""
    groups: list[tuple[int, list[str]]] = []
    for text, look, _ in atoms:
        if text.isspace() and groups:
            # A space takes the look of what surrounds it, so "**a b**" stays one group.
            groups[-1][1].append(text)
            continue
        if groups and groups[-1][0] == look:
            groups[-1][1].append(text)
        else:
            groups.append((look, [text]))
    out: list[str] = []
    for look, items in groups:
        body = "".join(items)
        if not look or not body.strip():
            out.append(body)
            continue
        core = body.strip()
        lead = body[: len(body) - len(body.lstrip())]
        tail = body[len(body.rstrip()) :]
        mark = {BOLD: "**", ITALIC: "*", BOLD | ITALIC: "***"}[look]
        out.append(f"{lead}{mark}{core}{mark}{tail}")
    return "".join(out)


# Outline markers -------------------------------------------------------------------------------


class Level(IntEnum):
    """Outline levels, from the largest part down."""

    PART = 0
    """``A.``, ``B.`` (rare: parts above the Roman sections)."""
    ROMAN = 1
    NUMBER = 2
    SUBNUMBER = 3
    LETTER = 4
    DASH = 5
    PLUS = 6


@dataclass(frozen=True, slots=True)
class Marker:
    """An outline marker at the start of a text: its level, as written, where the rest starts."""

    level: Level
    text: str
    end: int


_MARKER = re.compile(
    r"""^\s*(?:
        (?P<roman>[IVXLC]{1,6})\s*[.)/]
      | (?P<sub>\d{1,2}(?:\.\d{1,2})+)\.?
      | (?P<number>\d{1,2})\s*[.)/]
      | (?P<letter>[a-zđ])\s*[).]
      | (?P<part>[A-Z])\s*[.)]
      | (?P<dash>[-–—•*·●○◦▪■►❖✓])
      | (?P<plus>\+)
    )(?=\s|$|[^\w\s])\s*""",
    re.VERBOSE,
)


def outline_marker(text: str) -> Marker | None:
    """The outline marker ``text`` starts with, or None.

    >>> outline_marker("IV. TỔ CHỨC THỰC HIỆN").level.name
    'ROMAN'
    >>> outline_marker("- Chuẩn bị").text
    '-'
    """
    match = _MARKER.match(text)
    if match is None:
        return None
    kind = match.lastgroup
    written = match.group(kind or "").strip()
    if kind == "roman":
        level = Level.ROMAN
    elif kind == "sub":
        level = Level.SUBNUMBER
    elif kind == "number":
        level = Level.NUMBER
    elif kind == "letter":
        level = Level.LETTER
    elif kind == "part":
        level = Level.PART
    elif kind == "plus":
        level = Level.PLUS
    else:
        level = Level.DASH
    shown = text[match.start(kind or 0) : match.end(kind or 0)]
    if level in (Level.ROMAN, Level.NUMBER, Level.LETTER, Level.PART):
        shown = text[match.start(kind or 0) : match.end()].strip()
    if level is Level.SUBNUMBER:
        shown = text[match.start(kind or 0) : match.end()].strip()
    _ = written
    return Marker(level, shown, match.end())


# Words ---------------------------------------------------------------------------------------


def folded(text: str) -> str:
    """Lower case, no diacritics, single spaces: for comparing what people type."""
    return " ".join(fold(unicodedata.normalize("NFC", text).casefold()).split())


def clean(text: str) -> str:
    """NFC, no-break and repeated spaces made single, ends stripped."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\t", " ")
    return " ".join(text.split())


def sentence_case(text: str) -> str:
    """The first letter in upper case."""
    return text[:1].upper() + text[1:]


def is_upper(text: str) -> bool:
    """True when the letters of ``text`` are (almost) all capitals."""
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) >= 0.9 * len(letters)


_PLACE_WORDS = (
    "xã",
    "phường",
    "thị trấn",
    "quận",
    "huyện",
    "thị xã",
    "thành phố",
    "tỉnh",
    "thôn",
    "làng",
    "bản",
    "ấp",
    "tổ dân phố",
    "khu phố",
)


def from_capitals(text: str) -> str:
    """A name written in capitals (``XÃ TÂN LẬP``) as written in running text (``xã Tân
    Lập``): place words in lower case, the place's name capitalised, other words in lower case
    after a capital first letter (``PHÒNG KINH TẾ`` -> ``Phòng kinh tế``)."""
    words = clean(text).lower().split()
    lowered = " ".join(words)
    for place in sorted(_PLACE_WORDS, key=len, reverse=True):
        found = re.search(rf"(?:^|\s){re.escape(place)}\s+(.+)$", lowered)
        if found:
            head = lowered[: found.start(1)].strip()
            name = " ".join(word[:1].upper() + word[1:] for word in found.group(1).split())
            if head != place:
                head = sentence_case(head)
            return f"{head} {name}"
    return sentence_case(lowered)
