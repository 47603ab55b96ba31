"""Page metadata read off the removed chrome: site name, date, truncation figures.

The values come from text the rules already removed (a welcome line, a
breadcrumb root, a copyright line, a metadata line, a truncation notice), so
extraction costs one small regex per removal and never looks at article text.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Iterable, Iterator

import regex

from . import lazyre
from .frontmatter import DATE_KEYS as FRONT_DATE_KEYS
from .frontmatter import RULE_ID as FRONT_MATTER_BLOCK_RULE_ID
from .frontmatter import TITLE_KEYS as FRONT_TITLE_KEYS
from .frontmatter import URL_KEYS as FRONT_URL_KEYS
from .frontmatter import FrontMatter
from .model import Kind, Line, Removal, Truncation
from .textshape import has_han, is_body, starts_with_marker
from .vocabulary import MONTH_WORD, PATH_ARROW, SITE_SUFFIX, TITLE_SITE_SEP, year_month_day

#: The rule whose removals in the page head (a path chain: 范文网 > 讲话稿 > …) name the site last.
PATH_CHAIN = "common.chrome.path-chain"
_SITE_WORD = rf"[\p{{Han}}A-Za-z0-9.\-]{{2,20}}?(?:{SITE_SUFFIX}|\.com|\.cn|\.net|\.org)"
_SITE_PATTERNS = [
    (
        "zh.chrome.welcome",
        lazyre.compile(
            rf"(?:欢迎|歡迎)(?:光临|光臨|访问|訪問|来到|來到|您来到|您來到|进入|進入)({_SITE_WORD})(?![\p{{Han}}])"
        ),
    ),
    (
        "zh.footer.copyright",
        lazyre.compile(
            rf"(?:版权所有|版權所有)\s*[:：©]?\s*(?:\(c\)|©)?\s*(?:\d{{4}}(?:\s*[-–—~]\s*\d{{4}})?\s*)?({_SITE_WORD})(?![\p{{Han}}])"
        ),
    ),
    (
        "common.footer.rights",
        lazyre.compile(
            rf"(?i:powered\s+by|©|copyright)\s*(?:\d{{4}}(?:\s*-\s*\d{{4}})?)?\s*({_SITE_WORD})(?![\p{{Han}}])"
        ),
    ),
    ("zh.chrome.breadcrumb", lazyre.compile(rf"[:：]\s*({_SITE_WORD})\s*(?:{PATH_ARROW}|/|\s)")),
    (PATH_CHAIN, lazyre.compile(rf"^\s*({_SITE_WORD})\s*{PATH_ARROW}")),
]
_SITE_PRIORITY = [p[0] for p in _SITE_PATTERNS]
#: A site naming itself in a line the rules removed: its editor's lead-in (淘范文小编, 由公務員之家
#: 整理), its disclaimer (163文库仅提供信息存储空间), its search prompt (请在冰豆网上搜索), its
#: location line (当前位置:免费学习网…). Not a 来源: field: a news page names the story's source
#: there, not itself. The name starts after 由/是/在, a mark or a space.
_NAME_START = r"(?:(?<=[由是在，,。：:、？?！!\s])|^)"
#: The words one of which every :data:`_SELF_NAMED` match holds: a plain search for them comes
#: first (an HTML page removes thousands of lines; the pattern tries at each character).
_GATHERED = r"整理|收集|搜集|为您|為您|为大家|為大家|带来|帶來"
_LOCATION = r"当前位置|當前位置|您的位置|你的位置"
_SELF_NAMED_CUE = lazyre.compile_re(rf"{_GATHERED}|小编|小編|上搜|上找|提供|{_LOCATION}")
#: The last of these in a name found ends the words before it (欢迎阅读由公務員之家 → 公務員之家).
_NAME_LEAD = lazyre.compile_re(r".*[由是]")
_SELF_NAMED = lazyre.compile(
    rf"{_NAME_START}({_SITE_WORD})(?:小编|小編)?(?:精心)?(?:{_GATHERED})|"
    rf"{_NAME_START}({_SITE_WORD})(?:小编|小編)|在({_SITE_WORD})上(?:搜|找)|{_NAME_START}({_SITE_WORD})(?:仅|僅)提供|"
    rf"(?:{_LOCATION})\s*[:：]\s*({_SITE_WORD})"
)

_DATE = lazyre.compile(year_month_day(capture=True))
_MONTHS = {
    m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)
}
#: The numbers of the months in :data:`~pagestrip.vocabulary.OTHER_MONTH_STEMS`.
OTHER_MONTHS = {
    "mär": 3, "mae": 3, "mai": 5, "okt": 10, "dez": 12,
    "avr": 4, "aoû": 8, "aou": 8, "déc": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}  # fmt: skip
#: A date with the month's name: November 6, 2009 · 6 November 2009 · 6. März 2009 · 6 de
#: noviembre de 2009, an English day's ordinal allowed (November 6th, 2009; 6th November 2009),
#: 十一月 6th, 2009.
_EN_DATE = lazyre.compile(
    rf"(?i)\b(?P<m1>{MONTH_WORD})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<m2>{MONTH_WORD})\s+(?:de\s+)?(?P<y2>\d{{4}})\b"
    # an English date format with its month put in Chinese, as a localized blog theme prints
    # it: 十一月 6th, 2009
    r"|(?P<m3>十[一二]?|[一二三四五六七八九])月\s*(?P<d3>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{4})\b"
)
#: The Chinese month numerals of :data:`_EN_DATE`.
_CN_MONTHS = {w: i for i, w in enumerate("一二三四五六七八九十", 1)} | {"十一": 11, "十二": 12}
#: A date day first with full stops, as most of Europe prints it: 11.09.2011, 24. 3. 2004.
_DMY = lazyre.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
#: A date with slashes and the year last: 30/01/2017 (day first), 12/25/2017 (month first).
_SLASHED = lazyre.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
#: Separates a <title>'s page title from the site name: 标题_站点名, Title - Site, Title | Site.
#: A bare hyphen inside a word (COVID-19, 2024-05-06) is not a separator.
TITLE_SITE_SEP_RE = lazyre.compile(TITLE_SITE_SEP)
#: The separators of :data:`TITLE_SITE_SEP` that are never a headline's punctuation.
_TITLE_BAR_SEP = lazyre.compile(r"\s*[_|｜]\s*|\s+::\s+")
_DECLARED = lazyre.compile(r"(?:全文共|全文|共)\s*(\d{1,7})\s*字")
_SHOWN = lazyre.compile(r"(?:当前|當前)?(?:仅|僅|只)?(?:显示|顯示)\s*(\d{1,7})\s*字")
_OMITTED = lazyre.compile(r"(?:省略|省去|略去|隐藏|隱藏|剩余|剩餘)\s*(\d{1,7})\s*字")


def site_name(removed: list[Removal]) -> str | None:
    """The site's name as the page's own chrome gives it, most reliable source first."""
    return site_from((r.rule, r.text) for r in removed)


def site_from(removed: Iterable[tuple[str, str]]) -> str | None:
    """The site's name from (rule id, removed text) pairs: the first name each source rule's
    text gives, taken from the most reliable source that gives one."""
    found: dict[str, str] = {}
    for rule, text in removed:
        for rule_id, pat in _SITE_PATTERNS:
            if rule == rule_id and rule_id not in found:
                m = pat.search(text)
                if m:
                    found[rule_id] = m.group(1)
    for rule_id in _SITE_PRIORITY:
        if rule_id in found:
            return found[rule_id]
    return None


#: A name shorter than this (范文, 之家) is a suffix left alone, no site.
SELF_NAMED_MIN_CHARS = 3


def self_named_site(removed: list[Removal]) -> str | None:
    """The site's name as a removed line of its own names it (:data:`_SELF_NAMED`): after the
    chrome's reliable sources and the markup's."""
    for r in removed:
        if _SELF_NAMED_CUE.search(r.text) and (m := _SELF_NAMED.search(r.text)):
            name = _NAME_LEAD.sub("", next(g for g in m.groups() if g))
            if len(name) >= SELF_NAMED_MIN_CHARS:
                return name
    return None


def site_sources(line: str) -> frozenset[str]:
    """The rules whose removal of ``line`` would name the site (a name is found in it
    as each of them reads it)."""
    return frozenset(rule_id for rule_id, pat in _SITE_PATTERNS if pat.search(line))


def page_date(removed: list[Removal]) -> str | None:
    """The first valid date on a metadata line, as ISO ``YYYY-MM-DD``; else the first date a
    removed line labels as the page's (更新时间:2021-11-17 in a doc site's furniture line,
    发布时间:02.25.2021 written month first)."""
    # A date in the page's tail (its related block, its comments) is a teaser's or a
    # comment's, not the page's.
    tail = next((r.start for r in removed if r.rule in TAIL_RULES), None)
    for r in removed:
        if tail is not None and r.start > tail:
            break
        if r.kind is not Kind.METADATA or r.rule == FRONT_MATTER_BLOCK_RULE_ID:
            continue  # (a front matter's date is read from its fields, at the top level only)
        for y, mo, d in _dates(r.text):
            if _valid(y, mo, d):
                return f"{y:04d}-{mo:02d}-{d:02d}"
    for r in removed:
        for m in _KEYED_DATE.finditer(r.text):
            found = _keyed(m)
            if found is not None:
                return found
    return None


#: Rules whose removals lie in the page's tail: a comment section's heading (Leave a Reply,
#: 网友评论) and the lines of the related block under its heading.
TAIL_RULES = frozenset({"en.chrome.comments-heading", "zh.chrome.comments-heading", "page.related-item"})


def _valid(y: int, mo: int, d: int) -> bool:
    """A day of the calendar between 1900 and 2100 (no 31 February, no 29 February 2023)."""
    return 1900 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]


#: A date after a key that says whose it is (发布时间:, 更新时间:, 上传时间:): year first,
#: or day and month first with the year last (02.25.2021, 25.02.2021).
_KEYED_DATE = lazyre.compile(
    r"(?:发布|發佈|發布|更新|上传|上傳|发表|發表|录入|錄入)(?:时间|時間|日期)\s*[:：]\s*"
    rf"(?:{year_month_day(capture=True)}|(?P<a>\d{{1,2}})[-/.](?P<b>\d{{1,2}})[-/.](?P<y2>\d{{4}}))"
)


def _keyed(m: regex.Match[str]) -> str | None:
    """The ISO date of a :data:`_KEYED_DATE` match; a day-month pair read only where one of
    the two is over 12 (02.25.2021 is February; 03.04.2021 could be either, and is left)."""
    if m.group(1):  # year first: the digit date's groups
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y2"))
        if (a > 12) == (b > 12):
            return None
        mo, d = (a, b) if b > 12 else (b, a)
    return f"{y:04d}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else None


#: A date line right after the title is short: a byline, not a sentence that mentions a date.
DATE_LINE_MAX_CHARS = 80
#: How many lines after the title are looked at for the date.
DATE_LINES_AFTER_TITLE = 5


def date_after_title(lines: list[Line], title_index: int | None) -> str | None:
    """The first valid date in the short lines right after the title (news bylines:
    ``2024-05-06 10:21 来源：新华社``)."""
    if title_index is None:
        return None
    for ln in lines[title_index + 1 : title_index + 1 + DATE_LINES_AFTER_TITLE]:
        if len(ln.text) > DATE_LINE_MAX_CHARS:
            continue
        for y, mo, d in _dates(ln.text):
            if _valid(y, mo, d):
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _dates(text: str) -> Iterator[tuple[int, ...]]:
    for m in _DATE.finditer(text):
        if _date_in_digits(text, m):
            yield tuple(int(g) for g in m.groups())
    for m in _EN_DATE.finditer(text):
        if m.group("m1"):
            yield int(m.group("y1")), _month(m.group("m1")), int(m.group("d1"))
        elif m.group("m3"):
            yield int(m.group("y3")), _CN_MONTHS[m.group("m3")], int(m.group("d3"))
        else:
            yield int(m.group("y2")), _month(m.group("m2")), int(m.group("d2"))
    if "." in text:
        for m in _DMY.finditer(text):
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if a > 12 or (b <= 12 and not has_han(text)):
                yield y, b, a  # day first: the only reading, or Europe's
            elif b > 12:
                yield y, a, b  # month first (02.25.2021): a Chinese doc site's
            # 03.04.2021 beside Chinese text: March 4th or April 3rd, not guessed
    if "/" in text:
        for m in _SLASHED.finditer(text):
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if a > 12 >= b:
                yield y, b, a  # 30/01/2017: day first
            elif b > 12 >= a:
                yield y, a, b  # 12/25/2017: month first
            # 03/04/2017: Europe's or America's, not guessed


def _date_in_digits(text: str, m: regex.Match[str]) -> bool:
    """Is the year-first match a date: one separator throughout (2017-11-03, 2017/11/3,
    2017年11月3日) and no digit glued after its day? A path's ``/2017-11/148214.htm`` (a month's
    folder, then an article's number) is none."""
    first, second = text[m.end(1) : m.start(2)].strip(), text[m.end(2) : m.start(3)].strip()
    if not (first == second or (first == "年" and second == "月")):
        return False
    return not (m.end() < len(text) and text[m.end()].isdigit())


def _month(word: str) -> int:
    """A month's number from its name in English, German, French or Spanish (by its stem)."""
    stem = word[:3].lower()
    return _MONTHS.get(stem) or OTHER_MONTHS[stem]


def truncation(removed: list[Removal]) -> tuple[bool, Truncation | None]:
    """Whether a truncation notice was found, and the figures it declared."""
    notices = [r for r in removed if r.kind is Kind.TRUNCATION]
    if not notices:
        return False, None
    fig = Truncation()
    for r in notices:
        if fig.declared_chars is None and (m := _DECLARED.search(r.text)):
            fig.declared_chars = int(m.group(1))
        if fig.shown_chars is None and (m := _SHOWN.search(r.text)):
            fig.shown_chars = int(m.group(1))
        for m in _OMITTED.finditer(r.text):
            fig.omitted_chars = (fig.omitted_chars or 0) + int(m.group(1))
    if fig.declared_chars is None and fig.shown_chars is None and fig.omitted_chars is None:
        return True, None
    return True, fig


# ------------------------------------------------------------ from HTML meta tags


def title_hint(meta: dict[str, str], lines: list[Line]) -> str | None:
    """The line the markup names as the title.

    og:title first, then the <title> without its 站点名 suffix, then the h1 —
    but only an h1 that the <title> contains and that is not the site name
    (DedeCMS and Discuz put the logo in an h1).
    """
    texts = {ln.text for ln in lines}
    parts = TITLE_SITE_SEP_RE.split(meta.get("title", ""))
    site = parts[-1].strip() if len(parts) > 1 else None
    h1 = meta.get("h1")
    title_tag = meta.get("title", "")
    for value in (
        meta.get("og:title"),
        parts[0].strip() if parts else None,
        h1 if h1 and (not title_tag or h1 in title_tag) and h1 != site else None,
    ):
        if value and value in texts:
            return value
    return None


#: How far down a Markdown page its ``# `` heading is looked for as the title.
MARKDOWN_TITLE_LINES = 40
_MARKDOWN_H1 = lazyre.compile_re(r"#[ \t]+\S")


def markdown_title(lines: list[Line], code: Collection[int] = (), setext: Collection[int] = ()) -> str | None:
    """Text that is Markdown (a scraper's, a reader service's) names its title with one ``#``
    (or a ``====`` underline, setext: the lines ``setext`` holds, by index, as the normalizer
    found them): the first such line near the top is the title line (``### 关注阿里云`` above
    it is a box).
    A line of ``code`` (a code fence's, by index) is none: ``# 示例`` is a comment there; nor
    is a numbered section's heading under prose (``# 二、安装`` below the text's opening: the
    post marks its sections with ``#`` and has no title line)."""
    prose_above = False
    for k, ln in enumerate(lines[:MARKDOWN_TITLE_LINES]):
        if k in code:
            continue
        if _MARKDOWN_H1.match(ln.text):
            if prose_above and starts_with_marker(ln.text.lstrip("# \t")):
                continue
            return ln.text
        prose_above = prose_above or is_body(ln.text)
        if k in setext:  # a setext level-1 heading
            return ln.text
    return None


#: How many lines below a ``Title:`` field a reader service's next field stands.
READER_FIELD_LINES = 4
_READER_FIELD = lazyre.compile_re(r"(?:URL Source|Published Time|Markdown Content)\s*:")
#: A reader service's title field, the first line of its text (r.jina.ai's ``Title: …``).
READER_TITLE = lazyre.compile_re(r"Title\s*:\s*(\S[^\n]*)")


def reader_title(lines: list[Line]) -> str | None:
    """The page part of the ``Title:`` a reader service (r.jina.ai) writes over the page's
    Markdown, its own fields below it (``URL Source:``): the page's heading, when the page
    prints it again, is where the article starts (``Title: 为什么…荷兰弟？ - 知乎`` over a
    menu, then ``为什么…荷兰弟？``)."""
    if not lines or (m := READER_TITLE.fullmatch(lines[0].text.strip())) is None:
        return None
    if not any(_READER_FIELD.match(ln.text) for ln in lines[1 : 1 + READER_FIELD_LINES]):
        return None
    return title_part(m.group(1).strip(), None)


def file_title(removed: list[Removal], before: int) -> str | None:
    """A document's file name above the text, without its extension, as the title of a page
    that has none: a doc site prints the file it sells as its heading
    (``王务学校垃圾分类处理实施方案.doc``). Only a document's name, not an image's, and only above
    offset ``before`` (the first kept paragraph)."""
    for r in removed:
        if r.start >= before:
            break
        if r.rule == FILE_NAME_RULE and (m := _DOC_FILE.fullmatch(r.text.strip())):
            return m.group(1).strip() or None
    return None


def labelled_title(removed: list[Removal], before: int) -> str | None:
    """The value of a ``Title: …`` field removed above the first kept paragraph (offset
    ``before``), as the title of a page that has none: a reader service writes the page's
    title so over its Markdown, and the field rules take the line."""
    for r in removed:
        if r.start >= before:
            break
        if r.kind is Kind.METADATA and (m := _TITLE_FIELD.match(r.text)):
            return m.group(1).strip() or None
    return None


#: A title field's line: ``Title: …``, ``标题：…``.
_TITLE_FIELD = lazyre.compile(r"(?:Title|标题|標題)\s*[:：]\s*(\S[^\n]*)")

#: The rule that removes a reader service's fields (``URL Source: …``) over a page's Markdown.
READER_HEADER_RULE = "common.metadata.reader-header"
#: The rule that removes a scraper's front-matter field with an address or a time (``url: https://…``).
FRONT_MATTER_RULE = "common.metadata.front-matter"
_URL_SOURCE = lazyre.compile(r"(?:URL Source|url|source_url|canonical_url|original_url)\s*:\s*(\S+)")


def reader_url(removed: list[Removal]) -> str | None:
    """The page's address a reader service or a scraper wrote over its Markdown
    (``URL Source: https://…``, ``url: https://…``)."""
    for r in removed:
        if r.rule in (READER_HEADER_RULE, FRONT_MATTER_RULE, FRONT_MATTER_BLOCK_RULE_ID) and (
            m := _URL_SOURCE.match(r.text)
        ):
            return m.group(1)
    return None


#: The rule that removes a file name on its own line (its id: the removal is read, not redone).
FILE_NAME_RULE = "common.chrome.file-name"
_DOC_FILE = lazyre.compile(r"(.+?)\.(?:docx?|pdf|pptx?|xlsx?|wps|txt)", regex.IGNORECASE)


#: The meta key of an article's own heading that the page's <title> does not name: the
#: article's title, while the page keeps the <title>'s.
LEAD_HEADING = "lead_heading"


#: The meta tags China's government sites carry by their common standard (政府网站
#: 发展指引: ``<meta name="SiteName">``, ``ArticleTitle``, ``PubDate``), read lower-cased.
GOV_SITE = "sitename"
GOV_TITLE = "articletitle"


def meta_title(meta: dict[str, str]) -> str | None:
    """The title the markup gives: the heading chosen as title, og:title, the <title> without
    its site-name part, and only then the first h1 (often the site's logo)."""
    for key in ("title_block", "og:title", GOV_TITLE):
        if meta.get(key):
            return meta[key]
    if meta.get("title"):
        return title_part(meta["title"], meta.get("og:site_name"))
    return meta.get("h1") or None


def title_part(title: str, site: str | None) -> str:
    """The page's own part of a <title>: the first part, unless that part is the site's name
    (``og:site_name``) and another follows (``BBC News - Submarine escape``). A title with a
    bar or an underscore is cut there only: a dash before it is the headline's own
    (``Content Depth — Write Comprehensively | topicseed``, ``Friday Facts #282 - 0.17 in
    sight | Factorio``)."""
    sep = _TITLE_BAR_SEP if _TITLE_BAR_SEP.search(title) else TITLE_SITE_SEP_RE
    parts = [p.strip() for p in sep.split(title) if p.strip()]
    if not parts:
        return title
    if site and len(parts) > 1 and parts[0].casefold() == site.strip().casefold():
        return parts[1]
    return parts[0]


def meta_site(meta: dict[str, str]) -> str | None:
    """og:site_name or a government site's SiteName, else the <title>'s site part: its last
    part, unless a part before it names a site (山西新闻网) and the last one does not (a
    tagline after the name:
    ``…_国内新闻_山西新闻网 - 主流媒体 山西门户``)."""
    for key in ("og:site_name", GOV_SITE):
        if meta.get(key):
            return meta[key]
    parts = [p.strip() for p in TITLE_SITE_SEP_RE.split(meta.get("title", ""))]
    if len(parts) < 2 or not parts[-1]:
        return None
    if not _NAMES_SITE.search(parts[-1]):
        named = [p for p in parts[1:-1] if _NAMES_SITE.search(p)]
        if named:
            return named[-1]
    return parts[-1]


#: A part of a <title> that names a site: it ends in 网, 站, 之家… or is a domain.
_NAMES_SITE = lazyre.compile(rf"(?:{SITE_SUFFIX})$|\.(?:com|cn|net|org)$")


def meta_date(meta: dict[str, str]) -> str | None:
    """The page's date from its markup: the structured data's ``datePublished`` first (the
    article's publication; ``article:published_time`` is on some CMSs the time the page
    was last published, weeks later), then the meta tags."""
    for key in (
        "ld:datepublished",
        "article:published_time",
        "og:published_time",
        "publishdate",
        "pubdate",
        "publish_date",
        "date",
        "dc.date",
        "dc.date.issued",
        "datepublished",
        "time:pubdate",
        # the names other CMSs and services give it (Parse.ly, Sailthru, Highwire's citation
        # tags on journals, Dublin Core terms); not Tencent's apub:time, hours after the story
        "pubtime",
        "publishtime",
        "publish-date",
        "publication_date",
        "parsely-pub-date",
        "sailthru.date",
        "citation_publication_date",
        "citation_date",
        "dcterms.date",
        "dcterms.created",
        "dc.date.created",
        "originalpublicationdate",
        "article:modified_time",
    ):
        value = meta.get(key)
        found = _machine_date(value) if value else None
        if found is not None:
            return found
    return None


def front_matter_date(front: FrontMatter | None) -> str | None:
    """The ISO date of a YAML front matter: the one in its top-level ``url``'s path
    (``/2026/05/12/``, the post's), else its top-level ``date`` (or ``published``…), a
    static site's post date or a clipper's day of the clip. A nested one (an export's
    ``metadata: date:``, the crawl's time) is none (see :mod:`pagestrip.frontmatter`)."""
    if front is None:
        return None
    url = front.first(FRONT_URL_KEYS)
    value = front.first(FRONT_DATE_KEYS)
    return (_machine_date(url) if url else None) or (_machine_date(value) if value else None)


#: How far below a front matter its title is looked for as a line of the text.
FRONT_TITLE_LINES = 40


def front_matter_title(front: FrontMatter | None, lines: list[Line], start: int) -> str | None:
    """The line (from ``start``, the first one under the block) that prints the front
    matter's ``title`` (or ``name``) again, the article's own headline, case and spaces
    aside; the title line for the page head."""
    value = front.first(FRONT_TITLE_KEYS) if front is not None else None
    if not value:
        return None
    want = " ".join(value.split()).casefold()
    for ln in lines[start : start + FRONT_TITLE_LINES]:
        if " ".join(ln.text.lstrip("# ").split()).casefold() == want:
            return ln.text
    return None


def _machine_date(value: str) -> str | None:
    """The ISO date of a machine-written date (``2024-05-06T10:21:00+08:00``, ``20180619T055000``)."""
    basic = _ISO_BASIC.match(value.strip())
    found = [tuple(int(g) for g in basic.groups())] if basic else _dates(value)
    for y, mo, d in found:
        if _valid(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


#: How many lines above the title a ``<time>`` may stand and still date the article (a CMS
#: prints the date, the author and the comment count over the headline).
TIME_LINES_BEFORE_TITLE = 3


def time_near_title(times: list[str | None], title_index: int | None) -> str | None:
    """The date of the first ``<time datetime>`` on the lines around the title: from
    :data:`TIME_LINES_BEFORE_TITLE` above it to :data:`DATE_LINES_AFTER_TITLE` below it, the
    byline's. One further down dates a comment or a related story, not the page."""
    if title_index is None:
        return None
    start = max(0, title_index - TIME_LINES_BEFORE_TITLE)
    for value in times[start : title_index + 1 + DATE_LINES_AFTER_TITLE]:
        found = _machine_date(value) if value else None
        if found is not None:
            return found
    return None


#: ISO 8601's basic form, which some CMSs write in their structured data: 20180619T055000+0900.
_ISO_BASIC = lazyre.compile_re(r"(\d{4})(\d{2})(\d{2})(?:T\d|$)")
