"""Comment sections found by their shape, for pages whose class names say nothing.

A story's comments are a list of sibling boxes built alike (one signature, see
:meth:`_Nodes.sig`), each holding a reader's words and a short line with when they were
posted (``2014/01/01 20:31``, ``5月19日``, ``3 days ago``, ``Hace 2 horas``). A page that
names its comment box (``comment``, ``cmt``) is read by its words (:mod:`.evidence`); this
finds the same box on a CSS-module site (``css-1x9k2``) or one without classes.

A forum thread's replies have the very same shape, and there they are the content (SPEC):
so the lists are only used on a page that is not a thread by any sign
(:func:`declares_thread`, :func:`.threads.is_thread`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from .. import lazyre
from ..vocabulary import MONTH_NAME, TITLE_SITE_SEP
from .elements import _HEADINGS
from .nodes import Block, _Nodes

#: A comment list has at least this many items with prose...
COMMENT_MIN_ITEMS = 3
#: ... and at least this share of them are dated: two lines or more, one of them short
#: (COMMENT_DATE_LINE_MAX_CHARS) with a date or a time in it.
COMMENT_DATED_SHARE = 0.5
COMMENT_DATE_LINE_MAX_CHARS = 60
#: A signed item (see :class:`CommentLists`) holds this many lines at least, one of them an
#: undated line this short: the commenter's name, a reply or like button.
COMMENT_SIGNED_LINES = 3
COMMENT_NAME_MAX_CHARS = 30
#: A dated line is signed too when this much of it is left once the date, digits, marks and
#: clock words are gone (读者0号 2024-05-10: 读者号); a live blog's 11:42 PM, a changelog's
#: v2.3.0 — 2024-03-01 and a timeline's 1998年5月 leave less.
COMMENT_NAME_MIN_CHARS = 2
_NOT_A_NAME = lazyre.compile(
    r"[\d\s\p{P}\p{S}]+|\b(?:am|pm|at|on|by|updated|posted|published|edited)\b|[年月日时時分秒号號]", regex.IGNORECASE
)
_SHARE = lazyre.compile(r"(?:share|tweet|email|分享|转发|轉發)(?:\s*\d+)?", regex.IGNORECASE)
#: A list's items are looked for this many containers above its dated lines.
COMMENT_ITEM_LEVELS = 5

#: When a comment was posted, as comment widgets print it: a date, a clock time, or an age.
_POSTED = lazyre.compile(
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}"
    r"|(?<!\d)\d{1,2}:\d\d(?!\d)"
    r"|\d{1,2}月\d{1,2}日"
    r"|\d+\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前|刚刚|剛剛|昨天|前天"
    r"|\b\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdwy]|mo|yrs?)\s+ago\b"
    r"|\bhace\s+(?:\d+|una?)\s"
    rf"|\b{MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}",
    regex.IGNORECASE,
)

#: A character every one of _POSTED's forms holds: a cheap scan spares most lines the full
#: pattern (a date is written in digits, or 刚刚/昨天/前天/hace una).
_MAYBE_POSTED = lazyre.compile_re(r"[0-9０-９刚剛昨前Hh]")

#: A thread page says so beyond its class names: its JSON-LD type, the forum software that
#: made it (``<meta name="generator">``), the site calling itself a forum or a community in
#: its site name, or the thread furniture of forum software. A false sign keeps the page's
#: comment lists, and takes dated lists outside the region for replies.
_THREAD_TYPES = lazyre.compile(r"\b(?:DiscussionForumPosting|QAPage)\b")
_FORUM_SOFTWARE = lazyre.compile(
    r"\b(?:discuz|phpbb|vbulletin|xenforo|discourse|flarum|nodebb|mybb|phpwind|dvbbs|invision|smf)\b",
    regex.IGNORECASE,
)
#: A forum's or community's name ends with what it is (示例论坛, 一个清新文艺的微社区, Example Forums).
_FORUM_NAME = lazyre.compile(
    r"(?:论坛|論壇|社区|社區|贴吧|貼吧|问答|問答|\b(?:bbs|forums?|community|q&a))\s*$", regex.IGNORECASE
)
#: What separates a page's title from its site's name in ``<title>`` (:data:`TITLE_SITE_SEP`),
#: and what else a forum prints there: X » Site, X : Site, a single dash or dot between Han
#: characters (讲话—示例社区, 讲话·示例社区).
_TITLE_SEP = lazyre.compile(rf"{TITLE_SITE_SEP}|\s*»\s*|\s+:\s+|(?<=\p{{Han}})[–—·»](?=\p{{Han}})")
_THREAD_FURNITURE = lazyre.compile(r"楼主|樓主|只看该作者|只看該作者|倒序看帖|倒序浏览|倒序瀏覽|电梯直达|電梯直達")
#: Thread furniture counts on lines this short (a post that mentions 楼主 is not furniture)...
FURNITURE_MAX_CHARS = 20
#: ... on this many of them at least.
FURNITURE_MIN_LINES = 2
#: A floor's header, its number and when it was posted (``1楼 大 中 小 发表于 2009-12-28 15:25``),
#: counts as furniture on a line up to FLOOR_HEADER_MAX_CHARS long.
_FLOOR_HEADER = lazyre.compile(r"(?:^|\s)\d{1,5}\s*[楼樓#][^\n]{0,16}?(?:发表于|發表於|發表于|发表在|發表在)")
FLOOR_HEADER_MAX_CHARS = 60


def declares_thread(meta: dict[str, str], blocks: Sequence[Block]) -> bool:
    """Does the page say it is a forum thread or a Q&A question, whatever its class names:
    a JSON-LD ``DiscussionForumPosting``/``QAPage``, a forum package as its generator, a
    forum's or community's name as its site name (``og:site_name``, or the last part of
    the title after a separator: ``… | 泡泡 - 一个清新文艺的微社区``, ``… - Forums``), or
    FURNITURE_MIN_LINES short lines of thread furniture (楼主, 只看该作者, 倒序看帖, a floor's
    header: 2楼 发表于 2010-1-17 14:41)?"""
    if _THREAD_TYPES.search(meta.get("ld:type", "")) or _FORUM_SOFTWARE.search(meta.get("generator", "")):
        return True
    # The site's name only: a story's title may say 社区 or Community (某社区开展垃圾分类).
    parts = _TITLE_SEP.split(meta.get("title", ""))
    names = [
        meta.get("og:site_name", ""),
        meta.get("application-name", ""),
        parts[-1] if len(parts) > 1 else "",
    ]
    if any(_FORUM_NAME.search(name) for name in names):
        return True
    furniture = 0
    for b in blocks:
        n = len(b.text)
        if (n <= FURNITURE_MAX_CHARS and _THREAD_FURNITURE.search(b.text)) or (
            n <= FLOOR_HEADER_MAX_CHARS and ("发表" in b.text or "發表" in b.text) and _FLOOR_HEADER.search(b.text)
        ):
            furniture += 1
            if furniture >= FURNITURE_MIN_LINES:
                return True
    return False


class CommentLists:
    """The page's comment lists below node ``after`` (the story's best paragraph: comments
    come under the story), found by shape: COMMENT_MIN_ITEMS or more sibling boxes with one
    signature holding prose, COMMENT_DATED_SHARE of them dated. Each (parent, signature)
    group is judged once.

    ``signed`` lists ask more of each item: a third line, short and undated, beside the date
    and the words (the commenter's name, a reply button). A live blog's updates, a
    changelog's versions and a timeline's events are dated boxes too, but each holds a date
    and its text only; inside the region only signed lists are taken for comments.
    """

    def __init__(self, nodes: _Nodes, blocks: Sequence[Block], after: int = -1) -> None:
        self.nodes = nodes
        # A block's node is the element its text sits in: text after a child element is
        # its parent's, so blocks are not in node order. Sorted here, for the bisections.
        below = sorted(((b.node, k) for k, b in enumerate(blocks) if b.node > after))
        self._starts = [n for n, _ in below]
        self._blocks = [blocks[k] for _, k in below]
        self._lists: dict[tuple[int, str, bool], bool] = {}
        #: The short dated lines: a list needs COMMENT_DATED_SHARE of COMMENT_MIN_ITEMS of
        #: them, so most pages (one date, under the title) are done after this one pass.
        self._dates = [
            b.node
            for b in self._blocks
            if len(b.text) <= COMMENT_DATE_LINE_MAX_CHARS and _MAYBE_POSTED.search(b.text) and _POSTED.search(b.text)
        ]
        self.possible = len(self._dates) >= COMMENT_DATED_SHARE * COMMENT_MIN_ITEMS
        self._found: dict[bool, list[int]] = {}

    def _signature(self, i: int) -> str:
        return self.nodes.sig(i) or self.nodes.tag[i]

    def _lines(self, item: int) -> list[Block]:
        """The blocks inside ``item``."""
        lo = bisect_left(self._starts, item)
        return self._blocks[lo : bisect_right(self._starts, self.nodes.last[item], lo)]

    def _dated(self, item: int, signed: bool) -> bool:
        """Does ``item`` hold two lines or more, one of them a short one with a date or time
        (and, ``signed``, a third: a short undated one)?"""
        k = bisect_left(self._dates, item)
        if k >= len(self._dates) or self._dates[k] > self.nodes.last[item]:
            return False
        lines = self._lines(item)
        if not signed:
            return len(lines) >= 2
        if len(lines) >= COMMENT_SIGNED_LINES and any(self._signature_line(b) for b in lines):
            return True
        # A name printed on the date's own line: 读者0号 2024-05-10 10:20.
        return len(lines) >= 2 and any(
            len(b.text) <= COMMENT_DATE_LINE_MAX_CHARS
            and len(_NOT_A_NAME.sub("", _POSTED.sub("", b.text))) >= COMMENT_NAME_MIN_CHARS
            for b in lines
            if _POSTED.search(b.text)
        )

    def _signature_line(self, b: Block) -> bool:
        """Is ``b`` a commenter's name or a reply button: short, undated, no heading (a live
        blog's update has one), no share button (anything can be shared)?"""
        return (
            len(b.text) <= COMMENT_NAME_MAX_CHARS
            and self.nodes.tag[b.node] not in _HEADINGS
            and not _POSTED.search(b.text)
            and not _SHARE.fullmatch(b.text.strip())
        )

    def is_list(self, parent: int, signature: str, signed: bool = False) -> bool:
        """Are ``parent``'s children with ``signature`` and prose a list of dated comments?"""
        key = (parent, signature, signed)
        got = self._lists.get(key)
        if got is None:
            nodes = self.nodes
            items = [c for c in nodes.children(parent) if nodes.prose[c] and self._signature(c) == signature]
            dated = sum(1 for c in items if self._dated(c, signed)) if len(items) >= COMMENT_MIN_ITEMS else 0
            got = self._lists[key] = len(items) >= COMMENT_MIN_ITEMS and dated >= COMMENT_DATED_SHARE * len(items)
        return got

    def lists(self, signed: bool = False) -> list[int]:
        """The parents of the comment lists, in document order: found from the dated lines
        up (a list's items are dated), COMMENT_ITEM_LEVELS containers at most."""
        got = self._found.get(signed)
        if got is not None:
            return got
        nodes = self.nodes
        found: set[int] = set()
        for d in self._dates:
            i = d
            for _ in range(COMMENT_ITEM_LEVELS):
                p = nodes.parent[i]
                if p < 0 or nodes.tag[p] in ("body", "html"):
                    break
                if p not in found and self.is_list(p, self._signature(i), signed):
                    found.add(p)
                i = p
        got = self._found[signed] = sorted(found)
        return got

    def holder(self, node: int, sparing: int = -1, signed: bool = False) -> int:
        """A comment list (``signed``: of signed items) that holds ``node`` and not
        ``sparing`` (the story's best paragraph: a list around it is the page's layout);
        -1 if none."""
        if not self.possible:
            return -1
        lists = self.lists(signed)
        for k in range(bisect_right(lists, node) - 1, -1, -1):
            p = lists[k]
            if self.nodes.inside(node, p) and not (sparing >= 0 and self.nodes.inside(sparing, p)):
                return p
        return -1
