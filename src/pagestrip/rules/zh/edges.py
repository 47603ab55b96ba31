"""Chrome outside the article (``zh.chrome.*`` in :attr:`Scope.EDGE`): avatars'
alt text, app links, recently-visited headings, the site's name alone.
"""

from __future__ import annotations

from ...model import Kind
from ..rule import Rule, Scope

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
]
