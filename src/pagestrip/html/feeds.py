"""Related and recommended feeds in the region score: prose inside a container named as a
feed (``related``, ``recommend``, ``tuijian``, ``xiangguan``) counts for less when the
article region is chosen (:func:`feed_factors`), so a short post is not lost to the longer
story a portal loads in full under it. A weight, never a veto.

Feeds whose classes say nothing (hashed CSS-module names, or none) are found by their shape
(:class:`TeaserLists`): a list of items, each a linked headline over a summary.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cached_property

from .evidence import COMMENT_WORDS
from .nodes import Block, _Nodes

#: A candidate in a related/recommended feed (a container named by one of _FEED_WORDS, or
#: inside one) has its score multiplied by FEED_FACTOR: a portal that loads the next
#: recommended story in full under a short post (``detail-content__content--recommend``)
#: would otherwise pick the longer story. A weight, not a veto: a feed that holds all the
#: page's prose still wins, and a page whose article is the feed's only prose keeps it.
#: ``more``, ``hot`` or ``next`` are not feed words here: a Q&A page's "more answers" card
#: is more of the thread.
FEED_FACTOR = 0.3
_FEED_WORDS = frozenset({"related", "relate", "xiangguan", "recommend", "tuijian"})


#: On a page that is not a thread (see :mod:`.threads`) a story's comment section weighs as a
#: feed does: one long reader comment, or fifty short ones, outscored the story above them
#: and made the comment box the region.
_FEED_OR_COMMENT_WORDS = _FEED_WORDS | frozenset(COMMENT_WORDS)


def feed_factors(nodes: _Nodes, thread: bool = False) -> list[float]:
    """Each node's score multiplier for the related/recommended feeds in it (FEED_FACTOR):
    the share of its prose inside a feed counts at FEED_FACTOR, so a feed container and
    everything in it is scaled by FEED_FACTOR, and a wrapper holding a short post and a
    longer feed does not outscore the post on the feed's prose. Unless the page is a
    ``thread``, comment boxes count as feeds."""
    words = _FEED_WORDS if thread else _FEED_OR_COMMENT_WORDS
    n = len(nodes.tag)
    in_feed = [False] * n
    feed_prose = [0] * n  # prose of the feeds in the subtree (a feed's own: all of it)
    for i in range(n):  # pre-order: a parent's answer is known before its children's
        p = nodes.parent[i]
        if p >= 0 and in_feed[p]:
            in_feed[i] = True
        elif nodes.hint_word[i] in words:
            in_feed[i] = True
            feed_prose[i] = nodes.prose[i]
    for i in range(n - 1, 0, -1):  # children after parents: sum up, one pass
        p = nodes.parent[i]
        if p >= 0 and not in_feed[p]:
            feed_prose[p] += feed_prose[i]
    return [
        FEED_FACTOR
        if in_feed[i]
        else 1.0 - (1.0 - FEED_FACTOR) * feed_prose[i] / nodes.prose[i]
        if feed_prose[i] and nodes.prose[i]
        else 1.0
        for i in range(n)
    ]


#: A list of teasers: at least TEASER_MIN_ITEMS same-tag siblings (``li``, ``div``,
#: ``article``) holding prose, of which at least TEASER_ITEM_SHARE each hold a headline: a
#: line wholly inside a link (link density at least TEASER_HEADLINE_DENSITY) of at least
#: TEASER_HEADLINE_CHARS characters. Forum replies and comments are lists of linked user
#: names over text, but a user name is short (0-10 characters on the corpus's forums, where
#: teaser headlines run 15-40), and an article's paragraphs hold a link here and there.
TEASER_MIN_ITEMS = 4
#: Below the story, inside the region, a box of three is a list already: "Related posts"
#: plugins show three (see :func:`.region._teasers_in_region`).
TEASER_MIN_ITEMS_BELOW_STORY = 3
TEASER_ITEM_SHARE = 0.75
TEASER_HEADLINE_CHARS = 10
TEASER_HEADLINE_DENSITY = 0.9
#: A sibling of the article's container holding at least this share of its prose in lists
#: of teasers is a feed beside the story, not more of it.
TEASER_SIBLING_SHARE = 0.5
#: A block is in a list of teasers when one of its containers this many levels up at most is
#: one of the list's items (the summary sits in a ``p`` in a ``div`` in the ``li``).
TEASER_ITEM_LEVELS = 4


def _is_headline(b: Block) -> bool:
    """A line wholly inside a link, long enough to be a headline (TEASER_HEADLINE_CHARS)."""
    return b.link_density >= TEASER_HEADLINE_DENSITY and len(b.text) >= TEASER_HEADLINE_CHARS


class TeaserLists:
    """The page's lists of teasers, found by shape alone (see TEASER_MIN_ITEMS): what the
    region's recall guard and sibling rule leave outside when no class word names the feed.
    Each (parent, tag) group is judged once."""

    def __init__(
        self, nodes: _Nodes, blocks: Sequence[Block], min_items: int = TEASER_MIN_ITEMS, headline_first: bool = False
    ) -> None:
        self.nodes = nodes
        self._blocks = blocks
        self._lists: dict[tuple[int, str], bool] = {}
        self.min_items = min_items
        #: Count an item as headed only when its first line is the headline (a teaser opens
        #: with it; an article's list item may end in a "read more about it" link).
        self.headline_first = headline_first

    @cached_property
    def headlines(self) -> list[int]:
        """The nodes of the headline blocks, in document order (blocks come in it). Found on
        first use: a page whose region needs no sibling check or recall never asks."""
        return [b.node for b in self._blocks if _is_headline(b)]

    @cached_property
    def _block_nodes(self) -> list[int]:
        return [b.node for b in self._blocks]

    def _has_headline(self, i: int) -> bool:
        k = bisect_left(self.headlines, i)
        if not (k < len(self.headlines) and self.headlines[k] <= self.nodes.last[i]):
            return False
        if not self.headline_first:
            return True
        # The item's first line (the first block in its subtree) is a headline.
        return _is_headline(self._blocks[bisect_left(self._block_nodes, i)])

    def _is_teaser(self, parent: int, child: int) -> bool:
        """Is ``child`` of ``parent`` an item with a headline in a list of teasers?"""
        return self._has_headline(child) and self.is_list(parent, self.nodes.tag[child])

    def is_list(self, parent: int, tag: str) -> bool:
        """Are ``parent``'s ``tag`` children with prose a list of teasers?"""
        key = (parent, tag)
        got = self._lists.get(key)
        if got is None:
            nodes = self.nodes
            items = [c for c in nodes.children(parent) if nodes.tag[c] == tag and nodes.prose[c]]
            headed = sum(1 for c in items if self._has_headline(c))
            got = self._lists[key] = len(items) >= self.min_items and headed >= TEASER_ITEM_SHARE * len(items)
        return got

    def holds(self, node: int) -> bool:
        """Is ``node``, or a container up to TEASER_ITEM_LEVELS above it, a teaser with a headline?"""
        return self.list_of(node) >= 0

    def list_of(self, node: int) -> int:
        """The container of the list of teasers whose item holds ``node`` (the item ``node`` or
        a container up to TEASER_ITEM_LEVELS above it), or -1."""
        nodes, i = self.nodes, node
        for _ in range(TEASER_ITEM_LEVELS):
            p = nodes.parent[i]
            if p < 0:
                return -1
            if self._is_teaser(p, i):
                return p
            i = p
        return -1

    def prose_in(self, root: int) -> int:
        """The prose inside ``root`` that sits in teasers."""
        nodes = self.nodes
        if not self.headlines:
            return 0
        total = 0
        stack = [root]
        while stack:
            p = stack.pop()
            for c in nodes.children(p):
                if not nodes.prose[c]:
                    continue
                if self._is_teaser(p, c):
                    total += nodes.prose[c]
                else:
                    stack.append(c)
        return total
