"""The page's structure: a table of contents, and the HTML evidence for each line.

A 目录 heading takes the numbered headings listed under it. For HTML input the
markup decides what no text rule took: lines outside the article region, in a
chrome container (by its kind) or in a link list go (:func:`_structure`), a
site's ``dom`` rules take its template boxes by their DOM path (:func:`_dom`),
the lines of a ``<pre>`` in the region are verbatim (:func:`_verbatim`), and a "read
more" control over text that is on the page is chrome, not truncation
(:func:`_controls`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from .. import lazyre
from ..model import Kind
from ..rules import structure as st
from ..textshape import ends_with_colon, is_body
from .page import Hit, _Page

if TYPE_CHECKING:  # the engine needs html's Block only as a type
    from ..html import Block

#: A block whose text is at least this share link text is a link list.
LINK_DENSITY = 0.7
#: Link lists inside the region are removed only up to this length (a menu, a tag row);
#: a longer one is a paragraph of references.
LINK_LIST_MAX_CHARS = 200
#: Inside the article region a link-only block is removed up to this length: a post's
#: action row (回复 引用 举报), a tag row. Longer, it is the article's own list (a table of
#: contents, references, recipe ingredients), which the corpus shows outweighs the menus.
#: Below the region's last paragraph the outside limit applies: link-only headlines there
#: are the teasers of a sidebar the region took in (Latest News, Most Viewed).
IN_REGION_LINK_MAX_CHARS = 30
#: HTML rules by the kind of the container that holds a block.
_BY_HINT = {
    "chrome": "html.chrome",
    "footer": "html.footer",
    "related": "html.related",
    "metadata": "html.metadata",
    "bio": "html.author-bio",
}


def _structural_chrome(block: Block) -> bool:
    """Does the markup say this block is chrome (outside the article region, or in a chrome container)?"""
    return not block.in_main or block.hint is not None


def verbatim_lines(evidence: list[Block]) -> frozenset[int]:
    """The lines of an HTML page that are verbatim: those of a ``<pre>`` in the article region."""
    return frozenset(k for k, b in enumerate(evidence) if b.pre and b.in_main)


def _verbatim(page: _Page, verbatim: Collection[int]) -> None:
    """The ``verbatim`` lines are the text as it was written: code, a program's output, a
    plain-text document (a ``<pre>`` of the region, a Markdown code fence). The text rules
    read prose and chrome lines, and there they take what is code (``1 1 1`` printed by a
    loop read as a pager, ``2, 4, 6, 8`` as a keyword jammer, ``$ pip install -r
    requirements.txt`` as a file name, ``{ mode: "cors" }`` as a style rule, a fence's
    backticks as decoration), so no rule's hit stands on such a line but a truncation
    notice's (which says the page was cut, wherever it sits). The passes after this one
    (edges, the cut end) skip them: the code that ends a post is below its last prose."""
    page.verbatim = frozenset(verbatim)
    _drop_hits(page, verbatim, lambda kind: kind is not Kind.TRUNCATION)


def _table_rows(page: _Page, rows: Collection[int]) -> None:
    """A Markdown table's delimiter row (``| --- | --- |``), its empty header row and the
    pipe that closes a row after a full stop are the table's structure: without them the
    rows are no table to a Markdown reader. So no decoration rule's hit stands on a table
    row; the other rules still judge it (a layout table of links is still a menu)."""
    _drop_hits(page, rows, lambda kind: kind is Kind.DECORATION)


def _drop_hits(page: _Page, lines: Collection[int], drop: Callable[[Kind], bool]) -> None:
    """Take back the whole-line and inline hits on ``lines`` whose rule's kind ``drop`` names."""
    for k in lines:
        hit = page.line_hit.get(k)
        if hit is not None and drop(hit.rule.kind):
            del page.line_hit[k]
        hits = page.inline.get(k)
        if hits:
            kept = [h for h in hits if not drop(h.rule.kind)]
            if kept:
                page.inline[k] = kept
            else:
                del page.inline[k]


#: The rule that takes a line of Markdown links (a menu, a pager, a list of other pages).
MD_LINK_ROW = "common.chrome.md-link-row"
#: One Markdown link whose whole label is bold, alone on its line: ``[**标题**](url)`` or
#: ``**[Title](url)**`` (a reader service writes a linked ``<h2><a>`` so).
_BOLD_LINK = lazyre.compile_re(r"(?:\[\*\*[^\]\n*]+\*\*\]|\*\*\[[^\]\n*]+\])\([^)\s]+\)(?:\*\*)?")
#: A line that is only a Markdown image, linked or not (the item's picture, under its headline).
_IMAGE_LINE = lazyre.compile_re(r"\[?!\[[^\]\n]*\]\([^)\s]+\)(?:\]\([^)\s]+\))?")
#: A summary that a teaser feed cut short.
_CUT_SHORT = ("…", "...")


#: Picture lines a linked headline may stand over before its paragraph.
IMAGES_UNDER_HEADLINE = 2


def _linked_headlines(page: _Page) -> None:
    """A bold link alone on its line over a paragraph of prose is the headline of what
    follows (a digest's items, a roundup's, linked to their full stories), not a list of
    other pages: the link row's hit on it is taken back (its picture may stand between
    them). A run of such links, or one over a summary cut short (a teaser feed), stays a
    link row."""
    lines, hits = page.lines, page.line_hit
    for k, hit in list(hits.items()):
        if hit.rule.id != MD_LINK_ROW or k + 1 >= len(lines):
            continue
        if _BOLD_LINK.fullmatch(lines[k].text.strip()) is None:
            continue
        after = lines[k + 1].text.strip()
        n = k + 2
        while _IMAGE_LINE.fullmatch(after) is not None and n < len(lines) and n - k <= IMAGES_UNDER_HEADLINE:
            after, n = lines[n].text.strip(), n + 1
        if n - 1 not in hits and is_body(after) and not after.endswith(_CUT_SHORT) and "](" not in after:
            del hits[k]


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


#: A gutter of one number stands beside the code only in the same table row (a one-line
#: numbered listing); elsewhere a lone number in a ``<pre>`` is code's own output.
GUTTER_MIN_LINES = 2


def _line_numbers(page: _Page, evidence: list[Block]) -> None:
    """A numbered listing's gutter goes: the lines of one ``<pre>`` (or cell) of the region
    that count up one by one (``1``, ``2``, ``3``…) and stand right before the lines of
    another one, the code they number. A highlighter (Hexo, Pygments, Rouge in table mode)
    prints them beside the code, and a reader of the text gets a column of numbers above it."""
    rule = page.rule(st.LINE_NUMBERS)
    if rule is None:
        return
    k, n = 0, len(evidence)
    while k < n:
        first = evidence[k]
        j = k + 1
        while j < n and evidence[j].pre and evidence[j].node == first.node:
            j += 1
        if first.pre and first.in_main and _counts_up(evidence[k:j]) and _gutter_of(evidence, k, j):
            ev = f"gutter of {j - k} line numbers before the code it numbers; path {first.path}"
            for i in range(k, j):
                page.line_hit[i] = Hit(rule, page.lines[i].start, page.lines[i].end, ev)
                page.inline.pop(i, None)
        k = j


def _counts_up(run: list[Block]) -> bool:
    """Are the lines numbers that count up by one?"""
    texts = [b.text.strip() for b in run]
    if not all(t.isascii() and t.isdecimal() for t in texts):
        return False
    start = int(texts[0])
    return all(int(t) == start + i for i, t in enumerate(texts))


def _gutter_of(evidence: list[Block], k: int, j: int) -> bool:
    """Do the lines ``k..j`` stand alone in their container, right before the lines of a
    ``<pre>`` in another one (in the same table row, when they are a single number)?"""
    gutter = evidence[k]
    if k > 0 and evidence[k - 1].node == gutter.node:
        return False
    if j >= len(evidence) or not evidence[j].pre or evidence[j].node == gutter.node:
        return False
    if j - k >= GUTTER_MIN_LINES:
        return True
    nodes = gutter.nodes
    return nodes is not None and bool(nodes.tag) and nodes.parent[gutter.node] == nodes.parent[evidence[j].node]


def _orphan_headings(page: _Page, evidence: list[Block], title_k: int | None) -> None:
    """A heading of the article whose section lost every line (its link list, a widget, a form)
    goes too: the section runs to the next kept heading or the page's end, and at least one
    line of it was removed. Read from the last heading up, so a sub-heading that goes leaves
    its parent's section empty as well."""
    rule = page.rule(st.ORPHAN_HEADING)
    if rule is None:
        return
    hit, inline = page.line_hit, page.inline
    heads = [k for k, b in enumerate(evidence) if b.in_main and k != title_k and b.heading]
    for k in reversed(heads):
        if k in hit or k in inline:
            continue
        removed = False
        for j in range(k + 1, len(evidence)):
            if j in hit:
                removed = True
                continue
            if evidence[j].heading and j not in inline:
                break  # the next kept heading: the section ends here
            removed = False  # a kept line: the section has text
            break
        if removed:
            page.hit_line(k, rule)


def _structure(page: _Page, evidence: list[Block], title_k: int | None) -> None:
    """HTML evidence for blocks no text rule decided: everything outside the article region,
    and chrome containers (by their kind) or link lists inside it."""
    by_hint = {kind: page.rule(rule_id) for kind, rule_id in _BY_HINT.items()}
    links = page.rule("html.links")
    outside = page.rule(st.OUTSIDE)
    after_prose = _after_last_prose(evidence)
    introduced = _introduced_lists(page, evidence)
    numbered = _numbered_items(page, evidence)
    for k, block in enumerate(evidence):
        if k in page.line_hit or k in page.inline or k == title_k:
            continue
        rule = by_hint.get(block.hint) if block.hint else None
        in_text = block.in_main and k < after_prose
        limit = IN_REGION_LINK_MAX_CHARS if in_text and not _AD_LABEL.match(block.text) else LINK_LIST_MAX_CHARS
        dense = (
            block.link_density >= LINK_DENSITY
            and len(block.text) <= limit
            and not (in_text and (_is_heading(block) or k in introduced))
            and k not in numbered
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


#: A link whose text opens with an ad label (``广告魔兽世界公益服…``, ``Sponsored: …``) is an
#: ad dropped into the text, however long: the link-list limit inside the article
#: (IN_REGION_LINK_MAX_CHARS) does not shield it. Not a link about advertising (广告法…).
_AD_LABEL = lazyre.compile(r"(?:(?:广告|廣告)(?!法|业|業|行业|行業)|(?i:advertisement|sponsored)\b)\s*[:：|｜·]?\s*\S")


def _is_heading(block: Block) -> bool:
    """Is the block a section heading (``<h2>``–``<h6>``) with a link in it? Inside the
    article, above its last paragraph, one (``<h3>20) <a>Faces Places</a></h3>``) names the
    section below it. A heading that is all link is one when it stands among the article's
    paragraphs (a link roundup's ``<h2><a>Kanboard</a></h2>``, a post's permalinked section
    titles); boxed with a summary of its own it is a teaser's headline."""
    nodes = block.nodes
    if nodes is None or not nodes.tag or nodes.tag[block.node] not in _SECTION_HEADINGS:
        return False
    if block.link_density < HEADING_MAX_LINK_DENSITY:
        return True
    parent: int = nodes.parent[block.node]
    return parent >= 0 and bool(nodes.prose[parent] >= SECTION_PROSE_MIN)


_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
#: ... with some text of its own besides the link (a number, a label): a heading that is
#: all link is a teaser's headline (a related story boxed inside the text) ...
HEADING_MAX_LINK_DENSITY = 0.95
#: ... unless the container it stands in holds this many characters of prose: it is
#: among the article's paragraphs, not in a teaser's box with a line of summary.
SECTION_PROSE_MIN = 400


#: The number that opens an item, after a short label (``附件：1.``, ``2.``, ``3、``).
_ITEM_NUMBER = lazyre.compile(r"(?:\p{Han}{1,4}\s*[:：]\s*)?(\d{1,2})\s*[.、．]")


def _numbered_items(page: _Page, evidence: list[Block]) -> set[int]:
    """The link items that go on a numbered list the article keeps: a notice's attachments,
    ``附件：1.<a>…</a>`` kept for its label, then ``2.<a>…</a>``, ``3.<a>…</a>`` in blocks of
    their own, all link; or all of them under a kept label (``附件：``). Each item must follow
    the one numbered before it."""
    out: set[int] = set()
    for k in range(1, len(evidence)):
        block, before = evidence[k], evidence[k - 1]
        if not (block.in_main and before.in_main) or block.link_density < LINK_DENSITY:
            continue
        m = _ITEM_NUMBER.match(block.text)
        if m is None:
            continue
        kept_before = k - 1 not in page.line_hit and before.link_density < LINK_DENSITY
        if m.group(1) == "1" and kept_before and ends_with_colon(before.text):
            out.add(k)  # the first item under its label: 附件： / 1.<a>…</a>
            continue
        prev = _ITEM_NUMBER.match(before.text)
        if prev is None or int(prev.group(1)) != int(m.group(1)) - 1:
            continue
        if k - 1 in out or kept_before:
            out.add(k)
    return out


def _introduced_lists(page: _Page, evidence: list[Block]) -> set[int]:
    """The link-only items of the article's own lists: a list that a kept paragraph
    introduces with a colon (``…a few pieces I would recommend reading:``), or one nested
    under an item of plain text (a note's outline: ``网盘`` over seafile, filebrowser, samba).
    A menu's sub-list hangs under a link; an article's reading list under its words."""
    out: set[int] = set()
    lists: set[int] = set()
    text_items: set[int] = set()
    for k, block in enumerate(evidence):
        nodes = block.nodes
        if nodes is None or not nodes.tag or not block.in_main:
            continue
        item = block.node if nodes.tag[block.node] == "li" else nodes.parent[block.node]
        if item < 0 or nodes.tag[item] != "li":
            continue
        if block.link_density < LINK_DENSITY and k not in page.line_hit:
            text_items.add(item)
        box = nodes.parent[item]
        if box in lists:
            out.add(k)
            continue
        before = evidence[k - 1] if k > 0 else None
        introduced = (
            before is not None
            and before.in_main
            and before.link_density < LINK_DENSITY
            and k - 1 not in page.line_hit
            and ends_with_colon(before.text)
            and box >= 0
            and not nodes.inside(before.node, box)
        )
        if introduced or (box >= 0 and nodes.parent[box] in text_items):
            lists.add(box)
            out.add(k)
    return out


def _after_last_prose(evidence: list[Block]) -> int:
    """The index after the region's last prose block: link-only blocks below it are a list of
    teasers under the story (latest news, most viewed), not the article's own list."""
    for k in range(len(evidence) - 1, -1, -1):
        b = evidence[k]
        if b.in_main and b.score and b.link_density < LINK_DENSITY:
            return k + 1
    return len(evidence)


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
