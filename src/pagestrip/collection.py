"""Collections: a page that holds several pieces yields one article per piece.

Only markers that *name pieces* split a page — 第1篇 …, 第一篇：…, 篇一, 范文一,
and a title stem numbered 一:/二: (…讲话稿一: / …讲话稿二:). A speech that
merely has 一、二、三、 headings is one article. A marker family needs at
least two members before it counts, so a lone "第一篇" in prose splits
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_CN_NUM = "一二三四五六七八九十百零〇两"
_NUM = rf"[{_CN_NUM}\d]{{1,4}}"

# Each family: (name, pattern); the pattern's "title" group is the piece's title.
_FAMILIES: list[tuple[str, regex.Pattern[str]]] = [
    ("di-pian", regex.compile(rf"^第\s*(?P<n>{_NUM})\s*篇\s*[:：、.．]?\s*(?P<title>[^\n]{{0,80}})$")),
    ("pian-n", regex.compile(rf"^篇\s*(?P<n>[{_CN_NUM}\d]{{1,3}})\s*[:：、.．]?\s*(?P<title>[^\n]{{0,80}})$")),
    ("fanwen-n", regex.compile(rf"^(?:范文|範文|例文|样文|樣文)\s*(?P<n>[{_CN_NUM}\d]{{1,3}})\s*[:：、.．]?\s*(?P<title>[^\n]{{0,80}})$")),
    ("stem-n", regex.compile(rf"^(?P<title>[^\n:：。，,]{{4,60}}?)(?P<n>[{_CN_NUM}]{{1,3}})\s*[:：]$")),
]


@dataclass(frozen=True)
class Marker:
    index: int      # index of the paragraph holding the marker
    family: str
    title: str      # the piece's title as the marker gives it ("" when it gives none)
    stem: str = ""  # for stem-n markers: the shared title stem


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
                stem = title if family == "stem-n" else ""
                found.append(Marker(i, family, title, stem))
                break
    counts: dict[str, int] = {}
    for m in found:
        key = m.family + ":" + m.stem
        counts[key] = counts.get(key, 0) + 1
    return [m for m in found if counts[m.family + ":" + m.stem] >= 2]
