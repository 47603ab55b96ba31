"""Rule matching: the rule set's scopes run over the page's lines.

One scan per scope: whole-line rules (``line``), spans inside a line
(``inline``) and sentences in which enough of a sentence rule's cue classes
co-occur (``sentence``), each narrowed first by the page's literal scan to the
rules that can hold on a line. :func:`_per_line` gives a span scope's matches
line by line (the tail markers are read through it too), and :func:`_glued`
finds page numbers, chunk markers and title stuffing glued inside lines.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache

import regex

from .. import glued, lazyre
from ..model import Kind, Line
from ..rules import Compiled, Rule, RuleSet, Scope
from ..textshape import ends_with_colon, looks_like_code, sentences
from ..vocabulary import CN_DIGITS, MD_LINK_TARGET
from .page import _NONE, Hit, _Page

#: A sentence rule takes its whole line when its sentences cover this share of
#: the line: what is left is a greeting or a fragment of the same blurb
#: (各位朋友好!…下文是编辑…的梳理汇总), not article text.
SENTENCE_LINE_SHARE = 0.6
#: Text longer than this, run straight into a sentence rule's first cue with no
#: punctuation between, is article text the blurb was glued to (…大会精神下面是
#: 小编…), not a label (前言:) or a clause of the blurb (…的问题,淘范文小编…).
GLUED_TEXT_MIN = 12
#: Tag of sentence rules whose hit at the end of a line takes the whole line.
LEAD_IN_TAG = "lead-in"


def _line_rules(page: _Page) -> None:
    """The whole-line rules on every line. A line's verdict depends on its text alone, so a
    text met again (a thread's repeated widget, a table's repeated cell, a page of copies)
    takes the verdict it had: pages of thousands of identical lines cost one match each."""
    comp = page.rules.compiled[Scope.LINE]
    found = page.literals()
    seen: dict[str, Rule | None] = {}
    for k, ln in enumerate(page.lines):
        if ln.text in seen and ln.start > 0:  # the first line has no line break before it
            rule = seen[ln.text]
        else:
            rule = _whole_line_rule(comp, page.text, ln, found.get(k, _NONE))
            if ln.start > 0:
                seen[ln.text] = rule
        if rule is not None:
            page.line_hit[k] = Hit(rule, ln.start, ln.end)


#: A Markdown link (its label stays) or image (it goes), and a backslash escape: what a
#: reader of the rendered page does not see of a line.
_MD_MARKUP = lazyre.compile_re(
    r"!\[[^\]\n]{0,200}\]\([^)\s]{0,800}\)|\[([^\]\n]{0,200})\]" + MD_LINK_TARGET + r"|\\([!-/:-@\[-`{-~])"
)


#: A Markdown block's marks at the start of a line: headings' hashes, list bullets, a quote's
#: ``>`` (``* ##### [标题](…)``, ``### Leave a Reply``); the reader sees the text after them.
MD_BLOCK_MARKS = lazyre.compile_re(r"(?:(?:#{1,6}|[*+\-]|>)[ \t]+)+")


def _rendered(line: str) -> str:
    """``line`` as its Markdown renders: link labels without their targets, no images, no escapes."""
    return _MD_MARKUP.sub(lambda m: m.group(1) or m.group(2) or "", line)


#: Five or more Han characters standing one by one between spaces: ``人 民 网 版 权 所 有``,
#: ``关 于 我 们``, a footer set letter-spaced for looks.
_LETTER_SPACED = lazyre.compile(r"(?<!\p{Han})(?:\p{Han}[ \u3000\xa0]){4,}\p{Han}(?!\p{Han})")
_SPACE = lazyre.compile_re(r"[ \u3000\xa0]")
#: What every such run holds: three of its characters with the spaces around them. A
#: stdlib pattern that starts at a space (rarer than a Han character) tells in a tenth of
#: the time of :data:`_LETTER_SPACED` that a page, or a line, has none.
_SPACED_GATE = lazyre.compile_re(
    r"[ \u3000\xa0][\u3400-\u9fff][ \u3000\xa0][\u3400-\u9fff][ \u3000\xa0][\u3400-\u9fff][ \u3000\xa0]"
)


def _closed_up(line: str) -> str:
    """``line`` with its letter-spaced runs of Han characters closed up."""
    return _LETTER_SPACED.sub(lambda m: _SPACE.sub("", m.group()), line)


def _reread_line_rules(page: _Page, markdown: bool) -> None:
    """The whole-line rules on the lines no rule took, read as a reader sees them.

    With ``markdown`` (text input with Markdown links), a line's links are read as the
    page renders them: a blog's ``posted @ 2024-04-16 17:04 [作者](…) 阅读(757) 评论(0)
    [编辑](…)`` is the post-header line a plain-text page prints, and the link markup must
    not hide it from the rule that takes that line. On any page, letter-spaced Chinese
    (``人 民 网 版 权 所 有, 未 经 书 面 授 权 禁 止 使 用``) is read closed up, as the eye
    reads it. A rule that takes the line so read takes the line, markup and spaces and all."""
    spaced = _SPACED_GATE.search(page.text) is not None
    if not (markdown or spaced):
        return
    for k, ln in enumerate(page.lines):
        if k in page.line_hit:
            continue
        for seen in _readings(ln.text, markdown, spaced):
            rule = _taken_whole(page.rules, Scope.LINE, seen, Line(k, 0, len(seen), seen))
            if rule is not None:
                page.line_hit[k] = Hit(rule, ln.start, ln.end)
                break


def _readings(text: str, markdown: bool, spaced: bool) -> list[str]:
    """How a reader sees ``text``, where that differs from the line: without its block marks
    (``### Share this:``) and with its links rendered (a heading that links to its section,
    ``### [01 Contextual Rollout Bandits](…#_01)``, is no bare link line); closed up where
    it is letter-spaced. None when its link markup cannot be read (links in a link's label)."""
    seen = [text]
    if markdown:
        m = MD_BLOCK_MARKS.match(text)
        seen = [_rendered(text[m.end() :] if m else text).strip()]
        if "](" in seen[0]:
            return []
    if spaced:
        seen = [_closed_up(s) if _SPACED_GATE.search(s) else s for s in seen]
    return [s for s in dict.fromkeys(seen) if s and s != text]


#: Tag of a line rule whose line stays when a sentence introduces it: the address a post
#: points to (``Please read this, then ask if you have more questions:`` over the URL).
INTRODUCED_TAG = "introduced-stays"
#: A line that introduces the next ends with a colon and is a sentence's length: a label
#: (``来源：``, ``Related:``) is shorter.
INTRO_MIN_CHARS = 20


#: A numbered section heading of a notice that names its contacts (``七、联系方式``,
#: ``（三）联系人及电话``): the phone lines under it are the notice's own.
_CONTACT_HEADING = lazyre.compile(
    rf"(?:[{CN_DIGITS}]{{1,3}}、|[(（][{CN_DIGITS}]{{1,3}}[)）]|\d{{1,2}}[、.．])\s*"
    r"(?:[\p{Han}]{0,4})?(?:联系方式|联系人|联系电话|咨询电话|联络方式|聯繫方式|聯絡方式|聯繫人|聯繫電話)"
    r"[\p{Han}及和与、]{0,8}[:：]?"
)


def _introduced_lines(page: _Page) -> None:
    """Lift the verdict of the rules tagged :data:`INTRODUCED_TAG` from a line that the kept
    text right above it introduces: a sentence ending with a colon (the text points at it),
    or a notice's numbered contact heading, over a run of such lines."""
    hits = page.line_hit
    tagged = sorted(k for k, h in hits.items() if INTRODUCED_TAG in h.rule.tags)
    lifted: set[int] = set()
    for k in tagged:
        j = k - 1
        while j in lifted:
            j -= 1  # a run of them under one introduction
        if j < 0 or j in hits or j in page.inline:
            continue
        above = page.lines[j].text.strip()
        if (j == k - 1 and _introduces(above)) or _CONTACT_HEADING.fullmatch(above):
            lifted.add(k)
    for k in lifted:
        del hits[k]


def _introduces(above: str) -> bool:
    """A sentence's length, ending with its only colon: ``Please read this, then ask:``."""
    return len(above) >= INTRO_MIN_CHARS and ends_with_colon(above) and ":" not in above[:-1] and "：" not in above[:-1]


def _whole_line_rule(comp: Compiled, text: str, ln: Line, found: set[str] | frozenset[str]) -> Rule | None:
    """The first whole-line rule of a scope that takes ``ln``: of the rules without
    literals and those whose literals are among ``found`` (the rule set's literals
    in the line), the earliest in the scope; then the ``requires=`` rules, then
    user predicates. A predicate rule that stands before the winning pattern rule
    in the set (a site's rule added in front) takes the line instead."""
    n = ln.end - ln.start
    best = _first_plain(comp, text, ln)
    if found and comp.derived:
        stop = comp.order[best.id] if best is not None else len(comp.order)
        for i in comp.candidates(found):
            rule, pat, _ = comp.derived[i]
            if comp.order[rule.id] >= stop:
                break
            if (rule.max_chars is None or n <= rule.max_chars) and pat.fullmatch(text, ln.start, ln.end):
                best = rule
                break
    if best is None:
        best = next(
            (rule for rule, pat in comp.filtered(ln.text, found) if pat.fullmatch(text, ln.start, ln.end)), None
        )
    if best is None:
        return _predicate_rule(comp, ln)
    # A predicate rule placed before the pattern rule that took the line (a site's rule added
    # in front of the built-ins) names the removal.
    early = _predicate_rule(comp, ln, before=comp.order[best.id]) if comp.predicates else None
    return early if early is not None else best


def _taken_whole(rules: RuleSet, scope: Scope, text: str, ln: Line) -> Rule | None:
    """The rule of ``scope`` that takes line ``ln`` whole, with the line's literals."""
    comp = rules.compiled.get(scope)
    if comp is None:
        return None
    found: set[str] = set()
    scan = rules.literal_scan
    if scan is not None:
        for _, _, matched in scan.finditer(text, ln.start, ln.end):
            found.update(scan.expand(matched))
    return _whole_line_rule(comp, text, ln, found)


def _first_plain(comp: Compiled, text: str, ln: Line) -> Rule | None:
    """The first of the rules without literals that takes ``ln`` whole (see
    :class:`pagestrip.rules.compiled.PlainPlan`): where the joint alternation does not
    match, only the rules outside it."""
    plan = comp.plain_plan
    n = ln.end - ln.start
    joint = plan.joint
    if (
        joint is not None
        and (plan.joint_max is None or n <= plan.joint_max)
        and joint.fullmatch(text, ln.start, ln.end)
    ):
        tried: Iterable[int] = range(len(comp.plain))
    else:
        tried = plan.rest
    for i in tried:
        rule, pat = comp.plain[i]
        if rule.max_chars is not None and n > rule.max_chars:
            continue
        gate = comp.plain_gates[i]
        if gate is not None and gate.search(text, ln.start, ln.end) is None:
            continue
        if pat.fullmatch(text, ln.start, ln.end):
            return rule
    return None


def _predicate_rule(comp: Compiled, ln: Line, before: int | None = None) -> Rule | None:
    """The first predicate rule that takes ``ln`` (only those ranked at or before pattern rule
    number ``before`` of the scope, when given)."""
    for rule, pattern in zip(comp.predicates, comp.predicate_patterns, strict=True):
        if before is not None and comp.predicate_rank.get(rule.id, before + 1) > before:
            continue
        if pattern is not None and not _compiled(pattern).fullmatch(ln.text):
            continue
        if rule.predicate is not None and rule.predicate(ln.text):
            return rule
    return None


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> regex.Pattern[str]:
    """A predicate rule's own pattern, compiled once per process (the same text, kept by each
    rule set's :attr:`Compiled.predicate_patterns`, hashes once)."""
    return regex.compile(pattern)


#: A Markdown code span: ``print("a\\nb")`` (one or two backticks, on one line).
_CODE_SPAN = regex.compile(r"(`{1,2})[^`\n]+?\1")


def _inline_rules(page: _Page) -> None:
    """Inline rules' hits, none inside a Markdown code span: the code is as written (a ``\\n``
    there is the program's, not an escape a scraper leaked)."""
    comp = page.rules.compiled[Scope.INLINE]
    spans: dict[int, list[tuple[int, int]]] = {}
    for k, m in _per_line(page, Scope.INLINE):
        if k in page.line_hit:
            continue
        ln = page.lines[k]
        if k not in spans:
            spans[k] = _code_spans(ln.text, ln.start)
        if any(a < m.end() and m.start() < b for a, b in spans[k]):
            continue
        page.inline.setdefault(k, []).append(Hit(comp.rule_of(m), m.start(), m.end()))


def _code_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """The spans of a line that are code as written: Markdown code spans, and the string
    literals of a line of code (``printf "%s\\n" "$*"``: its ``\\n`` is the program's)."""
    spans: list[tuple[int, int]] = []
    if "`" in text:
        spans += [(c.start() + offset, c.end() + offset) for c in _CODE_SPAN.finditer(text)]
    if ('"' in text or "'" in text) and looks_like_code(text):
        spans += [(c.start() + offset, c.end() + offset) for c in _STRING_LITERAL.finditer(text)]
    return spans


#: A string literal on a line of code: quoted, on one line, no longer than this.
_STRING_LITERAL = lazyre.compile(r"\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'")


def _rest_of_line(page: _Page) -> None:
    """What a button or a notice removed inside a line leaves is judged as a line of its own:
    ``【纠错】 【责任编辑:吴咏玲】`` is a button and an editor credit on one line, and the
    credit's whole-line rule never saw its line alone. Only a rest in one piece (the inline
    hits at the line's start or end) is tried, so a sentence that lost a word in its middle
    is never taken for a shape."""
    comp = page.rules.compiled[Scope.LINE]
    found = page.literals()
    text = page.text
    for k, hits in list(page.inline.items()):
        if k in page.line_hit:
            continue
        ln = page.lines[k]
        start, end = ln.start, ln.end
        for h in sorted(hits, key=lambda h: h.start):
            if h.start <= start:
                start = max(start, h.end)
        for h in sorted(hits, key=lambda h: -h.end):
            if h.end >= end:
                end = min(end, h.start)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < REST_MIN_CHARS or (start == ln.start and end == ln.end):
            continue
        if any(start < h.end and h.start < end for h in hits):
            continue  # a hit in the middle: the rest is two pieces
        # Matched as a text of its own: the patterns' ``^`` holds at a line's start only.
        piece = text[start:end]
        rule = _whole_line_rule(comp, piece, Line(k, 0, len(piece), piece), found.get(k, _NONE))
        if rule is not None:
            hits.append(Hit(rule, start, end))


#: A rest of a line this short (a bracket, a bar) is punctuation, not a shape of its own.
REST_MIN_CHARS = 2


def _glued(page: _Page, title_k: int | None) -> None:
    """Page numbers, chunk markers and copies of the title glued inside article lines."""
    title = page.lines[title_k].text if title_k is not None else None
    skip = set(page.line_hit) | {title_k} if title_k is not None else set(page.line_hit)
    found = [
        # A page number glued mid-word is a PDF/Word conversion's: a converted document's
        # text. In HTML the numbers between Han characters a chain links are the page's own
        # figures (2019年1月4日 … 现有3处 … 容城安新3县 on one encyclopedia page).
        *(glued.page_numbers(page.text) if page.evidence is None else ()),
        *glued.chunk_markers(page.lines),
        *glued.title_stuffing(page.lines, title, skip),
        *glued.title_injections(page.lines, title, skip),
    ]
    first = _first_text_line(page, title_k)
    if first is not None and page.evidence is None:  # in HTML the markup breaks the title off
        refs = [page.lines[k].text for k in range(first) if len(page.lines[k].text) <= GLUED_REF_MAX]
        # Spans already cut where the line opens (a collection entry, 1、…(通用10篇)) are
        # head lines too: the text opens after them.
        ln, opens = page.lines[first], page.lines[first].start
        for hit in sorted(page.inline.get(first, ()), key=lambda h: h.start):
            if hit.start <= opens < hit.end or hit.start == opens:
                refs.append(page.text[hit.start : hit.end])
                opens = hit.end
        copy = glued.glued_title(page.text[opens : ln.end], opens, refs)
        if copy is not None:
            found.append(copy)
    for g in found:
        rule = page.rule(g.rule)
        k = page.index_of(g.start)
        if rule is None or k in page.line_hit:
            continue
        page.inline.setdefault(k, []).append(Hit(rule, g.start, g.end))


#: Head lines longer than this are prose, not a copy of the title to compare with.
GLUED_REF_MAX = 120


def _first_text_line(page: _Page, title_k: int | None) -> int | None:
    """The first line below the title (or the head) that no rule took: where the text opens."""
    for k in range(title_k + 1 if title_k is not None else 0, len(page.lines)):
        if k not in page.line_hit and page.lines[k].text.strip():
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
            # A clause an inline rule of the same kind cut (欢迎阅读…,) goes with its sentence.
            page.inline[k] = [h for h in page.inline.get(k, []) if not _inside(h, hits)] + hits


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
            (m.start(), int((m.lastgroup or "c0")[1:]), m.end())
            for m in cues.finditer(text, ln.start, ln.end, overlapped=True)
        ]
    else:
        found = []
        for s, e in spans:
            if (rule.max_chars is not None and e - s > rule.max_chars) or not any(s <= p < e for p in where):
                continue
            # Within the sentence: a cue is part of the sentence it judges.
            found += [
                (m.start(), int((m.lastgroup or "c0")[1:]), m.end()) for m in cues.finditer(text, s, e, overlapped=True)
            ]
    hits: list[Hit] = []
    # The cue words of the sentence before, when the rule took it on its own cues: the next
    # sentence may carry on its blurb (Rule.continues) if it repeats one of them.
    before: set[str] | None = None
    fi = 0  # cues and sentences are both in text order: one merge pass
    for s, e in spans:
        carried, before = before, None
        while fi < len(found) and found[fi][0] < s:
            fi += 1
        seen: set[int] = set()
        words: set[str] = set()
        first = -1  # where the rule's first cue class (a lead-in's pointer: 下面是…) starts
        earliest = -1  # where any of its cues starts
        while fi < len(found) and found[fi][0] < e:
            seen.add(found[fi][1])
            words.add(text[found[fi][0] : found[fi][2]])
            if found[fi][1] == 0 and first < 0:
                first = found[fi][0]
            earliest = found[fi][0] if earliest < 0 else earliest
            fi += 1
        if not seen or (rule.max_chars is not None and e - s > rule.max_chars):
            continue
        met = rule.cues_met(seen)
        if not met and not (carried is not None and not carried.isdisjoint(words) and rule.continues(seen)):
            continue
        if any(h.start < e and s < h.end and not _clause_of(h, rule, s, e) for h in page.inline.get(k, ())):
            continue  # an inline rule already cut a notice out of this sentence
        # Article text glued in front of the blurb (…大会精神下面是小编…) stays:
        # the hit starts at its first cue. A short label (前言:) goes with it.
        glued = (
            LEAD_IN_TAG in rule.tags and first == earliest and first - s > GLUED_TEXT_MIN and text[first - 1].isalnum()
        )
        hits.append(Hit(rule, first if glued else s, e))
        before = words if met else None
    return hits


def _inside(hit: Hit, hits: list[Hit]) -> bool:
    """Does one of ``hits`` (sorted, not overlapping: one a sentence) hold ``hit``? A binary search."""
    i = bisect_right(hits, hit.start, key=lambda h: h.start) - 1
    return i >= 0 and hit.end <= hits[i].end


def _clause_of(hit: Hit, rule: Rule, s: int, e: int) -> bool:
    """Is ``hit`` a clause of the sentence ``s:e`` that ``rule`` takes whole (the site's
    欢迎阅读…, inside its blurb)? Same kind, inside the sentence; never a truncation
    notice, whose sentence around it is the article cut short."""
    return hit.rule.kind is rule.kind is not Kind.TRUNCATION and s <= hit.start and hit.end <= e


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
        if present:  # most lines hold none of the literals: no rule with literals can match there
            for _, pat in comp.filtered(ln.text, present):
                found.extend(m for m in pat.finditer(text, ln.start, ln.end) if m.end() > m.start())
            for i in comp.candidates(present):
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
