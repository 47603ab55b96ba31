"""The site's own voice (``zh.editorial.*``, with the sentence rules
``zh.chrome.promo`` and ``zh.chrome.doc-furniture``): lead-ins and blurbs built
from cue classes, doc-site notes, promotions, a chat assistant's leftovers,
watermarks, infringement and source notes.
"""

from __future__ import annotations

from ...model import Kind
from ...vocabulary import PIECE_COUNT
from ..rule import Rule, Scope

# Cue classes of the sentence rules. Each is a family of words, not a phrase:
# a sentence is the site's own only when several classes meet in it.
_POINTER = r"下面|以下|下文|接下来|接下來|如下|今天就?(?:为|為|給|给)(?:您|你|大家)"
# (Cues are tried at every character of a line: each starts with a literal or is
# anchored on one, never on a bare character class with a repeat.)
_SITE_VOICE = (
    r"小编|小編|编辑|編輯|本站|本网|本網|网友|網友|(?<=\p{Han})(?:网|網|之家|范文|範文)(?=[\p{Han}]{0,3}(?:整理|收集|精心|为|為|小编|小編))|"
    rf"范文|範文|例文|范本|範本|{PIECE_COUNT}篇|精选|精選|大全|汇编|匯編"
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
    r"代写|代寫|代笔|代筆|代做|写作(?:神器|工具|软件|服务)|寫作(?:神器|工具|軟件|服務)|一键(?:出稿|生成|写作)|"
    r"一鍵(?:出稿|生成)|AI写作|AI寫作|论文(?:发表|代写|润色)|論文(?:發表|代寫)|"
    # Made to order, said of writing: 定制 and 个性化 alone are everyday words of business
    # and technology (个性化推荐, 定制开发), a post about them no promotion.
    r"(?:定制|定製|个性化|個性化)(?:范文|範文|文章|稿件|讲话稿|講話稿|演讲稿|演講稿|写作|寫作|论文|論文)"
)
_CONTACT = (
    r"微信|微信号|[vV][xX]|[wW][xX][_\-]?[0-9A-Za-z]|QQ|qq|扣扣|客服|官网|官網|公众号|公眾號|https?://|www\.|"
    r"扫码加|掃碼加"
)  # a phone number is information (咨询电话:…), not an ad by itself
_CALL_TO_ACTION = (
    r"请加|請加|加微信|添加|咨询|諮詢|联系|聯繫|点击|點擊|扫码|掃碼|关注|關注|安利|立即|免费|免費|下载|下載|"
    r"访问|訪問|获取|獲取|体验|體驗"
)
#: What a document site does with its files. Paying and buying only as said of a file
#: (付费文档, 购买后下载): a product's manual tells "您无需购买节点…按需付费" of its service.
_SITE_ACTION = (
    r"下载|下載|预览|預覽|上传|上傳|收益|客服|下单|下單|售出|退换|退換|"
    r"(?:付费|付費)(?:文档|文檔|资料|資料|下载|下載|阅读|閱讀|内容|內容)|"
    r"(?:购买|購買)(?:文档|文檔|资料|資料|本文|此文|后|後|完整)|"
    r"在线阅读|在線閱讀|收藏|举报|舉報"
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
        "zh.editorial.welcome-reader",
        Kind.EDITORIAL,
        Scope.INLINE,
        r"(?:欢迎|歡迎)(?:大家|您|你|各位)?(?:阅读|閱讀|浏览|瀏覽|查阅|查閱)(?![《〈“])[^\n，,。！!？?；;]{0,30}(?:[，,。！!；;]|$)",
        "the site welcoming the reader, as a clause of its own: 欢迎阅读了解会议主持词的一般写法, / …,欢迎阅读。 "
        "(a speech welcomes people to a place, 欢迎来到, not to read the page; a writer who invites to read "
        "a named work, 欢迎阅读《茫室的美学与设计》, points to their own writing)",
        requires=("欢迎", "歡迎"),
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
        r"[^\n]{0,40}(?:如有侵权|如有侵權|若有侵权|若有侵權|侵权请联系|侵權請聯繫|侵删|侵刪|"
        r"(?:如果|如|若)侵犯了?(?:您|你)的(?:合法)?(?:权益|權益|版权|版權))[^\n]{0,60}",
        "infringement notice: 如有侵权请联系删除, 如果侵犯了您的合法权益，请联系本站删除",
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
]
