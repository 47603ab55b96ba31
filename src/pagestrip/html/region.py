"""The article region: which containers hold the prose the page exists for.

Readability's idea adapted to Chinese pages: container scores (prose spread up
the tree, tag priors, class/id words, scaled by link density) pick the best
candidate; the region then grows to an ancestor holding several near-best
candidates or a parent that scores higher, and takes in siblings and repeated
posts. :func:`_mark` sets each block's ``in_main``, keeps or drops its chrome
``hint`` inside the region, and records why (``Block.why``); a recall guard
keeps prose outside a region that holds too little of the page's.
"""

from __future__ import annotations

import regex

from .. import lazyre
from .comments import CommentLists, declares_thread
from .elements import _HEADINGS
from .evidence import _TAG_HINT, BIO
from .feeds import TEASER_MIN_ITEMS_BELOW_STORY, TEASER_SIBLING_SHARE, TeaserLists, feed_factors
from .nodes import Block, HtmlPage, _Nodes
from .prose import MIN_PROSE_CJK, PROSE_MAX_LINK_DENSITY
from .threads import is_thread, keep_listed_replies, keep_replies

#: Alternative candidates within this share of the best one pull the region up to an
#: ancestor holding several of them (an article split over sibling containers).
ALT_SHARE = 0.75
ALT_MIN = 3
ALT_TOP = 5
#: ... but only an ancestor this few levels up: higher, it is the page layout holding the
#: article and a feed of teasers that happen to score as well.
ALT_LEVELS = 3
#: Walking up from the best candidate stops where the parent scores below this share of it.
PARENT_STOP_SHARE = 1 / 3
#: A parent whose own paragraphs score this share of the best candidate's own is the article's
#: too: the story starts in it and goes on in the candidate.
PARENT_DIRECT_SHARE = 0.2
#: Siblings join the region above this share of the best score (and at least SIBLING_MIN).
SIBLING_SHARE = 0.2
SIBLING_MIN = 10.0
#: A repeated structure (forum posts, section wrappers) is looked for this many levels up.
REPEAT_LEVELS = 7
#: A post repeated away from the region (not a sibling) joins it when it scores at least this
#: share of the best candidate: another answer of a Q&A page, not a teaser that reuses a class.
DISTANT_REPEAT_SHARE = 0.2
#: ... and only as a list: this many such posts on the page, the region's own counted (one box
#: that shares the article's class, a postscript or an app promotion, is not a thread).
DISTANT_REPEAT_MIN = 3
#: ... looked for on the best candidate and its parent only: the post's own text box. Higher
#: up the shared classes are the page grid's (``div.row``, ``elementor-column-wrap``).
DISTANT_REPEAT_LEVELS = 2
#: A gallery below the region root (or anywhere on the page) holding at least this share of
#: the root's (the page's) prose is the article told in slides (a slideshow story: the region
#: has hardly any prose besides them), not captions. A news gallery or a recipe carousel beside
#: a story holds less (0.74-0.79 on the corpus pages that have one), however long its captions are.
MEDIA_PROSE_SHARE = 0.9
#: A hint container inside the region holding at least this share of the region root's
#: prose is part of the article whatever its class says (``#read-more-content`` holds the
#: rest of the story): class words weigh, never veto.
HINT_PROSE_SHARE = 0.35
#: Inside the region these words remove a sub-container's short lines but not its prose: an
#: article's own header, a "more" box or a recipe card's "header" class hold real paragraphs,
#: while comments, related lists, share bars and footers are chrome even when they are prose.
_WEAK_IN_REGION = frozenset(
    {
        "header",
        "bottom",
        "more",
        "position",
        "location",
        "side",
        "hot",
        "rank",
        "download",
        "xiazai",
        "search",
        "toolbar",
        "banner",
        "copy",
        "prev",
        "next",
        "tag",
        "tags",
        "foot",
        "page",
        "pager",
        "popup",
        "modal",
    }
)
#: An editor/author/source/time container inside the region gives ``metadata`` only for
#: lines up to this long; longer text in it is the article's (CMS body editors are named
#: ``TRS_Editor``).
METADATA_MAX_CHARS = 60
#: Candidates near the heading the page names as its title (inside its ancestor this many
#: levels up) have their score multiplied by TITLE_NEAR_BOOST: the article is where its
#: title is, a recommendation feed with longer teasers is not.
TITLE_NEAR_LEVELS = 4
#: ... when the title is a main heading: an h3 that repeats the title sits in a teaser list.
TITLE_NEAR_TAGS = frozenset({"h1", "h2"})
#: The title's text may sit in wrappers inside its heading (``<h1><div><span>title``): the
#: heading is looked for this many levels above the title's block.
TITLE_HEADING_LEVELS = 3
TITLE_NEAR_BOOST = 2.0
#: The title's own story wins over a longer one under another ``h1`` (see :func:`_title_story`)
#: when it has this many characters of prose: a paragraph, not a caption.
TITLE_STORY_MIN_PROSE = 100
#: Without a title heading, the paragraph holding the first LEAD_MATCH_CHARS characters of
#: the meta description anchors the region as the heading would (see :func:`_lead_block`).
LEAD_MATCH_CHARS = 24
#: The best paragraph of the best candidate's own text stands for the article unless it
#: scores below this share of the page's best paragraph (then the candidate won on class
#: words, and the page's best paragraph says more about where the content is).
HOME_BEST_SHARE = 0.5
#: Recall guard: if the region holds less than this share of the page's prose, prose
#: outside it is kept too (the region picked is probably only part of the article).
RECALL_MIN_SHARE = 0.5
#: Prose kept by the recall guard must be this many times the prose minimum, and must not
#: sit in a list of teasers (see :class:`.feeds.TeaserLists`).
RECALL_BLOCK_FACTOR = 3
#: A line this short naming the site's rights (©, 版权所有, ICP备, All rights reserved),
#: below the region, is the site's footer line; the containers up to :data:`FOOTER_LEVELS`
#: above it that start below the region are the footer, whose other prose (a trademark
#: note, an "about us") the recall guard leaves out on a page without ``class="footer"``.
#: Above the region a © line is no footer: a gallery prints its welcome and terms of use
#: beside it.
FOOTER_LINE_MAX_CHARS = 200
FOOTER_LEVELS = 3
_RIGHTS = lazyre.compile(
    r"©|\(c\)\s*\d{4}|copyright|版权所有|版權所有|all rights reserved|ICP备|ICP證|ICP证|公网安备|公網安備",
    regex.IGNORECASE,
)


def _find_region(page: HtmlPage, nodes: _Nodes, title: int | None = None) -> None:
    """Mark the blocks of the article region (``in_main``) and say why (``evidence``)."""
    blocks = page.blocks
    if not nodes.tag or not blocks:
        return
    _mark_counted_slides(nodes, blocks, blocks[title].node if title is not None else -1)
    # In a gallery: the node or an ancestor is one (pre-order: a parent comes first). A
    # "gallery" holding nearly all the page's prose is the article told in slides, and one
    # holding the title's heading is the story's frame (a page laid out as one slide of a
    # ``content-slider``), not pictures beside it.
    page_prose = max(nodes.prose, default=0)
    title_node = blocks[title].node if title is not None else -1
    in_media = [
        m and nodes.prose[i] < MEDIA_PROSE_SHARE * page_prose and not (title_node >= 0 and nodes.inside(title_node, i))
        for i, m in enumerate(nodes.media)
    ]
    for i in range(len(in_media)):
        if not in_media[i] and nodes.parent[i] >= 0 and in_media[nodes.parent[i]]:
            in_media[i] = True
    scored = [i for i in range(len(nodes.tag)) if nodes.content[i] > 0 and not in_media[i]] or [
        i for i in range(len(nodes.tag)) if nodes.content[i] > 0
    ]
    if not scored:
        for b in blocks:  # no prose anywhere: nothing to choose between, keep the old judges
            b.in_main = b.hint is None
        return
    final = {i: nodes.score(i) for i in scored}
    thread = is_thread(nodes)
    feed = feed_factors(nodes, thread)
    for i in scored:
        final[i] *= feed[i]
    heading = _title_heading(nodes, blocks[title].node) if title is not None else None
    if heading is None and (lead := _lead_block(page)) is not None:
        # Beside a rights line the description is the site's, printed again in its footer.
        heading = None if _by_rights_line(page, nodes, lead) else lead
    if heading is not None:
        near = _box_above(nodes, heading, TITLE_NEAR_LEVELS)
        for i in scored:
            if nodes.inside(i, near) and final[i] > 0 and not _in_other_form(nodes, i, heading):
                final[i] *= TITLE_NEAR_BOOST
    ranked = sorted(scored, key=lambda i: (-final[i], i))
    top = first = ranked[0]
    why = "best score"
    # The title's story beside a longer one under its own h1: the other story's box is
    # neither the region nor prose the recall guard may take back.
    other_story = _title_story(nodes, blocks, heading, near, ranked) if heading is not None else None
    if other_story is not None:
        top = first = other_story[0]
        why = "the title's story (the best candidate is another story, under its own h1)"
    # Several near-best candidates under one ancestor: the article is split over them.
    alts = _alternatives(nodes, top, ranked[1:ALT_TOP], final)
    if len(alts) >= ALT_MIN:
        p = nodes.parent[top]
        for _ in range(ALT_LEVELS):
            if p < 0 or nodes.tag[p] in ("body", "html"):
                break
            if sum(1 for a in alts if nodes.inside(a, p)) >= ALT_MIN:
                top, why = p, "holds several near-best candidates"
                break
            p = nodes.parent[p]
    # Grow to a parent that scores higher, while the parents stay close.
    final.setdefault(top, nodes.score(top))
    last = final[top]
    p = nodes.parent[top]
    while p >= 0 and nodes.tag[p] not in ("body", "html"):
        if other_story is not None and nodes.inside(other_story[1], p):
            break  # the parent holding both stories scores for the other one's prose
        if p not in final:
            p = nodes.parent[p]
            continue
        if final[p] < last * PARENT_STOP_SHARE:
            break
        if final[p] > last:
            top, why = p, "parent scores higher"
            break
        last = final[p]
        p = nodes.parent[p]
    # A parent that holds a good part of the article's paragraphs itself: the story runs in
    # it and goes on in a child box (a continuation revealed by a "read more" toggle).
    # Only its paragraphs above the candidate count: an author's note or a feed's blurbs
    # after the story are the parent's too, and are no beginning of the story.
    p = nodes.parent[top]
    if (
        p >= 0
        and nodes.tag[p] not in ("body", "html")
        and nodes.density(p) < PROSE_MAX_LINK_DENSITY
        and sum(b.score for b in blocks if b.node < top and (b.node == p or nodes.parent[b.node] == p))
        >= PARENT_DIRECT_SHARE * nodes.direct[top]
        > 0
    ):
        top, why = p, "parent holds paragraphs of its own"
    # An only child stands for its parent.
    p = nodes.parent[top]
    while p >= 0 and nodes.tag[p] not in ("body", "html") and len(nodes.children(p)) == 1:
        top, p = p, nodes.parent[p]
    teasers = TeaserLists(nodes, blocks)
    roots = _siblings(nodes, top, final, teasers)
    roots = _repeats(nodes, top, roots, final)
    roots = _distant_repeats(nodes, top, roots, final)
    # The best paragraph of the container, inside the best candidate, whose own paragraphs
    # score best (not the page's single best paragraph: one long reader comment below the
    # story would make "comment" a layout word and keep every comment).
    home = max(
        (i for i in scored if nodes.inside(i, first)),
        key=lambda i: (nodes.direct[i] * (1.0 - nodes.density(i)), -i),
        default=first,
    )

    values = [0.0 if in_media[b.node] else b.score for b in blocks]
    # An author's bio box is no paragraph of the story, though on a short post it scores best.
    bios = [k for k, b in enumerate(blocks) if b.hint_word == BIO and values[k]]
    if bios and any(v and b.hint_word != BIO for v, b in zip(values, blocks, strict=True)):
        for k in bios:
            values[k] = 0.0

    def best_in(box: int) -> int:
        """The first of the best-scoring blocks inside ``box``, galleries' not counted (the
        page's first block when none scores)."""
        lo, hi = box, nodes.last[box]
        best, best_value = 0, values[0] if lo <= blocks[0].node <= hi else 0.0
        for k in range(1, len(blocks)):
            if values[k] > best_value and lo <= blocks[k].node <= hi:
                best, best_value = k, values[k]
        return best

    best_block = best_in(home)
    overall = best_in(0)
    if blocks[best_block].score < HOME_BEST_SHARE * blocks[overall].score:
        best_block = overall  # a candidate of class words, hardly a paragraph of its own
    best_node = blocks[best_block].node
    others = (other_story[1],) if other_story is not None else ()
    roots = [r for r in roots if not any(nodes.inside(n, r) or nodes.inside(r, n) for n in others)] or [top]
    _mark(page, nodes, roots, best_node, final.get(top, 0.0), why, thread, teasers, others)


def _title_story(
    nodes: _Nodes, blocks: list[Block], heading: int, near: int, ranked: list[int]
) -> tuple[int, int] | None:
    """The best candidate near the title's heading when the best of all is another story's:
    it sits below an ``h1`` of its own, in a box that does not hold the title (the next
    story of an endless-scroll page, a recommended story printed whole, longer than the
    page's own short one), and the other story's box. None when the best candidate has no
    such heading (an ``h1`` inside the story, a section of a post, heads nothing outside
    it), or the title's story has less than TITLE_STORY_MIN_PROSE characters of prose."""
    best = ranked[0]
    if best < heading or nodes.inside(best, heading):
        return None
    other = None
    for j in range(nodes.last[heading] + 1, best):
        if nodes.tag[j] == "h1" and (other := _story_box(nodes, blocks, j, best, heading)) is not None:
            break
    if other is None:
        return None
    own = next(
        (i for i in ranked if nodes.inside(i, near) and not nodes.inside(i, other) and not nodes.inside(other, i)),
        None,
    )
    return (own, other) if own is not None and nodes.prose[own] >= TITLE_STORY_MIN_PROSE else None


def _story_box(nodes: _Nodes, blocks: list[Block], h: int, candidate: int, title: int) -> int | None:
    """The box a few levels above heading ``h`` (up to TITLE_HEADING_LEVELS + 1) that holds
    ``candidate`` and not the title's heading, with no prose before ``h``: ``h`` heads the
    candidate's story. None when no such box: ``h`` heads a section of a story or a box
    inside one (a "Read more" h1 under the story's first paragraphs), or the story is the
    title's."""
    box = h
    for _ in range(TITLE_HEADING_LEVELS + 1):
        box = nodes.parent[box]
        if box < 0 or nodes.inside(title, box):
            return None
        if nodes.inside(candidate, box):
            break
    else:
        return None
    for b in blocks:
        if nodes.inside(b.node, h):
            return box
        if b.score and nodes.inside(b.node, box):
            return None  # the box's prose starts above h: h heads no story of its own
    return None


#: A slideshow's counter at the start of a slide's line: ``1/50``, ``12 / 50``, ``3 of 12``.
_SLIDE_COUNTER = lazyre.compile(r"(\d{1,3})\s*(?:/|of)\s*(\d{1,3})(?!\d)")
#: A gallery found by its counters needs this many slides of one count numbered.
SLIDES_MIN = 3
#: The word a gallery found by its counters is reported with (``Block.hint_word``).
SLIDE_COUNTER_WORD = "slide counter"


def _mark_counted_slides(nodes: _Nodes, blocks: list[Block], title_node: int) -> None:
    """A slideshow whatever its class words: lines that open with a counter of one total
    (``1/50`` … ``50/50``, at least SLIDES_MIN of them) are its slides, and the smallest
    container holding them all is a gallery (``nodes.media``), as ``class="gallery"`` makes
    one: its captions are no article unless it holds nearly all the page's prose. Not a
    container that holds the title: the story itself counts its parts there."""
    counted: dict[int, dict[int, int]] = {}  # total -> number -> the slide's node
    for b in blocks:
        if not b.text[:1].isdigit():
            continue
        m = _SLIDE_COUNTER.match(b.text)
        if m is not None and 1 <= int(m.group(1)) <= int(m.group(2)):
            counted.setdefault(int(m.group(2)), {}).setdefault(int(m.group(1)), b.node)
    for slides in counted.values():
        if len(slides) < SLIDES_MIN:
            continue
        members = list(slides.values())
        box = members[0]
        while box >= 0 and not all(nodes.inside(n, box) for n in members):
            box = nodes.parent[box]
        if box < 0 or nodes.tag[box] in ("body", "html") or (title_node >= 0 and nodes.inside(title_node, box)):
            continue
        nodes.media[box] = True
        for b in blocks:
            if b.hint is None and nodes.inside(b.node, box):
                b.hint, b.hint_node, b.hint_word = "chrome", box, SLIDE_COUNTER_WORD


def _alternatives(nodes: _Nodes, top: int, ranked: list[int], final: dict[int, float]) -> list[int]:
    """The near-best candidates (ALT_SHARE of the best's score) that are other containers: not
    the best's own wrapper nor a part of it (the same text scored again), and one per subtree
    (a comment and its body are one candidate). Counted twice, a story's wrapper and one long
    comment with its body made three and pulled the comments into the region."""
    out: list[int] = []
    for i in ranked:
        if final[i] < ALT_SHARE * final[top] or nodes.inside(top, i) or nodes.inside(i, top):
            continue
        if any(nodes.inside(i, a) or nodes.inside(a, i) for a in out):
            continue
        out.append(i)
    return out


def _lead_block(page: HtmlPage) -> int | None:
    """The node of the paragraph that holds the opening of the page's meta description
    (LEAD_MATCH_CHARS characters of its longest stretch), or None: where no heading
    names the title, the description says where the story starts (a short post has none;
    the longer recommended story under it outscored it). A site-wide description printed in
    the footer sits by its rights line, and the caller leaves it (:func:`_by_rights_line`).
    English descriptions rarely hold a LEAD_MATCH_CHARS stretch without a space: this serves
    CJK pages."""
    description = page.meta.get("og:description") or page.meta.get("description") or ""
    # Its longest stretch without a space: a post's hashtags and brackets before it are
    # lines of their own on the page.
    stretch = max(description.split(), key=len, default="")
    if len(stretch) < LEAD_MATCH_CHARS:
        return None
    opening = stretch[:LEAD_MATCH_CHARS]
    for b in page.blocks:
        if b.score and opening in b.text:
            return b.node
    return None


def _box_above(nodes: _Nodes, node: int, levels: int) -> int:
    """The container ``levels`` above ``node``, or the highest one below ``<body>`` on the way."""
    box = node
    for _ in range(levels):
        up = nodes.parent[box]
        if up < 0 or nodes.tag[up] in ("body", "html"):
            break
        box = up
    return box


def _by_rights_line(page: HtmlPage, nodes: _Nodes, node: int) -> bool:
    """Does a short rights line (©, 版权所有, ICP备) sit in a box up to FOOTER_LEVELS above
    ``node``: is ``node`` in the site's footer?"""
    box = _box_above(nodes, node, FOOTER_LEVELS)
    return any(nodes.inside(b.node, box) and _rights_line(b) for b in page.blocks)


def _rights_line(b: Block) -> bool:
    """Is ``b`` a short line naming the site's rights (©, 版权所有, ICP备, All rights reserved)?"""
    return len(b.text) <= FOOTER_LINE_MAX_CHARS and _RIGHTS.search(b.text) is not None


def _title_heading(nodes: _Nodes, node: int) -> int | None:
    """The main heading (h1/h2) that is the title's block or holds it a few wrappers up
    (TITLE_HEADING_LEVELS), or None: a title in a ``div`` outside any heading is no anchor."""
    for _ in range(TITLE_HEADING_LEVELS + 1):
        if node < 0:
            return None
        if nodes.tag[node] in TITLE_NEAR_TAGS:
            return node
        node = nodes.parent[node]
    return None


def _in_other_form(nodes: _Nodes, i: int, heading: int) -> bool:
    """Whether candidate ``i`` sits in a ``<form>`` that does not hold the title's heading: a
    comment, reply or login box beside the article, whose instructions are prose near the
    title but not the article. A form around the heading wraps the whole page (ASP.NET)."""
    j = nodes.parent[i]
    while j >= 0:
        if nodes.tag[j] == "form":
            return not nodes.inside(heading, j)
        j = nodes.parent[j]
    return False


def _siblings(nodes: _Nodes, top: int, final: dict[int, float], teasers: TeaserLists) -> list[int]:
    """The best candidate and the siblings that score well or share its class, unless they
    are mostly lists of teasers (a feed beside the story, however well its summaries score)."""
    parent = nodes.parent[top]
    if parent < 0:
        return [top]
    top_score = final.get(top, 0.0)
    threshold = max(SIBLING_MIN, top_score * SIBLING_SHARE)
    out = []
    for s in nodes.children(parent):
        if s == top:
            out.append(s)
            continue
        if nodes.hint[s] is not None:  # a footer/nav/aside or a chrome-named box beside the article
            continue
        bonus = top_score * SIBLING_SHARE if nodes.sig(s) and nodes.sig(s) == nodes.sig(top) else 0.0
        if s in final and final[s] + bonus >= threshold and teasers.prose_in(s) < TEASER_SIBLING_SHARE * nodes.prose[s]:
            out.append(s)
    return out


def _repeats(nodes: _Nodes, top: int, roots: list[int], final: dict[int, float]) -> list[int]:
    """Up to REPEAT_LEVELS above the best candidate, siblings that repeat an ancestor's
    structure (same tag, class and id up to digits) and hold prose are part of the region:
    the posts of a forum thread, the section wrappers of a long article."""
    a = top
    for _ in range(REPEAT_LEVELS):
        p = nodes.parent[a]
        if p < 0 or nodes.tag[p] in ("body", "html"):
            break
        sig = nodes.sig(a)
        if sig:
            same = [
                s
                for s in nodes.children(p)
                if s != a
                and nodes.sig(s) == sig
                and nodes.prose[s] > 0
                and (nodes.density(s) < PROSE_MAX_LINK_DENSITY or _next_section(nodes, a, s))
            ]
            if same:
                if len(same) >= SHORT_POSTS_AMONG:  # a list of posts: its short ones too
                    same += [
                        c
                        for c in nodes.children(p)
                        if c != a
                        and not nodes.prose[c]
                        and nodes.chars[c]
                        and nodes.sig(c) == sig
                        and nodes.density(c) < PROSE_MAX_LINK_DENSITY
                    ]
                return sorted({a, *same, *(r for r in roots if not nodes.inside(r, a))})
        a = p
    return roots


#: Siblings repeating the region's structure with prose, this many or more, are a list of
#: posts: the siblings of that structure with text too short to be prose (一样的经历！) are
#: its short replies, and join the region too.
SHORT_POSTS_AMONG = 2


def _outer_hint(nodes: _Nodes, n: int) -> int:
    """The nearest container above ``n`` whose words give a kind other than ``metadata`` (-1: none)."""
    i = nodes.parent[n]
    while i >= 0 and nodes.hint[i] in (None, "metadata"):
        i = nodes.parent[i]
    return i


def _next_section(nodes: _Nodes, a: int, s: int) -> bool:
    """Is ``s`` a later section of an article cut into headed section wrappers, as ``a`` is?
    Both open with a heading and ``s`` comes after ``a``: a closing "References" or "Further
    reading" section (``<div class="outline-2"><h2>4 References</h2>…``) is mostly links and
    still the article's. A link box beside the article that shares its wrapper opens with no
    heading, or stands before it."""
    return s > a and _opens_with_heading(nodes, a) and _opens_with_heading(nodes, s)


def _opens_with_heading(nodes: _Nodes, n: int) -> bool:
    """Is the first container inside ``n`` (pre-order) a heading?"""
    return n + 1 <= nodes.last[n] and nodes.tag[n + 1] in _HEADINGS


def _distant_repeats(nodes: _Nodes, top: int, roots: list[int], final: dict[int, float]) -> list[int]:
    """Posts of the same kind elsewhere on the page: a Q&A page prints its first answer in one
    card and the others in a second list ("more answers"), so the answers are not siblings.
    The best candidate or its parent (DISTANT_REPEAT_LEVELS), the first whose signature (tag and
    classes, see ``_Nodes.sig``) recurs outside the region on containers that hold prose, with
    low link density, scoring like a post (≥ DISTANT_REPEAT_SHARE of the best candidate, at
    least SIBLING_MIN), DISTANT_REPEAT_MIN of them on the page counting the region's own:
    those outside join the region. A teaser list that reuses the article's class holds short
    items that score far below it; one box with the article's class is not a thread."""
    threshold = max(SIBLING_MIN, DISTANT_REPEAT_SHARE * final.get(top, 0.0))
    a = top
    n = len(nodes.tag)
    for _ in range(DISTANT_REPEAT_LEVELS):
        if a < 0 or nodes.tag[a] in ("body", "html"):
            break
        sig = nodes.sig(a)
        if "." in sig:  # a class names the kind of post; an id-only slot (ContentPane45) does not
            inside: list[int] = [a]
            outside: list[int] = []
            j = 0
            while j < n:  # pre-order: a subtree is j .. last[j]
                if j == a:
                    j = nodes.last[j] + 1
                    continue
                if (
                    nodes.prose[j]
                    and not nodes.inside(a, j)
                    and nodes.sig(j) == sig
                    and nodes.density(j) < PROSE_MAX_LINK_DENSITY
                    and nodes.score(j) >= threshold
                ):
                    (inside if any(nodes.inside(j, r) for r in roots) else outside).append(j)
                    j = nodes.last[j] + 1  # its own descendants are part of it
                    continue
                j += 1
            if outside and len(inside) + len(outside) >= DISTANT_REPEAT_MIN:
                return sorted({*roots, *outside, *_short_posts(nodes, sig, outside, roots)})
        a = nodes.parent[a]
    return roots


def _short_posts(nodes: _Nodes, sig: str, posts: list[int], roots: list[int]) -> list[int]:
    """The thread's short posts: containers of the posts' signature between its first post and
    its last, with text but too little to score as a post (一样的经历！, +1). The thread is
    known by its long posts; a short reply among them is a reply all the same."""
    first = min(min(posts), min(roots))
    end = max(nodes.last[j] for j in posts)
    return [
        c
        for c in range(first, end + 1)
        if nodes.sig(c) == sig
        and c not in posts
        and nodes.chars[c]
        and nodes.density(c) < PROSE_MAX_LINK_DENSITY
        and not any(nodes.inside(c, r) for r in roots)
    ]


def _mark(
    page: HtmlPage,
    nodes: _Nodes,
    roots: list[int],
    best_node: int,
    top_score: float,
    why: str,
    thread: bool,
    teasers: TeaserLists,
    other_stories: tuple[int, ...] = (),
) -> None:
    """Set each block's ``in_main``, ``hint`` and ``why``; ``other_stories``: their boxes,
    whose prose the recall guard never takes back."""
    blocks = page.blocks
    roots = sorted(roots)
    # Words of the containers around the best paragraph name this page's content (a forum's
    # posts sit in "comment" boxes): inside the region they are layout, not chrome.
    layout_words: set[str] = set()
    i = best_node
    while i >= 0:
        word = nodes.hint_word[i]
        if word is not None and nodes.tag[i] not in _TAG_HINT:
            layout_words.add(word)
        i = nodes.parent[i]
    total_prose = 0
    region_prose = 0
    # A hint box holding much of its root's prose is the article's. In a root that does not
    # hold the best paragraph it is measured against the whole region: a sidebar in a second
    # ``div.item`` that repeats the article's wrapper holds most of that wrapper's prose, but
    # little of the region's.
    region_size = sum(nodes.prose[r] for r in roots)
    group_prose: dict[int, int] = {}

    def media_prose(n: int) -> int:
        """The prose of gallery ``n`` and of the galleries beside it: a story told in several
        slides (one ``gallery-section`` per item) is measured whole, not slide by slide."""
        if n not in group_prose:
            p = nodes.parent[n]
            group = [c for c in nodes.children(p) if nodes.media[c]] if p >= 0 else [n]
            total = sum(nodes.prose[c] for c in group)
            group_prose.update(dict.fromkeys(group, total))
            group_prose.setdefault(n, total)
        return group_prose[n]

    # The root each node is in (-1: none), the first of the sorted roots that holds it.
    root_of = [-1] * len(nodes.tag)
    for r in reversed(roots):
        root_of[r : nodes.last[r] + 1] = [r] * (nodes.last[r] + 1 - r)
    for b in blocks:
        root = root_of[b.node]
        if b.score:
            total_prose += len(b.text)
        if root < 0:
            b.in_main = False
            b.why = ("outside", roots[0], top_score)
            continue
        b.in_main = True
        if b.score:
            region_prose += len(b.text)
        if b.hint == "metadata" and len(b.text) > METADATA_MAX_CHARS:
            # A byline box holds a short line; long text there is prose (TRS_Editor), but
            # in an author's bio box it is the note about the writer, and in a byline box
            # inside a footer (``story-footer/story-meta``) it is the footer's.
            if b.hint_word == BIO:
                b.hint = BIO
            elif (outer := _outer_hint(nodes, b.hint_node)) >= 0:
                b.hint, b.hint_node, b.hint_word = nodes.hint[outer], outer, nodes.hint_word[outer]
            else:
                b.hint = None
        if b.hint_node > root and nodes.media[b.hint_node]:
            if media_prose(b.hint_node) >= MEDIA_PROSE_SHARE * nodes.prose[root]:
                b.hint = None  # the story told in slides: the slides are the article
            # else a gallery below the region root: its captions are not the article
        elif b.hint is not None and (
            b.hint_word in layout_words
            or b.hint_node <= root
            or nodes.inside(best_node, b.hint_node)
            or (
                # a bio box under the story is the writer's note however long the story is
                not (b.hint == BIO and b.hint_node > best_node)
                and nodes.prose[b.hint_node]
                >= HINT_PROSE_SHARE * (nodes.prose[root] if nodes.inside(best_node, root) else region_size)
                > 0
            )
        ):
            b.hint = None  # the region root's (or an ancestor's) words are layout
        elif b.hint is not None and b.score and b.hint_word in _WEAK_IN_REGION:
            b.hint = None  # a weak word does not take a paragraph of the region
        b.why = ("region", root, why) if b.hint is None else ("hint-in",)
    declared = thread or declares_thread(page.meta, blocks)
    if declared:
        keep_replies(blocks)  # named reply boxes: a thread's posts, whichever sign said so
    # A comment list found by its shape: on a page that is no thread by any sign, the
    # lists under the best paragraph are chrome, and the recall guard leaves them out; on
    # a thread they are its replies.
    box = nodes.parent[best_node] if nodes.tag[best_node] in _PARAGRAPH_TAGS else best_node
    after = nodes.last[box] if box >= 0 else nodes.last[best_node]
    lists = CommentLists(nodes, blocks, after)
    comments: CommentLists | None = None
    if declared:
        keep_listed_replies(blocks, lists, teasers)  # a thread's replies: the same shape, content
    else:
        comments = lists
        _comments_in_region(nodes, blocks, best_node, after, comments)
    _teasers_in_region(nodes, blocks, best_node)
    end = max(nodes.last[r] for r in roots)
    # The guard weighs the region against the prose it could take back: a sidebar's or a
    # footer's prose, named by its box, was never the article's, so it does not make the
    # region look small (a comment section pulled back in because the menus hold prose).
    # Unnamed prose outside first: the boxes the guard leaves out only lower it, so on most
    # pages (the region holds over half of it) the costlier tests below never run.
    candidates = [
        b
        for b in blocks
        if not b.in_main and b.score and b.hint is None and not any(nodes.inside(b.node, n) for n in other_stories)
    ]
    if not total_prose or region_prose >= RECALL_MIN_SHARE * (region_prose + sum(len(b.text) for b in candidates)):
        candidates = []
    if candidates:
        apart = _footer_boxes(page, nodes, end)
        candidates = [
            b
            for b in candidates
            if not teasers.holds(b.node)
            and not any(nodes.inside(b.node, n) for n in apart)
            and not (comments is not None and b.node > end and comments.holder(b.node) >= 0)
        ]
    outside = sum(len(b.text) for b in candidates)
    if candidates and region_prose < RECALL_MIN_SHARE * (region_prose + outside):
        floor = RECALL_BLOCK_FACTOR * MIN_PROSE_CJK
        for b in candidates:
            if len(b.text) >= floor:
                b.in_main = True
                b.why = ("recall", region_prose, total_prose)
    for b in blocks:
        if not b.in_main and b.hint is not None:
            b.why = ("hint-out",)


#: Tags of a paragraph: the best paragraph's own box is its parent.
_PARAGRAPH_TAGS = frozenset({"p", "li", "blockquote", *_HEADINGS})
#: The word a comment list found by its shape is reported with (``Block.hint_word``).
COMMENT_LIST_WORD = "dated list"


def _comments_in_region(nodes: _Nodes, blocks: list[Block], best_node: int, after: int, comments: CommentLists) -> None:
    """Blocks of the region below the best paragraph's box (below node ``after``), in a
    signed comment list that does not hold the best paragraph, are chrome: a story's comment
    section taken into the region with it (the region grew to a wrapper holding both). A
    list of dated boxes without signatures is a live blog's, a changelog's or a timeline's."""
    for b in blocks:
        if not b.in_main or b.hint is not None or b.node <= after:
            continue
        holder = comments.holder(b.node, sparing=best_node, signed=True)
        if holder >= 0:
            b.hint, b.hint_node, b.hint_word, b.why = "chrome", holder, COMMENT_LIST_WORD, ("hint-in",)


#: The word a list of teasers found by its shape is reported with (``Block.hint_word``).
TEASER_LIST_WORD = "teaser list"
#: A list of teasers below the story holding at most this share of the region's prose is a
#: box of other stories; more, it is what the page lists (a product page's features, each a
#: linked name over a line about it).
TEASERS_IN_REGION_SHARE = 0.35


def _teasers_in_region(nodes: _Nodes, blocks: list[Block], best_node: int) -> None:
    """Blocks of the region below the best paragraph in a list of teasers (linked headlines
    over summaries, see :class:`.feeds.TeaserLists`; three make one here, each opening with
    its headline) that does not hold
    the best paragraph, and holds a small part of the region's prose, are related: a
    "Related posts" box a plugin appends inside the post's body, whatever its classes. A
    listicle whose items are the article holds the best paragraph, and a page that lists
    its products or tools holds most of its prose in the list: both stay."""
    teasers = TeaserLists(nodes, blocks, TEASER_MIN_ITEMS_BELOW_STORY, headline_first=True)
    region_prose = sum(len(b.text) for b in blocks if b.in_main and b.score)
    for b in blocks:
        if not b.in_main or b.hint is not None or b.node <= best_node:
            continue
        holder = teasers.list_of(b.node)
        if (
            holder >= 0
            and not nodes.inside(best_node, holder)
            and nodes.prose[holder] <= TEASERS_IN_REGION_SHARE * region_prose
        ):
            b.hint, b.hint_node, b.hint_word, b.why = "related", holder, TEASER_LIST_WORD, ("hint-in",)


def _footer_boxes(page: HtmlPage, nodes: _Nodes, below: int) -> list[int]:
    """The containers whose prose the recall guard leaves out, whatever their class words:
    the site's footer, the boxes a few levels above a short rights line below the region
    (below node ``below``, the region's last).

    A page that names its footer (``class="copyright"``) already gave it a hint; this is the
    same box on a page whose class names say nothing. (A ``<form>`` outside the region, a
    comment box's guidelines, has its tag's hint.)
    """
    apart = []
    for b in page.blocks:
        if b.node <= below or not _rights_line(b):
            continue
        n = b.node
        for _ in range(FOOTER_LEVELS):
            up = nodes.parent[n]
            if up <= below or nodes.tag[up] in ("body", "html"):
                break
            n = up
        apart.append(n)
    return apart
