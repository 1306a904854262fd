"""Unit names met in a document, matched against the unit registry.

The matching is the registry's own (``UnitIndex.find``: case, diacritics, spacing, NFC/NFD and
a leading "UBND" do not matter), tried on a few forms of what the document writes, in order:

1. the name as written, without what surrounds names in plans: "Đề nghị", "Đối với", a
   trailing colon, a note in brackets such as "(b/c)" or "(qua Phòng Kinh tế)";
2. without a person's title in front ("Chủ tịch UBND các xã" is given to "UBND các xã"),
   unless the title with the name is itself in the registry ("Chủ tịch UBND thành phố");
3. with the abbreviation "TP" written out, and with the registry's area added ("các phòng,
   ban" in a city's plan is "các phòng, ban thành phố").

The first two are the same name; the third is noted as a guess (a person should confirm it).
A name that matches nothing is kept as written, with the closest names of the registry as
suggestions. :meth:`Names.scan` finds a list of names in running text ("phối hợp với Phòng
Kinh tế thành phố, UBND xã Đoàn Kết và các đơn vị liên quan ..."): the longest registry name
at each place, separated by commas and "và"; general phrases ("các đơn vị liên quan") are
recognised and left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from raquan.domain.folding import fold
from raquan.domain.units import Target, UnitIndex, display_name
from raquan.read.extract.text import clean

_BRACKETS = re.compile(r"\s*\((?:[^()]*)\)")
_LEAD = re.compile(
    r"^(?:đề nghị|yêu cầu|giao|đối với|riêng|các đồng chí|đồng chí|đ/c|đ/c\.)\s+", re.IGNORECASE
)
_TITLE = re.compile(
    r"^(?:chủ tịch|phó chủ tịch|thủ trưởng|giám đốc|lãnh đạo|trưởng|chánh văn phòng|"
    r"bí thư|người đứng đầu)\s+",
    re.IGNORECASE,
)
_GENERAL = re.compile(
    r"^(?:các|những)?\s*(?:cơ quan|đơn vị|ngành|tổ chức|địa phương|cá nhân|bộ phận|"
    r"phòng, ban|phòng ban|cơ quan, đơn vị|sở, ngành|đoàn thể)(?:[\s,]+(?:đơn vị|cá nhân|"
    r"ngành|địa phương|đoàn thể|tổ chức))*\s*(?:có\s+)?liên quan\b.*$",
    re.IGNORECASE,
)


def is_general(text: str) -> bool:
    """True for "các cơ quan, đơn vị liên quan" and the like: no one in particular."""
    return _GENERAL.match(clean(text)) is not None


def looks_like_unit(text: str) -> bool:
    """Whether a heading reads as the name of a body, a post or a group of them."""
    words = fold(clean(_LEAD.sub("", clean(text))).lower())
    starts = (
        "ubnd ",
        "uy ban",
        "hdnd",
        "hoi dong",
        "phong ",
        "so ",
        "ban ",
        "van phong",
        "trung tam",
        "cong an",
        "quan su",
        "ban chi huy",
        "doan ",
        "hoi ",
        "mat tran",
        "mttq",
        "ubmttq",
        "dai ",
        "truong ",
        "tram ",
        "benh vien",
        "chi cuc",
        "cuc ",
        "bo ",
        "tong cuc",
        "dang uy",
        "thanh uy",
        "tinh uy",
        "huyen uy",
        "lien doan",
        "cong chuc",
        "can bo",
        "chu tich",
        "pho chu tich",
        "thu truong",
        "lanh dao",
        "thanh vien",
        "buu dien",
        "dien luc",
        "chi nhanh",
        "hat kiem lam",
        "cac xa",
        "cac phuong",
        "cac thon",
        "cac co quan",
        "cac don vi",
        "cac phong",
        "thuong truc",
        "to ",
        "hop tac xa",
        "xa ",
        "phuong ",
        "thi tran",
        "cac to chuc",
        "cac hoi",
        "cac doan the",
        "doan thanh nien",
        "thanh doan",
        "huyen doan",
    )
    return words.startswith(starts)


@dataclass(slots=True)
class NameMatch:
    """A name as the document writes it, and what it was matched to.

    ``ref`` is what the plan file gets: the registry's name for the unit (or its id, when the
    name is shared), or the name as written when nothing matched. ``guess`` says in Vietnamese
    why a person should confirm a match that is not exact; ``suggestions`` are the closest
    registry names of an unmatched name.
    """

    written: str
    ref: str
    target: Target | None = None
    guess: str | None = None
    suggestions: tuple[str, ...] = ()
    paragraph: int = 0

    @property
    def matched(self) -> bool:
        return self.target is not None


def strip_name(text: str) -> str:
    """A name without what surrounds it in a plan: lead words, a colon, notes in brackets."""
    name = clean(text)
    name = _BRACKETS.sub("", name)
    name = name.strip(" :;,.-–")
    name = _LEAD.sub("", name)
    return clean(name).strip(" :;,.")


def _expand(name: str) -> str:
    """Abbreviations written out: "UBND TP" -> "UBND thành phố"."""
    return re.sub(r"\bTP\b\.?", "thành phố", name)


def _area_word(index: UnitIndex) -> tuple[str, str]:
    area = clean(index.registry.area or "")
    for word in ("thành phố", "thị xã", "thị trấn", "huyện", "quận", "tỉnh", "phường", "xã"):
        if area.lower().startswith(word):
            return word, area
    return "", area


class Names:
    """Matches names against a registry (or keeps them as written when there is none) and
    remembers every name met, for the summary."""

    def __init__(self, index: UnitIndex | None) -> None:
        self.index = index
        self.seen: list[NameMatch] = []
        self._looked: dict[str, tuple[Target | None, str | None]] = {}
        self._area = _area_word(index) if index is not None else ("", "")

    def _find(self, name: str) -> Target | None:
        if self.index is None or not name:
            return None
        return self.index.find(name)

    def ref_of(self, target: Target) -> str:
        """How the plan file names a registry unit or group."""
        shown = display_name(target)
        return shown if self._find(shown) is target else target.id

    def lookup(self, written: str) -> tuple[Target | None, str | None]:
        """The target a name means, and why it is a guess (None when exact)."""
        found = self._looked.get(written)
        if found is None:
            found = self._looked[written] = self._lookup(written)
        return found

    def _lookup(self, written: str) -> tuple[Target | None, str | None]:
        name = strip_name(written)
        untitled = _TITLE.sub("", name)
        forms = list(dict.fromkeys([name, _expand(name), untitled, _expand(untitled)]))
        for form in forms:
            found = self._find(form)
            if found is not None:
                return found, None
        word, area = self._area
        if word:
            for form in forms:
                if fold(form.lower()).endswith(fold(word)):
                    continue
                for candidate in (f"{form} {word}", f"{form} {area}"):
                    found = self._find(candidate)
                    if found is not None:
                        return found, f"'{name}' được hiểu là '{display_name(found)}'"
        return None, None

    def match(self, written: str, paragraph: int = 0) -> NameMatch:
        """Match one name and remember it."""
        name = strip_name(written)
        target, guess = self.lookup(written)
        if target is not None:
            # The name as written when it names the unit by itself, else the registry's name.
            ref = name if guess is None and self._find(name) is target else self.ref_of(target)
            found = NameMatch(name, ref, target, guess, paragraph=paragraph)
        else:
            suggestions: tuple[str, ...] = ()
            if self.index is not None and name:
                suggestions = tuple(self.index.suggest(name))
            found = NameMatch(name, name, None, None, suggestions, paragraph)
        self.seen.append(found)
        return found

    def scan(self, text: str, start: int = 0) -> list[tuple[int, int, str]]:
        """The names listed in ``text`` from ``start``: ``(start, end, name)`` for each,
        general phrases left out; stops at the first words that are not a name."""
        found: list[tuple[int, int, str]] = []
        words = [(m.start(), m.end()) for m in re.finditer(r"[^\s,;()]+", text)]
        words = [w for w in words if w[0] >= start]
        i = 0
        while i < len(words):
            best: tuple[int, int] | None = None
            for j in range(min(len(words), i + 16), i, -1):
                span = text[words[i][0] : words[j - 1][1]].rstrip(".:;")
                if self.lookup(span)[0] is not None or is_general(span):
                    best = (words[i][0], words[i][0] + len(span))
                    i_next = j
                    break
            if best is None:
                if not found:
                    # No registry name: take words up to a verb or preposition.
                    end = _free_name_end(text, words, i)
                    if end is not None:
                        span = text[words[i][0] : end].rstrip(".:;, ")
                        if span and looks_like_unit(span):
                            found.append((words[i][0], words[i][0] + len(span), span))
                break
            span = text[best[0] : best[1]]
            if not is_general(span):
                found.append((best[0], best[1], span))
            i = i_next
            if i >= len(words):
                break
            gap = text[best[1] : words[i][0]]
            word = text[words[i][0] : words[i][1]].lower()
            if word in ("và", "cùng", "với") and gap.strip() in ("", ","):
                i += 1
                if i < len(words) and text[words[i][0] : words[i][1]].lower() == "với":
                    i += 1
                continue
            if gap.strip() != ",":
                break
        return found


_STOP = frozenset(
    (
        *("để", "trong", "tổ", "chức", "thực", "hiện", "triển", "khai", "tham", "mưu", "kiểm"),
        *("tra", "rà", "soát", "chuẩn", "bị", "xây", "dựng", "hướng", "dẫn", "tuyên", "truyền"),
        *("theo", "nhằm", "tại", "về", "có", "được", "gia", "giải", "quyết", "báo", "cáo"),
        *("đảm", "bảo", "phục", "vụ", "thẩm", "định", "cho", "khi", "trên", "đôn", "đốc"),
        *("dõi", "vận", "động", "phát", "hành", "gửi", "tổng", "hợp"),
    )
)
"""Words that end a name in running text when it is not in the registry (verbs, prepositions)."""


def _free_name_end(text: str, words: list[tuple[int, int]], i: int) -> int | None:
    end = None
    for k in range(i, min(len(words), i + 12)):
        word = text[words[k][0] : words[k][1]].lower().strip(".:;")
        if k > i and word in _STOP:
            break
        end = words[k][1]
        if text[words[k][1] : words[k][1] + 1] in (",", ";", ":", "."):
            break
    return end
