"""Learn a site's template from its own pages: ``pagestrip learn``.

One page alone hides its template; a crawl does not. Every page of a site
carries the same menus, slogans, footers and promotions, while its article is
its own. :func:`learn` groups pages by site (URL host), splits each page into
the lines :func:`pagestrip.clean` would judge (the same decode, HTML and
normalize stages), and per site counts on how many pages each line recurs —
and each line's leading and trailing piece cut at a separator (``标题_站点名``,
``本文来源:…`` with a varying tail) or, with more evidence, without one
(``本文来自某某网，作者…``, ``Originally published at …``). What recurs on at
least ``min_pages`` pages and a share ``min_share`` of the site's pages (on a
small site the share alone, see :func:`item_floor`) becomes a rule of a site
profile in the ordinary TOML rule-file format (:mod:`pagestrip.rulefile`), so
``clean --rules`` applies it unchanged and a person can read, edit and keep it.

On HTML pages each line's block also has a DOM path (``body > div.main >
div.promo > p``); a path on as many pages whose lines recur under it — a box of
the template whose text rotates through more variants than any one of them
recurs enough to be learned as a line — becomes one ``dom`` rule
(:class:`PathTally`).

What is never learned, because it is article text even when it recurs:

* lines whose role protects them in the engine (a salutation ``同志们:``, a
  numbered heading, a speaker line, a document date, a signature) — genres
  repeat them, sites do not own them;
* prose (a body paragraph or a sentence) shared by fewer than
  :data:`PROSE_MIN_SHARE` of the site's pages — two pages quoting one passage
  are two articles, not a template; a slogan in every article is the site's;
* lines that a built-in ``line`` rule already removes wherever it stands: a
  learned copy would only hide the built-in's id (from which ``result.site``
  is read).

Counting is streaming: pages are counted one at a time and thrown away, and
each site's counts are pruned Lossy-Counting style (Manku & Motwani) every
:data:`BUCKET_PAGES` pages, so memory stays bounded by the lines of a bucket
of pages plus the recurring ones, whatever the site's size. A site under
:data:`BUCKET_PAGES` pages is counted exactly; above, a count may fall short
of the truth by at most one page per bucket, which can only make learning
more cautious.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias
from urllib.parse import urlsplit

import regex

from . import lazyre, limits
from .batch import display_name, iter_jobs
from .decode import decode
from .engine import has_word, segment
from .errors import PagestripError, PageTimeoutError
from .html import Block, cjk_count, html_to_page, parse_report
from .inputs import DEFAULT_MAX_CHARS, MAX_BYTES_PER_CHAR, charset, entry_bytes, is_html, normalize_blocks
from .model import Kind
from .normalize import normalize
from .pipeline import clean
from .roles import PROTECTED, Role, role_of
from .rulefile import Profile, RuleFile
from .rules import Rule, RuleSet, Scope

#: Default: a line must recur on at least this many pages of its site. Fewer
#: pages say nothing about a template (two pages may share a quotation).
MIN_PAGES = 5
#: Small sites (see :func:`item_floor`): an item needs at least this many pages even when
#: its share would need fewer. Three pages sharing a line make a pattern; two may
#: share a quotation.
SMALL_SITE_MIN_PAGES = 3
#: Default: ... and on at least this share of the site's pages. Low enough for a
#: promotion that rotates among three, high enough that a phrase articles of
#: one genre share is not taken for the site's.
MIN_SHARE = 0.3
#: Prose (a body paragraph, a sentence) must recur on at least this share: only a
#: passage on most of a site's pages (a slogan in every article) is the site's.
PROSE_MIN_SHARE = 0.6
#: Pages per pruning bucket of the streaming counts: sites below it are counted
#: exactly; above it a count errs low by at most one page a bucket (under 1 %).
BUCKET_PAGES = 128
#: Affixes: cut at a separator within this many characters of the line's start
#: (prefix) or end (suffix); longer pieces are text, not a label or a site name.
MAX_AFFIX_CHARS = 24
#: At most this many cut points per end of a line (``来源:A | 作者:B`` gives two).
MAX_CUTS = 2
#: A learned prefix takes the whole line, but never a line longer than this:
#: a label with its value (``本文来源:某某日报``) is short, a paragraph is not.
#: A prefix seen on a longer line is not learned at all (it opens prose).
AFFIX_LINE_MAX = 80
#: An affix needs this many letters (CJK or Latin): ``2023-`` and ``(`` are not a site's.
MIN_AFFIX_LETTERS = 2
#: Characters that end a leading label (``本文来源:``, ``【站点名】``, ``站点名 |``).
PREFIX_SEPS = ":：|｜】]》>_"
#: Characters that open a trailing site name or source (``_站点名``, ``- Site``, ``(来源:…)``).
SUFFIX_SEPS = "_|｜-–—(（【["
#: Openings and endings without a separator (``本文来自某某网，作者…``, ``Originally published
#: at …``, ``…。更多精彩请关注某某网``): a line is also cut after a comma or a space (openings)
#: and after a sentence end (endings: a sentence glued to the article's last one; a clause
#: after a comma ends sentences of the article, ``…，各不相同。``). Such a cut is no label's, so the piece needs
#: more: :data:`SOFT_MIN_LETTERS` letters (a CJK character counts two), two words when cut at
#: a space (``In the`` opens too many sentences), and a share of :data:`SOFT_MIN_SHARE`.
SOFT_PREFIX_SEPS = "，,、 　"
SOFT_SUFFIX_SEPS = "。！？!?"
SOFT_MIN_LETTERS = 8
SOFT_MIN_WORDS = 2
#: ... at most this many such cuts per end of a line (``Originally published at``: three words).
SOFT_MAX_CUTS = 3
#: A piece cut without a separator must recur on at least this share of the site's pages
#: (a label cut at ``:`` needs ``min_share``): a phrase may open sentences of one genre.
SOFT_MIN_SHARE = 0.5
#: A learned line at least this long is also taken where the text normalizer glued
#: it to the start or end of a neighbouring line (a hard-wrapped page is re-joined
#: when a line does not end a sentence); a shorter one only as a whole line, as a
#: few characters may well open or close a sentence of the article.
GLUED_MIN_CHARS = 6
#: Under a page deadline, counting a page's lines checks it every this many lines (a page
#: of 200 000 short lines takes seconds to cut into pieces).
CHECK_LINES = 4096
#: The longest example of a learned item quoted in its rule's description.
EXAMPLE_CHARS = 60
#: How much of a line cleaned alone a built-in removal must cover to lend its kind.
KIND_COVER = 0.8

#: DOM paths: a path is learned only when, of the lines seen under it (one per page and
#: line), at least this share recur under it on other pages too. A template box rotates
#: through a few texts (each seen again); the article's paragraphs, headings and captions
#: are each on one page, so their paths never pass.
DOM_REPEAT_SHARE = 0.8
#: ... and when it held the article on at most this share of its pages: the page's
#: best-scoring paragraph or its title heading, or at least
#: :data:`DOM_ARTICLE_PROSE_SHARE` of the page's prose. A site serving each article
#: twice (a print version) repeats its article's lines too.
DOM_ARTICLE_MAX_SHARE = 0.0
DOM_ARTICLE_PROSE_SHARE = 0.5
#: Lines under a path are counted by their text up to this length, longer ones by a digest
#: (with an excerpt for the description): most long lines of an HTML page are its article's,
#: each on one page, and must not be held twice in memory. A protected role (salutation,
#: numbered heading, date, speaker, signature) is a short line.
DOM_KEY_CHARS = 80
#: A learned path removes a line up to this many times the longest line seen under it:
#: a page whose template box suddenly holds a long text is not the template's.
DOM_MAX_CHARS_SLACK = 1.5
#: Block hints (see :mod:`pagestrip.html`) that lend a learned path their kind.
_HINT_KIND = {"chrome": Kind.CHROME, "footer": Kind.FOOTER, "related": Kind.RELATED, "metadata": Kind.METADATA}
#: Characters a regex gives a meaning to, escaped in a learned DOM path (the rest, such as
#: ``-`` and ``#`` in class names and ids, stay readable).
_REGEX_SPECIAL = frozenset(".^$*+?{}[]\\|()")

_LETTERS = lazyre.compile(r"\p{L}")
#: Soft cut points (see :data:`SOFT_PREFIX_SEPS`), letters and word characters, for the
#: standard library's ``re``: these run on every line of a crawl, and ``re`` is several
#: times faster than the regex module on short strings.
_SOFT_PREFIX_AT = lazyre.compile_re("[" + re.escape(SOFT_PREFIX_SEPS.replace(" ", "")) + r"]|(?<=\S) (?=\S)")
_SOFT_SUFFIX_AT = lazyre.compile_re("[" + re.escape(SOFT_SUFFIX_SEPS) + r"]|(?<!\d)\.(?= )")
_LETTER = lazyre.compile_re(r"[^\W\d_]")
_WORD = lazyre.compile_re(r"\w")
_ID_UNSAFE = lazyre.compile(r"[^\w.-]+")
_PROSE = frozenset({Role.BODY, Role.SENTENCE})


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


@dataclass
class SiteCounts:
    """The streaming counts of one site: whole lines, leading and trailing pieces, DOM paths."""

    lines: Tally = field(default_factory=Tally)
    prefixes: Tally = field(default_factory=Tally)
    suffixes: Tally = field(default_factory=Tally)
    paths: PathTally = field(default_factory=PathTally)

    @property
    def pages(self) -> int:
        return self.lines.pages

    def merge(self, other: SiteCounts) -> SiteCounts:
        """Add another part's counts of the same site (a crawl counted in partitions on a
        cluster is merged per host: see :func:`pagestrip.contrib.dask.learn_bag`)."""
        self.lines.merge(other.lines)
        self.prefixes.merge(other.prefixes)
        self.suffixes.merge(other.suffixes)
        self.paths.merge(other.paths)
        return self

    def add(self, lines: Sequence[str], evidence: Sequence[Block] | None = None) -> None:
        """Count one page: each distinct line, prefix and suffix once; an HTML page's
        (``evidence``: the block of each line) paths too."""
        path_items = PathTally.page_items(lines, evidence) if evidence is not None else None
        whole: dict[str, str] = {}
        prefixes: dict[str, str] = {}
        suffixes: dict[str, str] = {}
        for n, line in enumerate(lines):
            if n % CHECK_LINES == CHECK_LINES - 1:
                limits.check("counting")
            whole.setdefault(line, line)
            for p in affixes(line, PREFIX_SEPS, leading=True) + soft_affixes(line, leading=True):
                prefixes.setdefault(p, line)
            for s in affixes(line, SUFFIX_SEPS, leading=False) + soft_affixes(line, leading=False):
                suffixes.setdefault(s, line)
        limits.check("counting")  # past the deadline nothing of the page is counted
        if path_items is not None:
            self.paths.add_page(path_items)
        self.lines.add_page(whole)
        self.prefixes.add_page(prefixes)
        self.suffixes.add_page(suffixes)


def soft_affixes(line: str, leading: bool) -> list[str]:
    """A line's openings cut after a comma or a space, or its endings after a sentence end
    (see :data:`SOFT_PREFIX_SEPS`): label-like pieces that no separator marks.

    Bounded like :func:`affixes`: within :data:`MAX_AFFIX_CHARS` of the end, at most
    :data:`SOFT_MAX_CUTS`, each piece with :data:`SOFT_MIN_LETTERS` letters (a CJK
    character counts two: it carries a word) and, cut at a space, :data:`SOFT_MIN_WORDS`
    words.
    """
    out: list[str] = []
    n = len(line)
    # ``endpos`` one further than the last cut point: the patterns look one character ahead.
    if leading:
        cuts: Iterable[int] = (
            i for m in _SOFT_PREFIX_AT.finditer(line, 0, MAX_AFFIX_CHARS + 1) if (i := m.start()) < MAX_AFFIX_CHARS
        )
    else:
        cuts = reversed(
            [i for m in _SOFT_SUFFIX_AT.finditer(line, max(0, n - 1 - MAX_AFFIX_CHARS)) if (i := m.start()) < n - 1]
        )
    for i in cuts:
        if leading:
            piece = line[: i + 1]
            if line[i] == " " and len(piece.split()) < SOFT_MIN_WORDS:
                continue
            if _WORD.search(line, i + 1) is None:
                continue
        else:
            piece = line[i + 1 :]
            if _WORD.search(line, 0, i + 1) is None:
                continue
        if not piece.strip():
            continue
        if len(_LETTER.findall(piece)) + cjk_count(piece) >= SOFT_MIN_LETTERS:
            out.append(piece)
            if len(out) >= SOFT_MAX_CUTS:
                break
    return out


def _soft(piece: str, what: str) -> bool:
    """Was ``piece`` cut without a separator (see :func:`soft_affixes`)?"""
    return piece[-1] not in PREFIX_SEPS if what == "prefix" else piece[0] not in SUFFIX_SEPS


def affixes(line: str, seps: str, leading: bool) -> list[str]:
    """A line's leading pieces ending at a separator, or its trailing pieces starting at one.

    Only cuts within :data:`MAX_AFFIX_CHARS` of the end, at most :data:`MAX_CUTS`,
    and only pieces holding :data:`MIN_AFFIX_LETTERS` letters that leave some of
    the line: the work per line is bounded, so counting stays linear.
    """
    out: list[str] = []
    n = len(line)
    span = range(min(n, MAX_AFFIX_CHARS)) if leading else range(n - 1, max(-1, n - 1 - MAX_AFFIX_CHARS), -1)
    for i in span:
        if line[i] not in seps:
            continue
        piece = line[: i + 1] if leading else line[i:]
        rest = line[i + 1 :] if leading else line[:i]
        if rest.strip() and len(_LETTERS.findall(piece)) >= MIN_AFFIX_LETTERS:
            out.append(piece)
            if len(out) >= MAX_CUTS:
                break
    return out


@dataclass
class SiteTemplate:
    """What was learned from one site: its key, how many pages, and the rules."""

    key: str
    by_host: bool
    pages: int
    rules: list[Rule]


class Learner:
    """Learns sites' templates from pages given one at a time (bounded memory).

    ``add`` each page with its site key (a URL host, or any other grouping such
    as a folder); ``templates()`` then gives each site's learned rules.
    """

    def __init__(
        self,
        *,
        min_pages: int = MIN_PAGES,
        min_share: float = MIN_SHARE,
        adapt: bool = True,
        timeout: float | None = None,
    ) -> None:
        if not isinstance(min_pages, int) or min_pages < 1:
            raise ValueError(f"min_pages must be a positive integer, not {min_pages!r}")
        if not 0 < min_share <= 1:
            raise ValueError(f"min_share must be above 0 and at most 1, not {min_share!r}")
        self.min_pages = min_pages
        self.min_share = min_share
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        self.adapt = adapt
        self.timeout = timeout
        self.sites: dict[tuple[str, bool], SiteCounts] = {}

    def add(
        self,
        page: str | bytes,
        url: str | None = None,
        site: str | None = None,
        *,
        encoding: str | None = None,
        content_type: str | None = None,
    ) -> None:
        """Count one page under its URL's host (or ``site`` when there is no host).

        With the learner's ``timeout``, a page that takes longer raises
        :class:`pagestrip.PageTimeoutError` and counts nothing: one hostile page
        must not hang a crawl's learning. As in ``clean(timeout=)`` the deadline is
        checked between stages, so one stage may overrun it (each is linear in the
        page, which is cut at ``DEFAULT_MAX_CHARS``).
        """
        host = site_host(url)
        key = (host, True) if host else (site or "", False)
        counts = self.sites.get(key)
        if counts is None:
            counts = SiteCounts()
        with limits.deadline(self.timeout):
            try:
                counts.add(*page_evidence(page, encoding=encoding, content_type=content_type))
            except PageTimeoutError:
                raise
            except TimeoutError:  # the regex module's timeout on a match
                raise limits.expired("counting") from None
        self.sites.setdefault(key, counts)

    def templates(self) -> list[SiteTemplate]:
        """Each site with enough pages and the rules learned from it, in the order first seen."""
        guess = _KindGuess()
        out = []
        for (key, by_host), counts in self.sites.items():
            if counts.pages < self.min_pages:
                continue
            rules = site_rules(key, counts, self.min_pages, self.min_share, guess, self.adapt)
            if rules:
                out.append(SiteTemplate(key, by_host, counts.pages, rules))
        return out


def site_host(url: str | None) -> str:
    """A URL's host, lower case, without ``www.`` (one site serves both); '' when none."""
    if not url:
        return ""
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def item_floor(pages: int, min_pages: int, min_share: float, adapt: bool = True) -> float:
    """On how many of a site's ``pages`` an item must recur to be learned.

    ``min_pages`` and the share ``min_share``, whichever is more. With ``adapt``, on a
    small site (under ``min_pages / min_share`` pages) the share decides, but never below
    :data:`SMALL_SITE_MIN_PAGES`: a site of ten pages whose promotion rotates through
    three shows each on three or four pages, which is a third of them, and ``min_pages``
    alone would keep every one. The site itself still needs ``min_pages`` pages.
    """
    share = min_share * pages
    return max(share, min(min_pages, SMALL_SITE_MIN_PAGES)) if adapt else max(share, min_pages)


def site_rules(
    key: str, counts: SiteCounts, min_pages: int, min_share: float, guess: _KindGuess, adapt: bool = True
) -> list[Rule]:
    """One rule per recurring line, prefix and suffix of a site, in a stable order."""
    base = f"learned.{_ID_UNSAFE.sub('-', key).strip('.-') or 'site'}"
    found: list[tuple[str, str, Entry]] = []  # (what, text, entry)
    floor = item_floor(counts.pages, min_pages, min_share, adapt)
    lines = dict(counts.lines.at_least(floor))
    for line, e in sorted(lines.items(), key=_most_first):
        if _is_site_line(line, e[0], counts.pages):
            found.append(("line", line, e))
    for what, tally in (("prefix", counts.prefixes), ("suffix", counts.suffixes)):
        frequent = dict(tally.at_least(floor))
        for piece, e in sorted(frequent.items(), key=_most_first):
            if _is_site_affix(piece, e, what, counts.pages) and not _covered(piece, e, what, frequent):
                found.append((what, piece, e))
    rules: list[Rule] = []
    for what, text, e in found:
        kind = guess(text if what == "line" else e[2])
        if kind is None:  # a built-in line rule takes it wherever it stands
            continue
        rules.append(_rule(f"{base}.{len(rules) + 1}", what, text, kind, e, counts.pages, key))
    for path, e, recurring in counts.paths.learned(floor):
        rules.append(_path_rule(f"{base}.{len(rules) + 1}", path, e, recurring, counts.paths.pages, key, guess))
    return rules


def _most_first(item: tuple[str, Entry]) -> tuple[int, str]:
    return (-item[1][0], item[0])


def _is_site_line(line: str, seen: int, pages: int) -> bool:
    """Is a recurring line the site's, not article text that recurs?"""
    if not has_word(line):  # symbol lines: the built-in orphan rule takes them
        return False
    role = role_of(line)
    if role in PROTECTED:
        return False
    return role not in _PROSE or seen >= PROSE_MIN_SHARE * pages


def _is_site_affix(piece: str, e: Entry, what: str, pages: int) -> bool:
    """Is a recurring prefix or suffix the site's: with a varying rest, and not opening prose?"""
    if not e[3]:  # always the same line: the whole-line count has it
        return False
    if what == "prefix" and (e[4] > AFFIX_LINE_MAX or role_of(piece) in PROTECTED):
        return False
    return not (_soft(piece, what) and (e[0] < SOFT_MIN_SHARE * pages or role_of(piece.strip()) in PROTECTED))


def _covered(piece: str, e: Entry, what: str, frequent: dict[str, Entry]) -> bool:
    """Is a piece cut without a separator only part of a longer recurring piece on as many
    pages (``Originally published`` of ``Originally published at``)? The longer says more."""
    if not _soft(piece, what):
        return False

    def longer(q: str) -> bool:
        return q.startswith(piece) if what == "prefix" else q.endswith(piece)

    return any(q != piece and longer(q) and f[0] >= e[0] for q, f in frequent.items())


def _rule(rule_id: str, what: str, text: str, kind: Kind, e: Entry, pages: int, key: str) -> Rule:
    """The rule for one learned item, its provenance in the description."""
    share = e[0] / pages
    example = e[2] if len(e[2]) <= EXAMPLE_CHARS else e[2][:EXAMPLE_CHARS] + "…"
    about = f"on {e[0]} of {key}'s {pages} pages ({share:.0%}); e.g. {example!r}"
    escaped = regex.escape(text)
    if what == "line" and len(text) >= GLUED_MIN_CHARS:
        return Rule(rule_id, kind, Scope.INLINE, f"^{escaped}|{escaped}$", f"learned line, {about}")
    if what == "line":
        return Rule(rule_id, kind, Scope.LINE, escaped, f"learned line, {about}")
    if what == "prefix":
        return Rule(
            rule_id, kind, Scope.LINE, f"{escaped}.*", f"learned line opening, {about}", max_chars=AFFIX_LINE_MAX
        )
    return Rule(rule_id, kind, Scope.INLINE, f"{escaped}$", f"learned line ending, {about}")


def _path_rule(
    rule_id: str, path: str, e: Entry, recurring: list[tuple[str, int]], pages: int, key: str, guess: _KindGuess
) -> Rule:
    """The ``dom`` rule for one learned path: the kind its containers hint at, else the one
    the built-ins give its commonest line (else chrome); its texts and share in the description."""
    hints = e[6]
    kind = _HINT_KIND[max(hints, key=lambda h: (hints[h], h))] if hints else (guess(recurring[0][0]) or Kind.CHROME)
    texts = "; ".join(repr(t if len(t) <= EXAMPLE_CHARS else t[:EXAMPLE_CHARS] + "…") for t, _ in recurring[:3])
    about = (
        f"learned template box, on {e[0]} of {key}'s {pages} HTML pages ({e[0] / pages:.0%}), "
        f"{len(recurring)} recurring texts, e.g. {texts}"
    )
    pattern = "".join(f"\\{c}" if c in _REGEX_SPECIAL else c for c in path)
    return Rule(rule_id, kind, Scope.DOM, pattern, about, max_chars=math.ceil(e[5] * DOM_MAX_CHARS_SLACK))


class _KindGuess:
    """The kind of removal the built-in rules give a line cleaned alone (default chrome).

    None when a built-in ``line`` rule removes the whole line: it does so wherever
    the line stands, so a learned rule would add nothing but hide the built-in's id.
    """

    def __init__(self) -> None:
        self.builtin = RuleSet.builtin()

    def __call__(self, line: str) -> Kind | None:
        result = clean(line, content_type="text/plain", dedupe=False, split=False)
        size = len(result.normalized.strip()) or 1
        by_kind: dict[Kind, int] = {}
        for r in result.removed:
            rule = self.builtin.get(r.rule)
            if rule is not None and rule.scope is Scope.LINE and len(r.text) >= KIND_COVER * size:
                return None
            by_kind[r.kind] = by_kind.get(r.kind, 0) + len(r.text)
        if by_kind and sum(by_kind.values()) >= KIND_COVER * size:
            best = max(by_kind.items(), key=lambda kv: kv[1])[0]
            if best is not Kind.DUPLICATE:
                return best
        return Kind.CHROME


def learn(
    pages: Iterable[str | bytes],
    urls: Iterable[str | None] | None = None,
    *,
    sites: Iterable[str | None] | None = None,
    min_pages: int = MIN_PAGES,
    min_share: float = MIN_SHARE,
    adapt: bool = True,
    timeout: float | None = None,
) -> RuleFile:
    """Learn each site's template from its pages; a rule file of site profiles.

    ``pages`` (text or HTML, str or bytes) is read once, one page at a time, so
    it may be a generator over a crawl. ``urls`` gives each page's URL, whose
    host groups the pages into sites and names the profile's host; without a
    URL, ``sites`` (any grouping key, such as a folder) groups them, and their
    rules go into the file's top-level rules, which apply to every page.
    A site needs ``min_pages`` pages; an item must recur on ``min_pages`` of
    them and a share ``min_share`` — on a small site (``adapt``, see
    :func:`item_floor`) on that share only, and at least
    :data:`SMALL_SITE_MIN_PAGES`. ``timeout`` (seconds) bounds the work on each
    page: a page past it is left out (see :meth:`Learner.add`).

        >>> import pagestrip
        >>> pages = [f"寅松川网，天下文章一网打尽\\n第{n}篇文章的正文，各不相同。" for n in range(6)]
        >>> rf = pagestrip.learn(pages, urls=[f"https://yin.example/{n}" for n in range(6)])
        >>> [(r.id, r.kind.value) for r in rf.profiles[0].rules]
        [('learned.yin.example.1', 'chrome')]
        >>> pagestrip.clean(pages[0], rules=rf, url="https://yin.example/0").articles[0].text
        '第0篇文章的正文，各不相同。'
    """
    learner = Learner(min_pages=min_pages, min_share=min_share, adapt=adapt, timeout=timeout)
    url_list = iter(urls) if urls is not None else None
    site_list = iter(sites) if sites is not None else None
    for n, page in enumerate(pages):
        url = next(url_list, None) if url_list is not None else None
        site = next(site_list, None) if site_list is not None else None
        try:
            learner.add(page, url, site)
        except PageTimeoutError as exc:
            warnings.warn(f"pagestrip.learn: page {n} left out: {exc}", RuntimeWarning, stacklevel=2)
    return to_rule_file(learner.templates())


def to_rule_file(templates: Sequence[SiteTemplate], path: str = "<learned>") -> RuleFile:
    """The learned templates as a :class:`RuleFile`: one profile per host; the rest top level."""
    out = RuleFile(path)
    for t in templates:
        if t.by_host:
            out.profiles.append(Profile(hosts=[t.key, f"*.{t.key}"], rules=list(t.rules)))
        else:
            out.rules.extend(t.rules)
    return out


def to_toml(templates: Sequence[SiteTemplate], pages: int, min_pages: int, min_share: float) -> str:
    """The rule file ``pagestrip learn`` writes: the format :func:`pagestrip.rulefile.load` reads,
    with comments saying where each part came from."""
    out = [
        f"# Learned by `pagestrip learn` from {pages} pages: {len(templates)} sites with a template "
        f"(min_pages={min_pages}, min_share={min_share:g}).",
        "# Each rule's description says on how many of its site's pages it recurs, with an example.",
        "# Read, edit and keep it; check with `pagestrip rules --check FILE`,",
        "# apply with `pagestrip clean --rules FILE` (profiles match the page's URL host).",
        "",
    ]
    loose = [t for t in templates if not t.by_host]
    for t in loose:
        out.append(
            f"# {t.key or 'pages without a URL'}: {t.pages} pages, no URL host — these rules apply to every page"
        )
        out.extend(_rule_toml(r, "rule") for r in t.rules)
    for t in templates:
        if t.by_host:
            out += [
                "[[profile]]",
                f"# {t.key}: {t.pages} pages, {len(t.rules)} rules",
                f"hosts = [{_toml_str(t.key)}, {_toml_str('*.' + t.key)}]",
                "",
            ]
            out.extend(_rule_toml(r, "profile.rule") for r in t.rules)
    return "\n".join(out)


def _rule_toml(rule: Rule, table: str) -> str:
    lines = [
        f"[[{table}]]",
        f"id = {_toml_str(rule.id)}",
        f"kind = {_toml_str(rule.kind.value)}",
        f"scope = {_toml_str(rule.scope.value)}",
        f"pattern = {_toml_str(rule.pattern or '')}",
        f"description = {_toml_str(rule.description)}",
    ]
    if rule.max_chars is not None:
        lines.append(f"max_chars = {rule.max_chars}")
    return "\n".join(lines) + "\n"


def _toml_str(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, but TOML also forbids a raw DEL."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


# ---------------------------------------------------------------- command line


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``pagestrip learn``'s arguments (kept here, so the command is one module)."""
    from .cli import DEFAULT_TIMEOUT, _positive_int, _seconds

    p = sub.add_parser("learn", help="learn each site's template from its pages: a rule file of site profiles")
    p.add_argument(
        "inputs", nargs="+", help="files, folders (recursively) or feeds of one site or many; .gz read transparently"
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the TOML rule file to write (- for standard output)"
    )
    p.add_argument(
        "--min-pages",
        dest="min_pages",
        type=_positive_int,
        default=MIN_PAGES,
        metavar="N",
        help=f"learn what recurs on at least N pages of a site (default: {MIN_PAGES})",
    )
    p.add_argument(
        "--min-share",
        dest="min_share",
        type=_share,
        default=MIN_SHARE,
        metavar="F",
        help=f"... and on at least this share of the site's pages (default: {MIN_SHARE:g})",
    )
    p.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit per page: a page past it is left out and counted as timed out "
        f"(default: {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )
    p.add_argument(
        "--fixed-min-pages",
        dest="adapt",
        action="store_false",
        help=f"an item needs N pages on every site; by default on a site of fewer than N/F "
        f"pages the share F decides (at least {SMALL_SITE_MIN_PAGES} pages)",
    )
    p.add_argument(
        "--jsonl-field", dest="jsonl_field", metavar="FIELD", help="read .jsonl/.json feeds: FIELD holds the page"
    )
    p.add_argument(
        "--url-field",
        dest="url_field",
        default="url",
        metavar="FIELD",
        help="the feed field holding the page's URL, whose host names its site (default: url)",
    )
    p.add_argument(
        "--glob",
        action="append",
        default=[],
        metavar="PATTERN",
        help="in folders, take the files matching PATTERN (repeatable), as clean does",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")


def _share(text: str) -> float:
    """``--min-share``: a share of a site's pages, above 0 and at most 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be above 0 and at most 1, not {text}")
    return value


def run(args: argparse.Namespace) -> int:
    """``pagestrip learn``: count every page, write the rule file; exit 2 on a bad input path."""
    missing = next((p for p in args.inputs if p != "-" and not os.path.exists(p)), None)
    if missing is not None:
        print(f"pagestrip: {missing}: no such file or folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    learner = Learner(
        min_pages=args.min_pages, min_share=args.min_share, adapt=args.adapt, timeout=args.timeout or None
    )
    pages = skipped = timed_out = 0
    for path in args.inputs:
        jobs = iter_jobs(
            [path],
            glob=args.glob or None,
            jsonl_field=args.jsonl_field,
            url_field=args.url_field,
            max_bytes=DEFAULT_MAX_CHARS * MAX_BYTES_PER_CHAR,
            exclude=[args.output],
        )
        for job in jobs:
            if job.error is not None or job.data is None:
                skipped += 1
                continue
            try:
                learner.add(job.data, job.url, _folder_key(path, job.source))
            except PageTimeoutError:
                timed_out += 1
                continue
            except (PagestripError, ValueError, RecursionError):
                skipped += 1
                continue
            pages += 1
    templates = learner.templates()
    text = to_toml(templates, pages, args.min_pages, args.min_share)
    try:
        if args.output == "-":
            sys.stdout.write(text)
        else:
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(text)
    except OSError as exc:
        print(f"pagestrip: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 3
    if not args.quiet:
        rules = sum(len(t.rules) for t in templates)
        late = f" ({timed_out} past the {args.timeout:g} s time limit)" if timed_out else ""
        print(
            f"pagestrip learn: {pages} pages of {len(learner.sites)} sites, {skipped + timed_out} skipped{late}; "
            f"{rules} rules for {len(templates)} sites in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return 0


def _folder_key(input_path: str, source: str) -> str:
    """The site of a page without a URL: the folder it lies in; a feed's records: the feed."""
    if input_path == "-":
        return "stdin"
    if os.path.isdir(input_path):
        return os.path.dirname(source) or input_path
    if source == display_name(input_path):  # a page file named on the command line
        return os.path.dirname(input_path) or "."
    return input_path
