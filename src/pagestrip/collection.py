"""Collections: a page that holds several pieces yields one article per piece.

Only markers that *name pieces* split a page — 第1篇 …, 第一篇：…, 篇一, 范文一,
and a title stem numbered 一:/二: (…讲话稿一: / …讲话稿二:). A speech that
merely has 一、二、三、 headings is one article. A marker family needs at
least two members before it counts, so a lone "第一篇" in prose splits
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import regex

from . import lazyre
from .roles import Role, role_of
from .vocabulary import CN_NUMERALS, PIECE_AFTER, PIECE_ORDINAL, PIECE_SAMPLE

#: A stem family's numbering starts at one of the first pieces.
STEM_FIRST_MAX = 2

#: A piece marker may stand in brackets: 【篇一】, [第2篇], （范文三）.
_OPEN = r"[【\[（(]?\s*"
_CLOSE = r"\s*[】\]）)]?"
# Each family: (name, pattern); the pattern's "title" group is the piece's title.
_FAMILIES: list[tuple[str, regex.Pattern[str]]] = [
    ("di-pian", lazyre.compile(rf"^{_OPEN}{PIECE_ORDINAL}{_CLOSE}\s*[:：、.．]?\s*(?P<title>[^\n]{{0,80}})$")),
    ("pian-n", lazyre.compile(rf"^{_OPEN}{PIECE_AFTER}{_CLOSE}\s*[:：、.．]?\s*(?P<title>[^\n]{{0,80}})$")),
    (
        "fanwen-n",
        lazyre.compile(rf"^{_OPEN}{PIECE_SAMPLE}{_CLOSE}\s*[:：、.．]?\s*(?P<title>[^\n]{{0,80}})$"),
    ),
    ("stem-n", lazyre.compile(rf"^(?P<title>[^\n:：。，,]{{4,60}}?)(?P<n>[{CN_NUMERALS}]{{1,3}})\s*[:：]$")),
    # A short stem numbered 一:/二: (致辞一: / 致辞二:) names pieces only when each piece
    # opens with a greeting (a collection of speeches); 方法一: / 措施二: head sections.
    (
        "stem-n-greeted",
        lazyre.compile(rf"^(?P<title>[^\n:：。，,\d{CN_NUMERALS}]{{2,3}})(?P<n>[{CN_NUMERALS}]{{1,3}})\s*[:：]$"),
    ),
    # A title stem numbered with digits (光盘行动倡议书1 / …2, 保护环境演讲稿2023 篇1 / 篇2,
    # 周年庆典致辞【1】 / 【2】). One Latin word numbered is a section label of one piece
    # (Step 1, Part 2, Chapter 3).
    (
        "stem-digit",
        lazyre.compile(
            r"^(?![A-Za-z]+\s*\d{1,2}$)(?P<title>[^\n:：。，,!！?？【\[]{4,60}?)\s*(?:篇|範文|范文)?\s*"
            r"(?:(?P<n>\d{1,2})|【(?P<n2>\d{1,2})】)$"
        ),
    ),
]
#: Families whose markers share a title stem: the stem is part of the family's key.
_STEMMED = frozenset({"stem-n", "stem-digit", "stem-n-greeted"})
#: Families whose every marker must be followed by a salutation (大家好!, Dear friends,).
_GREETED = frozenset({"stem-n-greeted"})


@dataclass(frozen=True)
class Marker:
    index: int  # index of the paragraph holding the marker
    family: str
    title: str  # the piece's title as the marker gives it ("" when it gives none)
    stem: str = ""  # for stem families: the shared title stem
    n: int | None = None  # the piece's number, when it reads as one


def find_markers(texts: list[str]) -> list[Marker]:
    """Markers of the families that occur at least twice, in page order."""
    found: list[Marker] = []
    for i, t in enumerate(texts):
        s = t.strip()
        if len(s) > 90:
            continue
        for family, pat in _FAMILIES:
            m = pat.match(s)
            if m:
                title = m.group("title").strip()
                stem = title if family in _STEMMED else ""
                n = m.groupdict().get("n2") or m.group("n")
                found.append(Marker(i, family, title, stem, _number(n)))
                break
    groups: dict[str, list[Marker]] = {}
    for marker in found:
        groups.setdefault(marker.family + ":" + marker.stem, []).append(marker)
    keep = {
        key
        for key, ms in groups.items()
        if len(ms) >= 2
        and _counts_up(ms)
        and (ms[0].family not in _GREETED or all(_greets(texts, m.index + 1) for m in ms))
    }
    return [m for m in found if m.family + ":" + m.stem in keep]


#: Families whose marker names a piece by itself (第1篇, 篇一, 范文二), without a stem.
_NAMING = ("di-pian", "pian-n", "fanwen-n")


def is_piece_marker(text: str) -> bool:
    """Is ``text`` a marker of a piece-naming family with no title of its own (篇1, 第一篇)?"""
    s = text.strip()
    for family, pat in _FAMILIES:
        if family in _NAMING:
            m = pat.match(s)
            if m is not None and not m.group("title").strip():
                return True
    return False


def _greets(texts: list[str], i: int) -> bool:
    """Does paragraph ``i`` open a speech with a salutation?"""
    return i < len(texts) and role_of(texts[i]) is Role.SALUTATION


def _counts_up(markers: list[Marker]) -> bool:
    """Numbered pieces come in order (1, 2, 3 …); a stem with digits that do not
    count up (附件2023 / 附件2024) is no collection. Unknown numbers pass."""
    nums = [m.n for m in markers if m.n is not None]
    if len(nums) < len(markers) or markers[0].family not in _STEMMED:
        return True
    return all(b > a for a, b in pairwise(nums)) and nums[0] <= STEM_FIRST_MAX


def _number(text: str) -> int | None:
    """The value of a piece number written in digits or Chinese numerals up to 99."""
    if text.isdigit():
        return int(text)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    if len(text) == 1 and text in digits:
        return digits[text]
    if text == "十":
        return 10
    if len(text) == 2 and text[0] == "十" and text[1] in digits:
        return 10 + digits[text[1]]
    if len(text) in (2, 3) and text[0] in digits and text[1] == "十":
        return digits[text[0]] * 10 + (digits[text[2]] if len(text) == 3 and text[2] in digits else 0)
    return None
