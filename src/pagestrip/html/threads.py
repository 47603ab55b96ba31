"""Thread pages: on a forum topic or a Q&A question the replies are the content (the SPEC:
on a forum thread the posts are the content), while a story's comment section is not. A page
is a thread when its markup says so (:func:`is_thread`); then the prose of its reply boxes
outside the region joins the article (:func:`keep_replies`).
"""

from __future__ import annotations

from .. import lazyre
from .comments import CommentLists
from .elements import _HEADINGS
from .evidence import COMMENT_WORDS, _words
from .feeds import TeaserLists
from .nodes import Block, _Nodes
from .prose import PROSE_MAX_LINK_DENSITY

#: A page with this many containers named by a thread word is a thread (a forum topic, a Q&A
#: question): its replies are kept. Story pages name their comment boxes ``comment`` and
#: ``reply`` too, never ``topic`` or ``thread`` (0–1 such containers on the corpus's).
THREAD_MIN_CONTAINERS = 3
_THREAD_WORDS = frozenset({"topic", "thread", "question", "forum", "discuss", "discussion"})
_REPLY_WORDS = frozenset({*COMMENT_WORDS, "reply", "replies"})
#: A reply is prose, or a short line said as a sentence (元旦快乐！, 哈哈~); the reply box's
#: names, counters and buttons (资料搬运工, 8条评论, 仅看楼主) are neither.
_REPLY_END = lazyre.compile_re(r"[。！？!?…~～]\s*$")


#: Words of a comment widget under a story: a container named by one of them is not a thread's
#: even when it says ``thread`` too (Disqus's ``disqus_thread`` sits under millions of posts).
_WIDGET_WORDS = frozenset({*COMMENT_WORDS, "disqus"})


#: Tags that label one item rather than hold posts: a teaser's ``h3.card__title-topic``, a
#: tag row's ``li.hot_topic``, a share button's ``li.topicShareBtn``.
_ITEM_TAGS = frozenset({*_HEADINGS, "li", "p", "dt", "dd"})


def is_thread(nodes: _Nodes) -> bool:
    """Does the page's markup call it a thread: THREAD_MIN_CONTAINERS or more containers
    named by a thread word (topic, thread, question, forum, discuss), not a comment widget's
    nor an item's label?"""
    n = 0
    for tag, cls, ident in zip(nodes.tag, nodes.cls, nodes.ident, strict=True):
        if tag in _ITEM_TAGS:
            continue
        words = {*(_words(cls, True) if cls else ()), *(_words(ident, False) if ident else ())}
        if not _THREAD_WORDS.isdisjoint(words) and _WIDGET_WORDS.isdisjoint(words):
            n += 1
            if n >= THREAD_MIN_CONTAINERS:
                return True
    return False


def keep_replies(blocks: list[Block]) -> None:
    """On a thread the replies are content (SPEC: on a forum thread the posts are the
    content), not a story's comment section: blocks in reply/comment containers outside the
    region, not link lists, join it. The text rules still take their buttons and stamps."""
    for b in blocks:
        if (
            not b.in_main
            and b.hint_word in _REPLY_WORDS
            and b.link_density < PROSE_MAX_LINK_DENSITY
            and (b.score or _REPLY_END.search(b.text))
        ):
            b.in_main, b.hint, b.why = True, None, ("thread",)


def keep_listed_replies(blocks: list[Block], replies: CommentLists, teasers: TeaserLists) -> None:
    """On a thread whose reply boxes have no names, the replies are found by their shape (a
    list of dated boxes built alike, :class:`.comments.CommentLists`) and kept as
    :func:`keep_replies` keeps named ones: prose or a line said as a sentence, not links,
    and not a list of teasers (a dated related-news list has the same shape)."""
    for b in blocks:
        if (
            not b.in_main
            and b.hint is None
            and not teasers.holds(b.node)
            and b.link_density < PROSE_MAX_LINK_DENSITY
            and (b.score or _REPLY_END.search(b.text))
            and replies.holder(b.node) >= 0
        ):
            b.in_main, b.why = True, ("thread",)
