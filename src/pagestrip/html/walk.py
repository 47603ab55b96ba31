"""The element walk: one pass over the tree (``iterwalk``) into blocks of text.

Dropped and hidden elements are skipped whole, except a ``<noscript>`` that
holds the page's only copy of its content and the hidden pages of a paged
article; block elements end a line; each container is recorded once
(:class:`_Nodes`) and each prose block spreads its score to a few levels of
ancestors. :func:`html_to_page` then finds the title heading, the article
region and the standfirst (:mod:`.title`, :mod:`.region`).
"""

from __future__ import annotations

from typing import Any, cast

import regex
from lxml import etree

from .. import lazyre
from .elements import _BLOCK, _CELL, _DROP, _PARA_LIKE
from .nodes import Block, HtmlPage, _Nodes
from .prose import _WS, prose_score
from .region import _find_region
from .title import _choose_title, _keep_standfirst, _matched_title

#: Only ``display:none`` hides: ``visibility:hidden`` is how WeChat articles (``#js_content``)
#: and lazy layouts hold their body until a script runs, and a crawler sees it as text.
_HIDDEN_STYLE = lazyre.compile(r"display\s*:\s*none", regex.IGNORECASE)
#: How many ancestor levels a paragraph's score reaches (parent full, grandparent half,
#: then 1/(3·level)).
SCORE_LEVELS = 5


#: A link to an anchor on the same page (a table of contents, footnotes) counts this much
#: of a link: it does not lead away from the article (Readability weighs them 0.3 too).
HASH_LINK_WEIGHT = 0.3


def _link_weight(el: Any) -> float:
    """How much of a link an ``<a>`` is for link density: in-page anchors count less."""
    href = el.get("href") or ""
    return HASH_LINK_WEIGHT if href.startswith("#") and len(href) > 1 else 1.0


#: A <noscript> with at least this much text is the page's content for readers without
#: scripts (Blogger themes render the post from a script template and repeat it there);
#: a shorter one is a tracking pixel or an "enable JavaScript" notice, and is dropped.
NOSCRIPT_CONTENT_MIN_CHARS = 200
#: Texts of a <noscript> looked up in the rest of the page, and the shortest one looked up:
#: when half of them are there, the <noscript> is a copy of the visible text (Flarum
#: repeats the whole discussion in one) and is dropped like any other.
NOSCRIPT_SAMPLE_LINES = 6
NOSCRIPT_SAMPLE_MIN_CHARS = 12
_MARKUP_AS_TEXT = lazyre.compile_re(r"<[a-zA-Z/!]")
_VISIBLE_TEXT = etree.XPath("//text()[not(ancestor::noscript or ancestor::script or ancestor::style)]")


def _content_noscripts(body: Any) -> set[Any]:
    """The <noscript> elements that hold the page's only copy of some content."""
    found = []
    for el in body.iter("noscript"):
        text = "".join(el.itertext()).strip()
        # Markup left as text (beacons, iframes) is the parser's reading of it, not text.
        if len(text) >= NOSCRIPT_CONTENT_MIN_CHARS and _MARKUP_AS_TEXT.search(text) is None:
            found.append((el, text))
    if not found:
        return set()
    # The XPath selects text() nodes only: a list of strings.
    visible = " ".join(" ".join(t.split()) for t in cast("list[str]", _VISIBLE_TEXT(body)))
    kept = set()
    for el, _text in found:
        pieces = (" ".join(t.split()) for t in el.itertext())
        sample = [t for t in pieces if len(t) >= NOSCRIPT_SAMPLE_MIN_CHARS][:NOSCRIPT_SAMPLE_LINES]
        if sum(ln in visible for ln in sample) * 2 < len(sample):
            kept.add(el)
    return kept


_STYLE_HIDDEN = etree.XPath("//*[@style][contains(translate(@style, 'DISPLAYNOE', 'displaynoe'), 'none')]")


#: A hidden page of a paged article holds at least this much text (a hidden menu or
#: tooltip beside a shown one holds a few words).
PAGED_SECTION_MIN_CHARS = 100
#: Class words that say whether an element is shown now, not what it is.
_STATE_CLASSES = frozenset(
    {
        "hidden",
        "hide",
        "active",
        "show",
        "shown",
        "visible",
        "current",
        "selected",
        "is-active",
        "is-hidden",
        "is-visible",
        "d-none",
        "open",
        "closed",
        "in",
    }
)


def _kind_classes(el: Any) -> frozenset[str]:
    return frozenset((el.get("class") or "").split()) - _STATE_CLASSES


def _paged_sections(body: Any) -> set[Any]:
    """Hidden elements that are pages of a paged article: a slideshow or listicle shows one
    section (``div.gallery-section`` with ``display:block``) and hides the next ones with the
    same tag and classes beside it, each holding text. They are read like the shown one."""
    found: set[Any] = set()
    # The shown children of each parent met, by tag and classes: read once per parent, so a
    # list of thousands of hidden items is not compared item by item with its siblings.
    shown_kinds: dict[Any, set[tuple[Any, frozenset[str]]]] = {}
    # The XPath selects elements only: a list of them.
    for el in cast("list[Any]", _STYLE_HIDDEN(body)):
        cls = _kind_classes(el)
        parent = el.getparent()
        if not cls or parent is None or not _hidden(el) or el.get("hidden") is not None:
            continue
        kinds = shown_kinds.get(parent)
        if kinds is None:
            kinds = shown_kinds[parent] = {(sib.tag, _kind_classes(sib)) for sib in parent if not _hidden(sib)}
        if (el.tag, cls) in kinds and len("".join(el.itertext()).strip()) >= PAGED_SECTION_MIN_CHARS:
            found.add(el)
    return found


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.link_chars: float = 0  # characters in links, each weighted (an anchor link counts a third)
        # tag, hint, hint node, hint word, link weight (0: not in <a>), pre
        self.ctx: list[tuple[str, str | None, int, str | None, float, bool]] = []
        self.nodes = _Nodes()
        self.stack: list[int] = []  # open container nodes

    def add(self, text: str | None) -> None:
        if not text:
            return
        pre = self.ctx[-1][5] if self.ctx else False
        if not pre:
            text = _WS.sub(" ", text)
        self.buf.append(text)
        if self.ctx and self.ctx[-1][4]:
            self.link_chars += len(text.strip()) * self.ctx[-1][4]

    def flush(self) -> None:
        if not self.buf:
            self.link_chars = 0
            return
        raw = "".join(self.buf)
        self.buf = []
        links, self.link_chars = self.link_chars, 0
        if not raw or raw.isspace():  # whitespace between tags: most flushes
            return
        if self.ctx:
            _, hint, hint_node, hint_word, _, pre = self.ctx[-1]
        else:
            hint, hint_node, hint_word, pre = None, -1, None, False
        node = self.stack[-1] if self.stack else 0
        nodes = self.nodes
        pieces = raw.split("\n") if (pre or "\n" in raw) else [raw]
        total = max(1, len(raw.strip()))
        density = min(1.0, links / total)
        if self.stack:
            nodes.chars[node] += total
            nodes.links[node] += min(links, total)
        for piece in pieces:
            t = piece.strip()
            if not t:
                continue
            score = prose_score(t, density)
            self.blocks.append(Block(t, hint, False, density, node, hint_node, hint_word, score, nodes=nodes, pre=pre))
            if score and self.stack:
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
    nodes = w.nodes
    skip_depth = 0
    noscripts = _content_noscripts(body)
    pages = _paged_sections(body)
    walk = etree.iterwalk(body, events=("start", "end"))
    for event, el in walk:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or not tag or (tag in _DROP and el not in noscripts) or (_hidden(el) and el not in pages):
                skip_depth += 1
                walk.skip_subtree()  # its descendants are never visited (an <svg> has hundreds)
                continue
            container = tag in _BLOCK or tag in _CELL
            if container or tag in ("br", "pre"):  # a <pre> is its own block(s), flagged ``pre``
                if tag in _CELL:
                    w.add(" ")
                else:
                    w.flush()
            if w.ctx:
                _, hint, hint_node, hint_word, in_a, pre = w.ctx[-1]
            else:
                hint, hint_node, hint_word, in_a, pre = None, -1, None, 0.0, False
            if container and tag not in ("br", "hr"):
                n = nodes.add(tag, w.stack[-1] if w.stack else -1, el)
                w.stack.append(n)
                if nodes.hint[n] is not None:
                    hint, hint_node, hint_word = nodes.hint[n], n, nodes.hint_word[n]
            w.ctx.append(
                (
                    tag,
                    hint,
                    hint_node,
                    hint_word if hint is not None else None,
                    in_a or (_link_weight(el) if tag == "a" else 0.0),
                    pre or tag == "pre",
                )
            )
            w.add(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0:  # the dropped element itself: its tail is outside it
                    w.add(el.tail)
                continue
            container = tag in _BLOCK or tag in _CELL
            if tag in _BLOCK or tag in ("br", "pre"):
                w.flush()
            if container and tag not in ("br", "hr") and w.stack:
                n = w.stack.pop()
                nodes.last[n] = len(nodes.tag) - 1
                p = nodes.parent[n]
                if p >= 0:
                    nodes.chars[p] += nodes.chars[n]
                    nodes.links[p] += nodes.links[n]
                    nodes.prose[p] += nodes.prose[n]
            w.ctx.pop()
            w.add(el.tail)
    w.flush()
    page.blocks = w.blocks
    title = _matched_title(page, nodes)
    _find_region(page, nodes, title)
    _choose_title(page, nodes, title)
    _keep_standfirst(page, nodes)
    return page


def _meta(root: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        out["title"] = _WS.sub(" ", title.text_content()).strip()
    h1 = root.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        out["h1"] = _WS.sub(" ", h1.text_content()).strip()
    for m in root.iter("meta"):
        name = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        content = (m.get("content") or "").strip()
        if name and content and name not in out:
            out[name] = content
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            out["canonical"] = link.get("href")
    return out
