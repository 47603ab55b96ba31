"""The element walk: one pass over the tree (``iterwalk``) into blocks of text.

Dropped and hidden elements are skipped whole, except a ``<noscript>`` that
holds the page's only copy of its content and the hidden pages of a paged
article (:mod:`.visibility` judges each one the walk meets); block elements end a
line; each container is recorded once (:class:`_Nodes`) and each prose block
spreads its score to a few levels of ancestors. :func:`html_to_page` then finds
the title heading, the article region and the standfirst (:mod:`.title`,
:mod:`.region`).

The walk visits every element of the page twice (start and end), so it does as
little per element as it can: what an element's tag makes of it is looked up
once per tag name (:func:`_tag_kind`), only an element with a hiding attribute is asked
whether it is hidden,
an inline element shares its parent's context tuple instead of building one,
and text is collected as it is and tidied once per line, when the line ends.
"""

from __future__ import annotations

import os
from typing import Any

from lxml import etree

from .. import lazyre
from .elements import _BLOCK, _CELL, _DROP, _PARA_LIKE
from .nodes import Block, HtmlPage, _Nodes
from .prose import _WS, prose_score
from .region import _find_region
from .title import _choose_title, _keep_standfirst, _matched_title
from .visibility import HIDING_ATTRIBUTES, ContentNoscripts, PagedSections, hidden

#: How many ancestor levels a paragraph's score reaches (parent full, grandparent half,
#: then 1/(3·level)).
SCORE_LEVELS = 5


#: A link to an anchor on the same page (a table of contents, footnotes) counts this much
#: of a link: it does not lead away from the article (Readability weighs them 0.3 too).
HASH_LINK_WEIGHT = 0.3


#: A link that prints its own address (``<a href="http://…">http://…</a>``) counts this much:
#: it cites a source (a reference list, "原文链接"), where a menu's links say where they lead.
ADDRESS_LINK_WEIGHT = HASH_LINK_WEIGHT


def _link_weight(el: Any) -> float:
    """How much of a link an ``<a>`` is for link density: in-page anchors and links that
    print their own address count less."""
    href = el.get("href") or ""
    if href.startswith("#") and len(href) > 1:
        return HASH_LINK_WEIGHT
    text = el.text
    if text and text.lstrip().startswith(("http://", "https://", "www.")):
        return ADDRESS_LINK_WEIGHT
    return 1.0


# What an element is to the walk, as bit flags of its tag (see :func:`_tag_kind`).
#: Skipped with its subtree (scripts, forms; comments and other non-elements).
DROP = 1
#: Ends the line before and after it: a block element, ``<br>``, ``<pre>``.
BREAK = 2
#: A table cell: a space before it, and the row's line goes on.
CELL = 4
#: A container, recorded as a node (blocks but ``<hr>``, and cells).
RECORD = 8
#: A link (``<a>``): its text counts towards link density.
LINK = 16
#: ``<pre>``: its text keeps its whitespace and each of its lines is a block.
PRE = 32
#: ``<time>``: its ``datetime`` goes to the next block (the page's date may be read from it).
TIME = 64
#: ``<img>``: ends the line when the text before it ends a sentence (see :data:`_SENTENCE_END`).
IMG = 128

#: Text ending so before an ``<img>`` is a paragraph of its own: editors that export
#: WeChat posts put paragraphs between images with no ``<p>`` around them. An image inside
#: a sentence (an emoji, an icon) does not end the line.
_SENTENCE_END = frozenset("。！？!?…”」』")


def _tag_kind(tag: Any) -> tuple[int, str]:
    """The walk's flags for an element's tag, and the tag lower-cased ('' for a comment)."""
    if not isinstance(tag, str):
        return DROP, ""
    name = tag.lower()
    flags = DROP if name in _DROP else 0
    if name in _BLOCK or name in ("br", "pre"):
        flags |= BREAK
    if name in _CELL:
        flags |= CELL
    if (name in _BLOCK or name in _CELL) and name != "hr":
        flags |= RECORD
    if name == "a":
        flags |= LINK
    if name == "pre":
        flags |= PRE
    if name == "time":
        flags |= TIME
    if name == "img":
        flags |= IMG
    return flags, name


#: Joins the pieces of a line for one whitespace squeeze over all of them, then goes: no
#: text in an lxml tree holds it (libxml2's strings end at a NUL; the parser reads one as
#: U+FFFD and lxml refuses one in text it is given), so no run of whitespace spans two pieces.
_PIECE_SEP = "\x00"


def _tidy(text: str) -> bool:
    """Is ``text`` already as :data:`_WS`'s squeeze would leave it (no tab, line break or
    double space)? A printable string holds no control character, so two checks in C
    answer, where the substitution costs about a microsecond even when it changes
    nothing: over half the walk's pieces of text (and each piece of a tidy line)."""
    return "  " not in text and text.isprintable()


#: How the text's line breaks are read (the context's last field): squeezed like any
#: whitespace; kept, the text verbatim (``<pre>``: code, each line a block, its
#: indentation kept); kept, the text prose (``white-space: pre-line`` or ``pre-wrap`` in an
#: element's style: a body whose paragraphs are separated by line breaks only).
FLOW, VERBATIM, LINES = 0, 1, 2
#: An inline style that makes the browser keep the text's line breaks.
_KEEPS_BREAKS = lazyre.compile_re(r"white-space\s*:\s*(?:pre-line|pre-wrap|break-spaces)")


def _keeps_breaks(style: str | None) -> bool:
    """Does an inline style keep the text's line breaks? A substring test first: most styles
    the walk meets set no ``white-space`` at all. Read as written, in lower case (as pages
    write CSS), by the test and the pattern alike."""
    if not style or ("pre-" not in style and "break-sp" not in style):
        return False
    return _KEEPS_BREAKS.search(style) is not None


#: The context of the text being read, inherited by each element from its parent:
#: (hint, hint node, hint word, link weight (0: not in ``<a>``), how its line breaks are read).
_Context = tuple[str | None, int, str | None, float, int]
_TOP: _Context = (None, -1, None, 0.0, FLOW)


def _code_indent(line: str) -> str:
    """A ``<pre>`` line's leading run of spaces and tabs: code's indentation. Other
    whitespace (an ideographic space opening a paragraph) is a paragraph's indent, which
    the output drops as it does everywhere."""
    return line[: len(line) - len(line.lstrip(" \t"))]


def _dedent_runs(blocks: list[Block]) -> None:
    """Take the indentation all lines of a ``<pre>`` run share (the markup's own, ``<pre>``
    inside an indented template) off each of them, as :func:`textwrap.dedent` does, so
    that only the code's own nesting remains. A run is the ``<pre>`` lines in one container,
    read whole: a highlighter that ends each line with ``<br>`` (Hexo's
    ``<span class="line">  code</span><br>``) hands the walk one line at a time, and each
    line alone shares all its indentation with itself."""
    k, n = 0, len(blocks)
    while k < n:
        first = blocks[k]
        j = k + 1
        if first.pre:
            while j < n and blocks[j].pre and blocks[j].node == first.node:
                j += 1
            run = blocks[k:j]
            # strings of spaces and tabs, compared by character
            common = len(os.path.commonprefix([b.indent.lstrip("\n") for b in run]))  # noqa: RUF071
            if common:
                for b in run:
                    gap = len(b.indent) - len(b.indent.lstrip("\n"))
                    b.indent = b.indent[:gap] + b.indent[gap + common :]
        k = j


class _Walker:
    """The blocks and container records of one page, built by :meth:`walk`."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        #: The text of the line being read, piece by piece as the tree holds it.
        self.buf: list[str] = []
        self.nodes = _Nodes()
        self.stack: list[int] = []  # open container nodes
        #: The ``datetime`` of a ``<time>`` met since the last block, for the next block.
        self.time: str | None = None

    def walk(self, body: Any) -> None:
        """Read ``body`` into :attr:`blocks` and :attr:`nodes`."""
        noscripts = ContentNoscripts(body)
        pages = PagedSections()
        kinds: dict[Any, tuple[int, str]] = {}  # by the tag as the tree spells it
        nodes, stack, buf, flush = self.nodes, self.stack, self.buf, self._flush
        ctx: list[_Context] = []  # the parents' contexts of the open elements
        here = _TOP
        links = 0.0  # characters of the line in links, each weighted (an anchor link counts a third)
        skipping = False  # the element just started is skipped: its end comes next
        walk = etree.iterwalk(body, events=("start", "end"))
        for event, el in walk:
            tag = el.tag
            kind = kinds.get(tag)
            if kind is None:
                kind = kinds[tag] = _tag_kind(tag)
            flags, name = kind
            if event == "start":
                attributes = el.keys()  # most elements have none: one call, no attribute looked up
                styled = attributes and not HIDING_ATTRIBUTES.isdisjoint(attributes)  # hidden, aria-hidden, style
                if (flags & DROP and (tag != "noscript" or not noscripts.holds(el))) or (
                    styled and hidden(el) and not pages.holds(el)
                ):
                    skipping = True
                    walk.skip_subtree()  # its descendants are never visited (an <svg> has hundreds)
                    continue
                if flags & BREAK:
                    if buf:
                        flush(here, links)
                    links = 0.0
                elif flags & CELL:
                    buf.append(" ")
                elif flags & IMG and buf and buf[-1].rstrip()[-1:] in _SENTENCE_END:
                    flush(here, links)
                    links = 0.0
                ctx.append(here)
                if flags & RECORD:
                    n = nodes.add(name, stack[-1] if stack else -1, el)
                    stack.append(n)
                    if nodes.hint[n] is not None:
                        here = (nodes.hint[n], n, nodes.hint_word[n], here[3], here[4])
                if flags & LINK and not here[3]:
                    here = (here[0], here[1], here[2], _link_weight(el), here[4])
                if flags & PRE and here[4] != VERBATIM:
                    here = (here[0], here[1], here[2], here[3], VERBATIM)
                elif styled and not here[4] and _keeps_breaks(el.get("style")):
                    here = (here[0], here[1], here[2], here[3], LINES)
                if flags & TIME and attributes and el.get("itemprop") != "dateModified":
                    self.time = el.get("datetime") or self.time  # an update's time does not date the page
                text = el.text
            else:
                if skipping:  # the skipped element itself: its tail is outside it
                    skipping = False
                elif flags & (BREAK | RECORD):
                    if flags & BREAK:
                        if buf:
                            flush(here, links)
                        links = 0.0
                    if flags & RECORD:
                        self._close(stack.pop())
                    here = ctx.pop()
                else:
                    here = ctx.pop()
                text = el.tail
            if text:
                buf.append(text)
                if here[3]:
                    links += len((text if here[4] or _tidy(text) else _WS.sub(" ", text)).strip()) * here[3]
        if buf:
            flush(here, links)
        _dedent_runs(self.blocks)

    def _close(self, n: int) -> None:
        """A container ends: its subtree's last node is known, its counts go to its parent."""
        nodes = self.nodes
        nodes.last[n] = len(nodes.tag) - 1
        p = nodes.parent[n]
        if p >= 0:
            nodes.chars[p] += nodes.chars[n]
            nodes.links[p] += nodes.links[n]
            nodes.prose[p] += nodes.prose[n]

    def _flush(self, here: _Context, links: float) -> None:
        """The line read so far ends: its text becomes blocks (one per line inside ``<pre>``).

        Whitespace runs are squeezed piece by piece, as the tree holds the text: two pieces
        that meet with a space each keep both (``a `` and `` b`` read ``a  b``). One squeeze
        does all the pieces, kept apart by :data:`_PIECE_SEP`."""
        buf = self.buf
        raw = "".join(buf)
        if raw.isspace():  # whitespace between tags: most lines
            buf.clear()
            return
        hint, hint_node, hint_word, _, breaks = here
        pre = breaks == VERBATIM
        if breaks == LINES:  # each line squeezed on its own
            raw = "\n".join(_WS.sub(" ", line) for line in "".join(buf).split("\n"))
        elif not pre and not _tidy(raw):
            raw = _WS.sub(" ", raw if len(buf) == 1 else _PIECE_SEP.join(buf)).replace(_PIECE_SEP, "")
        buf.clear()
        stack, nodes, blocks = self.stack, self.nodes, self.blocks
        node = stack[-1] if stack else 0
        total = max(1, len(raw.strip()))
        density = min(1.0, links / total)
        if stack:
            nodes.chars[node] += total
            nodes.links[node] += min(links, total)
        # Outside <pre> (and pre-line text) the squeeze leaves no line break: the text is one line.
        pieces = raw.split("\n") if breaks else (raw,)
        gap = -1  # blank lines since the run's last line (none counted before its first)
        for piece in pieces:
            t = piece.strip()
            if not t:
                if gap >= 0:
                    gap += 1
                continue
            score = prose_score(t, density)
            block = Block(t, hint, False, density, node, hint_node, hint_word, score, nodes=nodes, pre=pre)
            if pre:
                block.indent = "\n" * max(gap, 0) + _code_indent(piece)
                gap = 0
            if self.time is not None:
                block.time, self.time = self.time, None
            blocks.append(block)
            if score and stack:
                nodes.prose[node] += len(t)
                self._spread(node, score)

    def _spread(self, node: int, score: float) -> None:
        """Parent full, grandparent half, further levels 1/(3·level) (Readability's decay)."""
        nodes = self.nodes
        i = node if nodes.tag[node] not in _PARA_LIKE else nodes.parent[node]
        if i >= 0:
            nodes.direct[i] += score
        level = 0
        while i >= 0 and level < SCORE_LEVELS:
            nodes.content[i] += score if level == 0 else score / (2 if level == 1 else 3 * level)
            i = nodes.parent[i]
            level += 1


def html_to_page(root: Any) -> HtmlPage:
    """Blocks of text with their evidence, and the page's meta fields."""
    page = HtmlPage(meta=_meta(root))
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        body = root
    w = _Walker()
    w.walk(body)
    nodes = w.nodes
    page.blocks = w.blocks
    title = _matched_title(page, nodes)
    _find_region(page, nodes, title)
    _choose_title(page, nodes, title)
    _keep_standfirst(page, nodes)
    return page


#: The publication date a page's structured data (JSON-LD, schema.org) gives its article:
#: read from the script's text, not parsed as JSON (a page's JSON-LD is often not valid).
_LD_PUBLISHED = lazyre.compile_re(r'"(?:datePublished|pubDate)"\s*:\s*"([^"]{8,40})"')  # pubDate: Baidu's
#: A JSON-LD ``@type``: one name, or a list of them (``["NewsArticle", "QAPage"]``).
_LD_TYPE = lazyre.compile_re(r'"@type"\s*:\s*(?:"([^"]{1,60})"|\[([^\]]{1,300})\])')
_LD_NAME = lazyre.compile_re(r'"([^"]{1,60})"')


def _meta(root: Any) -> dict[str, str]:
    """The <title>, the first <h1>, the <meta> fields, the canonical link, the JSON-LD
    ``datePublished`` (as ``ld:datepublished``) and its ``@type`` names (as ``ld:type``, space
    separated: ``NewsArticle``, ``QAPage``), in that order (a field of a <meta> does not
    replace the title or h1), and the first ``<time>`` marked as the publication's
    (``pubdate``, ``itemprop="datePublished"``) as ``time:pubdate``. One pass over the tree
    picks the six kinds of elements: each pass costs as much as the whole tree."""
    out: dict[str, str] = {}
    title = h1 = None
    metas: list[Any] = []
    links: list[Any] = []
    published: str | None = None
    types: list[str] = []
    pubdate: str | None = None
    for el in root.iter("title", "h1", "meta", "link", "script", "time"):
        tag = el.tag
        if tag == "time":
            if pubdate is None and (el.get("pubdate") is not None or el.get("itemprop") == "datePublished"):
                pubdate = el.get("datetime")
        elif tag == "meta":
            metas.append(el)
        elif tag == "link":
            links.append(el)
        elif tag == "script":
            if "ld+json" in (el.get("type") or "") and el.text:
                if published is None:
                    m = _LD_PUBLISHED.search(el.text)
                    published = m.group(1) if m else None
                for one, many in _LD_TYPE.findall(el.text):
                    types += [one] if one else _LD_NAME.findall(many)
        elif el is root:  # the title and h1 are looked for below the root
            continue
        elif tag == "title":
            title = title if title is not None else el
        elif h1 is None:
            h1 = el
    if title is not None and title.text_content().strip():
        out["title"] = _WS.sub(" ", title.text_content()).strip()
    if h1 is not None and h1.text_content().strip():
        out["h1"] = _WS.sub(" ", h1.text_content()).strip()
    for m in metas:
        name = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        content = (m.get("content") or "").strip()
        if name and content and name not in out:
            out[name] = content
    for link in links:
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            out["canonical"] = link.get("href")
    if published is not None:
        out["ld:datepublished"] = published
    if types:
        out["ld:type"] = " ".join(types)
    if pubdate:
        out["time:pubdate"] = pubdate
    return out
