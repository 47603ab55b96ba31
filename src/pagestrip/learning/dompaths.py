"""DOM paths: a box of the template (``body > div.main > div.promo > p``) whose text
rotates, counted by its path across pages (:class:`PathTally`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence

from ..html import Block
from ..roles import PROTECTED, role_of
from .counting import Entry, Tally
from .thresholds import (
    BUCKET_PAGES,
    DOM_ARTICLE_MAX_SHARE,
    DOM_ARTICLE_PROSE_SHARE,
    DOM_KEY_CHARS,
    DOM_REPEAT_SHARE,
    EXAMPLE_CHARS,
)


class PathTally:
    """Per-page counts of an HTML site's DOM paths, pruned like :class:`Tally`.

    Each entry holds ``[count, undercount, lines, article, structural, longest, hints]``:
    the pages the path was on, its Lossy Counting undercount, how many (page, line)
    pairs it held, on how many pages it held the article (see
    :data:`DOM_ARTICLE_PROSE_SHARE`), on how many every block of it was already
    structural chrome (outside the article region, or in a chrome container: the
    built-in ``html.*`` rules take it), its longest line, and its blocks' hint kinds.
    The lines themselves are counted in a :class:`Tally` keyed by path and line.
    """

    __slots__ = ("entries", "lines", "pages")

    def __init__(self) -> None:
        self.pages = 0
        self.entries: dict[str, Entry] = {}
        self.lines = Tally()

    @staticmethod
    def page_items(lines: Sequence[str], evidence: Sequence[Block]) -> tuple[dict[str, Entry], set[str], int]:
        """What one HTML page gives to count: per path ``[prose chars, structural, longest,
        hints, {path+line: line}]``, the paths holding its title or best paragraph, and its
        prose characters."""
        best = max(range(len(evidence)), key=lambda k: evidence[k].score, default=-1)
        article_paths = {b.dom_path for b in evidence if b.role == "title"}
        if best >= 0 and evidence[best].score > 0:
            article_paths.add(evidence[best].dom_path)
        prose = sum(len(t) for t, b in zip(lines, evidence, strict=False) if b.score > 0)
        paths: dict[str, Entry] = {}  # path -> [prose chars, structural, longest, hints, lines]
        for text, b in zip(lines, evidence, strict=False):
            path = b.dom_path
            if not path:
                continue
            p = paths.get(path)
            if p is None:
                p = paths[path] = [0, True, 0, {}, {}]
            if b.score > 0:
                p[0] += len(text)
            p[1] = p[1] and (not b.in_main or b.hint is not None)
            p[2] = max(p[2], len(text))
            if b.hint is not None:
                p[3][b.hint] = p[3].get(b.hint, 0) + 1
            if len(text) <= DOM_KEY_CHARS:
                p[4].setdefault(f"{path}\n{text}", text)
            else:  # an article's paragraph, mostly: counted by its digest, an excerpt kept
                digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
                p[4].setdefault(f"{path}\n\x00{digest}", text[:EXAMPLE_CHARS] + "…")
        return paths, article_paths, prose

    def add_page(self, items: tuple[dict[str, Entry], set[str], int]) -> None:
        """Count one HTML page (its :meth:`page_items`): each path once, each (path, line) once."""
        paths, article_paths, prose = items
        self.pages += 1
        bucket = (self.pages - 1) // BUCKET_PAGES
        entries = self.entries
        keyed: dict[str, str] = {}
        for path, (chars, structural, longest, hints, held) in paths.items():
            article = path in article_paths or (prose > 0 and chars >= DOM_ARTICLE_PROSE_SHARE * prose)
            e = entries.get(path)
            if e is None:
                e = entries[path] = [0, bucket, 0, 0, 0, 0, {}]
            e[0] += 1
            e[2] += len(held)
            e[3] += article
            e[4] += structural
            e[5] = max(e[5], longest)
            for h, n in hints.items():
                e[6][h] = e[6].get(h, 0) + n
            keyed.update(held)
        self.lines.add_page(keyed)
        if self.pages % BUCKET_PAGES == 0:
            self.entries = {k: e for k, e in entries.items() if e[0] + e[1] > bucket + 1}

    def merge(self, other: PathTally) -> PathTally:
        """Add the counts of other pages of the same site, as :meth:`Tally.merge` does."""
        mine, theirs = self.pages // BUCKET_PAGES, other.pages // BUCKET_PAGES
        self.pages += other.pages
        entries = self.entries
        for path, o in other.entries.items():
            e = entries.get(path)
            if e is None:
                entries[path] = [o[0], o[1] + mine, o[2], o[3], o[4], o[5], dict(o[6])]
                continue
            for k in (0, 1, 2, 3, 4):
                e[k] += o[k]
            e[5] = max(e[5], o[5])
            for h, n in o[6].items():
                e[6][h] = e[6].get(h, 0) + n
        if theirs:
            for path, e in entries.items():
                if path not in other.entries:
                    e[1] += theirs
        buckets = self.pages // BUCKET_PAGES
        self.entries = {k: e for k, e in entries.items() if e[0] + e[1] > buckets}
        self.lines.merge(other.lines)
        return self

    def learned(self, floor: float) -> Iterator[tuple[str, Entry, list[tuple[str, int]]]]:
        """The paths on at least ``floor`` pages that hold a template box: never the
        article, not all already structural chrome, and lines that recur under them
        (see :data:`DOM_REPEAT_SHARE`) — with each path's lines seen on two pages or more."""
        wanted = {
            path: e
            for path, e in self.entries.items()
            if e[0] >= floor and e[3] <= DOM_ARTICLE_MAX_SHARE * e[0] and e[4] < e[0]
        }
        if not wanted:
            return
        held: dict[str, list[tuple[str, int]]] = {}
        for key, le in self.lines.entries.items():
            path, _, text = key.partition("\n")
            if path in wanted and le[0] >= 2 and (text.startswith("\x00") or role_of(text) not in PROTECTED):
                held.setdefault(path, []).append((le[2], le[0]))
        for path, e in wanted.items():
            recurring = held.get(path, [])
            if len(recurring) >= 2 and sum(n for _, n in recurring) >= DOM_REPEAT_SHARE * e[2]:
                yield path, e, sorted(recurring, key=lambda tn: (-tn[1], tn[0]))
