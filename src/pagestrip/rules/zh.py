"""The built-in Chinese pack (``zh.*``).

Written for the family of Chinese document/template sites (范文网, 文秘网,
文库, DedeCMS/PHPCMS article pages), in Simplified and Traditional forms.
Each pattern describes a *shape* of boilerplate — a key followed by a colon
and a value, a parenthesised notice with a figure — rather than one site's
wording, and every line rule is bounded in length so prose that merely
mentions 版权 or 阅读 is left alone.

Patterns are written with bounded repeats and no nested unbounded
quantifiers, so none of them can backtrack catastrophically.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Kind
from . import Rule, Scope

# Simplified/Traditional pairs used throughout.
_SEP = r"(?:\s*+(?:>>|>|»|›|＞＞|＞)\s*+)"
_DATE = (
    r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
)
_META_KEY = (
    r"(?:(?:发布|發佈|發布|更新|发表|發表|上传|上傳|录入|錄入|修改|编辑|編輯|添加|收录|收錄|投稿|提交)?"
    r"(?:时间|時間|日期)"
    r"|来源|來源|出处|出處|作者|责任编辑|責任編輯|编辑|編輯|录入|錄入|发布者|發佈者|"
    r"阅读|閱讀|阅读量|閱讀量|阅读次数|閱讀次數|浏览|瀏覽|浏览量|瀏覽量|浏览次数|瀏覽次數|"
    r"查看人数|查看人數|查看次数|查看|点击|點擊|点击量|點擊量|点击数|點擊數|人气|人氣|"
    r"字数|字數|评论|評論|热度|熱度|分类|分類|栏目|欄目|下载次数|下載次數)"
)
_META_VALUE = (
    rf"(?:{_DATE}|\d[\d,]{{0,12}}\s*(?:次|人|字|℃)?|"
    r"[^\s:：|｜丨]{1,24})"
)
_META_ITEM = rf"{_META_KEY}\s*[:：]\s*(?:{_META_VALUE})?"
_ACTION = (
    r"分享|收藏|举报|舉報|下载|下載|打印|评论|評論|点赞|點讚|点赞|关注|關注|复制|複製|纠错|糾錯|投诉|投訴|书签|書籤|"
    r"转发|轉發|引用|回复|回覆|只看该作者|只看該作者|顶|頂|踩|赞|讚|编辑|編輯|删除|刪除|微信|微博|QQ空间|QQ空間|在看|"
    r"(?:字体|字體|字号|字號)(?:减小|減小|增大|放大|缩小|縮小)|(?:放大|缩小|縮小)(?:字体|字體|字号|字號)"
)
_GOV_KEY = (
    r"索\s*引\s*号|索\s*引\s*號|发\s*文\s*机\s*关|發\s*文\s*機\s*關|发布机构|發佈機構|发文单位|發文單位|成文日期|"
    r"发文日期|發文日期|发布日期|發佈日期|公开日期|公開日期|文\s*号|文\s*號|发文字号|發文字號|主题分类|主題分類|"
    r"主\s*题\s*词|主\s*題\s*詞|公开方式|公開方式|公开范围|公開範圍|有\s*效\s*性|时\s*效\s*性|時\s*效\s*性|"
    r"生效日期|废止日期|廢止日期|体裁分类|體裁分類|组配分类|組配分類|所属机构|所屬機構|公开时限|公開時限|"
    r"信息分类|信息分類|内容分类|內容分類|标\s*题|標\s*題"
)

# Cue classes of the sentence rules. Each is a family of words, not a phrase:
# a sentence is the site's own only when several classes meet in it.
_POINTER = r"下面|以下|下文|接下来|接下來|如下|今天就?(?:为|為|給|给)(?:您|你|大家)"
# (Cues are tried at every character of a line: each starts with a literal or is
# anchored on one, never on a bare character class with a repeat.)
_SITE_VOICE = (
    r"小编|小編|编辑|編輯|本站|本网|本網|网友|網友|(?<=\p{Han})(?:网|網|之家|范文|範文)(?=[\p{Han}]{0,3}(?:整理|收集|精心|为|為|小编|小編))|"
    r"范文|範文|例文|范本|範本|(?:\d{1,3}|[一二三四五六七八九十]{1,3})篇|精选|精選|大全|汇编|匯編"
)
_COMPILE = (
    r"整理|收集|搜集|蒐集|精选|精選|汇总|匯總|汇编|匯編|带来|帶來|推荐|推薦|分享|准备|準備|梳理|编辑|編輯|"
    r"挑选|挑選|筛选|篩選"
)
_OFFER = (
    r"供(?:大家|您|你|各位)?(?:参考|參考|借鉴|借鑒|阅读|閱讀)|仅供|僅供|欢迎(?:大家|您)?(?:阅读|閱讀|借鉴|借鑒|分享|收藏|参考|參考|下载|下載)|"
    r"歡迎(?:大家|您)?(?:閱讀|借鑒|分享|收藏|參考|下載)|希望[^。!！?？]{0,20}?(?:帮助|幫助|帮到|幫到|有所|启发|啟發|参考价值|參考價值|喜欢|喜歡|有用)|"
    r"一起(?:来|來|開)?(?:看看|看一看|往下看|学习|學習)|相信[^。!！]{0,12}?(?:帮助|幫助)|如果觉得不错|如果覺得不錯"
)
_DOC_OBJECT = (
    r"《[^》\n]{1,80}\.(?:docx?|pptx?|xlsx?|pdf|wps|txt)[^》\n]{0,20}》|(?:以下为|以下為|以下是)《[^》\n]{1,60}》|"
    r"(?<=[^\s,，。《》.]{2})\.(?:docx?|pptx?|xlsx?|pdf|wps)\b|本文档|本文檔|该文档|該文檔|此文档|此文檔|本资料|本資料"
)
_UPLOADED = (
    r"上传|上傳|由(?:会员|會員|用户|用戶|网友|網友)(?:[(（“\"][^)）”\"\n]{0,20}[)）”\"])?(?:主动|主動)?(?:分享|提供|发布|發佈)|"
    r"(?:会员|會員|用户|用戶)(?:分享|上传|上傳)"
)
_HOSTED = (
    r"在线(?:阅读|閱讀|预览|預覽|浏览|瀏覽|查看)|在線(?:閱讀|預覽|瀏覽|查看)|免费(?:预览|預覽|下载|下載)|免費(?:預覽|下載)|"
    r"(?:请|請|可)(?:在|到|于|於)[^,，。\n]{1,16}?(?:搜索|搜尋|查找|检索|檢索)|站内检索|站內檢索|文库|文庫|"
    r"无排版|無排版|完整格式"
)
_PROMO_OFFER = (
    r"代写|代寫|代笔|代筆|定制|定製|代做|写作(?:神器|工具|软件|服务)|寫作(?:神器|工具|軟件|服務)|一键(?:出稿|生成|写作)|"
    r"一鍵(?:出稿|生成)|AI写作|AI寫作|论文(?:发表|代写|润色)|論文(?:發表|代寫)|个性化|個性化"
)
_CONTACT = (
    r"微信|微信号|[vV][xX]|[wW][xX][_\-]?[0-9A-Za-z]|QQ|qq|扣扣|客服|官网|官網|公众号|公眾號|https?://|www\.|"
    r"扫码加|掃碼加"
)  # a phone number is information (咨询电话:…), not an ad by itself
_CALL_TO_ACTION = (
    r"请加|請加|加微信|添加|咨询|諮詢|联系|聯繫|点击|點擊|扫码|掃碼|关注|關注|安利|立即|免费|免費|下载|下載|"
    r"访问|訪問|获取|獲取|体验|體驗"
)
_CUT_WORD = (
    r"试读|試讀|预览(?:已|到此)?(?:结束|為止|为止)|預覽(?:已|到此)?(?:結束|為止)|剩余|剩餘|还剩|還剩|未读|未讀|省略|仅显示|僅顯示|只显示|只顯示|部分内容|部分內容|"
    r"未完|篇幅(?:问题|問題|所限|有限)|(?:阅读|閱讀)已?(?:结束|結束)|已(?:结束|結束)|不能全部显示|不能全部顯示"
)
_SITE_ACTION = (
    r"下载|下載|预览|預覽|上传|上傳|收益|客服|下单|下單|售出|退换|退換|付费|付費|购买|購買|"
    r"在线阅读|在線閱讀|收藏|举报|舉報"
)
_CUT_FIGURES = r"\d{1,5}\s*(?:页|頁|字|%|％)"
_FULL_ACCESS = (
    r"继续阅读|繼續閱讀|全文|下载|下載|开通|開通|会员|會員|VIP|vip|登录|登錄|注册|註冊|点此|點此|付费|付費|"
    r"购买|購買|完整(?:版|内容|內容|阅读|閱讀)"
)
_CHAT_OPENER = (
    r"^(?:好的|当然|當然|没问题|沒問題)[,，!！。]|(?:以下|下面)是(?:一篇|一份|一個|一个|为您|為您|为你|為你)|"
    r"以上是(?:一篇|一份|一個|一个)|(?:这篇|這篇|这份|這份)(?:讲话稿|講話稿|发言稿|發言稿|演讲稿|演講稿|范文|範文|稿子)"
)
_CHAT_ARTEFACT = (
    r"根据(?:实际|具體|具体|自己的|您的|你的)?(?:情况|情況|需要|需求)|"
    r"可以(?:适当|適當)?(?:进行)?(?:修改|调整|調整|补充|補充|替换|替換)"
)
_CHAT_ADVICE = (
    r"希望(?:这篇|這篇|这份|這份|以上|对你|對你|对您|對您|能对|能對)[^。!！]{0,16}?(?:帮助|幫助|有用)|"
    r"祝(?:你|您)[^。!！]{0,10}?(?:顺利|順利|成功)"
)

RULES: list[Rule] = [
    # ----------------------------------------------------------------- chrome
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
        r"分享到[:：]?[^\n]{0,40}|[【\[]?(?:打印|关闭|關閉|收藏|返回|顶部|頂部)[】\]]?"
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
        r"第\s*\d{1,4}\s*頁\s*(?:[,，/]?\s*共\s*\d{1,4}\s*頁)?|\d{1,4}\s*/\s*\d{1,4}\s*页?|\d{1,3})",
        "page number left by a print/PDF layout: —6—, 第1页共3页, - 2 -",
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
        r"(?:\s*[|｜丨/]?\s*(?:登录|登錄|注册|註冊|会员中心|會員中心|退出|找回密码|忘记密码|我的收藏)){1,6}",
        "login bar: 登录 | 注册",
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
        r"[【\[]?(?:字体|字體|字号|字號)\s*[:：]\s*(?:[【\[]?[大中小][】\]]?\s*){2,3}[】\]]?",
        "the font-size switcher: 【字体：大 中 小】, 字号：大 中 小 (its buttons 字号减小 字号增大 are "
        "page actions: a row of them is zh.chrome.actions)",
    ),
    Rule(
        "zh.chrome.actions",
        Kind.CHROME,
        Scope.LINE,
        rf"(?:{_ACTION}|[\p{{Han}}]{{0,4}}(?:文档|文檔)赚钱|版权申诉|版權申訴)(?:\s*[|｜丨/·]?\s*(?:{_ACTION}|版权申诉|版權申訴)){{1,12}}"
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
        r"(?<=[的地得])\.(?=\p{Han})|(?<=\p{Han})`(?=\p{Han})",
        "an anti-copy mark: a dot after 的 inside a phrase (的.粮食), a backquote between Han characters "
        "(a dot between sentences, 表情.是出自…, is punctuation and stays)",
        requires=(".", "`"),
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
        r"预览时标签不可点|預覽時標籤不可點|阅读原文|閱讀原文|查看原文|微信扫一扫\s*使用小程序|"
        r"(?:继续滑动看下一个|繼續滑動看下一個|向上滑动看下一个|向上滑動看下一個)",
        "the furniture of a scraped WeChat post: 预览时标签不可点, 阅读原文, 继续滑动看下一个",
    ),
    Rule(
        "zh.chrome.forum",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a forum's prompt to guests: 立即注册,享受更多精彩内容 / 游客,如果您要查看本帖隐藏内容请回复",
        cues=(
            r"游客|遊客|本帖|立即注册|立即註冊|马上注册|馬上註冊|加入我们|加入我們|没有(?:账号|帐号)|沒有(?:帳號|賬號)|登录后|登錄後",
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
        r"播报文章|播報文章|语音播报文章[，,]?\s*释放双眼|語音播報文章[，,]?\s*釋放雙眼|广告|廣告|"
        r"时长[:：]\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:建议在?(?:WIFI|wifi|Wi-?Fi|WiFi)(?:环境)?下(?:打开|观看|播放))?|"
        r"收起回复|收起回覆|展开全部|展開全部|展开回复|展開回覆|抢首赞|搶首讚|已赞过\s*已踩过\s*<?|"
        r"来自(?:Android|iPhone|iPad|安卓|苹果|手机)客户端|來自(?:Android|iPhone|iPad|安卓|蘋果|手機)客戶端|"
        r"\d{1,5}\s*个回答|\d{1,5}\s*個回答|采纳数[:：]\s*\d+\s*获赞数[:：]\s*\d+",
        "a platform's widgets printed as text: 播报文章, 广告, 时长：01:45, 收起回复, 展开全部, "
        "来自Android客户端, 1个回答, 采纳数：152 获赞数：112",
        max_chars=60,
    ),
    Rule(
        "zh.metadata.post-edited",
        Kind.METADATA,
        Scope.LINE,
        rf"本帖最后由\s*[^\n]{{1,30}}?\s*于\s*{_DATE}\s*编辑|本帖最後由\s*[^\n]{{1,30}}?\s*於\s*{_DATE}\s*編輯",
        "a forum post's edit note: 本帖最后由 山野行者 于 2023-5-2 10:25 编辑",
        max_chars=80,
    ),
    # ---------------------------------------------------------------- metadata
    Rule(
        "zh.metadata.fields",
        Kind.METADATA,
        Scope.LINE,
        rf"(?:[•·●▪◆]\s*)?(?:{_DATE}\s*[|｜丨/·]?\s*)?{_META_ITEM}(?:\s*[|｜丨/·]?\s*{_META_ITEM}){{0,8}}"
        r"(?:\s+[^\s。，,!！?？:：]{1,8}){0,4}\s*",
        "page metadata line: 时间/发布时间/更新时间/发表时间/来源/作者/阅读/浏览/查看人数/点击: value "
        "(a few short words after it, 我要投稿 or a category, go with it)",
        max_chars=160,
    ),
    Rule(
        "zh.metadata.posted",
        Kind.METADATA,
        Scope.LINE,
        rf"(?:发布于|發佈於|发表于|發表於|更新于|更新於|发布在|發佈在)\s*[:：]?\s*{_DATE}"
        r"(?:\s*[|｜丨/·]?\s*(?:作者|编辑|編輯|来源|來源|by)\s*[:：]?\s*[^\s|｜丨]{1,20})*\s*|"
        rf"(?:原创|原創)?(?:\s*[^\s]{{1,20}}){{0,3}}\s*{_DATE}\s*(?:发表于|發表於|发布于|發佈於)\s*[\p{{Han}}]{{2,8}}\s*",
        "blog-style date line: 发布于 2024年7月1日 作者 admin; "
        "a post's byline: 原创 张三 某某发布 2024-03-05 10:21 发表于北京",
        max_chars=80,
        ignore_case=True,
    ),
    Rule(
        "zh.metadata.date-source",
        Kind.METADATA,
        Scope.LINE,
        rf"{_DATE}\s+(?:来源|來源|作者|发布|發佈)\s*[:：]?[^\n]{{0,40}}",
        "a date followed by its source/author: 2024-01-02 来源：…",
        max_chars=80,
    ),
    Rule(
        "zh.metadata.gov-fields",
        Kind.METADATA,
        Scope.LINE,
        rf"(?:{_GOV_KEY})\s*[:：]\s*[^\n]{{0,80}}?(?:[\s,，;；|]+(?:{_GOV_KEY})\s*[:：]\s*[^\n]{{0,80}}?){{0,8}}",
        "a government document's label:value header: 索引号/发文机关/成文日期/文号/主题分类/发布机构",
        max_chars=240,
    ),
    Rule(
        "zh.metadata.collection-title",
        Kind.METADATA,
        Scope.EDGE,
        r"[^\n。!！?？]{0,50}?(?:[(（【\[]\s*(?:精选|精選|通用|实用|實用|优选|優選|最新|热门|熱門|优秀|優秀|汇总|匯總)?\s*"
        r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇\s*[)）】\]]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})篇)[^\n。!！?？]{0,30}",
        "outside the article: the collection's page title with its count (…倡议书(17篇), (19篇)最新…汇编)",
        max_chars=80,
    ),
    Rule(
        "zh.chrome.collection-entry",
        Kind.CHROME,
        Scope.INLINE,
        r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]\s*[^\n。!！?？]{2,40}?[(（【]\s*"
        r"(?:精选|精選|通用|实用|實用|优选|優選|最新|热门|熱門|优秀|優秀|汇总|匯總)\s*\d{1,3}\s*篇\s*[)）】]",
        "a collection's contents entry glued in front of its text: 1、绩效管理细则(通用10篇)…",
    ),
    Rule(
        "zh.metadata.journal",
        Kind.METADATA,
        Scope.EDGE,
        r"[\p{Han}A-Za-z]{2,24}(?:学报|學報|杂志|雜誌|期刊|月刊|周刊|週刊|半月刊|日报|日報|晚报|晚報|论坛|論壇)\s*"
        r"[(（]?\s*\d{4}\s*年?\s*(?:第\s*)?\d{1,3}\s*期[)）]?|"
        r"[\p{Han}·]{2,4}(?:\s*\d{1,2}(?:[,，]\d{1,2})*\*?)?(?:\s*[,，、]\s*[\p{Han}·]{2,4}(?:\s*\d{1,2}(?:[,，]\d{1,2})*\*?)?){1,12}"
        r"(?:\s*[,，]\s*\d(?:[,，]\d)*\*?)?|"
        r"[(（]\s*1\s*[.．]\s*[^\n]{2,200}?(?:大学|大學|学院|學院|研究所|研究院|实验室|實驗室|中心|医院|醫院)[^\n]{0,300}[)）]",
        "above the article: a journal article's header: journal and issue (…学报 2023年5期), the author list "
        "(徐爽,王成,3*), the affiliations ((1.西南大学…,重庆 400715;2.…))",
        max_chars=400,
        tags=("above-only",),
    ),
    Rule(
        "zh.metadata.student-byline",
        Kind.METADATA,
        Scope.EDGE,
        r"[\p{Han}]{0,16}(?:小学|小學|中学|中學|学校|學校|大学|大學|学院|學院|幼儿园|幼兒園)[\p{Han}\d]{0,12}?"
        r"(?:[一二三四五六七八九十\d]{1,2}\s*年级|[一二三四五六七八九十\d]{1,2}\s*年級|初[一二三]|高[一二三])"
        r"[\p{Han}\d（）()]{0,8}\s+[\p{Han}·]{2,4}",
        "outside the article: a student essay's byline (济南…小学三年级三班 婷儿)",
        max_chars=40,
    ),
    Rule(
        "zh.metadata.author-note",
        Kind.METADATA,
        Scope.INLINE,
        r"(?<=[。！!？?])\s?[(（](?!掌声|鼓掌|笑声|热烈|全场|完|续|上|下|待续|未完)[\p{Han}·]{2,3}[)）](?=\s*$)",
        "an author's name in brackets closing a paragraph: …取得实效。(张凡) (stage directions such as (掌声) stay)",
        requires=("(", "（"),
    ),
    Rule(
        "zh.metadata.affiliation",
        Kind.METADATA,
        Scope.LINE,
        r"[(（]?\s*(?:\d{1,2}\s*[.．、]\s*)?[^\n;；。]{0,40}?(?:大学|大學|学院|學院|研究所|研究院|实验室|實驗室|"
        r"研究中心|科学院|科學院)[^\n;；。]{0,60}?[,，]\s*[\p{Han}]{2,8}\s*\d{6}(?:\s*[;；][^\n。]{0,300})?",
        "a paper's author affiliations: institution, city and postcode, numbered for each author "
        "((1.XX大学XX学院,重庆 400715;2.…)); no full stop, so no sentence",
        max_chars=400,
    ),
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
    # ------------------------------------------------------------------ footer
    Rule(
        "zh.footer.copyright",
        Kind.FOOTER,
        Scope.LINE,
        r"[^\n。]{0,40}(?:(?:版权所有|版權所有)(?=\s*(?:[:：©(（\d]|\s|$))|(?:版权声明|版權聲明)(?=\s*[:：])|^(?:版权声明|版權聲明)|"
        r"(?:版权|版權|著作权|著作權)(?:归|歸)(?:原作者|作者|本站|本网|本網|原网站|原網站|原创|原創)[^\n。]{0,20}所有)"
        r"[^\n。]{0,160}。?",
        "copyright line: 版权所有 …",
        max_chars=200,
    ),
    Rule(
        "zh.footer.icp",
        Kind.FOOTER,
        Scope.LINE,
        r"[^\n]{0,80}(?:[\p{Han}]{1,2}ICP[备備证證]\s*\d{4,}\s*号?(?:\s*-\s*\d+)?|"
        r"ICP[备備证證][^\n]{0,4}\d{4,}|[\p{Han}]{1,2}公网安备\s*\d{6,}\s*号?|公網安備\s*\d{6,}\s*號?)[^\n]{0,80}",
        "ICP licence / 公网安备 line: 冀ICP备20016797号",
        max_chars=200,
    ),
    Rule(
        "zh.footer.reprint",
        Kind.FOOTER,
        Scope.LINE,
        r"(?!(?:[^\n]*?[，,]){3})"  # a sentence of three clauses is prose about a rule, not the site's notice
        r"[^\n。]{0,40}(?:未经(?:授权|許可|许可|允许|同意)|未經(?:授權|許可|允許|同意))[,，]?(?:本站|本网|本網|作者)?(?:同意)?"
        r"[^\n，,。]{0,4}(?:禁止|不得|严禁|嚴禁)(?:转载|轉載|复制|複製|镜像|鏡像|使用)[^\n]{0,80}",
        "reprint prohibition: 未经授权禁止转载",
        max_chars=180,
    ),
    Rule(
        "zh.footer.contact",
        Kind.FOOTER,
        Scope.LINE,
        r"(?:联系我们|聯繫我們|关于我们|關於我們|网站地图|網站地圖|免责声明|免責聲明|隐私政策|隱私政策|"
        r"广告服务|廣告服務|友情链接|友情鏈接|投诉建议|投訴建議)"
        r"(?:(?:\s*[|｜丨·/-]\s*|\s+)(?:联系我们|聯繫我們|关于我们|關於我們|网站地图|網站地圖|免责声明|免責聲明|"
        r"隐私政策|隱私政策|广告服务|廣告服務|友情链接|友情鏈接|投诉建议|投訴建議|意见反馈|意見反饋|"
        r"网站声明|網站聲明|帮助中心|幫助中心|[\p{Han}]{2,6})){0,12}",
        "site footer link row: 关于我们 | 联系我们 | 网站地图",
        max_chars=120,
    ),
    # -------------------------------------------------------------- truncation
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
    # ----------------------------------------------------------------- related
    Rule(
        "zh.chrome.related-heading",
        Kind.CHROME,
        Scope.TAIL,
        r"^(?:相关|相關)(?:文章|阅读|閱讀|推荐|推薦|专题|專題|资料|資料|内容|內容|范文|範文|"
        r"文档|文檔|链接|鏈接|下载|下載|新闻|新聞|帖子|主题|主題)"
        r"(?:推荐|推薦|列表|阅读|閱讀|链接|鏈接)?\s*[:：]?\s*$|"
        r"^(?:相关|相關)[^\n:：，。、]{1,12}(?:信息|文章|范文|範文|资料|資料)\s*$",
        "heading of the page's related block: 相关文章, 相关专题, 相关<topic>信息",
    ),
    Rule(
        "zh.related.tags",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:相关|相關)(?:热词搜索|熱詞搜索|搜索|标签|標籤|热词|熱詞|文章|阅读|閱讀|推荐|推薦|专题|專題|范文|範文)"
        r"(?:推荐|推薦|列表)?\s*[:：]",
        "related tag list or links after a colon: 相关热词搜索: 讲话 全区 …",
    ),
    Rule(
        "zh.related.recommend",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:推荐|推薦)(?:访问|訪問|阅读|閱讀|文章|范文|範文|内容|內容|专题|專題|下载|下載)(?=[:：\s]|$)|"
        r"^[^\n。，,]{0,30}(?:扩展阅读|擴展閱讀|延伸阅读|延伸閱讀|拓展阅读|拓展閱讀)\s*[:：]?\s*$|"
        r"^(?:猜你喜欢|猜你喜歡|延伸阅读|延伸閱讀|扩展阅读|擴展閱讀|拓展阅读|拓展閱讀|精彩推荐|精彩推薦|热点推荐|熱點推薦|"
        r"大家都在看|看了本文的人还看了|看過本文的人還看了|为你推荐|為你推薦|你可能感兴趣|你可能感興趣|"
        r"喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|往期推荐|往期推薦|往期回顾|往期回顧|往期精选|往期精選|"
        r"更多精彩|更多相关|更多相關|最新文章|最新推荐|最新推薦|最新更新|本文标签|本文標籤|文章标签|文章標籤|"
        r"标签|標籤|关键词|關鍵詞|热门标签|熱門標籤|编辑推荐|編輯推薦|小编推荐|小編推薦|本站推荐|本站推薦|本站精选|本站精選|"
        r"精选推荐|精選推薦|相关推荐|相關推薦|推荐阅读|推薦閱讀)(?=[:：\s]|$)",
        "recommendation heading: 推荐访问, 推荐阅读, 猜你喜欢, 延伸阅读, 本文标签",
    ),
    Rule(
        "zh.chrome.image-enlarge",
        Kind.CHROME,
        Scope.TAIL,
        r"^[(（]?(?:点击|點擊|单击|單擊)(?:图片|圖片|大图|大圖|图像|圖像|照片)?(?:可)?(?:查看|看|放大|浏览|瀏覽)"
        r"(?:大图|大圖|原图|原圖|详情|詳情|高清大图|高清大圖|更多)?[)）]?\s*$",
        "an image caption: 点击图片查看详情, 点击查看大图; late on the page with a box under it, the box "
        "(its label lines above, its items below) goes too",
        tags=("title-list",),
    ),
    Rule(
        "zh.chrome.hot-heading",
        Kind.CHROME,
        Scope.TAIL,
        r"^[\p{Han}A-Za-z]{0,6}(?:热门|熱門|人气|人氣)(?:信息|文章|范文|範文|推荐|推薦|阅读|閱讀|专题|專題|"
        r"排行|资料|資料|文档|文檔|标签|標籤|搜索|下载|下載)\s*$|^[\p{Han}]{0,6}(?:排行榜|点击排行|點擊排行)\s*$",
        "hot-list heading: 讲话稿热门信息, 热门文章, 排行榜 (a lone one above prose is only itself)",
        tags=("title-list",),
    ),
    Rule(
        "zh.chrome.comments-heading",
        Kind.CHROME,
        Scope.TAIL,
        r"^(?:读者留言|讀者留言|网友评论|網友評論|发表评论|發表評論|评论区|評論區|我要评论|我要評論|我要留言|精彩评论|"
        r"精彩評論|全部评论|全部評論|热门评论|熱門評論|最新评论|最新評論|留言板|相关评论|相關評論|用户评论|用戶評論)"
        r"\s*[:：]?\s*(?:[(（]\s*\d{1,6}\s*[)）])?\s*$",
        "heading of the comment section under the article: 读者留言, 网友评论, 发表评论",
    ),
    Rule(
        "zh.related.prev-next",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:上一篇|下一篇|上一篇文章|下一篇文章|上篇|下篇|上一條|下一條|上一条|下一条)\s*(?:[:：>]|\s+\d{4})",
        "previous/next article links: 上一篇: … 下一篇: …",
    ),
    Rule(
        "zh.related.bullet",
        Kind.RELATED,
        Scope.LINE,
        r"[•·●▪◆◇■□▶►→☆★]?\s*[^\n。]{1,60}?\d{1,7}\s*(?:人关注|人關注|人阅读|人閱讀|次阅读|次閱讀|次浏览|次瀏覽|次下载|次下載|人浏览|人瀏覽|人收藏)",
        "bulleted link to another page: • 城市工作讲话稿(9篇)9人关注",
        max_chars=70,
    ),
    Rule(
        "zh.related.teaser-more",
        Kind.RELATED,
        Scope.LINE,
        r"[^\n]{10,400}?(?:\s?(?:\.\.\.|…|……)\s?[\[【(（]?(?:更多|详细|詳細|全文|查看|阅读|閱讀)[\]】)）]?|\s?[\[【](?:更多|详细|詳細)[\]】])",
        "teaser cut short with a more-link: … ...[更多], or a summary closed by a details link: …。【详细】",
        max_chars=420,
    ),
    # --------------------------------------------------------------- editorial
    # Sentence rules: cue classes that co-occur in one sentence (see Scope.SENTENCE).
    Rule(
        "zh.editorial.lead-in",
        Kind.EDITORIAL,
        Scope.SENTENCE,
        None,
        "the site's lead-in to the piece: 下面/以下 + 小编/本站/范文 + 整理/收集 + 供参考/希望对你有帮助 "
        "(the line it closes is the site's preamble too)",
        cues=(_POINTER, _SITE_VOICE, _COMPILE, _OFFER),
        min_cues=4,
        max_chars=260,
        tags=("lead-in",),
    ),
    Rule(
        "zh.editorial.blurb",
        Kind.EDITORIAL,
        Scope.SENTENCE,
        None,
        "the site's word on the piece, wherever it stands: 小编/本站/范文 + 整理/收集/带来 + "
        "供大家参考/欢迎阅读/希望对你有帮助",
        cues=(_SITE_VOICE, _COMPILE, _OFFER),
        max_chars=220,
    ),
    Rule(
        "zh.editorial.doc-blurb",
        Kind.EDITORIAL,
        Scope.SENTENCE,
        None,
        "a document-sharing site's note on the file: 《X.docx》由会员分享,可在线阅读 / 由用户上传,支持免费预览",
        cues=(_DOC_OBJECT, _UPLOADED, _HOSTED),
        min_cues=2,
        required_cues=(2,),
        max_chars=200,
    ),
    Rule(
        "zh.chrome.promo",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a promotion or contact ad: an offer (代写/AI写作/定制) with a contact (微信/QQ/客服/网址) or a call "
        "(请加/咨询/点击); a WeChat or a phone number alone is information, not an ad",
        cues=(_PROMO_OFFER, _CONTACT, _CALL_TO_ACTION),
        min_cues=2,
        required_cues=(0,),
        max_chars=160,
    ),
    Rule(
        "zh.chrome.doc-furniture",
        Kind.CHROME,
        Scope.SENTENCE,
        None,
        "a document-sharing site talking to the reader about the file: 亲,该文档总共2页,如果喜欢就下载吧 / "
        "请根据预览情况,自愿下载本文",
        cues=(
            r"文档|文檔|本文|此文|该文|該文|资料|資料|资源|資源|文字预览|文字預覽|图片预览|圖片預覽",
            _SITE_ACTION,
            r"本站|本网|本網|亲[,，!！]|親[,，!！]|我们|我們|请|請|您|用户|用戶",
        ),
        max_chars=120,
    ),
    Rule(
        "zh.editorial.chat",
        Kind.EDITORIAL,
        Scope.SENTENCE,
        None,
        "a chat assistant's words left in the text: 好的,以下是一篇… / 你可以根据实际情况修改 / 希望这篇…对你有帮助",
        cues=(_CHAT_OPENER, _CHAT_ARTEFACT, _CHAT_ADVICE),
        min_cues=2,
        max_chars=160,
    ),
    Rule(
        "zh.editorial.watermark",
        Kind.EDITORIAL,
        Scope.INLINE,
        r"本文(?:来自|來自|来源于|來源於|转载自|轉載自|出自)[\p{Han}A-Za-z0-9.]{0,12}?[,，、]\s?"
        r"(?:在|从|從)?(?:百度|谷歌|搜狗|必应|必應|Google|Bing)[^\n。，,]{0,12}?(?:搜索到|搜到|搜索)"
        r"[\p{Han}A-Za-z0-9.]{0,8}?(?:网络站|網絡站|网站|網站|站|网|網)",
        "site watermark pasted into a sentence: 本文来自X,在百度中可以直接搜索到X站",
    ),
    Rule(
        "zh.editorial.infringe",
        Kind.EDITORIAL,
        Scope.LINE,
        r"[^\n]{0,40}(?:如有侵权|如有侵權|若有侵权|若有侵權|侵权请联系|侵權請聯繫|侵删|侵刪)[^\n]{0,60}",
        "infringement notice: 如有侵权请联系删除",
        max_chars=110,
    ),
    Rule(
        "zh.editorial.source-note",
        Kind.EDITORIAL,
        Scope.LINE,
        r"[（(【\[]?(?:本文|文章)(?:来源|來源|来自|來自|转载自|轉載自|由)[^\n，,]{0,30}?"
        r"(?:网友|網友|网络|網絡|互联网|互聯網|投稿|整理|原创|原創)[^\n]{0,30}?[)）】\]]?[。.]?",
        "source note: 本文由网友投稿整理 / (本文来源于网络,如有侵权请联系删除)",
        max_chars=80,
    ),
    # --------------------------------------------------------------------- toc
    Rule(
        "zh.toc.heading",
        Kind.TOC,
        Scope.LINE,
        r"(?:目录|目錄|提纲|提綱|目录/提纲|目錄/提綱|文章目录|文章目錄|本文目录|本文目錄|内容提要|內容提要)\s*[:：]?\s*(?:……|…|\.{2,6})?",
        "table-of-contents heading: 目录/提纲:……",
        max_chars=20,
    ),
    # -------------------------------------------------------------- decoration
]

#: Prefilters for the rules that search a whole line for a key phrase: a line
#: is only tried against them when it holds one of these strings.
REQUIRES: dict[str, tuple[str, ...]] = {
    "zh.chrome.breadcrumb": ("位置", "页面", "頁面"),
    "zh.chrome.docformat": ("格式",),
    "zh.footer.copyright": ("版权", "版權", "著作权", "著作權"),
    "zh.footer.icp": ("ICP", "公网安备", "公網安備"),
    "zh.footer.reprint": ("未经", "未經"),
    "zh.related.teaser-more": ("更多", "详细", "詳細", "全文", "查看", "阅读", "閱讀"),
    "zh.related.bullet": ("关注", "關注", "阅读", "閱讀", "浏览", "瀏覽", "下载", "下載", "收藏"),
    "zh.truncation.members-line": ("会员", "會員", "VIP"),
    "zh.editorial.infringe": ("侵权", "侵權", "侵删", "侵刪"),
    "zh.editorial.source-note": ("本文", "文章"),
}
RULES = [replace(r, requires=REQUIRES[r.id]) if r.id in REQUIRES else r for r in RULES]
