"""Chrome outside the article (``zh.chrome.*`` in :attr:`Scope.EDGE`): avatars'
alt text, app links, recently-visited headings, the site's name alone, a button's label.
"""

from __future__ import annotations

from ...model import Kind
from ..rule import Rule, Scope

#: One button of a post's widgets, alone on its line (the page printed each in an element of
#: its own): share, follow, like, comment, log in; a count may follow (点赞 12, 评论(3)).
BUTTON_WORDS = (
    *("分享", "收藏", "举报", "舉報", "关注", "關注", "加关注", "加關注", "已关注", "已關注", "取消关注", "取消關注"),
    *("点赞", "點讚", "评论", "評論", "写评论", "寫評論", "发表评论", "發表評論", "参与评论", "參與評論"),
    *("打赏", "打賞", "订阅", "訂閱", "订阅专栏", "訂閱專欄", "专栏目录", "專欄目錄", "转发", "轉發"),
    *("回复", "回覆", "扫一扫", "掃一掃", "在看", "登录", "登錄", "注册", "註冊", "赞", "讚", "踩"),
    *("复制链接", "複製鏈接"),
)
_BUTTON = rf"(?:[+＋]\s*)?(?:{'|'.join(BUTTON_WORDS)})(?:\s*[(（]?\s*\d{{1,6}}\s*[)）]?)?"


RULES: list[Rule] = [
    Rule(
        "zh.chrome.avatar",
        Kind.CHROME,
        Scope.EDGE,
        r"[^\n。！？!?]{1,30}的(?:头像|頭像)[^\n。！？!?]{0,40}",
        "outside the article: an avatar's alt text left in the text (张三的头像张三管理员)",
        max_chars=80,
    ),
    Rule(
        "zh.chrome.app-link",
        Kind.CHROME,
        Scope.EDGE,
        r"(?:(?:APP|App|app|客户端|客戶端|手机版|手機版|移动版|移動版|手机客户端|手機客戶端)\s*(?:下载|下載)?|"
        r"(?:下载|下載)\s*(?:APP|App|app|客户端|客戶端))",
        "outside the article: a link to the site's app or mobile version (APP下载, 手机版, 下载客户端)",
        max_chars=12,
    ),
    Rule(
        "zh.chrome.recent-heading",
        Kind.CHROME,
        Scope.EDGE,
        r"(?:最近|最新)(?:访问|訪問|浏览|瀏覽|来访|來訪|访客|訪客)(?:记录|記錄)?",
        "outside the article: a recently-visited box's heading (最近访问, 最近浏览记录)",
        max_chars=8,
    ),
    Rule(
        "zh.chrome.site-name",
        Kind.CHROME,
        Scope.EDGE,
        r"[\p{Han}A-Za-z0-9]{1,12}?(?:网|網|站|文库|文庫|之家|范文|範文|大全|资料库|資料庫)",
        "outside the article: the site's name alone on a line (文秘资料网)",
        max_chars=16,
    ),
    Rule(
        "zh.chrome.buttons",
        Kind.CHROME,
        Scope.EDGE,
        _BUTTON,
        "outside the article: a button's label alone on its line (关注, 扫一扫, 点赞, 评论(3), 专栏目录, 登录)",
        max_chars=12,
    ),
]
