"""The related block under the article (``zh.related.*`` and its headings in
``zh.chrome.*``): related, recommended, hot and comment headings, tag lists,
previous/next links, bulleted links and teasers.
"""

from __future__ import annotations

from ...model import Kind
from ..rule import Rule, Scope

RULES: list[Rule] = [
    Rule(
        "zh.chrome.related-heading",
        Kind.CHROME,
        Scope.TAIL,
        r"^(?:相关|相關)(?:文章|阅读|閱讀|推荐|推薦|专题|專題|资料|資料|内容|內容|范文|範文|"
        r"文档|文檔|链接|鏈接|下载|下載|新闻|新聞|帖子|主题|主題)"
        r"(?:推荐|推薦|列表|阅读|閱讀|链接|鏈接)?\s*+[:：]?\s*+$|"
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
        r"^[^\n。，,]{0,30}(?:扩展阅读|擴展閱讀|延伸阅读|延伸閱讀|拓展阅读|拓展閱讀)\s*+[:：]?\s*+$|"
        r"^(?:猜你喜欢|猜你喜歡|延伸阅读|延伸閱讀|扩展阅读|擴展閱讀|拓展阅读|拓展閱讀|精彩推荐|精彩推薦|热点推荐|熱點推薦|"
        r"大家都在看|看了本文的人还看了|看過本文的人還看了|为你推荐|為你推薦|你可能感兴趣|你可能感興趣|"
        r"喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|往期推荐|往期推薦|往期回顾|往期回顧|往期精选|往期精選|"
        r"更多精彩|更多相关|更多相關|最新文章|最新推荐|最新推薦|最新更新|"
        r"编辑推荐|編輯推薦|小编推荐|小編推薦|本站推荐|本站推薦|本站精选|本站精選|"
        r"精选推荐|精選推薦|相关推荐|相關推薦|推荐阅读|推薦閱讀)(?=[:：\s]|$)|"
        # A Q&A page's list of other questions (其他类似问题, 相关问题, 相似问题).
        r"^(?:其他|其它)?(?:类似|類似|相似|相关|相關)(?:问题|問題)\s*+[:：]?\s*+$",
        "recommendation heading: 推荐访问, 推荐阅读, 猜你喜欢, 延伸阅读, 其他类似问题",
    ),
    Rule(
        "zh.related.tag-line",
        Kind.RELATED,
        Scope.TAIL,
        r"^(?:本文标签|本文標籤|文章标签|文章標籤|热门标签|熱門標籤|标签|標籤|关键词|關鍵詞)(?=[:：\s]|$)",
        "the tag line under the article: 本文标签: …, 关键词: … (above the article's end it is a field of the "
        "text, a paper's 关键词 or a film card's, and stays)",
        tags=("tail-only",),
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
        r"^(?:读者留言|讀者留言|网友评论|網友評論|发表评论|發表評論|评论区|評論區|我要(?:发表|發表)?(?:评论|評論|留言)|发表留言|發表留言|精彩评论|"
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
    Rule(
        "zh.related.inline-teaser",
        Kind.RELATED,
        Scope.INLINE,
        r"(?:[，,]{1,3}|(?<=^|[。！？!?；;]))(?:推荐|推薦)(?:一篇|一份|几篇|幾篇|\d{1,2}篇)[^\n。！!？?]{2,40}(?:[。！!]|$)",
        "a teaser for another page glued to a paragraph: …的事情,推荐一篇小学生安全演讲稿。 (a sentence "
        "or clause of its own, opened by 推荐一篇, with the commas before it; 老师向我们推荐一篇… has a "
        "subject and stays)",
        requires=("推荐", "推薦"),
    ),
]
