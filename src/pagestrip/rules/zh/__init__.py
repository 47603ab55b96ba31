"""The built-in Chinese pack (``zh.*``).

Written for the family of Chinese document/template sites (范文网, 文秘网,
文库, DedeCMS/PHPCMS article pages), in Simplified and Traditional forms.
Each pattern describes a *shape* of boilerplate — a key followed by a colon
and a value, a parenthesised notice with a figure — rather than one site's
wording, and every line rule is bounded in length so prose that merely
mentions 版权 or 阅读 is left alone.

Patterns are written with bounded repeats and no nested unbounded
quantifiers, so none of them can backtrack catastrophically.

The rules are written in modules by family, and :data:`RULES` joins them in
the order the rule set sees them (the order decides which rule of a scope wins
at the same position, so it is kept): :mod:`.chrome`, :mod:`.metadata`,
:mod:`.edges`, :mod:`.footer`, :mod:`.truncation`, :mod:`.related`,
:mod:`.editorial`, :mod:`.toc`.
"""

from __future__ import annotations

from dataclasses import replace

from ..rule import Rule
from . import chrome, edges, editorial, footer, metadata, related, toc, truncation

RULES: list[Rule] = [
    *chrome.RULES,
    *metadata.RULES,
    *edges.RULES,
    *footer.RULES,
    *truncation.RULES,
    *related.RULES,
    *editorial.RULES,
    *toc.RULES,
]

#: Prefilters for the rules that search a whole line for a key phrase: a line
#: is only tried against them when it holds one of these strings.
REQUIRES: dict[str, tuple[str, ...]] = {
    "zh.chrome.actions": chrome.ACTION_LITERALS,
    "zh.chrome.buttons": edges.BUTTON_WORDS,
    "zh.chrome.breadcrumb": ("位置", "页面", "頁面"),
    "zh.chrome.docformat": ("格式",),
    "zh.footer.copyright": ("版权", "版權", "著作权", "著作權", "追究"),
    "zh.footer.icp": ("ICP", "公网安备", "公網安備"),
    "zh.footer.reprint": ("未经", "未經"),
    "zh.footer.report": ("举报", "舉報"),
    "zh.related.teaser-more": ("更多", "详细", "詳細", "全文", "查看", "阅读", "閱讀"),
    "zh.related.bullet": ("关注", "關注", "阅读", "閱讀", "浏览", "瀏覽", "下载", "下載", "收藏"),
    "zh.truncation.members-line": ("会员", "會員", "VIP"),
    "zh.editorial.infringe": ("侵权", "侵權", "侵删", "侵刪", "侵犯"),
    "zh.editorial.source-note": ("本文", "文章"),
    # Alternatives that open with a figure (1个回答, 3楼) leave no literal to anchor on: name them all.
    "zh.chrome.platform-widgets": (
        "播报",
        "播報",
        "广告",
        "廣告",
        "时长",
        "收起",
        "展开",
        "展開",
        "抢首",
        "搶首",
        "已赞",
        "已讚",
        "已踩",
        "来自",
        "來自",
        "回答",
        "采纳",
        "採納",
        "获赞",
        "帮助的人",
        "幫助的人",
        "分享",
        "微博",
        "扫一扫",
        "掃一掃",
        "朋友圈",
        "QQ空",
        "关注",
        "關注",
        "了解詳情",
        "了解详情",
        "原图",
        "原圖",
    ),
    "zh.chrome.forum-buttons": (
        "使用道具",
        "举报",
        "舉報",
        "回复",
        "回覆",
        "支持",
        "反对",
        "反對",
        "引用",
        "评分",
        "評分",
        "点评",
        "點評",
        "只看",
        "倒序",
        "阅读模式",
        "閱讀模式",
        "电梯",
        "電梯",
        "返回",
        "高级",
        "高級",
        "快速",
        "发新帖",
        "發新帖",
        "复制",
        "複製",
        "淘帖",
        "楼",
        "樓",
        "沙发",
        "沙發",
        "板凳",
        "地板",
        "#",
    ),
}
RULES = [replace(r, requires=REQUIRES[r.id]) if r.id in REQUIRES else r for r in RULES]

__all__ = ["REQUIRES", "RULES"]
