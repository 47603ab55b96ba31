"""Notices that the page shows only part of the text (``zh.truncation.*``):
omitted-text and members-only notices, 未完, read-more buttons, previews.
"""

from __future__ import annotations

from ...model import Kind
from ..rule import Rule, Scope

_CUT_WORD = (
    r"试读|試讀|预览(?:已|到此)?(?:结束|為止|为止)|預覽(?:已|到此)?(?:結束|為止)|剩余|剩餘|还剩|還剩|未读|未讀|省略|仅显示|僅顯示|只显示|只顯示|部分内容|部分內容|"
    r"未完|篇幅(?:问题|問題|所限|有限)|(?:阅读|閱讀)已?(?:结束|結束)|已(?:结束|結束)|不能全部显示|不能全部顯示"
)
_CUT_FIGURES = r"\d{1,5}\s*(?:页|頁|字|%|％)"
_FULL_ACCESS = (
    r"继续阅读|繼續閱讀|全文|下载|下載|开通|開通|会员|會員|VIP|vip|登录|登錄|注册|註冊|点此|點此|付费|付費|"
    r"购买|購買|完整(?:版|内容|內容|阅读|閱讀)"
)

RULES: list[Rule] = [
    Rule(
        "zh.truncation.omitted",
        Kind.TRUNCATION,
        Scope.INLINE,
        r"(?:……|…|\.{3,6})?\s?[（(][^（()）\n]{0,60}?(?:省略|省去|隐藏|隱藏|略去)\s*\d{1,7}\s*字[^（()）\n]{0,60}?[)）]"
        r"(?:\s?(?:……|…|\.{3,6}))?",
        "inline notice that text was cut: ……(…省略471字,正式会员可完整阅读)……",
    ),
    Rule(
        "zh.truncation.members",
        Kind.TRUNCATION,
        Scope.INLINE,
        r"(?:……|…|\.{3,6})?\s?[（(【\[][^（()）【】\[\]\n]{0,40}?(?:正式会员|正式會員|会员|會員|VIP|vip|付费|付費|登录|登錄)"
        r"[^（()）【】\[\]\n]{0,12}?(?:可|才能|方可|后可|後可)[^（()）【】\[\]\n]{0,6}?"
        r"(?:完整阅读|完整閱讀|完整查看|阅读全文|閱讀全文|查看全文|下载全文|下載全文|全文阅读|全文閱讀|查看完整|可见|可見)"
        r"[^（()）【】\[\]\n]{0,30}?[)）】\]](?:\s?(?:……|…|\.{3,6}))?",
        "members-only notice: (正式会员可完整阅读) / 【VIP可查看全文】",
    ),
    Rule(
        "zh.truncation.unfinished",
        Kind.TRUNCATION,
        Scope.TAIL,
        r"(?:……|…|\.{3,6})?\s?(?:[（(]\s?未完[^\n)）]{0,20}?(?:全文|共\s*\d|当前|當前|剩余|剩餘|显示|顯示)|"
        r"(?:……|…|\.{3,6})\s?未完|未完待续|未完待續|"
        r"全文共\s*\d{1,7}\s*字|当前仅显示|當前僅顯示|当前只显示|當前只顯示|剩余\s*\d{1,7}\s*字|剩餘\s*\d{1,7}\s*字|"
        r"(?:余下|餘下|剩下)全文)",
        "notice that the page shows only part of the text: ……(未完,全文共2082字,当前仅显示1324字 …",
    ),
    Rule(
        "zh.truncation.read-more",
        Kind.TRUNCATION,
        Scope.INLINE,
        r"(?:(?:……|…|\.{3,6})\s?[\[【(（<]?|[\[【(（<]|^)\s?(?:点击|點擊)?(?:阅读|閱讀|查看|展开|展開|浏览|瀏覽)"
        r"(?:全文|更多|完整内容|完整內容)\s?(?:>>|»|>|＞|→)?\s?[\]】)）>]?(?=\s*$)",
        "read-more button at the end of a line: 阅读全文 / 展开全文 / 查看全文>>",
    ),
    Rule(
        "zh.truncation.preview",
        Kind.TRUNCATION,
        Scope.SENTENCE,
        None,
        "a preview notice built from parts: a cut word (试读/预览/剩余/还剩/未读/省略) with figures "
        "(N页/N字) or an action (继续阅读/下载/开通会员): 已阅读3页,剩余17页未读,点此继续阅读",
        cues=(_CUT_WORD, _CUT_FIGURES, _FULL_ACCESS),
        min_cues=2,
        required_cues=(0,),
        max_chars=120,
    ),
    Rule(
        "zh.truncation.members-line",
        Kind.TRUNCATION,
        Scope.LINE,
        r"[【\[(（]?(?:本文|全文|此文|该文|該文|内容|內容)?(?:为|為|仅|僅|需|需要)?[^\n，,。(（]{0,8}?"
        r"(?:开通|開通|成为|成為|升级|升級|注册|註冊|登录|登錄)?(?:正式会员|正式會員|VIP会员|VIP會員|会员|會員|VIP)"
        r"[^\n]{0,20}(?:可|才能|方可|即可)[^\n]{0,10}(?:完整阅读|完整閱讀|阅读全文|閱讀全文|查看全文|下载全文|下載全文|免费下载|免費下載|查看完整)[^\n]{0,30}",
        "members-only line: 开通VIP会员即可阅读全文",
        max_chars=90,
    ),
    Rule(
        "zh.truncation.unlock",
        Kind.TRUNCATION,
        Scope.LINE,
        r"[^\n。！？]{0,20}?(?:解锁|解鎖)(?:文章|全文|本文|阅读|閱讀|完整内容|完整內容)[^\n。！？]{0,20}",
        "a paywall's unlock button on a line of its own: 最低0.47元/天 解锁文章, 开通会员解锁全文 (the article "
        "above it is cut short)",
        max_chars=40,
    ),
]
