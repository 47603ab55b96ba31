"""Counting a site's pages: each page's lines (and their HTML evidence) and how many
pages each line and affix recurs on, pruned Lossy-Counting style to bounded memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeAlias

from .. import limits
from ..decode import decode
from ..engine import segment
from ..html import Block, html_to_page, parse_report
from ..inputs import DEFAULT_MAX_CHARS, charset, entry_bytes, is_html, normalize_blocks
from ..normalize import normalize
from .thresholds import BUCKET_PAGES


def page_lines(
    page: str | bytes,
    *,
    encoding: str | None = None,
    content_type: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> list[str]:
    """The lines :func:`pagestrip.clean` judges on ``page``, from the same stages.

    Learning must see the lines exactly as cleaning will (a learned rule is a
    whole-line match), so this runs the pipeline's first stages — decode, HTML
    blocks or text, normalize, segment — and stops before the rules: reading a
    crawl to learn from it costs no rule matching. A test checks that these are
    the lines of ``clean(page).normalized``.
    """
    return page_evidence(page, encoding=encoding, content_type=content_type, max_chars=max_chars)[0]


def page_evidence(
    page: str | bytes,
    *,
    encoding: str | None = None,
    content_type: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> tuple[list[str], list[Block] | None]:
    """:func:`page_lines`, and for HTML the block each line comes from (its DOM path and
    region evidence, as the engine sees them); None for text. Under a page deadline
    (:func:`pagestrip.limits.deadline`) it is checked between the stages, as in ``clean``."""
    declared = charset(content_type) or encoding
    if isinstance(page, str):
        raw = decode(page[:max_chars]).text
    else:
        raw = decode(entry_bytes(page, max_chars, declared)[0], declared).text[:max_chars]
    limits.check("decoding")
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml") or (kind != "text/plain" and is_html(raw)):
        root, _ = parse_report(raw)
        limits.check("parsing")
        if root is not None:
            blocks = html_to_page(root).blocks
            limits.check("reading the markup")
            norm, evidence = normalize_blocks(blocks)
            limits.check("normalizing")
            return [ln.text for ln in segment(norm.text)], evidence
    text = normalize(raw).text
    limits.check("normalizing")
    return [ln.text for ln in segment(text)], None


#: A tally's record, updated in place: ``[count, undercount, example, varied, longest]``
#: for lines and affixes (:class:`Tally`), ``[prose chars, structural, longest, hints,
#: lines]`` for DOM paths (:class:`PathTally`). Its fields differ in type, hence Any.
Entry: TypeAlias = list[Any]


class Tally:
    """Per-page counts of keys, pruned every :data:`BUCKET_PAGES` pages (Lossy Counting).

    Each entry holds ``[count, undercount, example, varied, longest]``: the pages
    it was seen on, how many it may have missed before it was (re)admitted, the
    first full line it came from, whether another line carried it too (an affix
    with a varying rest), and the longest such line.
    """

    __slots__ = ("entries", "pages")

    def __init__(self) -> None:
        self.pages = 0
        self.entries: dict[str, Entry] = {}

    def add_page(self, items: dict[str, str]) -> None:
        """Count one page's distinct keys (key → the line it came from)."""
        self.pages += 1
        bucket = (self.pages - 1) // BUCKET_PAGES
        entries = self.entries
        for key, line in items.items():
            e = entries.get(key)
            if e is None:
                entries[key] = [1, bucket, line, False, len(line)]
            else:
                e[0] += 1
                if not e[3] and line != e[2]:
                    e[3] = True
                if len(line) > e[4]:
                    e[4] = len(line)
        if self.pages % BUCKET_PAGES == 0:
            self._prune(bucket + 1)

    def merge(self, other: Tally) -> Tally:
        """Add the counts of other pages of the same site (another partition of a crawl).

        Counts and undercounts add; a key only one side holds may have been pruned from
        the other, so it takes that side's bound (one page a bucket) as undercount. The
        merged counts keep Lossy Counting's promise: never above the truth, and below it
        by at most one page a bucket of either side.
        """
        mine, theirs = self.pages // BUCKET_PAGES, other.pages // BUCKET_PAGES
        self.pages += other.pages
        entries = self.entries
        for key, o in other.entries.items():
            e = entries.get(key)
            if e is None:
                entries[key] = [o[0], o[1] + mine, *o[2:]]
                continue
            e[0] += o[0]
            e[1] += o[1]
            if not e[3] and (o[3] or o[2] != e[2]):
                e[3] = True
            if o[4] > e[4]:
                e[4] = o[4]
        if theirs:
            for key, e in entries.items():
                if key not in other.entries:
                    e[1] += theirs
        self._prune(self.pages // BUCKET_PAGES)
        return self

    def _prune(self, buckets: int) -> None:
        """Drop keys that cannot have been seen on one page of every bucket so far."""
        self.entries = {k: e for k, e in self.entries.items() if e[0] + e[1] > buckets}

    def frequent(self, min_pages: int, min_share: float) -> Iterator[tuple[str, Entry]]:
        """The keys counted on at least ``min_pages`` pages and ``min_share`` of them."""
        return self.at_least(max(min_pages, min_share * self.pages))

    def at_least(self, floor: float) -> Iterator[tuple[str, Entry]]:
        """The keys counted on at least ``floor`` pages."""
        for key, e in self.entries.items():
            if e[0] >= floor:
                yield key, e
