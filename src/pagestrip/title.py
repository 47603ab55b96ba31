"""Choosing the page title among the title-like lines of the head, by evidence.

The first title-like line of a page is often a menu item (APP下载), a site
section (Eulogy Examples) or a breadcrumb's last step. The title is the line the
page keeps coming back to: it is printed again (a copy, or with a piece number:
…报告1), it names a kind of document (讲话, 报告, 方案, Speech, Eulogy), it sits
right above the metadata line or the text, and it is not shaped like a button.
Each piece of evidence adds to a candidate's score; the best one wins, the
earliest among equals.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from . import lazyre
from .dedupe import same_title

#: Words naming a kind of document: a line holding one is likely the title.
_GENRE = lazyre.compile(
    r"讲话|講話|发言|發言|致辞|致辭|报告|報告|方案|总结|總結|计划|計劃|心得|体会|體會|倡议|倡議|演讲|演講|主持词|主持詞|"
    r"作文|通知|意见|意見|制度|办法|辦法|规定|規定|决定|決定|党课|黨課|述职|述職|调研|調研|研究|申请|申請|"
    r"\b(?:speech|eulogy|essay|address|remarks|toast|letter|report|story|poem|tribute)\b",
    regex.IGNORECASE,
)
#: Words of a button or a menu entry: a line holding one is not the title.
_CHROME = lazyre.compile(
    r"下载|下載|上传|上傳|登录|登錄|注册|註冊|首页|首頁|导航|導航|(?<![A-Za-z])APP(?![A-Za-z])|客户端|客戶端|会员|會員|搜索|收藏|分享|投稿|"
    r"\b(?:examples|samples|home|menu|login|sign in|download|categories|archives?|search|database)\b",
    regex.IGNORECASE,
)

#: A form's field, ``label: value`` (參加者姓名:陳得恩, 指導老師:Molly): beside another such line
#: it is one of a block of fields (the entrant's name, school and teacher over an essay),
#: not the title, which a title with a colon of its own (七一党课:初心易得) never stands in.
_FIELD = lazyre.compile(r"[^\s:：]{2,8}[:：]\s*[^:：\s][^:：]{0,24}")

#: A subtitle opens with a dash (——在全县经济工作会议上的讲话, ---2022年新年致辭): under a
#: title-like line it says what the line above it is, and the line above is the title.
_SUBTITLE_DASH = lazyre.compile(r"\s*(?:—{1,2}|-{2,3}|－{1,2}|─{1,2})\s*\S")

#: Score of each piece of evidence.
REPEAT_SCORE = 2.0
REPEAT_MAX = 2
GENRE_SCORE = 1.0
CHROME_PENALTY = 3.0
FIELD_PENALTY = 2.0
SUBTITLE_PENALTY = 2.0
ABOVE_META_SCORE = 1.0
MENU_PENALTY = 3.0


def choose(
    texts: list[str], candidates: list[int], nearby: list[int], meta_k: int | None, menu: Collection[int] = ()
) -> int | None:
    """The index (into ``texts``) of the title among ``candidates`` (None: only buttons).

    ``nearby`` are the indices of the lines a copy of the title may stand on
    (the head and the first lines after it); ``meta_k`` is the first metadata
    line of the head, if any; ``menu`` the indices of a site menu's entries (no title
    unless the page prints one again).
    """
    if not candidates:
        return None
    best_k: int | None = None
    best = float("-inf")
    for k in candidates:
        t = texts[k]
        score = 0.0
        # (a menu printed twice, for the desktop and the phone, repeats no title)
        repeats = sum(
            1
            for j in nearby
            if j != k and len(texts[j]) <= 90 and not (k in menu and j in menu) and same_title(texts[j], t)
        )
        score += REPEAT_SCORE * min(repeats, REPEAT_MAX)
        if _GENRE.search(t):
            score += GENRE_SCORE
        if _CHROME.search(t):
            if not repeats:
                continue  # a button or menu entry the page never prints again is no title
            score -= CHROME_PENALTY
        if k in menu and not repeats:
            score -= MENU_PENALTY
        if _in_field_block(texts, k):
            score -= FIELD_PENALTY
        if is_dash_subtitle(t) and _nearest(texts, k, -1) in candidates:
            score -= SUBTITLE_PENALTY
        if meta_k is not None and k < meta_k:
            # Above a metadata line the longest title-like line is the title
            # (a category label or a speaker line may sit beside it).
            score += ABOVE_META_SCORE + min(len(t), 40) / 40
        if score > best:
            best_k, best = k, score
    return best_k


def _in_field_block(texts: list[str], k: int) -> bool:
    """Is line ``k`` a form's field next to another (the nearest non-empty line above or
    below it is one too)?"""
    if not _FIELD.fullmatch(texts[k].strip()):
        return False
    return any(
        j is not None and _FIELD.fullmatch(texts[j].strip()) for j in (_nearest(texts, k, -1), _nearest(texts, k, 1))
    )


#: A dash subtitle is a short line: a longer one opening with a dash is a sentence.
SUBTITLE_MAX_CHARS = 60


def is_dash_subtitle(line: str) -> bool:
    """Does ``line`` read as a subtitle opened by a dash (——在…上的讲话)?"""
    return len(line.strip()) <= SUBTITLE_MAX_CHARS and _SUBTITLE_DASH.match(line) is not None


def _nearest(texts: list[str], k: int, step: int) -> int | None:
    """The nearest non-empty line above (``step`` -1) or below (1) line ``k``, or None."""
    j = k + step
    while 0 <= j < len(texts) and not texts[j].strip():
        j += step
    return j if 0 <= j < len(texts) else None
