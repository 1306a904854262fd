"""Text helpers shared by the name and date parsers: Unicode folding and loose word matching.

Hand-written because the job is small and specific: a folding that keeps exactly one output
character per NFC input character (so that offsets found in the folded text are offsets in the
NFC text), and a word comparison that accepts a word written correctly or written with no
diacritics at all, but not a word with *other* diacritics ("thứ tự" is not "thứ tư").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Characters folded to a plain ASCII look-alike, one for one.
_PUNCTUATION = {
    "\u2019": "'",  # right single quotation mark, the usual "curly" apostrophe
    "\u2018": "'",
    "\u02bc": "'",  # modifier letter apostrophe
    "\u2032": "'",  # prime
    "\u00b4": "'",  # acute accent used as an apostrophe
    "`": "'",
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
}


def fold_char(char: str) -> str:
    """One character without diacritics, lower case, with look-alike punctuation made ASCII."""
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    if char in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


_TABLE: dict[int, str] | None = None


def _table() -> dict[int, str]:
    """``fold_char`` for ASCII and the Latin letters Vietnamese uses, as a translate table."""
    global _TABLE  # noqa: PLW0603
    if _TABLE is None:
        codes = [*range(0x250), *range(0x1E00, 0x1F00), *map(ord, _PUNCTUATION)]
        table: dict[int, str] = {}
        for code in codes:
            char = chr(code)
            folded = fold_char(char)
            if folded != char:
                table[code] = folded
        _TABLE = table
    return _TABLE


def fold(text: str) -> str:
    """``text`` (already NFC) folded character by character; the result has the same length."""
    folded = text.translate(_table())
    if folded.isascii():
        return folded
    table = _table()
    return "".join(
        char if char.isascii() or ord(char) in table else fold_char(char) for char in folded
    )


def normalize_words(text: str) -> list[str]:
    """NFC, lower-cased words of ``text`` (split on white space)."""
    return unicodedata.normalize("NFC", text).casefold().split()


def _is_plain(word: str) -> bool:
    """True when ``word`` carries no Vietnamese diacritics (and no đ)."""
    return fold(word) == word


def word_matches(written: str, expected: str) -> bool:
    """Whether a lower-cased NFC ``written`` word is ``expected``, correctly or without marks."""
    expected = expected.casefold()
    if written == expected:
        return True
    return _is_plain(written) and written == fold(expected)


def words_match(written: list[str], expected: str) -> bool:
    """Whether the words ``written`` spell ``expected`` word by word (see :func:`word_matches`)."""
    wanted = normalize_words(expected)
    return len(written) == len(wanted) and all(
        word_matches(w, e) for w, e in zip(written, wanted, strict=True)
    )


def match_any(written: list[str], candidates: Iterable[tuple[str, int]]) -> list[int]:
    """The values of every ``(spelling, value)`` candidate that ``written`` matches, in order."""
    return [value for spelling, value in candidates if words_match(written, spelling)]


# The five tone marks of Vietnamese, as combining characters (NFD). The other marks (â, ă, ê,
# ô, ơ, ư, đ) are part of the letter; a tone mark belongs to the whole syllable.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0340", "\u0341"}


def tone_key(word: str) -> str:
    """``word`` (lower case) with its tone mark moved to the end, so that the old and the new
    placement of a tone compare equal ("hoà" and "hòa", "thuỷ" and "thủy") while a different
    tone, or none, does not ("Bình" is not "Bính", "tế" is not "tê")."""
    letters: list[str] = []
    tone = ""
    for char in unicodedata.normalize("NFD", word):
        if char in _TONES:
            tone = {"\u0340": "\u0300", "\u0341": "\u0301"}.get(char, char)
        else:
            letters.append(char)
    return unicodedata.normalize("NFC", "".join(letters)) + tone


def is_plain(word: str) -> bool:
    """True when ``word`` carries no Vietnamese diacritics (and no đ)."""
    return _is_plain(unicodedata.normalize("NFC", word).casefold())
