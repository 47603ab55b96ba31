"""Page metadata (``zh.metadata.*``): label:value field lines, date lines,
government document headers, collection titles and entries, a journal
article's header, student bylines, author notes and affiliations.
"""

from __future__ import annotations

from ...model import Kind
from ...vocabulary import CN_DIGITS, COUNT_QUALIFIERS, PIECE_COUNT, year_month_day
from ..rule import Rule, Scope

_DATE = rf"(?:{year_month_day()}\s*日?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)"
_META_KEY = (
    r"(?:(?:发布|發佈|發布|更新|发表|發表|上传|上傳|录入|錄入|修改|编辑|編輯|添加|收录|收錄|投稿|提交)?"
    r"(?:时间|時間|日期)"
    r"|来源|來源|出处|出處|作者|责任编辑|責任編輯|编辑|編輯|录入|錄入|发布者|發佈者|"
    r"阅读|閱讀|阅读量|閱讀量|阅读次数|閱讀次數|浏览|瀏覽|浏览量|瀏覽量|浏览次数|瀏覽次數|"
    r"查看人数|查看人數|查看次数|查看|点击|點擊|点击量|點擊量|点击数|點擊數|人气|人氣|"
    r"字数|字數|评论|評論|热度|熱度|分类|分類|栏目|欄目|下载次数|下載次數|"
    # a document shop's file fields: 上传人(卖家): / 文档编号: / 页数: / 大小:
    r"上传人|上傳人|上传者|上傳者|卖家|賣家|贡献者|貢獻者|文档编号|文檔編號|资料编号|資料編號|"
    r"文档格式|文檔格式|格式(?=\s*[:：]\s*[A-Za-z]{2,5}(?:\s|$))|页数|頁數|文件大小|大小(?=\s*[:：]\s*[\d.]+\s*[KMG]B?\s*$))"
    # a qualifier in brackets after the key: 上传人(卖家):
    r"(?:[(（][\p{Han}]{1,4}[)）])?"
)
#: A date with the clock time in a named zone after it: 2012年12月10日, 格林尼治标准时间10:41.
_ZONED_DATE = (
    rf"{_DATE}(?:\s*[,，]?\s*(?:格林尼治标准时间|格林尼治標準時間|北京时间|北京時間|GMT|UTC)\s*"
    r"\d{1,2}:\d{2}(?::\d{2})?)?"
)
_META_VALUE = (
    rf"(?:{_ZONED_DATE}|\d[\d,]{{0,12}}\s*(?:次|人|字|℃)?|"
    r"[^\s:：|｜丨]{1,24})"
)
_META_ITEM = (
    rf"(?:{_META_KEY}\s*[:：]\s*(?:{_META_VALUE})?|"
    # a time label and its date without the colon: 更新时间 2012年12月10日
    rf"(?:发布|發佈|發布|更新|发表|發表)?(?:时间|時間|日期)\s*{_ZONED_DATE})"
)
_GOV_KEY = (
    r"索\s*引\s*号|索\s*引\s*號|发\s*文\s*机\s*关|發\s*文\s*機\s*關|发布机构|發佈機構|发文单位|發文單位|成文日期|"
    r"发文日期|發文日期|发布日期|發佈日期|公开日期|公開日期|文\s*号|文\s*號|发文字号|發文字號|主题分类|主題分類|"
    r"主\s*题\s*词|主\s*題\s*詞|公开方式|公開方式|公开范围|公開範圍|有\s*效\s*性|时\s*效\s*性|時\s*效\s*性|"
    r"生效日期|废止日期|廢止日期|体裁分类|體裁分類|组配分类|組配分類|所属机构|所屬機構|公开时限|公開時限|"
    r"信息分类|信息分類|内容分类|內容分類|标\s*题|標\s*題|发布单位|發佈單位|发布文号|發佈文號|实施日期|實施日期|"
    r"施行日期"
)
#: A header field: 发文机关：商务部, or its label in brackets, the colon optional, and a value
#: that is no sentence (【发布日期】2018-6-8; a manual's [时间] 设置多久时间后执行。 is prose).
_GOV_FIELD = (
    rf"(?:(?:{_GOV_KEY})\s*[:：]\s*[^\n]{{0,80}}?|"
    rf"[【\[](?:{_GOV_KEY}|{_META_KEY})[】\]]\s*[:：]?\s*[^\s。！？；!?;【\[][^\n。！？；!?;【\[]{{0,59}}?)"
)

RULES: list[Rule] = [
    Rule(
        "zh.metadata.post-edited",
        Kind.METADATA,
        Scope.LINE,
        rf"本帖最后由\s*[^\n]{{1,30}}?\s*于\s*{_DATE}\s*编辑|本帖最後由\s*[^\n]{{1,30}}?\s*於\s*{_DATE}\s*編輯",
        "a forum post's edit note: 本帖最后由 山野行者 于 2023-5-2 10:25 编辑",
        max_chars=80,
    ),
    Rule(
        "zh.metadata.fields",
        Kind.METADATA,
        Scope.LINE,
        rf"(?:[•·●▪◆]\s*)?(?:{_DATE}\s*[|｜丨/·]?\s*)?{_META_ITEM}(?:\s*[|｜丨/·]?\s*{_META_ITEM}){{0,8}}"
        r"(?:\s+[^\s。，,!！?？:：]{1,8}){0,4}(?:\s*(?:分享到|分享至|分享)\s*[:：]?)?\s*",
        "page metadata line: 时间/发布时间/更新时间/发表时间/来源/作者/阅读/浏览/查看人数/点击: value "
        "(a few short words after it, 我要投稿 or a category, go with it, and a share label: 分享到：)",
        max_chars=160,
    ),
    Rule(
        "zh.metadata.posted",
        Kind.METADATA,
        Scope.LINE,
        rf"(?:发布于|發佈於|发表于|發表於|更新于|更新於|发布在|發佈在)\s*[:：]?\s*{_DATE}"
        r"(?:\s*[|｜丨/·]?\s*(?:作者|编辑|編輯|来源|來源|by)\s*[:：]?\s*[^\s|｜丨]{1,20})*\s*|"
        # ... and the account that posted it (2024-05-18 16:56发布于北京环球时报新媒体官方账号).
        rf"(?:原创|原創)?(?:\s*[^\s]{{1,20}}){{0,3}}\s*{_DATE}\s*(?:发表于|發表於|发布于|發佈於)\s*[\p{{Han}}]{{2,8}}"
        r"(?:[\p{Han}\w·]{1,24})?\s*",
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
        # (a bracketed label needs no separator before it: 【发布单位】商务部【发布日期】2018-6-8)
        rf"{_GOV_FIELD}(?:(?:[\s,，;；|]+|(?=[【\[])){_GOV_FIELD}){{0,8}}",
        "a government document's label:value header: 索引号/发文机关/成文日期/文号/主题分类/发布机构, "
        "or its labels in brackets: 【发布单位】商务部【发布文号】公告2018年第47号【发布日期】2018-6-8",
        max_chars=240,
    ),
    Rule(
        "zh.metadata.collection-title",
        Kind.METADATA,
        Scope.EDGE,
        rf"[^\n。!！?？]{{0,50}}?(?:[(（【\[]\s*(?:{COUNT_QUALIFIERS}|汇总|匯總)?\s*"
        rf"{PIECE_COUNT}\s*篇\s*[)）】\]]|{PIECE_COUNT}篇)[^\n。!！?？]{{0,30}}",
        "outside the article: the collection's page title with its count (…倡议书(17篇), (19篇)最新…汇编)",
        max_chars=80,
    ),
    Rule(
        "zh.chrome.collection-entry",
        Kind.CHROME,
        Scope.INLINE,
        rf"^\s*(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})\s*[、.．]\s*[^\n。!！?？]{{2,40}}?[(（【]\s*"
        rf"(?:{COUNT_QUALIFIERS}|汇总|匯總)\s*\d{{1,3}}\s*篇\s*[)）】]",
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
        rf"(?:[{CN_DIGITS}\d]{{1,2}}\s*年级|[{CN_DIGITS}\d]{{1,2}}\s*年級|初[一二三]|高[一二三])"
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
]
