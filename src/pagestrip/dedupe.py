"""Duplicates: repeated titles, abstracts/teasers, repeated copies, repeated pieces.

Everything here compares *keys*: a paragraph's text without whitespace and
punctuation, so a copy that differs only in spacing or in 、 vs , still
matches. The methods stay near-linear on a large page:

* exact copies: a dict from key to first occurrence, then runs of copies are
  grown from long anchors to their short neighbours (同志们:, headings);
* near copies: 8-character shingles, sampled by content (1 in ``SAMPLE``), form an
  inverted index; a long paragraph sharing ``NEAR_SHARE`` of its samples with
  one earlier paragraph of similar length is a copy with a few changes.
  Shingles found in more than ``MAX_POSTING`` paragraphs say nothing about a
  copy and are skipped, which keeps the index from going quadratic;
* abstracts: a paragraph whose key starts where another paragraph's key
  starts, and runs on in the page's text, is a cut-short copy of the body;
  found through a dict of ``PREFIX``-character key prefixes, each holding at
  most ``MAX_PREFIX_BUCKET`` paragraphs so a shared opening cannot make it
  quadratic;
* pieces of a collection: containment of one piece's shingles in another's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from . import lazyre
from .model import Span
from .textshape import ends_sentence, has_clause_punct
from .vocabulary import COUNT_QUALIFIERS, PIECE_COUNT

_STRIP = lazyre.compile(r"[\p{P}\p{S}\s\p{Z}]+")
#: A run of digits: two paragraphs the same but for the values of their figures say two
#: things (``left(last_name, 3)`` then ``… 4``; 2022年增长5% then 2023年增长6%).
_FIGURES = lazyre.compile_re(r"\d+")
_BRACKETED = lazyre.compile(r"^[【\[［〔][^】\]］〕]{1,12}[】\]］〕]|[（(][^（()）]{0,16}[)）]$")
_TITLE_SUFFIX = lazyre.compile(
    r"(?:范文|範文|全文|全文完整|完整版|完整|精选|精選|最新|合集|大全|汇编|匯編|会议发言|會議發言|发言|發言|稿)+$"
)
#: A collection's count or a piece's number at the end of a title: 6篇, (精选5篇),
#: 【通用三篇】, 篇1, …报告1 — the page title and the piece title share the rest.
_PIECE_SUFFIX = lazyre.compile(
    rf"\s*(?:[(（【\[]\s*(?:{COUNT_QUALIFIERS})?\s*{PIECE_COUNT}\s*篇\s*[)）】\]]|{PIECE_COUNT}篇|"
    rf"篇\s*{PIECE_COUNT}|(?<=\p{{Han}})\d{{1,2}})$"
)

#: A lone repeated paragraph shorter than this (key characters) is a refrain.
REFRAIN_MAX = 80
#: Shortest key (characters) that anchors a run of copies on its own.
ANCHOR_MIN = 30
#: Shortest key an abstract/teaser may have; shorter lines repeat by chance.
ABSTRACT_MIN = 20
#: Key prefix length used to find where an abstract starts in the body.
PREFIX = 12
#: Shingle length and sampling rate for near-copy detection.
SHINGLE = 8
SAMPLE = 4
#: Share of a paragraph's sampled shingles another must hold to be its near copy.
NEAR_SHARE = 0.8
#: A short paragraph (key under NEAR_SHORT characters) has too few sampled shingles to tell
#: a copy with a character changed (0.90 of them shared) from another sentence of the same
#: template (``X is currently streaming on Netflix and …`` for each film of a list: 0.90
#: too). Its candidate is confirmed character by character instead: NEAR_CHAR_SHARE of
#: its characters in matching blocks (a changed name leaves 0.88, a changed digit 0.99).
NEAR_SHORT = 200
NEAR_CHAR_SHARE = 0.95
#: Near-copy candidates are looked up by the shingles of this many leading characters.
NEAR_WINDOW = 256
#: Shingles in more paragraphs than this are too common to mean anything.
MAX_POSTING = 40
#: A piece of a collection is a copy of another when this share of its shingles is in it.
PIECE_SHARE = 0.8
#: Paragraphs indexed per key prefix for abstract detection. An opening shared
#: by more paragraphs than this is a formula (根据…精神, a list of items), not
#: the one body an abstract repeats; indexing every one made the search
#: quadratic (100 000 such paragraphs: over 7 minutes). The first ones on the
#: page are kept, which is where the body an abstract repeats sits.
MAX_PREFIX_BUCKET = 16
#: Paragraphs with the same key indexed per prefix: the first copy, and one
#: more for an abstract that is that copy cut short at its punctuation.
MAX_SAME_KEY = 2


#: The first sampled code point: marks and spaces below ``!`` start no shingle.
_FIRST_SAMPLED = SAMPLE * (0x21 // SAMPLE + 1)


# The sampled start characters (every ``SAMPLE``-th code point of the BMP from
# ``_FIRST_SAMPLED``, surrogates aside) as one character class. The standard
# library's ``re`` keeps a large class as a bitmap, about twice as fast here as
# a Python loop over ``ord()``; the ``regex`` module is far slower on such a class.
def _sampled_pattern() -> str:
    """The sampler's pattern, built when it is compiled (16 000 characters: about 2 ms)."""
    starts = "".join(
        re.escape(chr(c)) if c < 0x80 else chr(c)  # only ASCII marks need escaping
        for c in range(_FIRST_SAMPLED, 0x10000, SAMPLE)
        if not 0xD800 <= c < 0xE000
    )
    return f"(?=([{starts}].{{{SHINGLE - 1}}}))"


_SAMPLED = lazyre.compile_re(_sampled_pattern, re.DOTALL)
#: Key characters sampled by a Python loop before :data:`_SAMPLED` is compiled. The
#: class of 16 000 characters takes 15 ms to compile, as much as the loop's extra
#: cost over some 150 000 characters: a one-page run never pays for the pattern, a
#: batch pays for it once, after the loop has cost it about as much (what it saves
#: on each page after pays the rest back).
PYTHON_SAMPLED_CHARS = 150_000
_sampled_in_python = 0


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """The paragraph without whitespace and punctuation, lower-cased: what copies share.

    Cached: the same paragraphs are keyed by several passes (copies, abstracts,
    pieces)."""
    return _STRIP.sub("", text).lower()


@lru_cache(maxsize=4096)
def title_core(title: str) -> str:
    """A title without bracketed tags, (全文完整)-style notes and 范文/稿 suffixes.

    Cached: every short paragraph is compared with each title candidate."""
    t = title.strip()
    for _ in range(3):
        t2 = _BRACKETED.sub("", t).strip()
        t2 = _TITLE_SUFFIX.sub("", _PIECE_SUFFIX.sub("", t2)).strip()
        if t2 == t:
            break
        t = t2
    return key(t)


def same_title(a: str, b: str) -> bool:
    """Do two lines name the same piece, up to tags, notes and suffixes?"""
    ca, cb = title_core(a), title_core(b)
    if not ca or not cb:
        return False
    if ca == cb:
        return True
    short, long_ = sorted((ca, cb), key=len)
    return len(short) >= 6 and short in long_ and len(short) >= 0.6 * len(long_)


#: What follows the issuer in an official document's title: X关于Y的通知.
_ABOUT = ("关于", "關於")


def _issuer_of(line: str, title: str) -> bool:
    """Is ``line`` the issuer that opens an official title (``教育部办公厅`` of
    ``教育部办公厅关于举办…的通知``)? The notice is signed with it at its end: no repeat."""
    head, whole = title_core(line), title_core(title)
    return bool(head) and whole.startswith(head) and whole[len(head) :].startswith(_ABOUT)


@dataclass(slots=True)
class Dup:
    """Paragraph ``index`` repeats the kept text at offset ``of``."""

    index: int
    of: int
    rule: str


def title_repeats(paras: list[Span], titles: list[str]) -> list[Dup]:
    """Lines that repeat one of ``titles``, alone or split over two short lines."""
    out: list[Dup] = []
    i = 0
    while i < len(paras):
        t = paras[i].text
        if len(t) <= 90 and "。" not in t:
            if any(same_title(t, ti) and not _issuer_of(t, ti) for ti in titles):
                out.append(Dup(i, -1, "dedupe.title"))
                i += 1
                continue
            if i + 1 < len(paras) and len(paras[i + 1].text) <= 60:
                joined = t + paras[i + 1].text
                if any(same_title(joined, ti) for ti in titles):
                    out += [Dup(i, -1, "dedupe.title"), Dup(i + 1, -1, "dedupe.title")]
                    i += 2
                    continue
        i += 1
    return out


def copies(
    paras: list[Span], keys: list[str] | None = None, heads: Collection[int] = (), code: Collection[int] = ()
) -> list[Dup]:
    """Later copies of paragraphs and runs of paragraphs; the first copy stays.

    ``heads``: the indices of the paragraphs that are headings. A paragraph said again as
    the whole of a section under a heading of its own is that section's text (the clause
    each product's section repeats, the same answer to two questions), not a copy: taking
    it leaves the heading over nothing. ``code``: the indices of lines of code (or of a text
    table) in paragraphs; one said again on its own is the statement run again, the table's
    header row printed over its next result."""
    keys = keys if keys is not None else [key(p.text) for p in paras]
    n = len(keys)
    match = [-1] * n  # match[j] = i: paragraph j copies paragraph i
    first: dict[str, int] = {}
    for j, k in enumerate(keys):
        if not k:
            continue
        if k in first:
            if len(k) >= ANCHOR_MIN:
                match[j] = first[k]
        else:
            first[k] = j
    _near_copies(keys, match)
    # Grow runs from each anchor over neighbours that are equal too, however
    # short (同志们:, headings). One paragraph missing on either side is bridged:
    # a copy that lost a heading or a paragraph is still a copy.
    for j in range(n):
        i = match[j]
        if i < 0:
            continue
        run_start = j
        bi, bj = i - 1, j - 1
        while bj > i and match[bj] < 0 and keys[bj]:
            hit = next((x for x in (bi, bi - 1) if 0 <= x < bj and keys[x] == keys[bj]), None)
            if hit is None:
                break
            match[bj] = hit
            run_start = bj
            bi, bj = hit - 1, bj - 1
        fi, fj = i + 1, j + 1
        while fj < n and match[fj] < 0 and keys[fj]:
            hit = next((x for x in (fi, fi + 1) if x < run_start and keys[x] == keys[fj]), None)
            if hit is None:
                break
            match[fj] = hit
            fi, fj = hit + 1, fj + 1
    _items_yield_to_body(match, paras)
    # A passage of code said again (a query's result table under its header row) is the
    # program printing it again, not a copy of the text.
    if code:
        _code_runs_stay(match, keys, code)
    _list_runs_stay(match, keys, paras)
    # A single paragraph said again on its own, short, is a refrain (a poem's or a
    # speech's repeated line), not a copy of the text; runs and long ones are copies.
    for j, i in enumerate(match):
        if i >= 0 and not _in_run(match, j) and (len(keys[j]) < REFRAIN_MAX or _own_section(j, i, keys, heads)):
            match[j] = -1
    return [Dup(j, paras[i].start, "dedupe.copy") for j, i in enumerate(match) if i >= 0]


#: A list item as scraped text prints it: its bullet or number, then a space.
_LIST_ITEM = lazyre.compile_re(r"\s*(?:[-*+•]|\d{1,3}[.)、])\s")


def _items_yield_to_body(match: list[int], paras: list[Span]) -> None:
    """Of a list item and a later paragraph that copy each other, the paragraph stays: a
    list of key points quoting the body (a web clipper's 核心要点, an aggregator's summary
    bullets) is put together from the text, and the text reads on without it."""
    for j, i in enumerate(match):
        if i >= 0 and match[i] < 0 and _LIST_ITEM.match(paras[i].text) and not _LIST_ITEM.match(paras[j].text):
            match[i], match[j] = j, -1


#: A run of copies whose code lines hold at least this share of its characters is code
#: (a code box's language label, ``MySQL``, rides along with the statement under it).
CODE_RUN_SHARE = 0.5


def _code_runs_stay(match: list[int], keys: list[str], code: Collection[int]) -> None:
    """Unmark every run of copies that is code (CODE_RUN_SHARE of its characters)."""
    for run in _copy_runs(match):
        total = sum(len(keys[x]) for x in run)
        if sum(len(keys[x]) for x in run if x in code) >= CODE_RUN_SHARE * total:
            for x in run:
                match[x] = -1


def _copy_runs(match: list[int]) -> Iterator[range]:
    """The runs of consecutive copies (``match[x] >= 0``), in order."""
    j, n = 0, len(match)
    while j < n:
        if match[j] < 0:
            j += 1
            continue
        end = j
        while end < n and match[end] >= 0:
            end += 1
        yield range(j, end)
        j = end


#: A run of copies made of short items only (each under REFRAIN_MAX, no finished
#: sentence), this short in all, is items said again, not the text printed twice.
LIST_RUN_MAX = 200
#: A finished sentence's end (a label's colon is none: ``Pros:``, ``做法：``).
_FINISHED = lazyre.compile_re(r"[。．.!?！？…][\"'”’)）]?\s*$")


def _list_runs_stay(match: list[int], keys: list[str], paras: list[Span]) -> None:
    """Unmark every run of short items (each under REFRAIN_MAX and no finished sentence,
    LIST_RUN_MAX in all): items a list says again (``½ tsp. salt`` in the filling's and
    the topping's ingredients, a pros-and-cons list's points under two options), a song's
    chorus. A text printed twice holds its paragraphs; a long run of short lines (a whole
    poem printed again) stays a copy."""
    for run in _copy_runs(match):
        if (
            all(len(keys[x]) < REFRAIN_MAX and not _FINISHED.search(paras[x].text) for x in run)
            and sum(len(keys[x]) for x in run) < LIST_RUN_MAX
        ):
            for x in run:
                match[x] = -1


def _own_section(j: int, i: int, keys: list[str], heads: Collection[int]) -> bool:
    """Is paragraph ``j`` (a copy of ``i``) all its section holds, under another heading than ``i``'s?"""
    if j == 0 or j - 1 not in heads or (j + 1 < len(keys) and j + 1 not in heads):
        return False
    return i == 0 or keys[i - 1] != keys[j - 1]


def _in_run(match: list[int], j: int) -> bool:
    """Is copy ``j`` next to another copy (part of a repeated passage)?"""
    return (j > 0 and match[j - 1] >= 0) or (j + 1 < len(match) and match[j + 1] >= 0)


def _shingles(k: str) -> set[str]:
    """Content-defined sample of ``k``'s shingles: those that start at a character
    whose code point is divisible by ``SAMPLE``. The choice depends only on the
    text, so two copies sample the same shingles, and no hashing is needed."""
    global _sampled_in_python
    if _sampled_in_python >= PYTHON_SAMPLED_CHARS:
        return set(_SAMPLED.findall(k))
    _sampled_in_python += len(k)
    return {
        k[i : i + SHINGLE]
        for i in range(len(k) - SHINGLE + 1)
        if (c := ord(k[i])) % SAMPLE == 0 and _FIRST_SAMPLED <= c < 0x10000 and not 0xD800 <= c < 0xE000
    }


def _near_copies(keys: list[str], match: list[int]) -> None:
    """Mark long paragraphs that copy an earlier one with a few characters changed.

    Candidates come from the shingles of the first ``NEAR_WINDOW`` characters
    (so a 2 000-character paragraph costs what a 256-character one does);
    a candidate is then confirmed on the whole text by :func:`_similar`.
    """
    postings: dict[str, list[int]] = {}
    for j, k in enumerate(keys):
        if len(k) < 2 * ANCHOR_MIN:
            continue
        sh = _shingles(k[:NEAR_WINDOW])
        if match[j] < 0 and sh:
            votes: dict[int, int] = {}
            for h in sh:
                plist = postings.get(h)
                if plist is None or len(plist) > MAX_POSTING:
                    continue
                for i in plist:
                    votes[i] = votes.get(i, 0) + 1
            if votes:
                # Ties go to the earliest paragraph: set order (string hashes) must not decide.
                i, v = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))
                ratio = len(keys[i]) / len(k)
                if (
                    v >= NEAR_SHARE * len(sh)
                    and 0.8 <= ratio <= 1.25
                    and _similar(keys[i], k)
                    and not _other_figures(keys[i], k)
                ):
                    match[j] = i
        for h in sh:
            postings.setdefault(h, []).append(j)


def _other_figures(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ only in the values of their figures, number for number? A
    copy that lost or gained a number (a footnote mark, a page number) is still a copy."""
    return _FIGURES.sub("0", a) == _FIGURES.sub("0", b)


def _similar(a: str, b: str) -> bool:
    """Whole-text check of a near-copy candidate: the same 8-grams, sampled, to ``NEAR_SHARE``;
    a short one (NEAR_SHORT) character by character, to NEAR_CHAR_SHARE (bounded: both are
    under NEAR_SHORT / 0.8 characters, and this runs on candidates only)."""
    if len(b) < NEAR_SHORT:
        return SequenceMatcher(None, a, b, autojunk=False).ratio() >= NEAR_CHAR_SHARE
    sa, sb = _shingles(a), _shingles(b)
    return bool(sb) and len(sa & sb) >= NEAR_SHARE * len(sb)


def abstracts(paras: list[Span], keys: list[str] | None = None) -> list[Dup]:
    """Paragraphs that are the opening of other text cut short (teasers, abstracts)."""
    keys = keys if keys is not None else [key(p.text) for p in paras]
    offsets: list[int] = []
    pos = 0
    for k in keys:
        offsets.append(pos)
        pos += len(k)
    joined = "".join(keys)
    # Index the text that *starts* at each paragraph, so an abstract that glues
    # a short line to the next one (同志们:今天…) is found too.
    by_prefix: dict[str, list[int]] = {}
    same_key: dict[str, int] = {}
    for q, k in enumerate(keys):
        if k:
            bucket = by_prefix.setdefault(joined[offsets[q] : offsets[q] + PREFIX], [])
            if len(bucket) >= MAX_PREFIX_BUCKET or same_key.get(k, 0) >= MAX_SAME_KEY:
                continue  # bounded: see MAX_PREFIX_BUCKET
            same_key[k] = same_key.get(k, 0) + 1
            bucket.append(q)
    # A teaser labelled as one (【文章导读】 …, 导读： …) is read with its label, then without.
    labelled: dict[int, int] = {}
    for p, k in enumerate(keys):
        if len(k) >= ABSTRACT_MIN and (m := _LEAD_LABEL.match(paras[p].text)) is not None:
            labelled[p] = m.end()
    flagged: dict[int, Dup] = {}

    def copy_of(p: int, k: str, cut: int, crossing: bool) -> int | None:
        """The paragraph whose text starts with ``k`` (paragraph ``p``'s key, its label cut)."""
        lk = len(k)
        for q in by_prefix.get(k[:PREFIX], ()):
            if q == p or q in flagged:
                continue
            kq = keys[q]
            if kq == k:
                # Same words: only a copy cut short at its punctuation is an abstract, or
                # one under a teaser's label (the body stays, the labelled copy goes).
                text = paras[p].text[cut:]
                if (
                    not crossing
                    and (len(text) < len(paras[q].text) or (cut and len(text) == len(paras[q].text)))
                    and paras[q].text.startswith(text.rstrip("…. "))
                ):
                    return q
                continue
            # The cheap test first (in C, it fails a few characters past the shared
            # prefix), then: the longer/shorter split of this pass, and the copy
            # must lie outside the candidate itself.
            oq = offsets[q]
            if (
                joined.startswith(k, oq)
                and (lk > len(kq)) == crossing
                and not (oq < offsets[p] + lk and offsets[p] < oq + lk)
            ):
                return q
        return None

    # Pass 1: copies that run across the end of the paragraph they start at
    # (a heading glued to the opening, a teaser of two paragraphs) are surely
    # copies. Pass 2: a strict prefix of another paragraph, once pass 1 has
    # ruled out that the longer one is itself the glued copy.
    for crossing in (True, False):
        for p, k in enumerate(keys):
            if len(k) < ABSTRACT_MIN or p in flagged:
                continue
            of = copy_of(p, k, 0, crossing)
            if of is None and p in labelled:
                cut = labelled[p]
                of = copy_of(p, key(paras[p].text[cut:]), cut, crossing)
            if of is not None:
                flagged[p] = Dup(p, paras[of].start, "dedupe.abstract")
    return sorted(flagged.values(), key=lambda d: d.index)


#: A label in front of a teaser: 【文章导读】, [导读], 导读：, Summary: (up to eight characters).
_LEAD_LABEL = lazyre.compile(r"\s*(?:[【\[［][^】\]］\n]{1,8}[】\]］]\s*[:：]?|[^】\]:：\n\s]{1,8}\s*[:：])\s*")


#: Summaries assembled from the body's sentences are looked for in this many
#: leading paragraphs; each sentence must be at least this long (key characters).
SUMMARY_WINDOW = 3
SUMMARY_SENTENCE_MIN = 8
_SENTENCE_SPLIT = lazyre.compile(r"[。！？!?；;]+")
#: A label in front of a summary: 【内容摘要】:, 摘要:, 导读:.
_SUMMARY_LABEL = lazyre.compile(r"^\s*[【\[]?[^】\]:：\n]{1,8}[】\]]?\s*[:：]")


def summaries(paras: list[Span], keys: list[str]) -> list[Dup]:
    """Leading paragraphs made of sentences the body says again: an abstract put
    together from the text (【内容摘要】:…。…。), not only its opening cut short; or a
    passage lifted whole from inside a longer paragraph and printed first, as a teaser
    (每次换好了衣服,她总是…“宝贝,看看妈妈漂亮吗?” out of the third paragraph)."""
    out: list[Dup] = []
    leading = [q for q, k in enumerate(keys) if k][:SUMMARY_WINDOW]  # the piece's first kept paragraphs
    for p in range(min(SUMMARY_WINDOW, len(paras))):
        if not keys[p] or len(keys[p]) < ABSTRACT_MIN:
            continue
        parts = [key(x) for x in _SENTENCE_SPLIT.split(_SUMMARY_LABEL.sub("", paras[p].text))]
        parts = [x for x in parts if len(x) >= SUMMARY_SENTENCE_MIN]
        if len(parts) < 2:
            continue
        rest = "\x00".join(k for q, k in enumerate(keys) if q != p and k)
        if keys[p] in rest:
            continue  # a whole copy of other text: the copy passes decide which one stays
        hits = [rest.find(x) for x in parts]
        if all(h >= 0 for h in hits):
            # Point at the paragraph that holds the first sentence.
            q = _paragraph_at([k for q, k in enumerate(keys) if q != p and k], hits[0])
            others = [q2 for q2, k in enumerate(keys) if q2 != p and k]
            out.append(Dup(p, paras[others[q]].start, "dedupe.abstract"))
    flagged = {d.index for d in out}
    for p in leading:
        text = paras[p].text.strip()
        # A sentence, not a heading: a section's name is said again inside its text.
        if p in flagged or len(keys[p]) < ABSTRACT_MIN or not (ends_sentence(text) and has_clause_punct(text)):
            continue
        lifted = _lifted_from(keys, p)
        if lifted is not None:
            out.append(Dup(p, paras[lifted].start, "dedupe.abstract"))
    return sorted(out, key=lambda d: d.index)


def _lifted_from(keys: list[str], p: int) -> int | None:
    """The longer paragraph below paragraph ``p`` that holds its words inside it, not at its
    start (an opening cut short is :func:`abstracts`'s), or None. A teaser is printed above
    the text it is lifted from; above it stands an abstract glued from the opening, which
    holds the first paragraph whole. Only a few leading paragraphs ask: one scan of the
    piece's keys each."""
    k = keys[p]
    for q in range(p + 1, len(keys)):
        kq = keys[q]
        if len(kq) > len(k) and not kq.startswith(k) and k in kq:
            return q
    return None


def _paragraph_at(keys: list[str], pos: int) -> int:
    """Index of the key that holds offset ``pos`` of ``"\\x00".join(keys)``."""
    total = 0
    for i, k in enumerate(keys):
        total += len(k) + 1
        if pos < total:
            return i
    return len(keys) - 1


def piece_shingles(text_key: str) -> set[str]:
    """A piece's shingles, sampled by content like :func:`_shingles` (short pieces: all)."""
    if len(text_key) < 40 * SAMPLE:
        return {text_key[x : x + SHINGLE] for x in range(max(1, len(text_key) - SHINGLE + 1))}
    return _shingles(text_key)


def contained(a: set[str], b: set[str]) -> float:
    """Share of ``a``'s shingles that are also in ``b``."""
    return len(a & b) / len(a) if a else 0.0
