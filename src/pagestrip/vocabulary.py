"""The grammars several stages share, written once: pattern text, not patterns.

Each name below is a piece of ``regex`` syntax (or a set of characters, or a
function that writes one) that a stage or a rule pack builds its own pattern
from. Keeping them here means a numeral, a date shape or a separator that one
stage learns is learned by all of them. Nothing here is compiled, so importing
this module costs nothing.

Where two stages read *nearly* the same thing on purpose, both forms are here
under their own names, with the reason.
"""

from __future__ import annotations

# ------------------------------------------------------------ Chinese numerals

#: The Chinese numerals one to ten: counts, list numbers, grades (三年级), months.
CN_DIGITS = "一二三四五六七八九十"
#: The numerals a heading or a piece is numbered with: one to ten, hundred, the
#: zeros (零, 〇) and 两 (第二十一篇, 第两篇, 一百零三).
CN_NUMERALS = CN_DIGITS + "百零〇两"
#: The digits of a year written out (二〇二三年, 二○二三年), where ○ stands for 〇.
CN_YEAR_DIGITS = "〇○零一二三四五六七八九"

# --------------------------------------------------------- collections' pieces

#: A heading's or a piece's number: up to four digits or numerals (12, 二十一).
PIECE_NUMBER = rf"[{CN_NUMERALS}\d]{{1,4}}"
#: The words that name a sample piece by number (范文一, 例文2).
SAMPLE_WORDS = r"范文|範文|例文|样文|樣文"
#: The markers that name the pieces of a collection by number, the ``n`` group
#: their number: 第1篇 / 第 二十 篇, 篇一 / 篇 3, 范文一 / 例文2. The collection
#: stage splits a page at them, the head stops looking for a title at them, and
#: a line that starts with one is a heading.
PIECE_ORDINAL = rf"第\s*(?P<n>{PIECE_NUMBER})\s*篇"
PIECE_AFTER = rf"篇\s*(?P<n>[{CN_NUMERALS}\d]{{1,3}})"
PIECE_SAMPLE = rf"(?:{SAMPLE_WORDS})\s*(?P<n>[{CN_NUMERALS}\d]{{1,3}})"
#: How many pieces a collection holds, in digits or numerals: 17篇, 三篇.
PIECE_COUNT = rf"(?:\d{{1,3}}|[{CN_DIGITS}]{{1,3}})"
#: Words in a collection's count bracket: (精选5篇), 【通用三篇】, (最新10篇). The
#: zh collection-title and collection-entry rules accept 汇总/匯總 there too;
#: the title comparison of ``dedupe`` never has, and is left so, as adding it
#: would change which titles compare equal.
COUNT_QUALIFIERS = r"精选|精選|通用|实用|實用|优选|優選|最新|热门|熱門|优秀|優秀"

# ----------------------------------------------------------------------- dates


def year_month_day(capture: bool = False) -> str:
    """A date in digits, year first, as sites and documents print it:
    2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日 (the closing 日 is left to the
    caller). With ``capture``, year, month and day are groups 1, 2 and 3: the
    page's date is read from it; the rules match it without groups."""
    y, m, d = (r"(\d{4})", r"(\d{1,2})", r"(\d{1,2})") if capture else (r"\d{4}", r"\d{1,2}", r"\d{1,2}")
    return rf"{y}\s*[-/.年]\s*{m}\s*[-/.月]\s*{d}"


#: An English month's name or its abbreviation, a full stop allowed (Jan,
#: January, Sept.): the English byline rule removes a line on it, so only the
#: names themselves count.
MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A month's first three letters and any letters after them: the page's date is
#: read with it from text already removed, where it also reads the French,
#: German and Spanish names that share the English stem (1 mars 2019, mayo,
#: Juli, octobre). Deliberately looser than :data:`MONTH_NAME`; the month
#: is looked up by its first three letters. The dateline rule (``en.metadata.dateline``)
#: uses it too: it also asks for a day, a year and a clock time.
MONTH_STEM = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: The months of German, French and Spanish whose first letters are not the English
#: name's (März, Mai, Okt., Dez., avril, août, déc., enero, abril, agosto, dic.): the page's
#: date reads their numbers from :data:`pagestrip.pagemeta.OTHER_MONTHS`.
OTHER_MONTH_STEMS = "mär|mae|mai|okt|dez|avr|aoû|aou|déc|ene|abr|ago|dic"
#: A month's name in English, German, French or Spanish (matched case-insensitively).
MONTH_WORD = rf"(?:{MONTH_STEM}|(?:{OTHER_MONTH_STEMS})\w*\.?)"

#: The share networks' names as alternatives, as a page prints its share buttons (X is the
#: bare "x"): a row of them is a share bar, one alone at the page's edge a button label.
SOCIAL_NETWORKS = r"facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|messenger|tumblr|flipboard"

# ------------------------------------------------------------------- charsets

#: A charset declaration up to the name: ``charset=``, ``charset = "``.
CHARSET_IS = r"""charset\s*=\s*["']?"""
#: The characters of a charset's name (gb2312, utf-8, x-mac-chinesesimp).
CHARSET_NAME_CHARS = r"A-Za-z0-9_.:-"

# ----------------------------------------------------------------- separators

#: An arrow between the steps of a breadcrumb: 首页 > 范文 >> 讲话稿, Home » News.
PATH_ARROW = r"(?:>>|>|»|›|＞＞|＞)"
#: The arrows' characters, for character classes.
PATH_ARROW_CHARS = ">»›＞"
#: The bars between the items of a menu: 首页 | 范文大全 | 工作总结.
MENU_BARS = "|｜丨"
#: What separates a <title>'s page title from the site's name: 标题_站点名,
#: Title - Site, Title | Site, 标题——站点. A bare hyphen inside a word
#: (COVID-19, 2024-05-06) is no separator; one between Han characters is, and one after a
#: Chinese closing mark (…的通知》-新华网). A bullet between spaces is one too (``Post • The Register``).
TITLE_SITE_SEP = r"\s+[-–—|｜·•]\s+|\s*(?:[_|｜]|--+|——)\s*|(?<=[\p{Han}》」』）】”])-(?=\p{Han})|\s+::\s+"

# ------------------------------------------------------------------ site names

#: The endings that make a word a site's name (文秘资料网, 范文大全, 教育之家,
#: 某某中心), read off the chrome the rules removed. The rules that remove a
#: line *because* it holds a site's name (``zh.chrome.site-name``,
#: ``zh.chrome.watermark-url``) keep narrower lists of their own: there a match
#: removes text instead of naming the site.
SITE_SUFFIX = r"网|網|站|库|庫|吧|馆|館|家园|家園|之家|文档|文檔|范文|範文|大全|中心|网站|網站"


#: A Markdown link's target after its label: ``(url)``, ``(url "title")``,
#: ``(javascript:void(0))`` (one level of parentheses inside).
MD_LINK_TARGET = r'\((?:[^()\s]|\([^()\s]*\)){0,800}(?:[ \t]+"[^"\n]{0,200}")?\)'
