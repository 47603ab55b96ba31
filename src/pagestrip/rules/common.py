"""The language-neutral pack (``common.*``): shapes that are chrome in any language.

Copyright lines, path chains, symbol lines, URLs and file names on lines of
their own, anti-scrape jammer strings, leaked markup and CSS, Word field
codes, bullet glyphs left by a font, and the ``edge`` rules: shapes that are
page furniture only outside the article (a bare date, a counter with its unit,
a row of separated links). Disabling ``zh.*`` or ``en.*`` leaves these working.

Every pattern is bounded (no nested unbounded quantifiers).
"""

from __future__ import annotations

from .. import lazyre
from ..model import Kind
from ..vocabulary import MONTH_WORD, PATH_ARROW, PATH_ARROW_CHARS, SAMPLE_WORDS
from . import Rule, Scope

_SEP = rf"(?:\s*+{PATH_ARROW}\s*+)"
#: A date as sites print it: 2024-03-05, 2024/3/5 12:00, 03-17, 2024年3月5日 10:20.
_NUM_DATE = (
    r"(?:\d{4}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?|\d{1,2}-\d{1,2}|"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
#: A calendar day in any common order: 2024-03-05, 2024年3月5日, 08/01/2014, 24.03.2004,
#: 8 January 2014, 3 de diciembre de 2017, Jan. 8, 2014; a clock time may follow.
_DAY = (
    r"(?:\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
    r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|"
    rf"\d{{1,2}}\.?\s+(?:de\s+)?{MONTH_WORD}\s+(?:de\s+)?\d{{4}}|{MONTH_WORD}\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"
)
#: What a dateline's parts are split by (not / or -, which dates and names hold), and a part:
#: a name, a place, an agency, "4 min read" — short, without a sentence's end.
#: A weekday's name before a date (Friday, Fri., Mon).
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DATELINE_SEP = r"\s*[|｜·•]\s*"
_DATELINE_PART = r"[^|｜·•\n。！？!?；;]{1,40}?"
#: A count with its unit: 23页, 约 7.82千字, 9.2W人, 1.2K views, 1287次.
_COUNT = (
    # (a zero-padded 01 … 09 numbers a section, no count is written so)
    r"(?:约|約|共|about\s+)?\s*(?!0[1-9](?![\d,.]))\d[\d,]{0,9}(?:\.\d{1,2})?\s*(?:[KkWw万萬千]\+?\s*(?![A-Za-z])|(?=\s*\S))\s*"
    r"(?:人(?:关注|關注|订阅|訂閱|收藏|看过|看過|浏览|瀏覽|阅读|閱讀|参与|參與|点赞|點讚)?|"
    r"页|頁|字|次|篇|份|赞|讚|条|條|views?|words?|pages?|reads?|downloads?|likes?|comments?|"
    r"ratings?|votes?|shares?|followers?|阅读|閱讀|浏览|瀏覽|下载|下載|收藏|评论|評論|人气|人氣)?"
)
_BULLET = r"[•·●▪◆◇■□▶►→☆★\-–—]"
#: A date with a clock time, as a post or a comment is stamped: 2024-04-07 13:19(:20),
#: 2018/6/18 14:10, 2024年4月7日 13:19.
_CLOCK_STAMP = r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d\d(?::\d\d)?(?:[-+]\d\d)?"
#: Characters a post header is made of: anything but a sentence's punctuation and a code
#: line's quotes, operators and table rules.
_NOT_PROSE = r"[^，。！？；,;!?'\"=<>│|{}\n]"
#: A post header is short ...
POST_HEADER_MAX_CHARS = 80
#: ... and besides its time holds a few words: a name, a place, a vote count, 发布于 / by.
POST_HEADER_MAX_HAN = 14
POST_HEADER_MAX_WORDS = 6
_HAN = lazyre.compile(r"\p{Han}")
_WORD = lazyre.compile(r"[A-Za-z]{2,}")
_STAMP = lazyre.compile(_CLOCK_STAMP)


def _post_header_words(line: str) -> bool:
    """Whether what surrounds the time is a header's few words, not a sentence's: at most
    POST_HEADER_MAX_HAN Han characters and POST_HEADER_MAX_WORDS Latin words, and something
    besides the time (a bare timestamp is ``common.metadata.timestamp``'s)."""
    rest = _STAMP.sub(" ", line, count=1)
    return (
        bool(rest.strip())
        and len(_HAN.findall(rest)) <= POST_HEADER_MAX_HAN
        and len(_WORD.findall(rest)) <= POST_HEADER_MAX_WORDS
    )


#: A counter whose figure is in brackets after its label: 浏览 (640), 评论(12), Comments (3).
_PAREN_COUNT = r"[\p{Han}A-Za-z]{1,8}\s*[(（]\s*\d[\d,.]{0,9}\s*[KkWw万萬千]?\+?\s*[)）]"
#: Words that open a salutation (同志们:…) or a piece marker, never a label of the page.
_ADDRESSEE = (
    r"同志|各位|尊敬|敬爱|敬愛|亲爱|親愛|大家|老师|老師|同学|同學|朋友|女士|先生|全体|全體|"
    rf"第|篇|{SAMPLE_WORDS}|"  # a collection's piece marker (范文一:…) is no field either
    r"(?i:dear|ladies|good (?:morning|afternoon|evening)|hello|hi\b)"
)
#: Jammer tokens: a mixed pair (letter and digit or mark: b7, T%, ]}) or one character;
#: a run needs three mixed pairs, so a formula such as I = U / R never qualifies.
_MIXED = r"(?:[A-Za-z][0-9\p{P}\p{S}]|[0-9\p{P}\p{S}][A-Za-z]|[0-9][\p{P}\p{S}]|[\p{P}\p{S}][0-9\p{P}\p{S}])"
_SINGLE = r"[\x21-\x7e]"
_JAMMER = (
    rf"(?:{_SINGLE} ){{0,3}}{_MIXED} (?:{_SINGLE} ){{0,3}}{_MIXED} (?:{_SINGLE} ){{0,3}}{_MIXED}"
    rf"(?: (?:{_MIXED}|{_SINGLE})){{0,30}}"
)

RULES: list[Rule] = [
    Rule(
        "common.footer.rights",
        Kind.FOOTER,
        Scope.LINE,
        # A sentence of prose that mentions "powered by" or "all rights reserved"
        # has many words; a footer has few (CJK footers count as one or two). A clause
        # after a comma (…its test suite, powered by Mocha) is prose, however short.
        r"(?:(?=[^\n]*?(?:©\s*\d{4}|(?i:copyright)\s*(?:©\s*)?\d{4}))|(?!(?:\S+\s+){12}))"
        r"[^\n]{0,120}(?:All\s+Rights\s+Reserved|Copyright\s*(?:©|\(c\)|&copy;)|Copyright\s+\d{4}|"
        r"©\s*(?:\d{4}|[\p{Han}A-Za-z])|(?<![,;:，；]\s{0,2})Powered\s+by\s+\S)[^\n]{0,160}",
        "© / Copyright / All Rights Reserved / Powered by line",
        max_chars=260,
        ignore_case=True,
        requires=("reserved", "copyright", "©", "powered"),
    ),
    Rule(
        "common.chrome.path-chain",
        Kind.CHROME,
        Scope.HEAD,
        rf"[^\n{PATH_ARROW_CHARS}。，,]{{1,24}}+{_SEP}(?:[^\n{PATH_ARROW_CHARS}。，,]{{1,30}}+{_SEP}){{1,8}}+"
        rf"[^\n{PATH_ARROW_CHARS}。，,]{{0,60}}+",
        "a chain of short path segments joined by > >> » (首页 > 范文 > 讲话稿, Home > News)",
        max_chars=200,
        tags=("head-anchor",),
    ),
    Rule(
        "common.decoration.symbols",
        Kind.DECORATION,
        Scope.LINE,
        r"[\p{S}\p{P}\s]{1,200}",
        "a line of symbols only: ★, ◆◆◆, ———, ……",
        max_chars=200,
    ),
    Rule(
        "common.decoration.trailing-separator",
        Kind.DECORATION,
        Scope.INLINE,
        r"(?<=[。！？.!?”」』）)])[ \t\u3000]*[|｜¦][ \t\u3000]*$",
        "a link separator left at the end of a finished sentence: … 美好的时光。 |",
    ),
    Rule(
        "common.decoration.permalink",
        Kind.DECORATION,
        Scope.INLINE,
        r"[¶🔗][ \t\u3000]*$",
        "a heading's permalink mark at the end of its line (Sphinx, MkDocs, Read the Docs): Get annotated data¶",
        requires=("¶", "🔗"),  # a rare character: only the lines the page's literal scan found it on
    ),
    Rule(
        "common.decoration.bullet-glyph",
        Kind.DECORATION,
        Scope.LINE,
        r"[nlquvüØŸ§ðèÜ¨ØÞ]",
        "a list bullet left by a symbol font as a lone letter (n, l, Ø, ü: Wingdings glyphs)",
        max_chars=1,
    ),
    Rule(
        "common.chrome.url",
        Kind.CHROME,
        Scope.LINE,
        r"(?:https?://|www\.)[^\s]{2,200}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}",
        "a URL or an e-mail address alone on a line (not one a sentence above introduces: "
        "Please read this first: / https://…)",
        max_chars=220,
        ignore_case=True,
        tags=("introduced-stays",),
    ),
    Rule(
        "common.chrome.domain-tag",
        Kind.CHROME,
        Scope.LINE,
        r"[【\[［(（][^】\]］)）\n]{0,30}?[A-Za-z0-9-]{2,40}\.(?:com|cn|net|org|cc|top|info|vip)\b[^】\]］)）\n]{0,30}[】\]］)）]",
        "a bracketed site tag with the site's domain: 【628568.com--實用資料】",
        max_chars=70,
        ignore_case=True,
    ),
    Rule(
        "common.chrome.code-toolbar",
        Kind.CHROME,
        Scope.LINE,
        # SyntaxHighlighter's bar (view plaincopy to clipboardprint?, view plain copy help…, view
        # source print?), a copy button's label, and jb51-style 复制代码 代码如下: above a block.
        r"view\s*(?:plain|source)\s*(?:copy)?\s*(?:to\s*clipboard)?\s*(?:print)?\s*\??\s*(?:help\s*\.{0,3})?|"
        r"[\[【(（]?(?:复制代码|複製代碼|拷贝代码|拷貝代碼|copy\s+code|copy\s+to\s+clipboard|copied\s*!)[\]】)）]?"
        r"(?:\s*(?:代码如下|代碼如下)\s*[:：]?)?",
        "a code block's toolbar left in the text: view plaincopy to clipboardprint?, 复制代码, Copy code",
        max_chars=50,
        ignore_case=True,
    ),
    Rule(
        "common.chrome.code-toolbar-inline",
        Kind.CHROME,
        Scope.INLINE,
        r"(?:复制代码|複製代碼)\s*(?:代码如下|代碼如下)\s*[:：]",
        "a code block's toolbar glued into a line by the scrape: …查看命令提示复制代码代码如下:db.help();",
        requires=("复制代码", "複製代碼"),
    ),
    Rule(
        "common.chrome.file-name",
        Kind.CHROME,
        Scope.LINE,
        r"[^\n。，,]{1,60}\.(?:jpe?g|png|gif|bmp|webp|tiff?|docx?|pptx?|xlsx?|pdf|wps|txt|rar|zip)",
        "an image or document file name alone on a line: 运动会现场照片3.jpg",
        max_chars=70,
        ignore_case=True,
    ),
    Rule(
        "common.chrome.jammer",
        Kind.CHROME,
        Scope.LINE,
        _JAMMER,
        "an anti-scrape jammer string: runs of 1-2 character tokens mixing letters, digits and punctuation "
        "(b7 T% k2 ]} q( X3)",
        max_chars=160,
    ),
    Rule(
        "common.chrome.jammer-inline",
        Kind.CHROME,
        Scope.INLINE,
        # (it starts at its own ASCII: the sentence's 。 before it stays)
        rf"(?<=[\p{{Han}}。，！？!?,.;；:：])\s?(?=[\x21-\x7e]){_JAMMER}(?=\s*$|\s?\p{{Han}})",
        "a jammer string glued to a sentence: …我都赞成。% g3 R! w6 {. P8 z",
    ),
    Rule(
        "common.chrome.markup-escape",
        Kind.CHROME,
        Scope.INLINE,
        # Not a Windows path's backslash: C:\new\table.
        r"(?<![A-Za-z]:(?:\\[\w.-]{1,40}){0,8})"
        r"(?:\\r\\n|\\n|\\r|\\t|x0dx0a|x0a|&nbsp;|&amp;nbsp;|&ensp;|&emsp;|&#160;|&#12288;|&lt;br\s?/?&gt;)"
        r"(?:\s?(?:\\r\\n|\\n|\\r|\\t|x0dx0a|x0a|&nbsp;|&amp;nbsp;|&ensp;|&emsp;|&#160;|&#12288;)){0,20}"
        r"(?=[^\s,，、。.;；:：])",
        "escapes leaked into the text: \\r\\n, x0dx0a, &nbsp; glued to the words (a tag in plain text stays: "
        "it may be what the text is about; a Windows path's C:\\new\\table too)",
        ignore_case=True,
        requires=("\\", "x0", "&"),
    ),
    Rule(
        "common.chrome.css",
        Kind.CHROME,
        Scope.INLINE,
        r"(?:@page|@font-face|@media|(?<![\w-])(?:[a-z][\w-]{0,20})?(?:\.[\w-]{1,30})?)(?<![(\[,:=])(?<![(\[,:=]\s)"
        r"\s?\{[^{}\n]{0,400}?[a-z-]{2,30}\s?:\s?[^{}\n;]{1,80}(?:;[^{}\n]{0,200})?\}(?![)\],;}])",
        "CSS leaked into the text: @page { size: … } p.western { font-family: … }; not an object literal of "
        "code, which stands after ( [ , : = or before ) ] , ; } (db.users.find({age: {$gt: 18}});)",
        ignore_case=True,
        requires=("{",),
    ),
    Rule(
        "common.chrome.field-code",
        Kind.CHROME,
        Scope.INLINE,
        r"(?:TOC|PAGEREF|HYPERLINK|REF|SEQ)\s+(?:\\[a-z]\s*(?:\"[^\"\n]{0,30}\"\s*)?|_Toc\d{3,12}\s*|\"[^\"\n]{0,60}\"\s*){1,8}",
        'Word field codes leaked into the text: TOC \\o "1-3" \\h \\z \\u, PAGEREF _Toc123 \\h',
        requires=("TOC", "PAGEREF", "HYPERLINK", "REF", "SEQ"),
    ),
    # ----------------------------------------------------------- page edges
    Rule(
        "common.edge.date",
        Kind.METADATA,
        Scope.EDGE,
        rf"{_BULLET}?\s*(?:[^\s:：]{{1,8}}\s*[:：]\s*(?:\[[^\]\n]{{1,20}}\])?\s*)?{_NUM_DATE}"
        rf"(?:\s*[|｜/·]?\s*[\p{{Han}}A-Za-z0-9][^\n,，。]{{0,24}})?",
        "outside the article: a bare date, or a date with a name or site (03-17 公文素材站, 2024-03-05 上传于江苏)",
        max_chars=48,
    ),
    Rule(
        "common.edge.dateline",
        Kind.METADATA,
        Scope.EDGE,
        rf"(?:{_DATELINE_PART}{_DATELINE_SEP}){{1,3}}{_DAY}(?:{_DATELINE_SEP}{_DATELINE_PART}){{0,3}}|"
        rf"{_DAY}(?:{_DATELINE_SEP}{_DATELINE_PART}){{1,3}}",
        "outside the article: a dateline of short parts around a day (Patricio Candia | Palma de Mallorca | "
        "08/01/2014, Jane Doe · 12 March 2021 · 4 min read, 08/01/2014 | Efe)",
        max_chars=100,
        ignore_case=True,
    ),
    Rule(
        "common.edge.date-words",
        Kind.METADATA,
        Scope.EDGE,
        rf"(?:{_WEEKDAY},?\s+)?(?:{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
        rf"\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{MONTH_WORD}\s+(?:de\s+)?\d{{4}})"
        r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?",
        "above the article: a date written with its month's name on a line of its own, under a blog's or "
        "a paper's headline (February 14, 2020; Friday, 14 February 2020; 3rd March 2021 at 10:20); below "
        "the text such a line is a letter's date, which stays",
        max_chars=60,
        ignore_case=True,
        tags=("above-only",),
    ),
    Rule(
        "common.chrome.hash",
        Kind.CHROME,
        Scope.LINE,
        r"[0-9a-f]{24,64}|[0-9A-F]{24,64}",
        "a line that is only a hex digest (3470dcd9633d568b93513904d6dfdcfa): a tracking or file id",
        max_chars=64,
    ),
    Rule(
        "common.metadata.timestamp",
        Kind.METADATA,
        Scope.LINE,
        r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?",
        "a bare timestamp line (2023-07-07 02:46): a post's or comment's time; a date written in a "
        "text has no clock time",
        max_chars=24,
    ),
    Rule(
        "common.edge.counter",
        Kind.METADATA,
        Scope.EDGE,
        rf"(?:{_BULLET}\s*)?(?:[\p{{Han}}A-Za-z]{{0,6}}(?:\s[\p{{Han}}A-Za-z]{{1,6}})?\s*[:：]?\s*)?{_COUNT}(?:\s*[|｜/·,，]?\s*(?:{_COUNT}|[\p{{Han}}A-Za-z]{{0,6}}\s*[:：]?\s*\d[\d,.]{{0,9}}))*|"
        rf"{_BULLET}\s*\d{{1,6}}|"
        rf"(?:{_BULLET}\s*)?{_PAREN_COUNT}(?:\s*[|｜/·,，]?\s*{_PAREN_COUNT}){{0,6}}",
        "outside the article: counters with their units (• 约 7.82千字, 共 26 页, 1.2K views, 阅读 1287次, 浏览 (640))",
        max_chars=60,
        ignore_case=True,
    ),
    Rule(
        "common.edge.link-row",
        Kind.CHROME,
        Scope.EDGE,
        r"(?>[^\n|｜丨•:：]{0,12}[:：])?[^\n|｜丨•。，,!！?？]{2,24}+(?:[|｜丨•][^\n|｜丨•。，,!！?？]{2,24}+){2,30}+[|｜丨]?",
        "outside the article: a row of separated links or tags (工作总结范文 | 工作总结开头 | …)",
        max_chars=300,
        tags=("links",),  # in HTML, a row that holds no link is no link row
    ),
    Rule(
        "common.metadata.reader-header",
        Kind.METADATA,
        Scope.LINE,
        r"(?:URL Source|Published Time)\s*:\s*[^\n]{1,2000}|Markdown Content\s*:",
        "the fields a reader service (r.jina.ai) writes over the page's Markdown: URL Source: …, Published "
        "Time: …, Markdown Content: (the URL and the date are read from them; its Title: line is the title)",
        max_chars=2100,
    ),
    Rule(
        "common.chrome.md-image",
        Kind.DECORATION,
        Scope.LINE,
        r"(?:[*+-]\s+)?(?:\[?\s?!\[[^\]\n]{0,200}\]\([^)\s]{1,800}(?:\s+\"[^\"\n]{0,100}\")?\)"
        r"(?:\s?[^\[\]\n]{0,40}\]\([^)\s]{1,800}(?:\s+\"[^\"\n]{0,100}\")?\))?\s*){1,10}",
        "a line of Markdown images only (![Image 37](https://…/a.jpeg), a linked one [![](…)](…)), or a link "
        'made of an image and a short label ([ ![logo](…) ](https://site/ "Site"), [![](…/top.svg)Back to '
        "Top](…)): a picture's markup in a scraper's Markdown, a logo or a button",
        max_chars=4000,
    ),
    Rule(
        "common.chrome.feedback-prompt",
        Kind.CHROME,
        Scope.LINE,
        r"(?:(?:该|此|这篇|這篇|本)?(?:文章|文档|文檔|页面|頁面|内容|內容|回答)(?:是否)?对(?:您|你)有(?:所)?帮助(?:吗|嗎)?|"
        r"(?:(?:was|is) this (?:page|article|answer|post|information|documentation|doc|guide) helpful|"
        r"did (?:this|you find this) (?:page|article|answer) help(?:ful)?(?: you)?))\s*[？?]?"
        r"(?:\s*(?:是|否|有用|没用|沒用|有帮助|没帮助|反馈|反饋|yes|no|👍|👎)){0,4}",
        "a documentation page's feedback widget: 该文章对您有帮助吗？, 此页面是否对您有帮助, "
        "Was this page helpful? Yes No",
        max_chars=60,
        ignore_case=True,
    ),
    Rule(
        "common.chrome.post-widget",
        Kind.CHROME,
        Scope.LINE,
        r"#\d{1,5}|\d[\d.,]{0,9}\s*[km]?\s*(?:likes?|upvotes?|points|reactions?|retweets?|reposts?|claps?|"
        r"hearts?|kudos)",
        "a post's widget in a thread, on a line of its own: its number (#1, #2) or its reactions (8 Likes, "
        "12 upvotes, 1.2K claps); a comment count is the comment heading's (12 Comments)",
        max_chars=24,
        ignore_case=True,
        # tried only on the lines the page's literal scan finds one of these in
        requires=("#", "like", "upvote", "point", "reaction", "retweet", "repost", "clap", "heart", "kudos"),
    ),
    Rule(
        "common.chrome.md-image-inline",
        Kind.DECORATION,
        Scope.INLINE,
        r"!\[[^\]\n]{0,200}\]\([^)\s]{1,800}\)",
        "a Markdown image in front of or inside a line's text (![](…/lock.png)最低0.47元/天 解锁文章): the picture's "
        "markup goes, the text is judged on its own",
    ),
    Rule(
        "common.metadata.front-matter",
        Kind.METADATA,
        Scope.LINE,
        r"(?:url|link|source_url|canonical_url|original_url)\s*:\s*https?://\S{1,800}|"
        r"(?:fetch_date|fetched_at|fetch_time|crawled_at|crawl_date|crawl_time|scraped_at|date|published|updated)"
        r"\s*:\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:.+\-Z]{1,30})?",
        "a scraper's front-matter field whose value is an address or a timestamp (url: https://…, "
        "fetch_date: 2025-10-06T19:16:48), lower-case as YAML keys are; the other fields are "
        "common.edge.front-matter's",
        max_chars=850,
    ),
    Rule(
        "common.edge.front-matter",
        Kind.METADATA,
        Scope.EDGE,
        r"(?-i:title|url|link|source|date|fetch_date|fetched_at|crawled_at|crawl_date|author|authors|tags|"
        r"categories|category|description|summary|lang|language|published|updated|slug|site|site_name)"
        r"\s*:\s*[^\n]{1,500}",
        "outside the article: a field of the front matter a scraper writes over its Markdown (url: https://…, "
        "fetch_date: 2025-10-06T19:16:48, source: …), lower-case as YAML keys are",
        max_chars=600,
    ),
    Rule(
        "common.chrome.md-link-row",
        Kind.CHROME,
        Scope.LINE,
        r"(?:[*+-]\s+|\d{1,3}[.)]\s+)?(?:\[[^\]\n]{0,120}\]\([^)\s]{1,800}(?:\s+\"[^\"\n]{0,100}\")?\)"
        r"[\s|·•/,，、>»]{0,6}){1,30}",
        "a line of Markdown links only (* [新闻](https://…), [上一篇：…](…)[下一篇：…](…)): a menu, a pager or a "
        "list of other pages in a scraper's Markdown, as a link list is in HTML",
        max_chars=8000,
    ),
    Rule(
        "common.head.keyword-list",
        Kind.CHROME,
        Scope.HEAD,
        r"(?!Title\s*:)[^\n,，。、!！?？\-_|]{2,20}(?:[,，\-_|][^\n,，。、!！?？\-_|]{2,20}){3,40}",
        "above the page title: a comma-separated keyword list with no sentence in it (a hijacked site's spam "
        "line; a reader service's Title: line is the title, whatever its separators)",
        max_chars=400,
    ),
    Rule(
        "common.edge.key-value",
        Kind.METADATA,
        Scope.EDGE,
        rf"(?:{_BULLET}\s*)?(?!{_ADDRESSEE})(?:[^\s:：|｜。,，]{{2,10}}|[A-Za-z]{{2,12}}(?: [A-Za-z]{{2,12}}){{1,2}})"
        r"(?:[(（][^)）\n]{1,8}[)）])?\s*(?:[:：]|\s?[|｜]\s?)"
        r"[^\n。!！?？]{1,80}(?<![.。!！?？:：;；])",
        "above the article: a label:value field of the page (上传人:…, 文档编号:…, 指導老師:…, Title: …, 编辑|刘娜)",
        max_chars=100,
        tags=("above-only",),
    ),
    Rule(
        "common.chrome.phone",
        Kind.CHROME,
        Scope.LINE,
        r"(?:[^\n\d+]{0,24}?(?:[+]\d{1,3}\s?(?:\(\d{2,4}\)\s?|\d{2,4}[\s-])|\(\d{3,4}\)\s?|\d{3,4}-)"
        r"\d{3,4}[\s-]?\d{3,4}\s*(?:toll-free|local(?:/sms)?|sms|fax|tel|热线|電話|电话)?\s*){1,4}",
        "a line of phone numbers: +1 (800) 405-2972 Toll-free, 客服热线 400-800-1234",
        max_chars=110,
        ignore_case=True,
        # a notice's own contacts stay: under 七、联系方式, or a sentence ending in a colon
        tags=("introduced-stays",),
    ),
    Rule(
        "common.edge.dash-path",
        Kind.CHROME,
        Scope.EDGE,
        r"(?:(?!\s[-–—|]\s|(?<=\p{Han})[-–—])[^\n]){2,40}+"
        r"(?:(?:\s[-–—|]\s|(?<=\p{Han})[-–—]{1,2}(?=\p{Han}))(?:(?!\s[-–—|]\s|(?<=\p{Han})[-–—])[^\n]){2,60}+){2,6}+",
        "outside the article: a path of sections joined by dashes (Culture - Festivals - Opening remarks, "
        "联系客服提示-办公文库—职场写作门户网站)",
        max_chars=200,
    ),
    Rule(
        "common.edge.meta-row",
        Kind.METADATA,
        Scope.EDGE,
        r"(?=(?:[^\n]*?(?:[:：]|\d{4}[-/.]\d{1,2}|\d\s*(?:次|人|views?\b))){2})"
        r"[^|｜丨\n]{0,30}+(?:[|｜丨][^|｜丨\n]{0,30}+){2,10}+",
        "outside the article: a row of page fields between bars "
        "(来源: | 作者:佚名 | 发布时间: 2022-12-31 | 822 次浏览)",
        max_chars=200,
    ),
    Rule(
        "common.edge.numbered-caption",
        Kind.CHROME,
        Scope.EDGE,
        r"[^\n,，。:：]{2,40}?[\p{Han}A-Za-z]\s?0\d",
        "outside the article: a photo caption numbered 01, 02 (…表彰大会02)",
        max_chars=44,
    ),
]

#: General shapes that the language packs' specific rules name first (``zh.metadata.posted``
#: for ``发表于 2024-02-24 14:02``): the built-in set puts these after every pack, since the
#: earliest matching rule of a line is the one reported.
FALLBACK_RULES = [
    Rule(
        "common.metadata.post-header",
        Kind.METADATA,
        Scope.LINE,
        rf"{_NOT_PROSE}*{_CLOCK_STAMP}{_NOT_PROSE}*",
        "a post's or comment's header: its author, votes or place around a time to the minute "
        "(6765 有用 小咸鱼 看过 2024-04-07 02:34:58 江苏; 由 admin发布于 2024-02-24 14:02:08); a "
        "sentence has its punctuation and words, a code line its quotes and operators",
        max_chars=POST_HEADER_MAX_CHARS,
        requires=("19", "20"),
        predicate=_post_header_words,
    ),
]
