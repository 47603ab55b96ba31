"""Related and recommended feeds in the region score: prose inside a container named as a
feed (``related``, ``recommend``, ``tuijian``, ``xiangguan``) counts for less when the
article region is chosen (:func:`feed_factors`), so a short post is not lost to the longer
story a portal loads in full under it. A weight, never a veto.
"""

from __future__ import annotations

from .evidence import COMMENT_WORDS
from .nodes import _Nodes

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
