"""The page tail: from the first tail marker late in the page to the end.

A tail marker (相关文章, 推荐访问, 未完…) opens the tail once most of the
article's prose is above it; earlier it takes only the rest of its own line. A
heading of a title list with prose paragraphs under it is a lone heading inside
the article, not the tail, and in HTML the article's prose after a "Related"
box stays. From the marker the engine walks up over chrome, labels, title
repeats and teasers and pulls them into the tail too.
"""

from __future__ import annotations

from .. import lazyre
from ..model import Kind, Line
from ..roles import PROTECTED, role_of
from ..rules import Rule, Scope
from ..rules import structure as st
from ..textshape import CLOSERS, ends_sentence, ends_with_colon, is_body, is_label
from .matching import MD_BLOCK_MARKS, _line_start_match, _per_line
from .page import Hit, _Page

#: A tail marker opens the tail region only once this share of the article's
#: prose is above it; earlier it removes just the rest of its own line.
TAIL_PROSE_SHARE = 0.5
#: Tag of the label rule pulled into the tail above its marker (one of the tags the engine
#: reads: rules are found by what they are, not by their ids).
LABEL_TAG = "label"


def _tail_matches(page: _Page, markdown: bool) -> list[tuple[int, int, int, Rule]]:
    """Each tail rule's match as (line, start, end, rule), in page order. On Markdown text a
    line's block marks are read past, as its reader sees them: ``### 相关文章`` and
    ``## Related Posts`` are the headings; the match then takes the line from its start."""
    comp = page.rules.compiled[Scope.TAIL]
    found = [(k, m.start(), m.end(), comp.rule_of(m)) for k, m in _per_line(page, Scope.TAIL)]
    if not markdown:
        return found
    matched = {k for k, *_ in found}
    literals = page.literals()
    for k, ln in enumerate(page.lines):
        if k in matched or k in page.line_hit or (marks := MD_BLOCK_MARKS.match(ln.text)) is None:
            continue
        bare = ln.text[marks.end() :]
        m = _line_start_match(comp, bare, Line(k, 0, len(bare), bare), literals.get(k, frozenset()))
        if m is not None and m.end() > m.start():
            found.append((k, ln.start, ln.start + marks.end() + m.end(), comp.rule_of(m)))
    found.sort(key=lambda f: (f[0], f[1]))
    return found


def _tail(page: _Page, title_k: int | None, markdown: bool = False) -> None:
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
    for k, m_start, m_end, rule in _tail_matches(page, markdown):
        if k in page.outside:  # outside the article region the markup decides, not the tail
            continue
        late = (seen and prose_before[k] >= threshold and prose_before[k] > 0) or markers
        # A lone "Most popular" heading inside the article, prose under it, is no tail either.
        if late and not (TITLE_LIST_TAG in rule.tags and _prose_follows(page, k)):
            markers.append((k, m_start, rule))
        elif k not in page.line_hit and TAIL_ONLY_TAG not in rule.tags:
            # Too early on the page to be its tail: take the rest of this line only.
            ln = lines[k]
            if m_start == ln.start:
                page.hit_line(k, rule)
                if rule.kind is Kind.RELATED and m_end >= ln.end - 1:
                    _linked_items_under(page, k)
            else:
                page.inline.setdefault(k, []).append(Hit(rule, m_start, ln.end))
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
#: Tag of tail rules that take nothing above the article's end (a tag line: above it, a
#: ``关键词：`` line is a field of the text).
TAIL_ONLY_TAG = "tail-only"
#: That many lines under such a heading must be prose paragraphs to keep them.
TITLE_LIST_PROSE_LINES = 2


def _is_prose_paragraph(line: str) -> bool:
    """Running prose that ends its sentence: a title of a list, or a teaser cut short, is not."""
    s = line.rstrip()
    return is_body(s) and not s.endswith(("…", "...")) and (ends_sentence(s) or _ends_full_stop(s))


_CLOSING = "".join(sorted(CLOSERS))


def _ends_full_stop(text: str) -> bool:
    """Does an English sentence end ``text``: a full stop, closing quotes allowed after it
    (``… helped bring about the New Deal,” says Horowitz. “But …”``), an ellipsis not?
    ``ends_sentence`` leaves the full stop out (``1.`` numbers a Chinese list)."""
    bare = text.rstrip().rstrip(_CLOSING)
    return bare.endswith(".") and not bare.endswith("...")


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


#: In HTML, a line under a lone related heading is one of its teasers when at least this
#: share of its characters is in links (a headline linked whole, a date beside it at most).
RELATED_ITEM_LINK_DENSITY = 0.6


def _linked_items_under(page: _Page, k: int) -> None:
    """In HTML, the teasers of a related heading at line ``k`` that is only itself (early on
    the page, or above prose: a box inside the article): the lines right under it, in its
    container, that are links and not prose paragraphs, are related items. Text alone
    cannot tell such a list from the article's own short lines; its links can."""
    ev = page.evidence
    if ev is None or not ev[k].in_main:
        return
    item = page.rule(st.RELATED_ITEM)
    if item is None:
        return
    for j in range(k + 1, len(page.lines)):
        if j in page.line_hit:
            continue
        b = ev[j]
        if not ev[k].holds(b) or b.link_density < RELATED_ITEM_LINK_DENSITY or _is_prose_paragraph(page.lines[j].text):
            return
        page.hit_line(j, item)


def _region_prose_beyond(page: _Page, marker_k: int, k: int) -> bool:
    """Is line ``k`` a whole prose paragraph of the HTML article region outside the container
    that holds the tail marker at ``marker_k`` (a "Related" box inside the article body)?"""
    ev = page.evidence
    if ev is None or not ev[k].in_main or ev[k].score < TAIL_KEEP_PROSE_SCORE:
        return False
    text = page.lines[k].text.rstrip()
    # A teaser cut mid-sentence (or at "...") is the related block's; an English sentence
    # ends at a full stop, which ``ends_sentence`` leaves out (1. numbers a Chinese list).
    if not (ends_sentence(text) or _ends_full_stop(text)):
        return False
    return not ev[marker_k].holds(ev[k])


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


#: A text page's trailer: below its last paragraph, lines that rules of at least this many
#: different ids took as chrome, footer or related (a share button and a copyright line)...
TRAILER_MIN_RULES = 2
_TRAILER_KINDS = frozenset({Kind.CHROME, Kind.FOOTER, Kind.RELATED})
#: ...make the rest of the page, from the first of them, the site's: the short lines
#: between and after them (Forward by Email, Print, a network's site names) go too.
TRAILER_LINE_MAX = 80


def _trailer(page: _Page) -> None:
    """A text page's trailer: from the first line below the last paragraph that a rule took
    as chrome, footer or related, when rules of two ids or more took lines there, every
    short line to the page's end is the site's (``page.trailer``). Lines above that first
    hit (an article's closing list, its signature) stay, and so do a signature's and a
    date's lines anywhere. Not in HTML: there the markup tells the footer."""
    rule = page.rule(st.TRAILER)
    if rule is None or page.evidence is not None:
        return
    lines = page.lines
    last_body = next(
        (
            k
            for k in range(len(lines) - 1, -1, -1)
            if k not in page.line_hit and is_body(lines[k].text) and not ends_with_colon(lines[k].text)
        ),
        None,
    )  # (a line that introduces a list, "Visit our network of sites:", is no paragraph)
    if last_body is None:
        return
    hits = [
        k
        for k in range(last_body + 1, len(lines))
        if k in page.line_hit and page.line_hit[k].rule.kind in _TRAILER_KINDS
    ]
    if len({page.line_hit[k].rule.id for k in hits}) < TRAILER_MIN_RULES:
        return
    for k in range(hits[0] + 1, len(lines)):
        text = lines[k].text
        if (
            k in page.line_hit
            or k in page.inline
            or k in page.verbatim
            or not text.strip()
            or len(text.strip()) > TRAILER_LINE_MAX
            or role_of(text) in PROTECTED
        ):
            continue
        page.hit_line(k, rule)


#: A last line shorter than this ending in "..." is a writer's trailing off (哈哈...), not a
#: paragraph the site cut.
CUT_END_MIN_CHARS = 40
#: One ellipsis straight after a Chinese character, closing the text: a machine's cut.
#: Chinese writers close with …… (two), and a sentence with its mark (。…) is finished.
_CUT_END = lazyre.compile(r"(?<=\p{Han})(?:\.{3}|…)\s*$")


def _cut_end(page: _Page) -> None:
    """A text page whose last kept line stops mid-sentence with ``...`` was cut by its site
    (a doc site's preview with no notice): the ellipsis goes as ``page.cut-end``, a
    truncation, so the page is flagged. Not when the line above it ends cut too (a list of
    teasers), nor in HTML: there a cut summary at the end of the region is a teaser or a
    read-more box the markup decides."""
    rule = page.rule(st.CUT_END)
    if rule is None or page.evidence is not None:
        return
    for k in range(len(page.lines) - 1, -1, -1):
        ln = page.lines[k]
        text = ln.text.strip()
        if k in page.line_hit or not text:
            continue
        if len(text) < CUT_END_MIN_CHARS or k in page.verbatim:  # code's ``...`` is code
            return
        m = _CUT_END.search(ln.text)
        if m is None:
            return
        start, end = ln.start + m.start(), ln.start + m.end()
        if any(h.start < end and start < h.end for h in page.inline.get(k, ())) or _cut_above(page, k):
            return
        page.inline.setdefault(k, []).append(Hit(rule, start, end))
        return


def _cut_above(page: _Page, k: int) -> bool:
    """Does the kept line above line ``k`` end cut too? Then the two are teasers of a list
    (each summary cut), not the article's text cut once at its end."""
    for j in range(k - 1, -1, -1):
        text = page.lines[j].text.strip()
        if j in page.line_hit or not text:
            continue
        return _CUT_END.search(text) is not None
    return False
