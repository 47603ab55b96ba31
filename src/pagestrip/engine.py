"""Stage 4: apply a :class:`RuleSet` to the segmented, normalized text.

One scan per scope: the line rules, the inline rules and the tail rules are
each one compiled alternation run over the whole text with ``finditer``. The
page layout is then read on top of those hits:

* the **head** — lines above the first body paragraph — holds the page title,
  breadcrumbs, welcome lines and category labels;
* the **tail** starts at the first tail marker (相关文章, 推荐访问, 未完…) in the
  latter part of the page; from there to the end everything goes, and chrome,
  labels and teasers directly above the marker are pulled into it;
* a **table of contents** is a 目录 heading with the numbered headings under it.

The output is a list of :class:`Removal` objects with offsets into the
normalized text, plus the page-title line if one was found.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from . import dedupe, glued, lazyre, title
from .model import Kind, Line, Removal
from .roles import PROTECTED, Role, role_of
from .rules import Compiled, Rule, RuleSet, Scope
from .rules import structure as st
from .textshape import (
    ends_sentence,
    has_clause_punct,
    is_body,
    is_keyword_list,
    is_label,
    is_titlelike,
    sentences,
    starts_with_marker,
    trimmed,
)

if TYPE_CHECKING:  # the engine needs html's Block only as a type
    from .html import Block

#: A tail marker opens the tail region only once this share of the article's
#: prose is above it; earlier it removes just the rest of its own line.
TAIL_PROSE_SHARE = 0.5
#: A sentence rule takes its whole line when its sentences cover this share of
#: the line: what is left is a greeting or a fragment of the same blurb
#: (各位朋友好!…下文是编辑…的梳理汇总), not article text.
SENTENCE_LINE_SHARE = 0.6
#: Text longer than this, run straight into a sentence rule's first cue with no
#: punctuation between, is article text the blurb was glued to (…大会精神下面是
#: 小编…), not a label (前言:) or a clause of the blurb (…的问题,淘范文小编…).
GLUED_TEXT_MIN = 12
#: Tag of a label where a doc site's text begins (资源描述:, 文档简介).
CONTENT_START_TAG = "content-start"
#: Tag of edge rules that apply above the article only.
ABOVE_ONLY_TAG = "above-only"
#: Tag of sentence rules whose hit at the end of a line takes the whole line.
LEAD_IN_TAG = "lead-in"
#: Keyword spam injected by a hijacked site sits in this many first lines.
SPAM_HEAD_LINES = 3
#: A title doubled on one line is looked for in this many leading lines of the head.
DOUBLED_TITLE_LINES = 3
#: A copy of the title (evidence for it) may stand this many lines past the head.
TITLE_COPY_LINES = 8
#: A sentence at least this long ends the search for the title: what follows it is
#: the text or the page's foot (a trailing 联系我们 is no title), and the sentence
#: itself is text (a one-sentence page keeps its sentence).
TITLE_STOP_SENTENCE = 12
#: The page head is looked for in this many lines at most.
HEAD_MAX_LINES = 40
#: A copy of the title this many lines below it (rules' lines included) still opens the article.
TITLE_REPEAT_LINES = 20
#: Category labels pulled into the tail: short Han-only lines like 城建环保.
_COLLECTION = lazyre.compile(r"^\s*(?:第\s*[一二三四五六七八九十百\d]{1,4}\s*篇|篇[一二三四五六七八九十\d]{1,3})")
_HAS_WORD = lazyre.compile(r"[\p{L}\p{N}]")
#: A comma inside: a sentence of clauses, not a headline (2021年春节假期定啦!!!).
_COMMA = lazyre.compile(r"[，,、；;]")
#: An English sentence: four words or more before a closing full stop (a headline has none).
_FULL_STOP_END = lazyre.compile(r"\.[\"'”’)]?\s*$")
_FOUR_WORDS = lazyre.compile(r"\S+(?: \S+){3}")
#: Tags the engine reads (rules are found by what they are, not by their ids,
#: so a pack can be disabled or replaced without breaking the page model).
HEAD_ANCHOR_TAG = "head-anchor"
LABEL_TAG = "label"


@dataclass(slots=True)
class Hit:
    """A rule's decision about (part of) one line."""

    rule: Rule
    start: int
    end: int
    #: For HTML structure hits: the markup evidence that decided it.
    evidence: str | None = None


@dataclass
class Findings:
    removals: list[Removal] = field(default_factory=list)
    title_line: Line | None = None


def segment(text: str) -> list[Line]:
    """Stage 3: the normalized text's lines, with their offsets."""
    lines: list[Line] = []
    pos = 0
    for i, chunk in enumerate(text.split("\n")):
        lines.append(Line(i, pos, pos + len(chunk), chunk))
        pos += len(chunk) + 1
    return [ln for ln in lines if ln.text]


class _Page:
    """Per-page working state: which line each decision belongs to."""

    def __init__(self, text: str, lines: list[Line], rules: RuleSet) -> None:
        self.text = text
        self.lines = lines
        self.rules = rules
        self.line_hit: dict[int, Hit] = {}
        self.inline: dict[int, list[Hit]] = {}
        #: HTML input: one block per line; lines outside the article region.
        self.evidence: list[Block] | None = None
        self.outside: set[int] = set()
        self._literals: dict[int, set[str]] | None = None
        #: Line index → where the literals start in it: (offset, the strings found there).
        self.literal_at: dict[int, list[tuple[int, tuple[str, ...]]]] = {}

    def literals(self) -> dict[int, set[str]]:
        """Line index → the rule set's literals found in that line (lower case,
        with their prefixes), from one scan of the whole page, kept for the page.

        A scan per line costs a fixed ~20 µs in the regex module whatever the
        line's length, and one per scope reads the page several times; one scan
        for every scope and a merge by offset costs far less. A match that runs
        over its line's end is not the line's: that line is scanned again within
        its bounds.
        """
        if self._literals is not None:
            return self._literals
        scan = self.rules.literal_scan
        out: dict[int, set[str]] = {}
        self._literals = out
        if scan is None:
            return out
        lines, text = self.lines, self.text
        k, n = 0, len(lines)
        over: set[int] = set()
        for at, end, matched in scan.finditer(text):
            while k < n and lines[k].end <= at:
                k += 1
            if k == n:
                break
            if at < lines[k].start:
                continue
            if end > lines[k].end:
                over.add(k)
            else:
                strings = scan.expand(matched)
                out.setdefault(k, set()).update(strings)
                self.literal_at.setdefault(k, []).append((at, strings))
        for k in over:
            ln = lines[k]
            found = out.setdefault(k, set())
            at_k = self.literal_at[k] = []
            for at, _, matched in scan.finditer(text, ln.start, ln.end):
                strings = scan.expand(matched)
                found.update(strings)
                at_k.append((at, strings))
        return out

    def index_of(self, pos: int) -> int:
        """Index (into ``lines``) of the line holding offset ``pos``."""
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid].start <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def rule(self, rule_id: str) -> Rule | None:
        return self.rules.get(rule_id)

    def hit_line(self, k: int, rule: Rule) -> None:
        ln = self.lines[k]
        self.line_hit[k] = Hit(rule, ln.start, ln.end)
        self.inline.pop(k, None)


def find_removals(
    text: str,
    lines: list[Line],
    rules: RuleSet,
    evidence: list[Block] | None = None,
    title_hint: str | None = None,
    markup_titled: bool = False,
) -> Findings:
    """Decide the removals; ``evidence`` (HTML input) holds one :class:`html.Block` per line.

    ``markup_titled``: the HTML names its title (``<title>``/og:title), so no text line is
    taken for the title unless the markup points at it; without one the text heuristics do.
    """
    page = _Page(text, lines, rules)
    if not lines:
        return Findings()
    if evidence is not None:
        page.evidence = evidence
        page.outside = {k for k, b in enumerate(evidence) if not b.in_main}
    _line_rules(page)
    _inline_rules(page)
    _sentence_rules(page)
    if evidence is not None:
        _verbatim(page, evidence)
        _controls(page)
    title_k = _head(page, title_hint, evidence, markup_titled)
    _glued(page, title_k)
    _toc(page)
    _tail(page, title_k)
    if evidence is not None:
        _structure(page, evidence, title_k)
        _dom(page, evidence, title_k)
    _edges(page, title_k)
    _above_title(page, title_k)
    removals = _collect(page, title_k)
    title = lines[title_k] if title_k is not None and title_k not in page.line_hit else None
    return Findings(removals, title)


def _line_rules(page: _Page) -> None:
    comp = page.rules.compiled[Scope.LINE]
    found = page.literals()
    for k, ln in enumerate(page.lines):
        rule = _whole_line_rule(comp, page.text, ln, found.get(k, _NONE))
        if rule is not None:
            page.line_hit[k] = Hit(rule, ln.start, ln.end)


_NONE: frozenset[str] = frozenset()


def _whole_line_rule(comp: Compiled, text: str, ln: Line, found: set[str] | frozenset[str]) -> Rule | None:
    """The first whole-line rule of a scope that takes ``ln``: of the rules without
    literals and those whose literals are among ``found`` (the rule set's literals
    in the line), the earliest in the scope; then the ``requires=`` rules, then
    user predicates."""
    n = ln.end - ln.start
    best = None
    for rule, pat in comp.plain:
        if (rule.max_chars is None or n <= rule.max_chars) and pat.fullmatch(text, ln.start, ln.end):
            best = rule
            break
    if found and comp.derived:
        stop = comp.order[best.id] if best is not None else len(comp.order)
        for i in comp.candidates(found):
            rule, pat, _ = comp.derived[i]
            if comp.order[rule.id] >= stop:
                break
            if (rule.max_chars is None or n <= rule.max_chars) and pat.fullmatch(text, ln.start, ln.end):
                best = rule
                break
    if best is not None:
        return best
    for rule, pat in comp.filtered(ln.text, found):
        if pat.fullmatch(text, ln.start, ln.end):
            return rule
    for rule in comp.predicates:
        if rule.pattern and not _compiled(rule.wrapped()).fullmatch(ln.text):
            continue
        if rule.predicate is not None and rule.predicate(ln.text):
            return rule
    return None


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> regex.Pattern[str]:
    """A user predicate rule's own pattern, compiled once per process."""
    return regex.compile(pattern)


def _inline_rules(page: _Page) -> None:
    comp = page.rules.compiled[Scope.INLINE]
    for k, m in _per_line(page, Scope.INLINE):
        if k not in page.line_hit:
            page.inline.setdefault(k, []).append(Hit(comp.rule_of(m), m.start(), m.end()))


def _glued(page: _Page, title_k: int | None) -> None:
    """Page numbers, chunk markers and title stuffing glued inside article lines."""
    title = page.lines[title_k].text if title_k is not None else None
    found = [
        *glued.page_numbers(page.text),
        *glued.chunk_markers(page.lines),
        *glued.title_stuffing(
            page.lines, title, set(page.line_hit) | {title_k} if title_k is not None else set(page.line_hit)
        ),
    ]
    for g in found:
        rule = page.rule(g.rule)
        k = page.index_of(g.start)
        if rule is None or k in page.line_hit:
            continue
        page.inline.setdefault(k, []).append(Hit(rule, g.start, g.end))


def _edges(page: _Page, title_k: int | None) -> None:
    """Edge rules on the lines outside the article: above its first body paragraph
    and below its last line of prose, unless the line's role protects it."""
    comp = page.rules.compiled.get(Scope.EDGE)
    if comp is None or not (comp.plain or comp.prefiltered or comp.derived or comp.predicates):
        return
    lines = page.lines
    roles: dict[int, Role] = {}  # only the lines read from each end: not every line of a long page

    def role(k: int) -> Role | None:
        if k in page.line_hit:
            return None
        if k not in roles:
            roles[k] = role_of(lines[k].text)
        return roles[k]

    first_body = next((k for k in range(len(lines)) if role(k) is Role.BODY), None)
    if first_body is None:
        return  # no article prose to stand outside of: a short page keeps its lines
    last_prose = next(k for k in range(len(lines) - 1, first_body - 1, -1) if role(k) in (Role.BODY, Role.SENTENCE))
    found = page.literals()
    for k in [*range(first_body), *range(last_prose + 1, len(lines))]:
        if k in page.line_hit or k == title_k or role(k) in PROTECTED:
            continue
        rule = _whole_line_rule(comp, page.text, lines[k], found.get(k, _NONE))
        # Some shapes are furniture only above the article: below it an excerpt
        # that stops mid-sentence is still the article (主任:XXX).
        if rule is not None and (k < first_body or ABOVE_ONLY_TAG not in rule.tags):
            page.hit_line(k, rule)


_DOUBLED = lazyre.compile(r"^(.{4,40}?)\1")


def _doubled_title(page: _Page, ks: list[int]) -> int | None:
    """A title printed twice in a row on one line (企业年会主持词企业年会主持词尊敬的…):
    the second copy goes as a duplicate and the line's first copy is the title."""
    rule = page.rule("dedupe.title")
    for k in ks:
        ln = page.lines[k]
        m = _DOUBLED.match(ln.text)
        if rule is None or m is None or not is_titlelike(m.group(1)) or starts_with_marker(ln.text):
            continue
        cut = len(m.group(1))
        page.inline.setdefault(k, []).append(Hit(rule, ln.start + cut, ln.start + 2 * cut))
        return k
    return None


def _sentence_rules(page: _Page) -> None:
    """Sentences in which enough cue classes of one sentence rule co-occur.

    One scan per line for the rules' literal anchors tells which rules can
    hold there; only those lines are split into sentences, and only those
    rules' own cues are scanned to judge each sentence by its cue classes.
    """
    comp = page.rules.compiled.get(Scope.SENTENCE)
    if comp is None or not comp.rule_order:
        return
    text = page.text
    anchors = page.literals()
    for k, ln in enumerate(page.lines):
        if k in page.line_hit:
            continue
        candidates: dict[str, Rule] = {r.id: r for r in comp.unanchored}
        for a in anchors.get(k, ()):
            for rule in comp.anchor_rules.get(a, ()):
                candidates.setdefault(rule.id, rule)
        if not candidates:
            continue
        # In the rule set's order, so that a sentence goes to the earliest rule.
        candidates = {r.id: r for r in comp.rule_order if r.id in candidates}
        spans = sentences(text, ln.start, ln.end)
        by_span: dict[int, Hit] = {}  # one hit per sentence: the earliest rule of the set wins
        for rule in candidates.values():
            own = comp.rule_anchors.get(rule.id)
            where = (
                None if own is None else [at for at, found in page.literal_at.get(k, ()) if not own.isdisjoint(found)]
            )
            for h in _sentence_hits(page, k, rule, comp.rule_cues[rule.id], spans, where):
                by_span.setdefault(h.end, h)
        if not by_span:
            continue
        hits = sorted(by_span.values(), key=lambda h: h.start)
        covered = sum(h.end - h.start for h in hits)
        # A lead-in that closes its line introduces what follows: the line
        # before it is the site's preamble too (怎么写…呢?下面是小编整理的…).
        last = hits[-1]
        lead = (
            last.end >= ln.end - 1 and LEAD_IN_TAG in last.rule.tags and not any(s < last.start < e for s, e in spans)
        )
        # Text left beside a truncation notice is the article cut short: never taken.
        mostly = covered >= SENTENCE_LINE_SHARE * len(ln.text.strip()) and all(
            h.rule.kind is not Kind.TRUNCATION for h in hits
        )
        if lead or mostly:
            page.hit_line(k, last.rule)
        else:
            page.inline.setdefault(k, []).extend(hits)


def _sentence_hits(
    page: _Page,
    k: int,
    rule: Rule,
    cues: regex.Pattern[str],
    spans: list[tuple[int, int]],
    where: list[int] | None = None,
) -> list[Hit]:
    """The sentences of line ``k`` that hold enough of ``rule``'s cue classes.

    ``where``: the offsets of the rule's anchors in the line (None: it has
    none). Every sentence the rule can take holds one, so only those
    sentences, when short enough for the rule, are scanned for cues: on a
    long English line full of ``a `` and ``for `` that is a few sentences,
    not the line.
    """
    ln = page.lines[k]
    text = page.text
    if where is None:
        found = [
            (m.start(), int((m.lastgroup or "c0")[1:])) for m in cues.finditer(text, ln.start, ln.end, overlapped=True)
        ]
    else:
        found = []
        for s, e in spans:
            if (rule.max_chars is not None and e - s > rule.max_chars) or not any(s <= p < e for p in where):
                continue
            # Within the sentence: a cue is part of the sentence it judges.
            found += [(m.start(), int((m.lastgroup or "c0")[1:])) for m in cues.finditer(text, s, e, overlapped=True)]
    hits: list[Hit] = []
    fi = 0  # cues and sentences are both in text order: one merge pass
    for s, e in spans:
        while fi < len(found) and found[fi][0] < s:
            fi += 1
        seen: set[int] = set()
        first = -1  # where the rule's first cue class (a lead-in's pointer: 下面是…) starts
        earliest = -1  # where any of its cues starts
        while fi < len(found) and found[fi][0] < e:
            seen.add(found[fi][1])
            if found[fi][1] == 0 and first < 0:
                first = found[fi][0]
            earliest = found[fi][0] if earliest < 0 else earliest
            fi += 1
        if not seen or not rule.cues_met(seen) or (rule.max_chars is not None and e - s > rule.max_chars):
            continue
        if any(h.start < e and s < h.end for h in page.inline.get(k, ())):
            continue  # an inline rule already cut a notice out of this sentence
        # Article text glued in front of the blurb (…大会精神下面是小编…) stays:
        # the hit starts at its first cue. A short label (前言:) goes with it.
        glued = (
            LEAD_IN_TAG in rule.tags and first == earliest and first - s > GLUED_TEXT_MIN and text[first - 1].isalnum()
        )
        hits.append(Hit(rule, first if glued else s, e))
    return hits


def _latin_sentence(line: str) -> bool:
    """Four words or more, then a closing full stop. Two linear searches: one pattern
    with a lazy prefix, the words and a lazy middle backtracked cubically on a long
    keyword line."""
    end = _FULL_STOP_END.search(line)
    return end is not None and _FOUR_WORDS.search(line, 0, end.start()) is not None


def _head_anchor(head_rules: Compiled, page: _Page, k: int, found: dict[int, set[str]]) -> bool:
    """Is line ``k`` a breadcrumb or welcome line (a head rule tagged head-anchor takes it)?
    Such a line reads as prose when it ends in a long title (首页 > 文档 > 学校七一党课:…【图片、
    文字均可编辑】), but the article starts below it."""
    ln = page.lines[k]
    rule = _whole_line_rule(head_rules, page.text, ln, found.get(k, _NONE))
    return rule is not None and HEAD_ANCHOR_TAG in rule.tags


def _head(
    page: _Page, title_hint: str | None = None, evidence: list[Block] | None = None, markup_titled: bool = False
) -> int | None:
    """Find the page title and remove the chrome above it; return the title's index."""
    lines = page.lines
    head_rules = page.rules.compiled[Scope.HEAD]
    found = page.literals()
    end = 0
    while end < min(len(lines), HEAD_MAX_LINES):
        t = lines[end].text
        # A hijacked site's keyword line at the very top is long but no prose.
        spam = end < SPAM_HEAD_LINES and is_keyword_list(t)
        if (
            end not in page.line_hit
            and end not in page.inline
            and is_body(t)
            and not spam
            and not _head_anchor(head_rules, page, end, found)
        ):
            break
        end += 1
    free = [
        k
        for k in range(end)
        if k not in page.line_hit and not (evidence is not None and _structural_chrome(evidence[k]))
    ]
    # A doubled title may be glued to the salutation, a line that reads as body.
    # (Not in HTML that names its title: there the markup decides.)
    doubled = (
        None
        if evidence is not None and markup_titled
        else _doubled_title(
            page, [k for k in range(min(len(lines), DOUBLED_TITLE_LINES)) if k not in page.line_hit and k <= end]
        )
    )
    meta = [k for k in range(end) if k in page.line_hit and page.line_hit[k].rule.kind is Kind.METADATA]
    title_k: int | None = None
    candidates: list[int] = []
    for k in [k for k in free if k < meta[0]] if meta else free:
        t = lines[k].text
        if _COLLECTION.match(t):
            break
        if len(t) >= TITLE_STOP_SENTENCE and ((role_of(t) is Role.SENTENCE and _COMMA.search(t)) or _latin_sentence(t)):
            break  # a title stands above the text: a line after a sentence is no title (联系我们)
        if is_titlelike(t) and not starts_with_marker(t) and role_of(t) is not Role.SALUTATION:
            candidates.append(k)
    hinted = [k for k in free if title_hint and lines[k].text == title_hint]
    marked = [k for k, b in enumerate(evidence) if b.role == "title"] if evidence is not None else []
    if marked and marked[0] not in page.line_hit:  # the markup's own title heading
        title_k = marked[0]
    elif hinted:  # the page's own markup names its title (h1)
        title_k = hinted[0]
    elif doubled is not None:
        title_k = doubled
    elif evidence is not None and markup_titled:
        title_k = None  # the markup names a title no line matches: no text line is taken for it
    elif candidates:
        nearby = list(range(min(len(lines), end + TITLE_COPY_LINES)))
        title_k = title.choose([ln.text for ln in lines], candidates, nearby, meta[0] if meta else None)
    if page.rule(st.PAGE_TITLE) is None:
        title_k = None
    stop = title_k if title_k is not None else end
    for k in range(stop):
        if k not in page.line_hit:
            rule = _whole_line_rule(head_rules, page.text, lines[k], found.get(k, _NONE))
            if rule is not None:
                page.hit_line(k, rule)
    anchors = [k for k in range(stop) if k in page.line_hit and HEAD_ANCHOR_TAG in page.line_hit[k].rule.tags]
    region = page.rule(st.HEAD_REGION)
    if anchors and region is not None:
        for k in range(anchors[-1]):
            if k not in page.line_hit:
                page.hit_line(k, region)
    # A label where the text begins (资源描述:) closes the head even below the
    # title: upload fields and disclaimers between them are the site's.
    starts = [
        k
        for k in range(min(len(lines), HEAD_MAX_LINES))
        if k in page.line_hit and CONTENT_START_TAG in page.line_hit[k].rule.tags
    ]
    if starts and region is not None and any(is_body(ln.text) for ln in lines[starts[0] + 1 :]):
        for k in range(starts[0]):
            if k not in page.line_hit and k != title_k and role_of(lines[k].text) not in PROTECTED:
                page.hit_line(k, region)
    return title_k


def _above_title(page: _Page, title_k: int | None) -> None:
    """The lines above the article's title that no rule took and that are no prose (a menu
    word, a language switch, a section label): the article starts at its title, so they are
    the head's even without a breadcrumb or welcome line to anchor it. A page that prints
    the title twice in its head (a header, then the document) starts at the second copy:
    what stands between them (file fields, teaser links, a byline) is the head's too.
    Last, so that a named rule (an app link, a date) keeps its own name and kind."""
    above = page.rule(st.ABOVE_TITLE)
    if title_k is None or above is None or title_k > HEAD_MAX_LINES:
        return
    lines = page.lines
    start = title_k
    for k in range(title_k + 1, min(len(lines), title_k + TITLE_REPEAT_LINES)):
        if k in page.line_hit:
            continue
        # The whole title again (a shorter line that it contains is a phrase of the text).
        if dedupe.title_core(lines[title_k].text) in dedupe.title_core(lines[k].text) and dedupe.same_title(
            lines[k].text, lines[title_k].text
        ):
            start = k
            break
        if is_body(lines[k].text):
            break
    free = [k for k in range(start) if k != title_k and k not in page.line_hit and k not in page.outside]
    if any(k in page.inline or is_body(lines[k].text) for k in free):
        return  # prose above it: the title the markup names stands inside the text, not on top
    if _wrapped_prose(" ".join(lines[k].text for k in sorted([*free, title_k]))):
        return  # prose broken into short lines (<br>, a hard wrap), a "title" found among them
    for k in free:
        if role_of(lines[k].text) not in PROTECTED:
            page.hit_line(k, above)


#: Short lines above the title that, joined, make at least this much text with a finished
#: sentence in it are prose broken into lines, not the head's menu words and labels.
WRAPPED_PROSE_MIN_CHARS = 80
_SENTENCE_INSIDE = lazyre.compile(r"[。！？!?]|\.(?:\s|$)")


def _wrapped_prose(joined: str) -> bool:
    return (
        len(joined) >= WRAPPED_PROSE_MIN_CHARS
        and _SENTENCE_INSIDE.search(joined) is not None
        and has_clause_punct(joined)
    )


#: A block whose text is at least this share link text is a link list.
LINK_DENSITY = 0.7
#: Link lists inside the region are removed only up to this length (a menu, a tag row);
#: a longer one is a paragraph of references.
LINK_LIST_MAX_CHARS = 200
#: Inside the article region a link-only block is removed up to this length: a post's
#: action row (回复 引用 举报), a tag row. Longer, it is the article's own list (a table of
#: contents, references, recipe ingredients), which the corpus shows outweighs the menus.
IN_REGION_LINK_MAX_CHARS = 30
#: HTML rules by the kind of the container that holds a block.
_BY_HINT = {"chrome": "html.chrome", "footer": "html.footer", "related": "html.related", "metadata": "html.metadata"}


def _structural_chrome(block: Block) -> bool:
    """Does the markup say this block is chrome (outside the article region, or in a chrome container)?"""
    return not block.in_main or block.hint is not None


def _verbatim(page: _Page, evidence: list[Block]) -> None:
    """Lines of a ``<pre>`` in the article region keep their symbols: the rule lines and
    table borders of a program's output (``───┼───``, ``),``) are the text there, not
    decoration."""
    for k, block in enumerate(evidence):
        if not (block.pre and block.in_main):
            continue
        hit = page.line_hit.get(k)
        if hit is not None and hit.rule.kind is Kind.DECORATION:
            del page.line_hit[k]
        hits = page.inline.get(k)
        if hits:
            kept = [h for h in hits if h.rule.kind is not Kind.DECORATION]
            if kept:
                page.inline[k] = kept
            else:
                del page.inline[k]


def _controls(page: _Page) -> None:
    """In HTML a 展开全文 / Read more control sits over text that is on the page: chrome, not truncation."""
    control = page.rule(st.MORE_CONTROL)
    if control is None:
        return
    for k, hit in list(page.line_hit.items()):
        # A notice outside the article region does not describe the article:
        # it is the page's furniture (a 阅读剩余全文 box under the text).
        outside = k in page.outside and hit.rule.kind is Kind.TRUNCATION
        if hit.rule.id in st.READ_MORE_RULES or outside:
            page.line_hit[k] = Hit(control, hit.start, hit.end)
    for k, hits in page.inline.items():
        for n, h in enumerate(hits):
            if h.rule.id in st.READ_MORE_RULES or (k in page.outside and h.rule.kind is Kind.TRUNCATION):
                hits[n] = Hit(control, h.start, h.end)


def _structure(page: _Page, evidence: list[Block], title_k: int | None) -> None:
    """HTML evidence for blocks no text rule decided: everything outside the article region,
    and chrome containers (by their kind) or link lists inside it."""
    by_hint = {kind: page.rule(rule_id) for kind, rule_id in _BY_HINT.items()}
    links = page.rule("html.links")
    outside = page.rule(st.OUTSIDE)
    for k, block in enumerate(evidence):
        if k in page.line_hit or k in page.inline or k == title_k:
            continue
        rule = by_hint.get(block.hint) if block.hint else None
        dense = block.link_density >= LINK_DENSITY and len(block.text) <= (
            IN_REGION_LINK_MAX_CHARS if block.in_main else LINK_LIST_MAX_CHARS
        )
        if rule is None and links is not None and dense:
            rule = links
        if rule is None and not block.in_main:
            rule = outside
        if rule is not None:
            ev = block.evidence or f"path {block.path}"
            if rule is links:
                ev = f"link list (link density {block.link_density:.2f}); {ev}"
            page.line_hit[k] = Hit(rule, page.lines[k].start, page.lines[k].end, ev)
            page.inline.pop(k, None)


def _dom(page: _Page, evidence: list[Block], title_k: int | None) -> None:
    """``dom`` rules (a site's template boxes, by their DOM path) take the HTML lines no
    other rule took whole. They come after the text and structure rules, so a line a
    built-in removes keeps the built-in's id (from which the page's site and kinds are
    read), and the page's title line is never theirs; a rule's ``max_chars`` spares a
    block longer than the template's ever was."""
    rules = page.rules.dom
    if not rules:
        return
    for k, block in enumerate(evidence):
        if k in page.line_hit or k == title_k:
            continue
        path = block.dom_path
        if not path:
            continue
        n = page.lines[k].end - page.lines[k].start
        for rule, pat in rules:
            if (rule.max_chars is None or n <= rule.max_chars) and pat.fullmatch(path):
                ln = page.lines[k]
                page.line_hit[k] = Hit(rule, ln.start, ln.end, f"DOM path {path}")
                page.inline.pop(k, None)
                break


def _toc(page: _Page) -> None:
    """A 目录 heading takes the numbered headings listed under it, up to a …… line."""
    entry = page.rule(st.TOC_ENTRY)
    if entry is None or entry.predicate is None:
        return
    for k in sorted(page.line_hit):
        if page.line_hit[k].rule.kind is not Kind.TOC or page.line_hit[k].rule.id == st.TOC_ENTRY:
            continue
        j = k + 1
        while j < len(page.lines):
            t = page.lines[j].text
            hit = page.line_hit.get(j)
            closing = t.strip("….· ") == ""
            if hit is not None and not closing:
                break
            if not entry.predicate(t):
                break
            page.hit_line(j, entry)
            j += 1
            if closing:
                break


def _tail(page: _Page, title_k: int | None) -> None:
    comp = page.rules.compiled[Scope.TAIL]
    lines = page.lines
    # Prose seen before each line: a marker opens the tail only once most of
    # the article's prose is above it (a related list in a sidebar above the
    # article, or a 相关文章 mention inside it, does not end the page).
    prose_before: list[int] = []
    seen = 0
    for k, ln in enumerate(lines):
        prose_before.append(seen)
        if k not in page.line_hit and is_body(ln.text):
            seen += ln.end - ln.start
    threshold = TAIL_PROSE_SHARE * seen
    markers: list[tuple[int, int, Rule]] = []  # (line index, offset, rule)
    for k, m in _per_line(page, Scope.TAIL):
        if k in page.outside:  # outside the article region the markup decides, not the tail
            continue
        rule = comp.rule_of(m)
        late = (seen and prose_before[k] >= threshold and prose_before[k] > 0) or markers
        # A lone "Most popular" heading inside the article, prose under it, is no tail either.
        if late and not (TITLE_LIST_TAG in rule.tags and _prose_follows(page, k)):
            markers.append((k, m.start(), rule))
        elif k not in page.line_hit:
            # Too early on the page to be its tail: take the rest of this line only.
            ln = lines[k]
            if m.start() == ln.start:
                page.hit_line(k, rule)
            else:
                page.inline.setdefault(k, []).append(Hit(rule, m.start(), ln.end))
    if not markers:
        return
    first_k, first_pos, _ = markers[0]
    item = page.rule(st.RELATED_ITEM)
    heading_at = {k: rule for k, pos, rule in markers if pos == lines[k].start}
    # Region rule for each line: the latest marker at or above it.
    current: Rule | None = None
    mi = 0
    for k in range(first_k, len(lines)):
        while mi < len(markers) and markers[mi][0] <= k:
            current = markers[mi][2]
            mi += 1
        assert current is not None
        ln = lines[k]
        if k == first_k and first_pos > ln.start:
            keep = page.inline.get(k, [])
            page.inline[k] = [h for h in keep if h.end <= first_pos] + [Hit(current, first_pos, ln.end)]
            continue
        if k in page.line_hit:
            continue
        if k in heading_at:  # another heading of the block: its own rule
            page.hit_line(k, heading_at[k])
            continue
        # Under a related heading a line is a related item; under a truncation
        # notice it is the rest of the cut page, and keeps the notice's rule.
        under_related = current.kind in (Kind.RELATED, Kind.CHROME)
        if under_related and _region_prose_beyond(page, first_k, k):
            continue  # HTML: the article's prose after a "Related" box is still the article
        page.hit_line(k, item if item is not None and under_related and k != first_k else current)
    _pull_into_tail(page, first_k if first_pos == lines[first_k].start else first_k + 1, title_k)


#: Rules with this tag head a list of titles (热门排行, Most popular): when prose paragraphs
#: follow one, it is a lone heading left inside the article, not the start of its tail.
TITLE_LIST_TAG = "title-list"
#: That many lines under such a heading must be prose paragraphs to keep them.
TITLE_LIST_PROSE_LINES = 2


def _is_prose_paragraph(line: str) -> bool:
    """Running prose that ends its sentence: a title of a list, or a teaser cut short, is not."""
    s = line.rstrip()
    return is_body(s) and not s.endswith(("…", "...")) and (ends_sentence(s) or s.endswith("."))


def _prose_follows(page: _Page, k: int) -> bool:
    """Are the next lines under line ``k`` (those no rule took yet, up to
    TITLE_LIST_PROSE_LINES of them) paragraphs of prose?"""
    seen = 0
    for j in range(k + 1, len(page.lines)):
        if j in page.line_hit:
            continue
        if not _is_prose_paragraph(page.lines[j].text):
            return False
        seen += 1
        if seen == TITLE_LIST_PROSE_LINES:
            return True
    return seen > 0  # the page ends in prose under it


#: In HTML, a line inside the article region with at least this prose score, outside the
#: container of the related heading above it, is kept: the heading's box ended before it.
TAIL_KEEP_PROSE_SCORE = 3.0


def _region_prose_beyond(page: _Page, marker_k: int, k: int) -> bool:
    """Is line ``k`` a whole prose paragraph of the HTML article region outside the container
    that holds the tail marker at ``marker_k`` (a "Related" box inside the article body)?"""
    ev = page.evidence
    if ev is None or not ev[k].in_main or ev[k].score < TAIL_KEEP_PROSE_SCORE:
        return False
    if not ends_sentence(page.lines[k].text):  # a teaser cut mid-sentence is the related block's
        return False
    return not ev[marker_k].holds(ev[k])


def _per_line(page: _Page, scope: Scope) -> Iterator[tuple[int, regex.Match[str]]]:
    """Matches of a scope's rules, line by line, in page order."""
    comp = page.rules.compiled[scope]
    text = page.text
    # Each span rule searches the whole text once; a match that runs over a line
    # break belongs to no line and is dropped (the rules describe spans of a line).
    by_line: dict[int, list[regex.Match[str]]] = {}
    for _, pat in comp.singles:
        for m in pat.finditer(text):
            if m.end() > m.start() and "\n" not in m.group():
                by_line.setdefault(page.index_of(m.start()), []).append(m)
    literals = page.literals()
    for k, ln in enumerate(page.lines):
        found = by_line.get(k, [])
        present = literals.get(k, _NONE)
        head = _line_start_match(comp, text, ln, present)
        if head is not None and head.end() > head.start():
            found.append(head)
        for _, pat in comp.filtered(ln.text, present):
            found.extend(m for m in pat.finditer(text, ln.start, ln.end) if m.end() > m.start())
        for i in comp.candidates(present) if present else ():
            pat = comp.derived[i][1]
            found.extend(m for m in pat.finditer(text, ln.start, ln.end) if m.end() > m.start())
        if len(found) > 1:
            found.sort(key=lambda m: m.start())
        for m in found:
            yield k, m


def _line_start_match(comp: Compiled, text: str, ln: Line, present: AbstractSet[str]) -> regex.Match[str] | None:
    """The line-anchored span rule that matches at the line's start: of the shared
    alternation's match and the rules tried alone (their literals are in the line),
    the earliest rule in the scope, as one alternation of all of them would give."""
    m = comp.anchored.match(text, ln.start, ln.end) if comp.anchored is not None else None
    if present and comp.line_start:
        stop = comp.order[comp.rule_of(m).id] if m is not None else len(comp.order)
        for i in comp.candidates(present, comp.line_start_index):
            rule, pat, _ = comp.line_start[i]
            if comp.order[rule.id] >= stop:
                break
            alone = pat.match(text, ln.start, ln.end)
            if alone is not None:
                return alone
    return m


def _pull_into_tail(page: _Page, start_k: int, title_k: int | None) -> None:
    """Walk up from the tail marker over chrome, labels, title repeats and teasers."""
    teaser = page.rule(st.TAIL_TEASER)
    label = page.rules.tagged(LABEL_TAG)
    title_rule = page.rule(st.PAGE_TITLE)
    title_text = page.lines[title_k].text if title_k is not None else None
    k = start_k - 1
    while k >= 0 and k != title_k:
        t = page.lines[k].text
        hit = page.line_hit.get(k)
        if hit is not None:
            if hit.rule.kind in (Kind.CHROME, Kind.RELATED, Kind.FOOTER, Kind.METADATA, Kind.DECORATION):
                k -= 1
                continue
            break
        if k in page.inline:  # a line with a notice inside is article text around it
            break
        if title_text is not None and title_rule is not None and t == title_text:
            page.hit_line(k, title_rule)
        elif (
            teaser is not None
            and teaser.predicate is not None
            and teaser.predicate(t)
            and not ends_sentence(t.rstrip("…. "))
        ):
            page.hit_line(k, teaser)
        elif label is not None and is_label(t):
            page.hit_line(k, label)
        else:
            break
        k -= 1


def _collect(page: _Page, title_k: int | None) -> list[Removal]:
    out: list[Removal] = []
    text = page.text
    for hit in page.line_hit.values():
        out.append(
            Removal(hit.rule.kind, hit.rule.id, hit.start, hit.end, text[hit.start : hit.end], evidence=hit.evidence)
        )
    for k, hits in page.inline.items():
        if k in page.line_hit:
            continue
        hits = sorted(hits, key=lambda h: (h.start, -h.end))
        last_end = -1
        for h in hits:
            if h.start < last_end:  # overlapping matches: the earlier one stands
                continue
            out.append(Removal(h.rule.kind, h.rule.id, h.start, h.end, text[h.start : h.end]))
            last_end = h.end
    out.sort(key=lambda r: r.start)
    return out


def kept_pieces(text: str, lines: list[Line], removals: list[Removal]) -> list[tuple[int, int]]:
    """The spans of each line left once the removals are cut out, whitespace-trimmed."""
    pieces: list[tuple[int, int]] = []
    ri = 0
    for ln in lines:
        pos = ln.start
        while ri < len(removals) and removals[ri].end <= ln.start:
            ri += 1
        j = ri
        segs: list[tuple[int, int]] = []
        while j < len(removals) and removals[j].start < ln.end:
            r = removals[j]
            if r.start > pos:
                segs.append((pos, r.start))
            pos = max(pos, r.end)
            j += 1
        if pos < ln.end:
            segs.append((pos, ln.end))
        pieces += [span for s, e in segs if (span := trimmed(text, s, e))[0] < span[1]]
    return pieces


def has_word(s: str) -> bool:
    return _HAS_WORD.search(s) is not None
