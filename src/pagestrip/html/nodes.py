"""The page's containers as flat records, and the blocks of text that point into them.

:class:`_Nodes` keeps one record per container element in document order
(tag, parent, subtree end, class/id evidence, and the characters, links, prose
and scores the walk adds up), so "is this block inside that container" is two
comparisons and no subtree is walked twice. A :class:`Block` is one line of the
page with its evidence; :class:`HtmlPage` holds the blocks and the meta fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .elements import _HEADINGS, _PARA_LIKE
from .evidence import _DIGITS, _TAG_BASE, _TAG_HINT, CLASS_WEIGHT, class_evidence

#: A block's DOM path (see :meth:`_Nodes.dom_path`) holds at most this many containers,
#: counted up from the block: enough to tell a template box from the article beside it,
#: while a page nested thousands deep does not give paths of thousands of steps.
DOM_PATH_STEPS = 12


#: How many containers up a line is looked for inside a ``<blockquote>`` (a quote's paragraphs
#: and lists sit a level or two below it).
QUOTE_LEVELS = 4


@dataclass(slots=True)
class Block:
    """One line of the page with its markup evidence.

    ``path`` and ``evidence`` are built on demand (only removed blocks are explained, and a
    crawl cleans millions of blocks): the block keeps the container records and the reason.
    """

    text: str
    hint: str | None = None
    in_main: bool = False
    link_density: float = 0.0
    #: Index of the innermost container node holding the text (see :class:`_Nodes`).
    node: int = 0
    #: The node whose class/id or tag gave ``hint``, and the word.
    hint_node: int = -1
    hint_word: str | None = None
    #: Prose score of this block (0 when it is not prose).
    score: float = 0.0
    #: ``"title"`` for the heading chosen as the page title.
    role: str | None = None
    #: Why the region logic placed the block where it is: a reason and its figures.
    why: tuple[Any, ...] = ()  # (reason, its figures: node ids, scores, counts), by reason
    nodes: Any = field(default=None, repr=False, compare=False)
    #: Inside ``<pre>``: code or a preformatted document, whose lines repeat by design.
    pre: bool = False
    #: What goes before a ``<pre>`` line in the output, where code needs it: the blank lines
    #: between it and the run's line above (as newlines), then its indentation below the
    #: run's common one (spaces and tabs, as the page has them).
    indent: str = ""
    #: The ``datetime`` of a ``<time>`` element on the line (or just before it, when the
    #: element holds no text): a machine-readable date beside a byline.
    time: str | None = None

    def holds(self, other: Block) -> bool:
        """Is ``other`` inside the container around this block (its parent for a paragraph)?"""
        nodes = self.nodes
        if nodes is None or not nodes.tag:
            return True
        box = self.node if nodes.tag[self.node] not in _PARA_LIKE else nodes.parent[self.node]
        return box < 0 or nodes.inside(other.node, box)

    @property
    def heading(self) -> bool:
        """Is the line an ``<h1>``–``<h6>``?"""
        nodes = self.nodes
        return nodes is not None and bool(nodes.tag) and nodes.tag[self.node] in _HEADINGS

    @property
    def quoted(self) -> bool:
        """Is the line inside a ``<blockquote>`` (up to :data:`QUOTE_LEVELS` containers up)?"""
        nodes = self.nodes
        if nodes is None or not nodes.tag:
            return False
        i, tags, parent = self.node, nodes.tag, nodes.parent
        for _ in range(QUOTE_LEVELS):
            if i < 0:
                return False
            if tags[i] == "blockquote":
                return True
            i = parent[i]
        return False

    @property
    def path(self) -> str:
        """The last four containers down to the block, ``div.article/p``."""
        return self.nodes.path(self.node) if self.nodes is not None and self.nodes.tag else ""

    @property
    def dom_path(self) -> str:
        """The block's DOM path as ``dom`` rules match it: ``body > div.side > ul.menu > li``."""
        return self.nodes.dom_path(self.node) if self.nodes is not None and self.nodes.tag else ""

    @property
    def evidence(self) -> str | None:
        """The markup evidence that placed the block, in words (None before the region is found)."""
        if not self.why or self.nodes is None:
            return None
        nodes, reason = self.nodes, self.why[0]
        density = f"link density {self.link_density:.2f}; path {self.path}"
        if reason == "outside":
            return f"outside the region (root {nodes.label(self.why[1])}, score {self.why[2]:.0f}); {density}"
        if reason == "region":
            return f"in the region (root {nodes.label(self.why[1])}, {self.why[2]}); path {self.path}"
        if reason == "standfirst":
            return f"the standfirst under the title, beside it in {nodes.label(self.why[1])}; path {self.path}"
        if reason == "thread":
            return f"a reply on a thread page (its markup names a topic, thread or question); {density}"
        if reason == "recall":
            return (
                f"prose kept by the recall guard (the region holds {self.why[1]}/{self.why[2]} prose "
                f"chars); path {self.path}"
            )
        where = "inside" if reason == "hint-in" else "outside"
        named = nodes.label(self.hint_node, self.hint_word)
        return f"{self.hint} container '{self.hint_word}' ({named}) {where} the region; {density}"


@dataclass
class HtmlPage:
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=8192)
def _dom_step(tag: str, cls_raw: str, id_raw: str) -> str:
    """One step of a DOM path: ``div.side.box#nav``, classes and an id holding a digit left out.
    Cached: a site repeats its class strings on every page."""
    step = tag + "".join(f".{c}" for c in cls_raw.split() if not _DIGITS.search(c))
    ident = id_raw.strip()
    return step + f"#{ident}" if ident and not _DIGITS.search(ident) and " " not in ident else step


class _Nodes:
    """One record per container element, in document (pre-order) order.

    A node's descendants are exactly the nodes ``i+1 .. last[i]``, so "is this
    block inside that container" is two comparisons.
    """

    def __init__(self) -> None:
        self.tag: list[str] = []
        self.parent: list[int] = []
        self.last: list[int] = []
        #: The class and id attributes as the page spells them ('' for none): read once, when
        #: the container is recorded, and kept instead of the element.
        self.cls: list[str] = []
        self.ident: list[str] = []
        self._sig: dict[int, str] = {}
        self._numbered: dict[str, int] | None = None
        self._path: dict[int, str] = {}
        self._dom: dict[int, str] = {}
        self._label: dict[int, str] = {}
        self._steps: dict[int, str] = {}
        self.weight: list[float] = []
        self.chars: list[int] = []
        self.links: list[float] = []  # link characters, weighted as in _Walker.link_chars
        #: Characters of prose blocks in the subtree (aggregated like ``chars``).
        self.prose: list[int] = []
        self.content: list[float] = []
        #: The part of ``content`` from the container's own paragraphs (level 0 of the spread).
        self.direct: list[float] = []
        #: The chrome kind the element's own tag or class/id suggests (None: neutral).
        self.hint: list[str | None] = []
        self.hint_word: list[str | None] = []
        #: The container is a gallery/slideshow (see ``_MEDIA``).
        self.media: list[bool] = []

    def add(self, tag: str, parent: int, el: Any) -> int:
        """Record one container; class/id are read once here (the walk's hot path)."""
        i = len(self.tag)
        self.tag.append(tag)
        self.parent.append(parent)
        self.last.append(i)
        self.chars.append(0)
        self.links.append(0)
        self.prose.append(0)
        self.content.append(0.0)
        self.direct.append(0.0)
        cls_raw = el.get("class") or ""
        id_raw = el.get("id") or ""
        self.cls.append(cls_raw)
        self.ident.append(id_raw)
        if not cls_raw and not id_raw:  # most containers: no words, neutral
            self.weight.append(CLASS_WEIGHT if tag in ("article", "main") else 0.0)
            kind = _TAG_HINT.get(tag)
            self.hint.append(kind)
            self.hint_word.append(tag if kind is not None else None)
            self.media.append(False)
            return i
        # A heading's id is its anchor, made from its words (``#why-open-source``): no role.
        weight, kind, word, media = class_evidence(tag, cls_raw, "" if tag in _HEADINGS else id_raw)
        self.weight.append(weight)
        self.hint.append(kind)
        self.hint_word.append(word)
        self.media.append(media)
        return i

    def _shared_numbered(self) -> dict[str, int]:
        """How many containers carry each class with a digit in it. One that several carry
        names a level or a kind (``outline-text-2`` on every section of an org-mode post),
        not one item (``post-412``)."""
        if self._numbered is None:
            counts: dict[str, int] = {}
            for cls in self.cls:
                if cls and _DIGITS.search(cls):  # most class strings have no digit at all
                    for c in cls.split():
                        if _DIGITS.search(c):
                            counts[c] = counts.get(c, 0) + 1
            self._numbered = counts
        return self._numbered

    def sig(self, i: int) -> str:
        """What repeated posts or sections share: the tag and the classes without the per-item
        ones (a class with a digit that no other container has: ``elementor-element-3f2a1b``,
        ``post-412``); with no class,
        the id up to digits (``post_1001``); '' for a container without words."""
        got = self._sig.get(i)
        if got is None:
            cls = self.cls[i]
            classes = cls.split()
            if _DIGITS.search(cls):
                numbered = self._shared_numbered()
                classes = [c for c in classes if not _DIGITS.search(c) or numbered.get(c, 0) > 1]
            if classes:
                got = f"{self.tag[i]}.{' '.join(classes)}"
            else:
                ident = _DIGITS.sub("", self.ident[i])
                got = f"{self.tag[i]}#{ident}" if ident else ""
            self._sig[i] = got
        return got

    def label(self, i: int, word: str | None = None) -> str:
        """``tag.firstclass`` or ``tag#id``, for DOM paths in explanations (cached per node:
        each removed block's evidence names its last four containers, which blocks share).
        With ``word`` (a hint word), the class or id that holds it: the one that decided."""
        if word:
            w = word.lower()
            holder = next((c for c in self.cls[i].split() if w in c.lower()), None)
            if holder is not None:
                return f"{self.tag[i]}.{holder}"
            if w in self.ident[i].lower():
                return f"{self.tag[i]}#{self.ident[i]}"
        got = self._label.get(i)
        if got is None:
            classes = self.cls[i].split()
            ident = self.ident[i]
            got = self._label[i] = self.tag[i] + (f".{classes[0]}" if classes else (f"#{ident}" if ident else ""))
        return got

    def path(self, i: int) -> str:
        """The last four containers down to ``i`` (cached per node)."""
        got = self._path.get(i)
        if got is None:
            chain: list[str] = []
            j = i
            while j >= 0 and len(chain) < 4:
                chain.append(self.label(j))
                j = self.parent[j]
            got = self._path[i] = "/".join(reversed(chain))
        return got

    def dom_path(self, i: int) -> str:
        """The containers from the top (at most :data:`DOM_PATH_STEPS`) down to ``i``, each
        as its tag, classes and id (``div.side.box#nav``) joined by `` > ``: what a site's
        template repeats on every page. A class or id with a digit is left out
        (``post-412``, ``item3``): it numbers the item, and a path must not change from page
        to page. Cached per node, each step per node too (a page's blocks share parents)."""
        got = self._dom.get(i)
        if got is None:
            steps = self._steps
            chain: list[str] = []
            j = i
            while j >= 0 and len(chain) < DOM_PATH_STEPS:
                step = steps.get(j)
                if step is None:
                    step = steps[j] = _dom_step(self.tag[j], self.cls[j], self.ident[j])
                chain.append(step)
                j = self.parent[j]
            got = self._dom[i] = " > ".join(reversed(chain))
        return got

    def children(self, i: int) -> list[int]:
        """Container ``i``'s child containers, in document order: each next child starts
        where the last one's subtree ends (pre-order), so only the children are visited."""
        out = []
        j, end = i + 1, self.last[i]
        while j <= end:
            out.append(j)
            j = self.last[j] + 1
        return out

    def inside(self, i: int, root: int) -> bool:
        return root <= i <= self.last[root]

    def density(self, i: int) -> float:
        return min(1.0, self.links[i] / self.chars[i]) if self.chars[i] else 0.0

    def score(self, i: int) -> float:
        """A container's final score: its prose, prior and class words, scaled by (1 − link density)."""
        base = self.content[i] + _TAG_BASE.get(self.tag[i], 0.0) + self.weight[i]
        return base * (1.0 - self.density(i))
