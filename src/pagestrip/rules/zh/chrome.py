"""Chrome of a Chinese page's own (``zh.chrome.*``, with ``zh.editorial.summary``):
breadcrumbs, welcome lines, search boxes, buttons and pagers, print page
numbers, category labels, site menus, login bars, share and forum prompts.
"""

from __future__ import annotations

from ...model import Kind
from ..rule import Rule, Scope

#: The commonest function characters of Chinese prose: about one character in
#: seven of any sentence is one of them.
_FUNCTION_CHARS = frozenset("的了是在和有我这這你他们們不也就都要说說着著个個一之以为為上中大到来來对對")
#: A line of Han characters this long with no punctuation at all is no sentence
#: (real prose puts a comma within about 40 characters) ...
JAMMER_MIN_CHARS = 50
#: ... and when fewer than this share of it are function characters, it is
#: characters drawn at random to poison scrapers, not words.
JAMMER_FUNCTION_SHARE = 0.04


def _random_han(line: str) -> bool:
    """Too few function characters for Chinese words (see :data:`JAMMER_FUNCTION_SHARE`)."""
    s = line.strip()
    return sum(c in _FUNCTION_CHARS for c in s) < JAMMER_FUNCTION_SHARE * len(s)


_ACTION = (
    r"分享|收藏|举报|舉報|下载|下載|打印|评论|評論|点赞|點讚|点赞|关注|關注|复制|複製|纠错|糾錯|投诉|投訴|书签|書籤|"
    r"转发|轉發|引用|回复|回覆|只看该作者|只看該作者|顶|頂|踩|赞|讚|编辑|編輯|删除|刪除|微信|微博|QQ空间|QQ空間|在看|"
    r"收起|新浪微博|腾讯微博|騰訊微博|微信扫一扫|微信掃一掃|朋友圈|复制链接|複製鏈接|"
    # a portal story's toolbar: 打印 留言 论坛 网摘 手机点评 纠错
    r"留言|论坛|論壇|网摘|網摘|(?:手机|手機)?(?:点评|點評)|"
    # a forum floor's link back up: 引用 回复 TOP
    r"TOP|(?:返回|回到)(?:顶部|頂部)|"
    r"(?:字体|字體|字号|字號)(?:减小|減小|增大|放大|缩小|縮小)|(?:放大|缩小|縮小)(?:字体|字體|字号|字號)|"
    # A forum floor's bar: 举报 | 3楼 | 打赏 | 回复 | 评论(17), 来自 天涯社区客户端, and its
    # comment widget: 剩余 15 条评论 点击查看 我要评论.
    r"打赏|打賞|\d{1,5}\s*[楼樓]|来自\s*[\p{Han}A-Za-z]{1,10}(?:客户端|客戶端)|來自\s*[\p{Han}A-Za-z]{1,10}客戶端|"
    r"(?:剩余|剩餘)\s*\d{1,5}\s*[条條](?:评论|評論|回复|回覆)|点击查看|點擊查看|我要评论|我要評論|"
    # a Q&A answer's bar: 2天前 | 回复 | 暂无评论 | 举报 (its time said relatively, its comment count)
    r"\d{1,3}\s*(?:秒前|分钟前|分鐘前|小时前|小時前|天前|周前|週前|个月前|個月前|年前)|刚刚|剛剛|暂无评论|暫無評論|"
    r"\d{1,5}\s*[条條](?:评论|評論)"
)
#: What a row of buttons holds one of, as the page-wide literal scan finds it: the plain
#: words of :data:`_ACTION` and the pieces of its compound ones (a row of floor numbers
#: alone, ``3楼 4楼``, is no row of buttons). ``tests/rules/test_requires_cover.py`` checks
#: that every other alternative holds one.
ACTION_LITERALS = tuple(
    dict.fromkeys(
        [
            # (not TOP: in a case-blind scan "top" is in every English page's words, and a
            # row with TOP has a Chinese button beside it)
            *(w for w in _ACTION.split("|") if w and w != "TOP" and not any(c in w for c in "\\()[]{}?*+")),
            *("字体", "字體", "字号", "字號", "放大", "缩小", "縮小", "版权申诉", "版權申訴", "赚钱"),
            # the compound words' own: 手机点评, 来自 …客户端, 3秒前, 2年前
            *("点评", "點評", "来自", "來自", "秒前", "年前"),
        ]
    )
)
#: One button of a row, its count after it: 评论(17), 点赞（3）.
_ACTION_ITEM = rf"(?:{_ACTION})(?:\s*[(（]\d{{1,6}}[)）])?"

#: One widget text of a WeChat post's end: the swipe hints (after the account's name, which
#: the page prints before them), 轻触阅读原文, 预览时标签不可点, the mini-program prompt.
_WECHAT_WIDGET = (
    r"(?:(?:[\p{Han}A-Za-z0-9]{1,16}?\s*)?(?:继续滑动看下一个|繼續滑動看下一個|向上滑动看下一个|向上滑動看下一個)|"
    r"(?:轻触|輕觸)?(?:阅读原文|閱讀原文)|查看原文|预览时标签不可点|預覽時標籤不可點|"
    r"微信扫一扫\s*使用小程序)"
)

RULES: list[Rule] = [
    Rule(
        "zh.chrome.breadcrumb",
        Kind.CHROME,
        Scope.LINE,
        r"(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|你现在的位置|你現在的位置|"
        r"现在的位置|現在的位置|所在位置|当前页面|當前頁面)\s*[:：][^\n]{0,200}",
        "breadcrumb line: 当前位置/您的位置/您现在的位置: …",
        max_chars=220,
        tags=("head-anchor",),
    ),
    Rule(
        "zh.chrome.welcome",
        Kind.CHROME,
        Scope.LINE,
        r"(?:欢迎|歡迎)(?:光临|光臨|访问|訪問|来到|來到|您来到|您來到|进入|進入)[^\n。，,]{1,30}?[!！。]?",
        "welcome line: 欢迎光临/欢迎访问 <site>",
        max_chars=40,
        tags=("head-anchor",),
    ),
    Rule(
        "zh.chrome.search",
        Kind.CHROME,
        Scope.LINE,
        r"(?:文章|站内|站內|全站|文档|文檔|范文|範文)?(?:搜索|搜尋|检索|檢索)(?:\s*[:：])?",
        "search box label: 文章搜索/站内搜索",
        max_chars=8,
    ),
    Rule(
        "zh.chrome.rating",
        Kind.CHROME,
        Scope.LINE,
        r"(?:推荐度|推薦度|推荐指数|推薦指數|评分|評分|星级|星級)\s*[:：][^\n]{0,20}",
        "rating widget: 推荐度: / 评分:",
        max_chars=30,
    ),
    Rule(
        "zh.chrome.download",
        Kind.CHROME,
        Scope.LINE,
        r"(?:点击|點擊|立即|免费|免費)(?:下载|下載)[^\n。]{0,40}|"
        r"(?:下载|下載)(?:本文|全文|文档|文檔|word|Word|WORD|此文|地址)[^\n。]{0,30}",
        "download button: 点击下载文档 / 下载本文 …",
        max_chars=48,
    ),
    Rule(
        "zh.chrome.docformat",
        Kind.CHROME,
        Scope.LINE,
        r"[^\n]{0,30}(?:文档|文檔)为\s*(?:doc|docx|pdf|txt|wps)\s*格式[^\n]{0,20}",
        "document format notice: 文档为doc格式",
        max_chars=60,
        ignore_case=True,
    ),
    Rule(
        "zh.chrome.nav-buttons",
        Kind.CHROME,
        Scope.LINE,
        r"(?:返回顶部|返回頂部|返回首页|返回首頁|返回列表|返回目录|返回目錄|打印本文|打印此文|打印本页|"
        r"关闭窗口|關閉窗口|收藏本文|收藏本页|加入收藏|设为首页|設為首頁|复制链接|複製鏈接|"
        r"分享[到至][:：]?[^\n]{0,40}|[【\[]?(?:打印|关闭|關閉|收藏|返回|顶部|頂部)[】\]]?"
        r"(?:\s*[【\[]?(?:打印|关闭|關閉|收藏|返回|顶部|頂部|大|中|小|字体|字體)[】\]]?)*)",
        "page buttons: 返回顶部, 打印本文, 关闭窗口, 分享到 …",
        max_chars=60,
    ),
    Rule(
        "zh.chrome.pager",
        Kind.CHROME,
        Scope.LINE,
        r"(?>(?:首页|首頁|上一页|上一頁|下一页|下一頁|尾页|尾頁|末页|末頁|\d{1,3}+(?!\d)|…|\.\.\.)\s*+(?:[|｜丨]\s*+)?){2,20}+",
        "pager links: 首页 上一页 1 2 3 下一页 尾页, also split by bars (首页 | 上一页 1 下一页 | 尾页)",
        max_chars=120,
    ),
    Rule(
        "zh.chrome.print-page",
        Kind.CHROME,
        Scope.LINE,
        r"(?:[—－\-–]{1,2}\s*\d{1,4}\s*[—－\-–]{1,2}|第\s*\d{1,4}\s*页\s*(?:[,，/]?\s*共\s*\d{1,4}\s*页)?|"
        r"第\s*\d{1,4}\s*頁\s*(?:[,，/]?\s*共\s*\d{1,4}\s*頁)?|\d{1,4}\s*/\s*\d{1,4}\s*页?|"
        # a bare number, but not a zero-padded 01…09: those number a listicle's sections
        r"(?!0[1-9](?!\d))\d{1,3})",
        "page number left by a print/PDF layout: —6—, 第1页共3页, - 2 - (01 … 09 are section numbers)",
        max_chars=20,
    ),
    Rule(
        "zh.chrome.print-page-inline",
        Kind.CHROME,
        Scope.INLINE,
        r"(?<=[\p{Han}\p{P}\s])\s{0,2}[—－–]\s?\d{1,4}\s?[—－–](?=\s*$)|(?<=[\p{Han}\p{P}])\s{1,3}-\s\d{1,4}\s-(?=\s*$)|"
        r"(?<=[\p{Han}\p{P}\s])第\s*\d{1,4}\s*[页頁]\s*[,，/]?\s*共\s*\d{1,4}\s*[页頁](?=\s*$)",
        "page number at the end of a wrapped line: …建设。—4—",
    ),
    Rule(
        "zh.chrome.category-label",
        Kind.CHROME,
        Scope.HEAD,
        r"[\p{Han}]{2,8}(?:[/、·][\p{Han}]{2,8}){0,2}",
        "category label above the page title (工作总结, 城建环保)",
        max_chars=20,
        tags=("label",),
    ),
    Rule(
        "zh.chrome.site-menu",
        Kind.CHROME,
        Scope.LINE,
        r"(?:首页|首頁|网站首页|網站首頁|主页|主頁)(?:\s*[|｜丨·]\s*[\p{Han}A-Za-z]{2,8}|\s+[\p{Han}A-Za-z]{2,8}){2,30}",
        "site menu line starting with 首页: 首页 | 范文大全 | 工作总结",
        max_chars=200,
        tags=("head-anchor",),
    ),
    Rule(
        "zh.chrome.category-line",
        Kind.CHROME,
        Scope.LINE,
        r"(?:发布在|發佈在|发表在|發表在|所属栏目|所屬欄目|所属分类|所屬分類|(?:分类|分類|栏目|欄目)(?=\s*[:：]))\s*[:：]?\s*"
        r"[^\n。，,]{1,20}(?:\s*[,，、|]\s*[^\n。，,]{1,20}){0,5}",
        "category line of a post: 发布在 讲话 / 分类：工作总结",
        max_chars=60,
    ),
    Rule(
        "zh.editorial.summary",
        Kind.EDITORIAL,
        Scope.LINE,
        r"(?:摘要|内容摘要|內容摘要|文章摘要|导读|導讀|简介|簡介)\s*[:：][^\n]{0,200}?(?:\.\.\.|…|……)\s*",
        "the site's summary of the page cut short: 摘要: … ...",
        max_chars=220,
    ),
    Rule(
        "zh.chrome.login",
        Kind.CHROME,
        Scope.LINE,
        r"(?:登录|登錄|注册|註冊|会员中心|會員中心|退出|我的收藏|用户名|用戶名|密码|密碼)"
        r"(?:\s*[|｜丨/]?\s*(?:登录|登錄|注册|註冊|会员中心|會員中心|退出|找回密码|忘记密码|我的收藏)){1,6}|"
        # a login form's field labels with nothing typed in: 用户名： 密码： 到社区注册
        r"(?:用户名|用戶名|账号|帳號|邮箱|郵箱|手机号|手機號)\s*[:：]\s*(?:密码|密碼)\s*[:：][^\n。]{0,20}",
        "login bar: 登录 | 注册; a login form's empty fields: 用户名： 密码： 到社区注册",
        max_chars=40,
    ),
    Rule(
        "zh.chrome.empty-state",
        Kind.CHROME,
        Scope.LINE,
        r"[^\p{Han}\n]{0,16}(?:暂无|暫無|暂时没有|暫時沒有|还没有|還沒有|尚无|尚無|目前没有|目前沒有)(?:任何)?(?:相关|相關)?"
        r"(?:内容|內容|评论|評論|回复|回覆|留言|数据|數據|记录|記錄|讨论|討論|回答|评价|評價)"
        r"[\s,，。.!！~～…·]*(?:(?:快来|快來)?抢沙发|(?:快来|快來)?(?:发表|發表)(?:你的)?(?:看法|观点|觀點|评论|評論))?[\s,，。.!！~～…·]*",
        "an empty list's placeholder: (=￣ω￣=)··· 暂无内容！, 还没有评论，快来抢沙发~",
        max_chars=40,
    ),
    Rule(
        "zh.chrome.bracket-button",
        Kind.CHROME,
        Scope.INLINE,
        r"[【\[](?:纠错|糾錯|打印|打印本页|打印本頁|关闭|關閉|关闭窗口|關閉窗口|收藏|分享|举报|舉報|返回顶部|返回頂部|"
        r"字体|字體|大|中|小)[】\]]",
        "a page button in square brackets: 【纠错】, 【打印】, 【关闭窗口】, 【字体:大 中 小】 pieces",
    ),
    Rule(
        "zh.chrome.font-size",
        Kind.CHROME,
        Scope.INLINE,
        r"[【\[]?(?:字体|字體|字号|字號)(?:\s*[:：]\s*(?:[【\[]?[大中小][】\]]?\s*){2,3}|"
        # without the colon only as buttons set apart (字号 大 中 小): 调整字号大小 is prose
        r"(?:\s+|\s*(?=[【\[]))(?:[【\[]?[大中小][】\]]?\s*){1,2}[【\[]?[大中小](?![\p{Han}])[】\]]?)[】\]]?",
        "the font-size switcher: 【字体：大 中 小】, 字号：大 中 小 (its buttons 字号减小 字号增大 are "
        "page actions: a row of them is zh.chrome.actions)",
    ),
    Rule(
        "zh.chrome.actions",
        Kind.CHROME,
        Scope.LINE,
        rf"(?:{_ACTION_ITEM}|[\p{{Han}}]{{0,4}}(?:文档|文檔)赚钱|版权申诉|版權申訴)"
        rf"(?:\s*[|｜丨/·]?\s*(?:{_ACTION_ITEM}|版权申诉|版權申訴)){{1,12}}"
        r"(?:\s*/\s*\d{1,4})?",
        "a row of page buttons: 分享 收藏 举报 下载 / 书签 分享 收藏 举报 版权申诉",
        max_chars=60,
    ),
    Rule(
        "zh.chrome.content-label",
        Kind.CHROME,
        Scope.LINE,
        r"[【\[]?(?:文档简介|文檔簡介|内容简介|內容簡介|资源描述|資源描述|文档介绍|文檔介紹|内容预览|內容預覽|文本预览|文本預覽|"
        r"文档内容|文檔內容|资料简介|資料簡介|文档正文|文檔正文|正文内容|正文內容|在线阅读|在線閱讀)[】\]]?\s*[:：]?",
        "a doc site's label where the text begins (资源描述:, 文档简介): what stands above it is the site's",
        max_chars=12,
        tags=("content-start",),
    ),
    Rule(
        "zh.chrome.permalink",
        Kind.CHROME,
        Scope.LINE,
        r"(?:本文|文章|原文|本页|本頁|本帖)(?:标题|標題|地址|链接|鏈接|网址|網址|出处|出處|永久链接|永久鏈接)\s*[:：][^\n]{0,200}",
        "the page's own title or address repeated after the article: 本文地址: https://…",
        max_chars=220,
    ),
    Rule(
        "zh.chrome.anti-copy-mark",
        Kind.CHROME,
        Scope.INLINE,
        r"(?<=[的地得])\.(?=\p{Han})|"
        r"[`'](?<=\p{Han}.)(?<![`'][^\n]*?.)(?=\p{Han})(?![^\n]*?[`'])",
        "an anti-copy mark: a dot after 的 inside a phrase (的.粮食), a lone backquote or apostrophe "
        "between Han characters, the only one on its line (的'欢快劲儿; where the line quotes with them, "
        "`秋' or '走在前列', each stays, also one whose pair a cut took; a dot "
        "between sentences, 表情.是出自…, is punctuation and stays)",
        requires=(".", "`", "'"),
    ),
    Rule(
        "zh.chrome.site-cta",
        Kind.CHROME,
        Scope.LINE,
        r"[^\n]{0,12}?(?:访问|訪問|前往|进入|進入|登录|登錄|关注|關注)[^\n]{0,20}?(?:官网|官網|官方网站|官方網站)\s*[:：]?\s*"
        r"(?:https?://|www\.)[^\s]{3,100}[^\n]{0,40}",
        "a site's call to visit its own site: 访问X官网:https://… 获取…体验",
        max_chars=160,
        requires=("官网", "官網", "官方网站", "官方網站"),
    ),
    Rule(
        "zh.chrome.han-jammer",
        Kind.CHROME,
        Scope.LINE,
        rf"\p{{Han}}{{{JAMMER_MIN_CHARS},600}}",
        "an anti-scraping line of random Han characters: long, no punctuation, almost none of the "
        "function characters (的 了 是 在 …) every Chinese sentence is full of",
        predicate=_random_han,
    ),
    Rule(
        "zh.chrome.watermark-url",
        Kind.CHROME,
        Scope.INLINE,
        r"\s?[\p{Han}A-Za-z]{2,10}(?:网|網|站|之家|文库|文庫|大全)\s{0,2}(?:https?://|www\.)[A-Za-z0-9.\-/_%?=&]{3,100}\s?",
        "a site name with its address pasted into the text: 范文大全网 www.example.com",
        requires=("www.", "http"),
    ),
    Rule(
        "zh.chrome.share",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a share or QR prompt: 扫一扫二维码 在手机上阅读并分享本文",
        cues=(
            r"扫一扫|掃一掃|扫码|掃碼|二维码|二維碼|扫描|掃描",
            r"(?:在)?手机(?:上|端)?(?:阅读|浏览|查看|打开)|手機(?:上|端)?(?:閱讀|瀏覽|查看|打開)|"
            r"分享(?:本文|此文|到|给|給|朋友圈)|朋友圈|本文|本页|本頁|收藏本",
        ),
        max_chars=60,
    ),
    Rule(
        "zh.chrome.follow",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a prompt to follow the account: 点击上方蓝字关注我们, 长按识别二维码关注, 微信扫一扫关注该公众号",
        cues=(
            r"点击上方|點擊上方|点击蓝字|點擊藍字|长按|長按|扫一扫|掃一掃|扫码|掃碼|微信扫|微信掃",
            r"关注|關注|置顶|置頂|星标|星標|订阅|訂閱",
            r"我们|我們|公众号|公眾號|蓝字|藍字|本号|本號|二维码|二維碼|小编|小編",
        ),
        min_cues=3,
        max_chars=60,
    ),
    Rule(
        "zh.chrome.like-prompt",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a prompt to like or pass the post on: 觉得不错，请点个“在看”吧, 点赞转发支持一下",
        cues=(
            r"点个|點個|点一下|點一下|点亮|點亮|给个|給個|顺手|順手|动动手指|動動手指|请点|請點",
            r"“?在看”?|点赞|點讚|點贊|转发|轉發|分享给|分享給|一键三连|一鍵三連",
            r"不错|不錯|喜欢|喜歡|支持|鼓励|鼓勵|好看|有用|有帮助|有幫助|朋友",
        ),
        min_cues=3,
        max_chars=40,
    ),
    Rule(
        "zh.chrome.wechat",
        Kind.CHROME,
        Scope.LINE,
        rf"{_WECHAT_WIDGET}(?:\s*{_WECHAT_WIDGET}){{0,5}}",
        "the furniture of a scraped WeChat post: 预览时标签不可点, 阅读原文, 继续滑动看下一个, run "
        "together as the page printed them (继续滑动看下一个轻触阅读原文, 东丰公安向上滑动看下一个: the "
        "account's name before the swipe hint)",
    ),
    Rule(
        "zh.chrome.wechat-end",
        Kind.CHROME,
        Scope.TAIL,
        r"^(?:预览时标签不可点|預覽時標籤不可點|(?:继续|繼續|向上)(?:滑动|滑動)看下一个|"
        r"(?:微信扫一扫|微信掃一掃)(?:可打开此内容|可打開此內容|关注该公众号|關注該公眾號|\s*使用小程序))[，,。]?\s*$",
        "where a scraped WeChat post's text ends and its widgets begin, printed one per line "
        "(预览时标签不可点, 微信扫一扫可打开此内容, then 使用完整服务 / 取消 / 允许 / 视频 / 小程序 / 留言 / 听过): "
        "the tail from there on is the page's",
    ),
    Rule(
        "zh.chrome.forum",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a forum's prompt to guests: 立即注册,享受更多精彩内容 / 游客,如果您要查看本帖隐藏内容请回复 / "
        "您还未登录，请先登录后发表或查看评论",
        cues=(
            r"游客|遊客|本帖|立即注册|立即註冊|马上注册|馬上註冊|加入我们|加入我們|没有(?:账号|帐号)|沒有(?:帳號|賬號)|登录后|登錄後",
            # …请先登录后发表或查看评论: a comment box's gate
            r"(?:发表|發表|查看|参与|參與)(?:或(?:查看|发表|發表))?(?:评论|評論|留言)|"
            r"隐藏内容|隱藏內容|更多精彩|更多功能|精彩内容|精彩內容|回复可见|回覆可見|下载附件|下載附件|"
            r"才(?:可以|能)(?:查看|下载|下載|浏览|瀏覽)|(?:查看|浏览|瀏覽)(?:本帖|附件|完整)|回复|回覆|回帖|发帖|發帖|"
            r"轻松玩转|輕鬆玩轉",
        ),
        max_chars=80,
    ),
    Rule(
        "zh.chrome.forum-buttons",
        Kind.CHROME,
        Scope.LINE,
        r"(?:[\[【]?(?:使用道具|举报|舉報|回复|回覆|支持|反对|反對|引用|评分|評分|点评|點評|只看该作者|只看該作者|"
        r"倒序浏览|倒序瀏覽|阅读模式|閱讀模式|电梯直达|電梯直達|返回列表|高级模式|高級模式|快速回复|快速回覆|"
        r"返回顶部|返回頂部|发新帖|發新帖|复制链接|複製鏈接|淘帖|楼主|樓主|沙发|沙發|板凳|地板|\d{1,5}\s*[#楼樓])"
        r"[\]】]?\s*[|｜]?\s*){1,12}",
        "a forum thread's buttons and floor labels: 使用道具 举报, 回复 支持 反对, 楼主 电梯直达, [复制链接], 沙发",
        max_chars=80,
    ),
    Rule(
        "zh.chrome.platform-widgets",
        Kind.CHROME,
        Scope.LINE,
        r"(?:(?:播报文章|播報文章|语音播报文章[，,]?\s*释放双眼|語音播報文章[，,]?\s*釋放雙眼|广告|廣告|"
        r"时长[:：]\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:建议在?(?:WIFI|wifi|Wi-?Fi|WiFi)(?:环境)?下(?:打开|观看|播放))?|"
        r"收起回复|收起回覆|展开全部|展開全部|展开回复|展開回覆|抢首赞|搶首讚|已赞过|已讚過|已踩过|已踩過|"
        r"来自(?:Android|iPhone|iPad|安卓|苹果|手机)客户端|來自(?:Android|iPhone|iPad|安卓|蘋果|手機)客戶端|"
        r"\d{1,5}\s*个回答|\d{1,5}\s*個回答|采纳数[:：]\s*\d+|获赞数[:：]\s*\d+|"
        # A Q&A site's answerer stats and its more-answers button (回答量：4932 采纳率：95%).
        r"回答量[:：]\s*\d+|回答數[:：]\s*\d+|采纳率[:：]\s*\d+(?:\.\d+)?\s*%|採納率[:：]\s*\d+(?:\.\d+)?\s*%|"
        r"帮助的人[:：]\s*\d+(?:\.\d+)?万?|幫助的人[:：]\s*\d+(?:\.\d+)?萬?|"
        r"(?:更多|其他|其它)回答\s*[(（]\d{1,5}[)）]|"
        # Share and follow buttons standing alone, the share targets of a share bar.
        r"分享[到至]?\s*[:：]?|(?:微信)?扫码分享|(?:微信)?掃碼分享|新浪微博|腾讯微博|騰訊微博|微信扫一扫|微信掃一掃|"
        r"微信朋友圈|QQ空间|QQ空間|"
        r"[+＋]\s*(?:关注|關注)|"
        # A call to action or an image's button: 了解详情, 查看原图 264K, 扫一扫查看详情.
        r"了解详情|了解詳情|扫一扫查看详情|掃一掃查看詳情|查看原图(?:\s*\d+(?:\.\d+)?\s*[KkMm]B?)?|查看原圖(?:\s*\d+(?:\.\d+)?\s*[KkMm]B?)?|"
        # An ad's label after its date (2024-04-11  广告).
        r"\d{4}-\d{1,2}-\d{1,2}\s+(?:广告|廣告))\s*<?\s*){1,6}",
        "a platform's widgets printed as text: 播报文章, 广告, 时长：01:45, 收起回复, 展开全部, "
        "来自Android客户端, 1个回答, 采纳数：152 获赞数：112, 回答量：4932, 更多回答（2）, 新浪微博, 微信扫一扫, "
        "+关注, 查看原图 264K, 了解详情",
        max_chars=60,
    ),
    Rule(
        "zh.chrome.report-reasons",
        Kind.CHROME,
        Scope.LINE,
        # A UGC platform's report dialog lists why one may report a post; the line holds only
        # its categories, written together or apart.
        r"(?:(?:侵权|侵權|抄袭|抄襲|违法|違法|违禁|違禁|违规|違規|色情|低俗|血腥|暴力|赌博|賭博|诈骗|詐騙|欺诈|欺詐|"
        r"广告|廣告|营销|營銷|垃圾|人身攻击|人身攻擊|辱骂|辱罵|引战|引戰|谣言|謠言|虚假|虛假|不实|不實|政治|敏感|"
        r"隐私|隱私|未成年|不良|信息|内容|內容|其他|其它)[、/|｜·\s]*){4,24}",
        "a report dialog's reasons: 侵权抄袭 违法违禁 色情低俗 血腥暴力 赌博诈骗 广告营销 人身攻击 其他不良信息",
        max_chars=80,
    ),
    Rule(
        "zh.chrome.video-player",
        Kind.CHROME,
        Scope.LINE,
        # The controls and messages a Chinese web video player writes into the page (its speed
        # menu, its quality menu, loop, skip-intro, picture-in-picture, its error and loading
        # notes): lines of their own wherever the player's classes are not recognised. A lone
        # label only: a sentence about playback speed or 高清 pictures is text.
        r"(?:倍速|倍速播放|播放速度|清晰度|\d(?:\.\d{1,2})?\s*[xX×倍]|"
        r"(?:超清|高清|标清|標清|流畅|流暢|蓝光|藍光|原画|原畫|超高清)(?:\s*\d{3,4}[Pp])?|\d{3,4}[Pp]|"
        r"(?:打开|打開|关闭|關閉)?(?:循环播放|循環播放|自动播放|自動播放|连续播放|連續播放)|跳过片[头尾]|跳過片[頭尾]|"
        r"画中画|畫中畫|网页全屏|網頁全屏|退出全屏|静音播放中[，,]?\s*点击\s*恢复音量|靜音播放中[，,]?\s*點擊\s*恢復音量|"
        r"(?:很抱歉[，,]?\s*)?(?:当前|當前)?视频(?:播放|加载)失败[^\n]{0,20}|(?:很抱歉[，,]?\s*)?(?:當前)?視頻(?:播放|加載)失敗[^\n]{0,20}|"
        r"正在为您切换到?[^\n]{0,16}请稍候[.。…]*|正在為您切換到?[^\n]{0,16}請稍候[.。…]*|"
        r"你可以\s*刷新\s*试试|你可以\s*刷新\s*試試)",
        "a video player's controls and messages: 倍速, 2.0X, 高清 720P, 循环播放, 跳过片头, 画中画, "
        "很抱歉，当前视频播放失败, 正在为您切换到高清 480P,请稍候...",
        max_chars=40,
    ),
    Rule(
        "zh.chrome.vip-offer",
        Kind.CHROME,
        Scope.LINE,
        r"[^\n。]{0,12}?(?:(?:VIP|vip|会员|會員)(?:年卡|月卡|季卡)[^\n。]{0,6}?(?:可用|专享|專享|特惠)|立减\s*[¥￥]|"
        r"福利倒计时|福利倒計時|放弃本次机会|放棄本次機會|\d+万优质内容|无限畅(?:学|读|看)|無限暢(?:學|讀|看))"
        r"[^\n。]{0,16}",
        "a paywall's membership offer: 普通VIP年卡可用, 立减 ¥, 福利倒计时, 确定要放弃本次机会？, "
        "200万优质内容无限畅学 (a price alone, 1200元/年, is a fact of the text and stays)",
        max_chars=40,
    ),
    Rule(
        "zh.chrome.column-widget",
        Kind.CHROME,
        Scope.LINE,
        r"专栏收录该内容|專欄收錄該內容|(?:订阅|訂閱|关注|關注)专栏|(?:订阅|訂閱|关注|關注)專欄|"
        r"\d{1,6}\s*篇文章\s*\d{1,7}\s*(?:订阅|訂閱|关注|關注|粉丝|粉絲)",
        "a blog platform's column box over a post: 专栏收录该内容, 8 篇文章0 订阅, 订阅专栏",
        max_chars=30,
    ),
    Rule(
        "zh.chrome.feed-feedback",
        Kind.CHROME,
        Scope.LINE,
        r"不喜欢|不喜歡|不感兴趣|不感興趣|(?:减少|減少)(?:或屏蔽)?此[类類](?:内容|內容)?推荐|(?:减少|減少)(?:或屏蔽)?此[类類](?:内容|內容)?推薦|"
        r"屏蔽此[类類](?:内容|內容)|已(?:标记|標記)[为為]不喜[欢歡](?:内容|內容)?[^\n。]{0,20}",
        "a recommendation feed's dislike menu: 不喜欢, 减少或屏蔽此类内容推荐, 已标记为不喜欢内容，系统将减少此类推荐",
        max_chars=40,
    ),
    Rule(
        "zh.chrome.player",
        Kind.CHROME,
        Scope.LINE,
        r"(?:直播|设置成功|設置成功|倍速|清晰度|标清|標清|高清|超清|蓝光|藍光|全屏|退出全屏|网页全屏|網頁全屏|静音|靜音|"
        r"取消静音|取消靜音|播放|暂停|暫停|重播|画中画|畫中畫|弹幕|彈幕|(?:关闭|開啟|开启|關閉)(?:弹幕|彈幕)|"
        r"\d{1,3}%)(?:\s+(?:直播|倍速|清晰度|标清|高清|超清|全屏|静音|播放|暂停|重播|弹幕|"
        r"\d{1,3}%|[0-9](?:\.[0-9]{1,2})?[xX×])){0,8}",
        "a video player's controls printed as text: 直播, 设置成功, 倍速 1.5x, 清晰度 高清, 全屏, 100%",
        max_chars=60,
        # tried only on the lines that hold one of its words or a per cent sign
        requires=(
            "直播",
            "设置成功",
            "設置成功",
            "倍速",
            "清晰度",
            "标清",
            "標清",
            "高清",
            "超清",
            "蓝光",
            "藍光",
            "全屏",
            "静音",
            "靜音",
            "播放",
            "暂停",
            "暫停",
            "重播",
            "画中画",
            "畫中畫",
            "弹幕",
            "彈幕",
            "%",
        ),
    ),
]
