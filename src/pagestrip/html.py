"""HTML input: the page's markup turned into lines of text, each with structural evidence.

The text rules stay the judges; the markup only adds evidence. Each block
(paragraph, heading, list item, table row, ``<br>``-separated line) becomes one
line of the text the rest of the pipeline sees, and carries:

* ``in_main`` — inside the article *region*: the part of the page whose prose
  the page exists for, found by scoring text (see :func:`_find_region`);
* ``hint`` — the kind of chrome its container suggests (``nav``/``footer``/
  ``aside`` elements, class/id tokens such as ``breadcrumb``, ``copyright``,
  ``related``, ``tuijian``), matched as whole tokens of the class/id in
  document order, never as substrings (``ad`` does not match ``padding``);
  inside the region a hint counts only when it comes from a sub-container
  below the region's root that does not hold the best-scoring paragraph;
* ``link_density`` — the share of its characters inside ``<a>``;
* ``path`` — a short DOM path, and ``evidence`` — why the region logic put it
  where it is, for explaining removals.

Finding the region is Readability's idea, adapted to Chinese pages: prose
blocks score by clause marks and length, scores flow to a few levels of
ancestors, a container's score is scaled by its link density, and class/id
words only weigh the score. It is one pass over the tree (``iterwalk``) that
records each container once; the scoring then works on those records, never
re-walking a subtree, so 10 000 nested ``div`` elements neither recurse nor
cost more than linear time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, cast

import regex
from lxml import etree
from lxml import html as lxml_html

from . import lazyre

_DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "input",
        "select",
        "textarea",
        "button",
        "option",
        "head",
        "canvas",
        "map",
        "rt",
        "rp",
    }
)  # ruby annotations (furigana, pinyin) are not the text
_BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "dt",
        "dd",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "main",
        "ul",
        "ol",
        "dl",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "form",
        "figure",
        "figcaption",
        "center",
        "address",
        "hr",
        "title",
        "body",
        "html",
        "fieldset",
        "legend",
        "details",
        "summary",
        "caption",
    }
)
_CELL = frozenset({"td", "th"})
#: Elements that hold one paragraph's text: their score goes to the container around them.
_PARA_LIKE = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "figcaption",
        "address",
        "caption",
        "summary",
        "legend",
        "tr",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_TAG_HINT = {"nav": "chrome", "footer": "footer", "aside": "related"}
# class/id tokens -> kind of chrome they suggest
_TOKEN_HINT = {
    **dict.fromkeys(
        [
            "nav",
            "navbar",
            "navigation",
            "menu",
            "menus",
            "breadcrumb",
            "breadcrumbs",
            "crumb",
            "crumbs",
            "position",
            "location",
            "topbar",
            "header",
            "sidebar",
            "side",
            "share",
            "comment",
            "comments",
            "pager",
            "pagination",
            "ad",
            "ads",
            "advert",
            "adv",
            "banner",
            "download",
            "xiazai",
            "login",
            "search",
            "toolbar",
            "pinglun",
            "social",
            "subscribe",
            "newsletter",
            "popup",
            "modal",
            "cookie",
            "cookies",
        ],
        "chrome",
    ),
    **dict.fromkeys(["footer", "foot", "copyright", "copy", "bottom", "beian", "icp"], "footer"),
    **dict.fromkeys(
        [
            "related",
            "relate",
            "xiangguan",
            "recommend",
            "tuijian",
            "hot",
            "tag",
            "tags",
            "prevnext",
            "prev",
            "next",
            "more",
            "rank",
            "paihang",
            "navbox",
        ],
        "related",
    ),
    **dict.fromkeys(
        [
            "editor",
            "author",
            "byline",
            "source",
            "laiyuan",
            "zuozhe",
            "bianji",
            "time",
            "date",
            "pubtime",
            "dateline",
            "publish",
            "info",
        ],
        "metadata",
    ),
}
#: class/id words that raise a container's score (an article-ish container) ...
_POSITIVE = frozenset(
    {
        "article",
        "content",
        "contents",
        "main",
        "post",
        "entry",
        "text",
        "body",
        "detail",
        "zhengwen",
        "neirong",
        "story",
        "blog",
        "articlebody",
        "artibody",
        "message",
        "postmessage",
        "column",
        "con",
        "txt",
        "cont",
        "wenzhang",
        "paragraph",
        "paragraphs",
    }
)
#: ... and words that lower it. They weigh, never veto.
_NEGATIVE = frozenset(
    {
        "comment",
        "comments",
        "pinglun",
        "footer",
        "foot",
        "sidebar",
        "side",
        "nav",
        "navbar",
        "menu",
        "related",
        "recommend",
        "tuijian",
        "share",
        "ad",
        "ads",
        "advert",
        "banner",
        "hot",
        "rank",
        "paihang",
        "login",
        "widget",
        "sponsor",
        "promo",
        "copyright",
        "masthead",
        "header",
        "links",
        "tags",
        "breadcrumb",
        "social",
        "popup",
        "list",
    }
)
#: The score a class/id word adds or takes away (Readability's 25).
CLASS_WEIGHT = 25.0
#: Tag priors: a div is a likely article container, a list or a heading is not.
_TAG_BASE = {
    "div": 5.0,
    "article": 10.0,
    "main": 5.0,
    "section": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "pre": 3.0,
    "ul": -3.0,
    "ol": -3.0,
    "dl": -3.0,
    "dd": -3.0,
    "dt": -3.0,
    "li": -3.0,
    "form": -3.0,
    "address": -3.0,
    "th": -5.0,
    "nav": -10.0,
    "aside": -10.0,
    "footer": -10.0,
    **dict.fromkeys(_HEADINGS, -5.0),
}
_SPLIT = lazyre.compile_re(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")  # the standard re splits class strings 2x faster
_DIGITS = lazyre.compile(r"\d+")
#: Only ``display:none`` hides: ``visibility:hidden`` is how WeChat articles (``#js_content``)
#: and lazy layouts hold their body until a script runs, and a crawler sees it as text.
_HIDDEN_STYLE = lazyre.compile(r"display\s*:\s*none", regex.IGNORECASE)
_WS = lazyre.compile_re(r"[ \t\r\n\f\v]+")  # ASCII whitespace: the standard re is faster on short strings
#: Han, Hiragana, Katakana and Hangul (the regex module's ``[\p{Han}\p{Hiragana}
#: \p{Katakana}\p{Hangul}]``) as code point ranges for the standard library's ``re``:
#: the regex module tests such a property class at about 0.5 µs a character, ``re``
#: a class of ranges twenty times faster. The table is regex 2026.5's Unicode data;
#: tests/test_html.py checks it against the installed regex module (a newer one may
#: add characters Python's own Unicode data does not assign yet).
CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x3005, 0x3005),
    (0x3007, 0x3007),
    (0x3021, 0x3029),
    (0x302E, 0x302F),
    (0x3038, 0x303B),
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x30A1, 0x30FA),
    (0x30FD, 0x30FF),
    (0x3131, 0x318E),
    (0x31F0, 0x321E),
    (0x3260, 0x327E),
    (0x32D0, 0x32FE),
    (0x3300, 0x3357),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFF66, 0xFF6F),
    (0xFF71, 0xFF9D),
    (0xFFA0, 0xFFBE),
    (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF),
    (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
    (0x16FE2, 0x16FE3),
    (0x16FF0, 0x16FF6),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B132, 0x1B132),
    (0x1B150, 0x1B152),
    (0x1B155, 0x1B155),
    (0x1B164, 0x1B167),
    (0x1F200, 0x1F200),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B81D),
    (0x2B820, 0x2CEAD),
    (0x2CEB0, 0x2EBE0),
    (0x2EBF0, 0x2EE5D),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A),
    (0x31350, 0x33479),
)
_CJK = lazyre.compile_re("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in CJK_RANGES) + "]")
# Counting: runs of the BMP ranges (kept as a bitmap by ``re``), then the rare
# supplementary-plane ones only when the text has such characters at all.
_CJK_BMP_RUNS = lazyre.compile_re("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in CJK_RANGES if b <= 0xFFFF) + "]+")
_CJK_ASTRAL = lazyre.compile_re("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in CJK_RANGES if a > 0xFFFF) + "]")
_ASTRAL = lazyre.compile_re("[\\U00010000-\\U0010ffff]")


def cjk_count(text: str) -> int:
    """How many Han, kana and Hangul characters ``text`` holds (what ``len(_CJK.findall(text))``
    says, at a fraction of its cost on Chinese text: runs, not characters, are found)."""
    if text.isascii():
        return 0
    n = sum(map(len, _CJK_BMP_RUNS.findall(text)))
    if _ASTRAL.search(text):
        n += len(_CJK_ASTRAL.findall(text))
    return n


_SNIFF = lazyre.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|div|p|br|table|span|a\s|title|link|script)"
    r"[\s>/]",
    regex.IGNORECASE,
)
#: A page that starts with one of these tags is HTML whatever follows (saved browser DOMs
#: start with ``<head>``, fragments with ``<div>``).
_HTML_START = lazyre.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|table)"
    r"[\s>/]",
    regex.IGNORECASE | regex.DOTALL,
)
#: Whether a block is CJK is judged on its first this many characters (a long block
#: need not be scanned twice).
CJK_SAMPLE = 200
#: Clause marks: each one in a paragraph adds a point (Readability counts commas).
_CLAUSE_MARKS = "，。！？；,;!?、"

#: A paragraph counts as prose from this many non-space characters (CJK) ...
MIN_PROSE_CJK = 10
#: ... or this many (alphabetic scripts, where a word is several characters).
MIN_PROSE_LATIN = 25
#: A block with more of its text in links than this is a link, not prose.
PROSE_MAX_LINK_DENSITY = 0.5
#: Characters per length point, capped at LENGTH_POINTS_MAX (a CJK character carries
#: about as much as two or three Latin ones).
LENGTH_UNIT_CJK = 40
LENGTH_UNIT_LATIN = 100
LENGTH_POINTS_MAX = 3.0
#: How many ancestor levels a paragraph's score reaches (parent full, grandparent half,
#: then 1/(3·level)).
SCORE_LEVELS = 5
#: Alternative candidates within this share of the best one pull the region up to an
#: ancestor holding several of them (an article split over sibling containers).
ALT_SHARE = 0.75
ALT_MIN = 3
ALT_TOP = 5
#: ... but only an ancestor this few levels up: higher, it is the page layout holding the
#: article and a feed of teasers that happen to score as well.
ALT_LEVELS = 3
#: Walking up from the best candidate stops where the parent scores below this share of it.
PARENT_STOP_SHARE = 1 / 3
#: Siblings join the region above this share of the best score (and at least SIBLING_MIN).
SIBLING_SHARE = 0.2
SIBLING_MIN = 10.0
#: A repeated structure (forum posts, section wrappers) is looked for this many levels up.
REPEAT_LEVELS = 7
#: A post repeated away from the region (not a sibling) joins it when it scores at least this
#: share of the best candidate: another answer of a Q&A page, not a teaser that reuses a class.
DISTANT_REPEAT_SHARE = 0.2
#: ... and only as a list: this many such posts on the page, the region's own counted (one box
#: that shares the article's class, a postscript or an app promotion, is not a thread).
DISTANT_REPEAT_MIN = 3
#: ... looked for on the best candidate and its parent only: the post's own text box. Higher
#: up the shared classes are the page grid's (``div.row``, ``elementor-column-wrap``).
DISTANT_REPEAT_LEVELS = 2
#: A gallery below the region root (or anywhere on the page) holding at least this share of
#: the root's (the page's) prose is the article told in slides (a slideshow story: the region
#: has hardly any prose besides them), not captions. A news gallery or a recipe carousel beside
#: a story holds less (0.74-0.79 on the corpus pages that have one), however long its captions are.
MEDIA_PROSE_SHARE = 0.9
#: A hint container inside the region holding at least this share of the region root's
#: prose is part of the article whatever its class says (``#read-more-content`` holds the
#: rest of the story): class words weigh, never veto.
HINT_PROSE_SHARE = 0.35
#: Inside the region these words remove a sub-container's short lines but not its prose: an
#: article's own header, a "more" box or a recipe card's "header" class hold real paragraphs,
#: while comments, related lists, share bars and footers are chrome even when they are prose.
_WEAK_IN_REGION = frozenset(
    {
        "header",
        "bottom",
        "more",
        "position",
        "location",
        "side",
        "hot",
        "rank",
        "download",
        "xiazai",
        "search",
        "toolbar",
        "banner",
        "copy",
        "prev",
        "next",
        "tag",
        "tags",
        "foot",
        "page",
        "pager",
        "popup",
        "modal",
    }
)
#: Gallery, slideshow and carousel containers, and dialogs (a report form in a ``modal``,
#: hidden until a button opens it; Korean and Chinese sites call them ``layer``: the font
#: size and auto-summary layers of a Daum article). Their text is not the article: no paragraph inside one
#: can be the region's best candidate (fifty captions of a picture gallery outweigh the
#: story they are embedded in; a dialog's list of report reasons outscored a short forum
#: post), and inside the region they are chrome even when long. A container that also
#: carries an article word (``post ... top-slider``, WordPress's taxonomy classes) or is an
#: ``article``/``main`` is not one. If every paragraph of the page is in one, they compete.
_MEDIA = frozenset(
    {"gallery", "slideshow", "carousel", "slider", "lightbox", "swiper", "modal", "dialog", "popup", "layer"}
)
#: An editor/author/source/time container inside the region gives ``metadata`` only for
#: lines up to this long; longer text in it is the article's (CMS body editors are named
#: ``TRS_Editor``).
METADATA_MAX_CHARS = 60
#: Candidates near the heading the page names as its title (inside its ancestor this many
#: levels up) have their score multiplied by TITLE_NEAR_BOOST: the article is where its
#: title is, a recommendation feed with longer teasers is not.
TITLE_NEAR_LEVELS = 4
#: ... when the title is a main heading: an h3 that repeats the title sits in a teaser list.
TITLE_NEAR_TAGS = frozenset({"h1", "h2"})
TITLE_NEAR_BOOST = 2.0
#: The best paragraph of the best candidate's own text stands for the article unless it
#: scores below this share of the page's best paragraph (then the candidate won on class
#: words, and the page's best paragraph says more about where the content is).
HOME_BEST_SHARE = 0.5
#: Recall guard: if the region holds less than this share of the page's prose, prose
#: outside it is kept too (the region picked is probably only part of the article).
RECALL_MIN_SHARE = 0.5
#: Prose kept by the recall guard must be this many times the prose minimum.
RECALL_BLOCK_FACTOR = 3


#: A block's DOM path (see :meth:`_Nodes.dom_path`) holds at most this many containers,
#: counted up from the block: enough to tell a template box from the article beside it,
#: while a page nested thousands deep does not give paths of thousands of steps.
DOM_PATH_STEPS = 12


@dataclass(slots=True)
class Block:
    """One line of the page with its markup evidence.

    ``path`` and ``evidence`` are built on demand (only removed blocks are explained, and a
    crawl cleans millions of blocks): the block keeps the container records and the reason.
    """

    text: str
    hint: str | None = None
    in_main: bool = False
    link_density: float = 0.0
    #: Index of the innermost container node holding the text (see :class:`_Nodes`).
    node: int = 0
    #: The node whose class/id or tag gave ``hint``, and the word.
    hint_node: int = -1
    hint_word: str | None = None
    #: Prose score of this block (0 when it is not prose).
    score: float = 0.0
    #: ``"title"`` for the heading chosen as the page title.
    role: str | None = None
    #: Why the region logic placed the block where it is: a reason and its figures.
    why: tuple[Any, ...] = ()  # (reason, its figures: node ids, scores, counts), by reason
    nodes: Any = field(default=None, repr=False, compare=False)
    #: Inside ``<pre>``: code or a preformatted document, whose lines repeat by design.
    pre: bool = False

    def holds(self, other: Block) -> bool:
        """Is ``other`` inside the container around this block (its parent for a paragraph)?"""
        nodes = self.nodes
        if nodes is None or not nodes.tag:
            return True
        box = self.node if nodes.tag[self.node] not in _PARA_LIKE else nodes.parent[self.node]
        return box < 0 or nodes.inside(other.node, box)

    @property
    def path(self) -> str:
        """The last four containers down to the block, ``div.article/p``."""
        return self.nodes.path(self.node) if self.nodes is not None and self.nodes.tag else ""

    @property
    def dom_path(self) -> str:
        """The block's DOM path as ``dom`` rules match it: ``body > div.side > ul.menu > li``."""
        return self.nodes.dom_path(self.node) if self.nodes is not None and self.nodes.tag else ""

    @property
    def evidence(self) -> str | None:
        """The markup evidence that placed the block, in words (None before the region is found)."""
        if not self.why or self.nodes is None:
            return None
        nodes, reason = self.nodes, self.why[0]
        density = f"link density {self.link_density:.2f}; path {self.path}"
        if reason == "outside":
            return f"outside the region (root {nodes.label(self.why[1])}, score {self.why[2]:.0f}); {density}"
        if reason == "region":
            return f"in the region (root {nodes.label(self.why[1])}, {self.why[2]}); path {self.path}"
        if reason == "standfirst":
            return f"the standfirst under the title, beside it in {nodes.label(self.why[1])}; path {self.path}"
        if reason == "recall":
            return (
                f"prose kept by the recall guard (the region holds {self.why[1]}/{self.why[2]} prose "
                f"chars); path {self.path}"
            )
        where = "inside" if reason == "hint-in" else "outside"
        return f"{self.hint} container '{self.hint_word}' ({nodes.label(self.hint_node)}) {where} the region; {density}"


@dataclass
class HtmlPage:
    blocks: list[Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def looks_like_html(text: str) -> bool:
    """Sniff: the page starts with a tag of a document (``<head>`` too: saved browser DOMs
    have no ``<html>``), or a few tags sit in its first kilobytes."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_SNIFF.findall(head)) >= 2


def parse(text: str) -> Any:
    """Parse HTML text with lxml, best effort; never raises on broken markup."""
    return parse_report(text)[0]


#: Block-level tags that become line breaks when markup too deep for the
#: parser is read as text instead (see :func:`parse_report`).
_FALLBACK_BREAK = lazyre.compile(
    r"<\s*/?\s*(?:p|div|br|li|tr|h[1-6]|table|blockquote|section|article|dd|dt|pre)\b[^>]*>", regex.IGNORECASE
)
_FALLBACK_DROP = lazyre.compile(
    r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->", regex.IGNORECASE | regex.DOTALL
)
_FALLBACK_TAG = lazyre.compile(r"<[^>]*>")


#: Attributes kept on one element. libxml2 checks each new attribute against
#: all earlier ones, so an element with 200 000 attributes took minutes to
#: parse; no real element has more than a few dozen.
MAX_ATTRIBUTES = 1000
#: Only start tags of at least two characters per allowed attribute (each
#: takes at least a space and a letter) can hold too many, so only those are
#: looked at.
_LONG_TAG = lazyre.compile(rf"<[A-Za-z][^<>]{{{2 * MAX_ATTRIBUTES},}}>")
_ATTRIBUTE = lazyre.compile(r"""\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?""")


def _trim_attributes(text: str) -> tuple[str, int]:
    """``text`` with start tags cut to their first :data:`MAX_ATTRIBUTES` attributes, and the
    most attributes any one had (0 when none was cut). One linear scan."""
    most = 0

    def cut(m: regex.Match[str]) -> str:
        nonlocal most
        tag = m.group()
        attrs = list(_ATTRIBUTE.finditer(tag))
        if len(attrs) <= MAX_ATTRIBUTES:
            return tag
        most = max(most, len(attrs))
        return tag[: attrs[MAX_ATTRIBUTES - 1].end()] + ">"

    if "<" not in text:
        return text, 0
    out = _LONG_TAG.sub(cut, text)
    return out, most


def parse_report(text: str) -> tuple[Any, list[str]]:
    """:func:`parse`, and warnings for text the parser could not take in.

    ``huge_tree`` lifts libxml2's limits of 256 levels of nesting and 10 MB
    text nodes or attributes; without it the parser silently stops there and
    every word after is lost. Past even the raised limits (2 048 levels) the
    parser still stops with a fatal error; the page is then read as text with
    its tags stripped (block tags become line breaks) and a warning says so.
    Only fatal errors are reported: ordinary broken-markup errors (a stray
    ``</div>``) are on most real pages and cost no text. Elements with more
    than :data:`MAX_ATTRIBUTES` attributes are cut to that many first, with a
    warning (libxml2's duplicate check is quadratic in them).
    """
    # The text is already decoded: tell libxml2 the bytes are UTF-8, or it
    # would believe the page's own (now wrong) <meta charset>.
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, recover=True, encoding="utf-8", huge_tree=True)
    warnings: list[str] = []
    text, most = _trim_attributes(text)
    if most:
        warnings.append(f"an element with {most} attributes: only the first {MAX_ATTRIBUTES} of each were kept")
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        root = lxml_html.document_fromstring("<html><body></body></html>")
    fatal = [e for e in parser.error_log if e.level >= etree.ErrorLevels.FATAL]
    if fatal:
        message = fatal[0].message.strip().split(",")[0]
        warnings.append(
            f"the HTML parser stopped at line {fatal[0].line} ({message}); "
            "the page was read as text with its tags stripped"
        )
        root = _as_text_tree(text)
    return root, warnings


def _as_text_tree(text: str) -> Any:
    """A tree of one ``<p>`` per line of ``text`` with its markup stripped (block tags: line breaks)."""
    import html as std_html

    plain = _FALLBACK_DROP.sub(" ", text)
    plain = _FALLBACK_BREAK.sub("\n", plain)
    plain = std_html.unescape(_FALLBACK_TAG.sub("", plain))
    root = lxml_html.document_fromstring("<html><body></body></html>")
    body = root.find("body")
    assert body is not None  # the document was just built with one
    for line in plain.split("\n"):
        line = line.strip()
        if line:
            p = etree.SubElement(body, "p")
            p.text = "".join(ch for ch in line if ch in "\t" or ord(ch) >= 32)  # no control characters in XML
    return root


def _tokens(el: Any) -> list[str]:
    """The class and id words of an element, lower-cased, in document order."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return [t.lower() for t in _SPLIT.split(raw) if t]


#: A link to an anchor on the same page (a table of contents, footnotes) counts this much
#: of a link: it does not lead away from the article (Readability weighs them 0.3 too).
HASH_LINK_WEIGHT = 0.3


def _link_weight(el: Any) -> float:
    """How much of a link an ``<a>`` is for link density: in-page anchors count less."""
    href = el.get("href") or ""
    return HASH_LINK_WEIGHT if href.startswith("#") and len(href) > 1 else 1.0


#: A <noscript> with at least this much text is the page's content for readers without
#: scripts (Blogger themes render the post from a script template and repeat it there);
#: a shorter one is a tracking pixel or an "enable JavaScript" notice, and is dropped.
NOSCRIPT_CONTENT_MIN_CHARS = 200
#: Texts of a <noscript> looked up in the rest of the page, and the shortest one looked up:
#: when half of them are there, the <noscript> is a copy of the visible text (Flarum
#: repeats the whole discussion in one) and is dropped like any other.
NOSCRIPT_SAMPLE_LINES = 6
NOSCRIPT_SAMPLE_MIN_CHARS = 12
_MARKUP_AS_TEXT = lazyre.compile_re(r"<[a-zA-Z/!]")
_VISIBLE_TEXT = etree.XPath("//text()[not(ancestor::noscript or ancestor::script or ancestor::style)]")


def _content_noscripts(body: Any) -> set[Any]:
    """The <noscript> elements that hold the page's only copy of some content."""
    found = []
    for el in body.iter("noscript"):
        text = "".join(el.itertext()).strip()
        # Markup left as text (beacons, iframes) is the parser's reading of it, not text.
        if len(text) >= NOSCRIPT_CONTENT_MIN_CHARS and _MARKUP_AS_TEXT.search(text) is None:
            found.append((el, text))
    if not found:
        return set()
    # The XPath selects text() nodes only: a list of strings.
    visible = " ".join(" ".join(t.split()) for t in cast("list[str]", _VISIBLE_TEXT(body)))
    kept = set()
    for el, _text in found:
        pieces = (" ".join(t.split()) for t in el.itertext())
        sample = [t for t in pieces if len(t) >= NOSCRIPT_SAMPLE_MIN_CHARS][:NOSCRIPT_SAMPLE_LINES]
        if sum(ln in visible for ln in sample) * 2 < len(sample):
            kept.add(el)
    return kept


_STYLE_HIDDEN = etree.XPath("//*[@style][contains(translate(@style, 'DISPLAYNOE', 'displaynoe'), 'none')]")


#: A hidden page of a paged article holds at least this much text (a hidden menu or
#: tooltip beside a shown one holds a few words).
PAGED_SECTION_MIN_CHARS = 100
#: Class words that say whether an element is shown now, not what it is.
_STATE_CLASSES = frozenset(
    {
        "hidden",
        "hide",
        "active",
        "show",
        "shown",
        "visible",
        "current",
        "selected",
        "is-active",
        "is-hidden",
        "is-visible",
        "d-none",
        "open",
        "closed",
        "in",
    }
)


def _kind_classes(el: Any) -> frozenset[str]:
    return frozenset((el.get("class") or "").split()) - _STATE_CLASSES


def _paged_sections(body: Any) -> set[Any]:
    """Hidden elements that are pages of a paged article: a slideshow or listicle shows one
    section (``div.gallery-section`` with ``display:block``) and hides the next ones with the
    same tag and classes beside it, each holding text. They are read like the shown one."""
    found: set[Any] = set()
    # The XPath selects elements only: a list of them.
    for el in cast("list[Any]", _STYLE_HIDDEN(body)):
        cls = _kind_classes(el)
        parent = el.getparent()
        if not cls or parent is None or not _hidden(el) or el.get("hidden") is not None:
            continue
        shown = any(
            sib is not el and sib.tag == el.tag and _kind_classes(sib) == cls and not _hidden(sib) for sib in parent
        )
        if shown and len("".join(el.itertext()).strip()) >= PAGED_SECTION_MIN_CHARS:
            found.add(el)
    return found


def _hidden(el: Any) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


#: Chrome words that plugins glue to another word in one class token (``jp-relatedposts``,
#: ``sharedaddy``, ``commentlist``, ``footerwrap``): a token that starts with one of these
#: counts as the word. Only long words that start no ordinary word a class would use.
_PREFIX_WORDS = (
    "related",
    "recommend",
    "comment",
    "sidebar",
    "breadcrumb",
    "footer",
    "navbar",
    "pagination",
    "newsletter",
    "share",
)


def _word(t: str) -> str:
    """A class token, or the chrome word it starts with (``relatedposts`` → ``related``)."""
    if t in _TOKEN_HINT or not t.startswith(_PREFIX_WORDS):
        return t
    return next(w for w in _PREFIX_WORDS if t.startswith(w))


def _hint(tag: str, tokens: list[str]) -> tuple[str | None, str | None]:
    """The kind of chrome an element suggests and the word that says so (first word wins)."""
    if tag in _TAG_HINT:
        return _TAG_HINT[tag], tag
    for t in tokens:
        kind = _TOKEN_HINT.get(t)
        if kind is not None:
            return kind, t
    return None, None


#: WordPress's ``post_class()`` marks each post with ``hentry`` and its taxonomy:
#: ``status-publish``, ``format-standard``, ``category-news``, ``tag-sale``. Those words say
#: what the post is filed under, not what the container is (``publish`` is otherwise a
#: byline box's word, ``tag`` a tag list's), so they are not read as evidence.
_WP_POST = lazyre.compile_re(r"(?:^|\s)hentry(?:\s|$)")
_WP_TAXONOMY = lazyre.compile_re(r"(?:^|(?<=\s))(?:status|format|category|tag|type|post_tag)-\S+")


#: A word after one of these is a layout modifier of the container (``page--with-sidebar``,
#: ``has-comments``, ``no-header``): it says what is beside the container, not what it is.
_MODIFIER_LEADS = frozenset({"with", "has", "no", "without"})


def _layout_modifiers_dropped(tokens: list[str]) -> list[str]:
    if _MODIFIER_LEADS.isdisjoint(tokens):
        return tokens
    return [
        t for i, t in enumerate(tokens) if t not in _MODIFIER_LEADS and not (i and tokens[i - 1] in _MODIFIER_LEADS)
    ]


@lru_cache(maxsize=8192)
def _dom_step(tag: str, cls_raw: str, id_raw: str) -> str:
    """One step of a DOM path: ``div.side.box#nav``, classes and an id holding a digit left out.
    Cached: a site repeats its class strings on every page."""
    step = tag + "".join(f".{c}" for c in cls_raw.split() if not _DIGITS.search(c))
    ident = id_raw.strip()
    return step + f"#{ident}" if ident and not _DIGITS.search(ident) and " " not in ident else step


@lru_cache(maxsize=8192)
def class_evidence(tag: str, cls_raw: str, id_raw: str) -> tuple[float, str | None, str | None, bool]:
    """What a container's tag and class/id words say: (score weight, chrome kind, the word
    that says so, is a gallery). Cached: a page repeats its class strings on every item
    of a list, and a site on every page."""
    if _WP_POST.search(cls_raw):
        cls_raw = _WP_TAXONOMY.sub(" ", cls_raw)
    tokens = _layout_modifiers_dropped([_word(t.lower()) for t in _SPLIT.split(f"{cls_raw} {id_raw}") if t])
    kind, word = _hint(tag, tokens)
    words = set(tokens)
    media = (
        tag not in ("article", "main", "body", "html") and not words.isdisjoint(_MEDIA) and words.isdisjoint(_POSITIVE)
    )
    if media and kind is None:
        kind, word = "chrome", next(t for t in tokens if t in _MEDIA)
    return _class_weight(tag, tokens), kind, word, media


def _class_weight(tag: str, tokens: list[str]) -> float:
    """Article-ish words raise a container's score, chrome-ish words lower it.

    A chrome word outweighs an article word in the same class: ``article-comments``,
    ``post-footer`` and ``recommend__content`` are comments, a footer and a feed, the
    article word only says what they are attached to."""
    w = CLASS_WEIGHT if tag in ("article", "main") else 0.0
    words = set(tokens)
    if not words.isdisjoint(_NEGATIVE):
        return w - CLASS_WEIGHT
    if not words.isdisjoint(_POSITIVE):
        w += CLASS_WEIGHT
    return w


class _Nodes:
    """One record per container element, in document (pre-order) order.

    A node's descendants are exactly the nodes ``i+1 .. last[i]``, so "is this
    block inside that container" is two comparisons.
    """

    def __init__(self) -> None:
        self.tag: list[str] = []
        self.parent: list[int] = []
        self.last: list[int] = []
        self.el: list[Any] = []
        self._sig: dict[int, str] = {}
        self._numbered: dict[str, int] | None = None
        self._path: dict[int, str] = {}
        self._dom: dict[int, str] = {}
        self._steps: dict[int, str] = {}
        self.weight: list[float] = []
        self.chars: list[int] = []
        self.links: list[float] = []  # link characters, weighted as in _Walker.link_chars
        #: Characters of prose blocks in the subtree (aggregated like ``chars``).
        self.prose: list[int] = []
        self.content: list[float] = []
        #: The part of ``content`` from the container's own paragraphs (level 0 of the spread).
        self.direct: list[float] = []
        self.children: list[list[int]] = []
        #: The chrome kind the element's own tag or class/id suggests (None: neutral).
        self.hint: list[str | None] = []
        self.hint_word: list[str | None] = []
        #: The container is a gallery/slideshow (see ``_MEDIA``).
        self.media: list[bool] = []

    def add(self, tag: str, parent: int, el: Any) -> int:
        """Record one container; class/id are read once here (the walk's hot path)."""
        i = len(self.tag)
        self.tag.append(tag)
        self.parent.append(parent)
        self.last.append(i)
        self.chars.append(0)
        self.links.append(0)
        self.prose.append(0)
        self.content.append(0.0)
        self.direct.append(0.0)
        self.children.append([])
        if parent >= 0:
            self.children[parent].append(i)
        self.el.append(el)
        cls_raw = el.get("class")
        id_raw = el.get("id")
        if not cls_raw and not id_raw:  # most containers: no words, neutral
            self.weight.append(CLASS_WEIGHT if tag in ("article", "main") else 0.0)
            kind = _TAG_HINT.get(tag)
            self.hint.append(kind)
            self.hint_word.append(tag if kind is not None else None)
            self.media.append(False)
            return i
        weight, kind, word, media = class_evidence(tag, cls_raw or "", id_raw or "")
        self.weight.append(weight)
        self.hint.append(kind)
        self.hint_word.append(word)
        self.media.append(media)
        return i

    def _shared_numbered(self) -> dict[str, int]:
        """How many containers carry each class with a digit in it. One that several carry
        names a level or a kind (``outline-text-2`` on every section of an org-mode post),
        not one item (``post-412``)."""
        if self._numbered is None:
            counts: dict[str, int] = {}
            for el in self.el:
                for c in (el.get("class") or "").split():
                    if _DIGITS.search(c):
                        counts[c] = counts.get(c, 0) + 1
            self._numbered = counts
        return self._numbered

    def sig(self, i: int) -> str:
        """What repeated posts or sections share: the tag and the classes without the per-item
        ones (a class with a digit that no other container has: ``elementor-element-3f2a1b``,
        ``post-412``); with no class,
        the id up to digits (``post_1001``); '' for a container without words."""
        got = self._sig.get(i)
        if got is None:
            el = self.el[i]
            classes = [
                c
                for c in (el.get("class") or "").split()
                if not _DIGITS.search(c) or self._shared_numbered().get(c, 0) > 1
            ]
            if classes:
                got = f"{self.tag[i]}.{' '.join(classes)}"
            else:
                ident = _DIGITS.sub("", el.get("id") or "")
                got = f"{self.tag[i]}#{ident}" if ident else ""
            self._sig[i] = got
        return got

    def label(self, i: int) -> str:
        """``tag.firstclass`` or ``tag#id``, for DOM paths in explanations."""
        el = self.el[i]
        classes = (el.get("class") or "").split()
        ident = el.get("id")
        return self.tag[i] + (f".{classes[0]}" if classes else (f"#{ident}" if ident else ""))

    def path(self, i: int) -> str:
        """The last four containers down to ``i`` (cached per node)."""
        got = self._path.get(i)
        if got is None:
            chain: list[str] = []
            j = i
            while j >= 0 and len(chain) < 4:
                chain.append(self.label(j))
                j = self.parent[j]
            got = self._path[i] = "/".join(reversed(chain))
        return got

    def dom_path(self, i: int) -> str:
        """The containers from the top (at most :data:`DOM_PATH_STEPS`) down to ``i``, each
        as its tag, classes and id (``div.side.box#nav``) joined by `` > ``: what a site's
        template repeats on every page. A class or id with a digit is left out
        (``post-412``, ``item3``): it numbers the item, and a path must not change from page
        to page. Cached per node, each step per node too (a page's blocks share parents)."""
        got = self._dom.get(i)
        if got is None:
            steps = self._steps
            chain: list[str] = []
            j = i
            while j >= 0 and len(chain) < DOM_PATH_STEPS:
                step = steps.get(j)
                if step is None:
                    el = self.el[j]
                    step = steps[j] = _dom_step(self.tag[j], el.get("class") or "", el.get("id") or "")
                chain.append(step)
                j = self.parent[j]
            got = self._dom[i] = " > ".join(reversed(chain))
        return got

    def inside(self, i: int, root: int) -> bool:
        return root <= i <= self.last[root]

    def density(self, i: int) -> float:
        return min(1.0, self.links[i] / self.chars[i]) if self.chars[i] else 0.0

    def score(self, i: int) -> float:
        """A container's final score: its prose, prior and class words, scaled by (1 − link density)."""
        base = self.content[i] + _TAG_BASE.get(self.tag[i], 0.0) + self.weight[i]
        return base * (1.0 - self.density(i))


def prose_score(text: str, link_density: float) -> float:
    """A block's prose score: 1 + clause marks + length points; 0 when it is not prose."""
    n = len(text) - text.count(" ")
    sample = text[:CJK_SAMPLE]
    cjk_page = cjk_count(sample) * 2 >= len(sample) - sample.count(" ")
    if n < (MIN_PROSE_CJK if cjk_page else MIN_PROSE_LATIN) or link_density > PROSE_MAX_LINK_DENSITY:
        return 0.0
    marks = sum(text.count(mark) for mark in _CLAUSE_MARKS)  # str.translate is 6x slower here
    unit = LENGTH_UNIT_CJK if cjk_page else LENGTH_UNIT_LATIN
    return 1.0 + marks + min(n / unit, LENGTH_POINTS_MAX)


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.link_chars: float = 0  # characters in links, each weighted (an anchor link counts a third)
        # tag, hint, hint node, hint word, link weight (0: not in <a>), pre
        self.ctx: list[tuple[str, str | None, int, str | None, float, bool]] = []
        self.nodes = _Nodes()
        self.stack: list[int] = []  # open container nodes

    def add(self, text: str | None) -> None:
        if not text:
            return
        pre = self.ctx[-1][5] if self.ctx else False
        if not pre:
            text = _WS.sub(" ", text)
        self.buf.append(text)
        if self.ctx and self.ctx[-1][4]:
            self.link_chars += len(text.strip()) * self.ctx[-1][4]

    def flush(self) -> None:
        if not self.buf:
            self.link_chars = 0
            return
        raw = "".join(self.buf)
        self.buf = []
        links, self.link_chars = self.link_chars, 0
        if not raw or raw.isspace():  # whitespace between tags: most flushes
            return
        if self.ctx:
            _, hint, hint_node, hint_word, _, pre = self.ctx[-1]
        else:
            hint, hint_node, hint_word, pre = None, -1, None, False
        node = self.stack[-1] if self.stack else 0
        nodes = self.nodes
        pieces = raw.split("\n") if (pre or "\n" in raw) else [raw]
        total = max(1, len(raw.strip()))
        density = min(1.0, links / total)
        if self.stack:
            nodes.chars[node] += total
            nodes.links[node] += min(links, total)
        for piece in pieces:
            t = piece.strip()
            if not t:
                continue
            score = prose_score(t, density)
            self.blocks.append(Block(t, hint, False, density, node, hint_node, hint_word, score, nodes=nodes, pre=pre))
            if score and self.stack:
                nodes.prose[node] += len(t)
                self._spread(node, score)

    def _spread(self, node: int, score: float) -> None:
        """Parent full, grandparent half, further levels 1/(3·level) (Readability's decay)."""
        nodes = self.nodes
        i = node if nodes.tag[node] not in _PARA_LIKE else nodes.parent[node]
        if i >= 0:
            nodes.direct[i] += score
        level = 0
        while i >= 0 and level < SCORE_LEVELS:
            nodes.content[i] += score if level == 0 else score / (2 if level == 1 else 3 * level)
            i = nodes.parent[i]
            level += 1


def html_to_page(root: Any) -> HtmlPage:
    """Blocks of text with their evidence, and the page's meta fields."""
    page = HtmlPage(meta=_meta(root))
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        body = root
    w = _Walker()
    nodes = w.nodes
    skip_depth = 0
    noscripts = _content_noscripts(body)
    pages = _paged_sections(body)
    walk = etree.iterwalk(body, events=("start", "end"))
    for event, el in walk:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or not tag or (tag in _DROP and el not in noscripts) or (_hidden(el) and el not in pages):
                skip_depth += 1
                walk.skip_subtree()  # its descendants are never visited (an <svg> has hundreds)
                continue
            container = tag in _BLOCK or tag in _CELL
            if container or tag in ("br", "pre"):  # a <pre> is its own block(s), flagged ``pre``
                if tag in _CELL:
                    w.add(" ")
                else:
                    w.flush()
            if w.ctx:
                _, hint, hint_node, hint_word, in_a, pre = w.ctx[-1]
            else:
                hint, hint_node, hint_word, in_a, pre = None, -1, None, 0.0, False
            if container and tag not in ("br", "hr"):
                n = nodes.add(tag, w.stack[-1] if w.stack else -1, el)
                w.stack.append(n)
                if nodes.hint[n] is not None:
                    hint, hint_node, hint_word = nodes.hint[n], n, nodes.hint_word[n]
            w.ctx.append(
                (
                    tag,
                    hint,
                    hint_node,
                    hint_word if hint is not None else None,
                    in_a or (_link_weight(el) if tag == "a" else 0.0),
                    pre or tag == "pre",
                )
            )
            w.add(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth == 0:  # the dropped element itself: its tail is outside it
                    w.add(el.tail)
                continue
            container = tag in _BLOCK or tag in _CELL
            if tag in _BLOCK or tag in ("br", "pre"):
                w.flush()
            if container and tag not in ("br", "hr") and w.stack:
                n = w.stack.pop()
                nodes.last[n] = len(nodes.tag) - 1
                p = nodes.parent[n]
                if p >= 0:
                    nodes.chars[p] += nodes.chars[n]
                    nodes.links[p] += nodes.links[n]
                    nodes.prose[p] += nodes.prose[n]
            w.ctx.pop()
            w.add(el.tail)
    w.flush()
    page.blocks = w.blocks
    title = _matched_title(page, nodes)
    _find_region(page, nodes, title)
    _choose_title(page, nodes, title)
    _keep_standfirst(page, nodes)
    return page


# --------------------------------------------------------------------------- the region


def _find_region(page: HtmlPage, nodes: _Nodes, title: int | None = None) -> None:
    """Mark the blocks of the article region (``in_main``) and say why (``evidence``)."""
    blocks = page.blocks
    if not nodes.tag or not blocks:
        return
    # In a gallery: the node or an ancestor is one (pre-order: a parent comes first). A
    # "gallery" holding nearly all the page's prose is the article told in slides.
    page_prose = max(nodes.prose, default=0)
    in_media = [m and nodes.prose[i] < MEDIA_PROSE_SHARE * page_prose for i, m in enumerate(nodes.media)]
    for i in range(len(in_media)):
        if not in_media[i] and nodes.parent[i] >= 0 and in_media[nodes.parent[i]]:
            in_media[i] = True
    scored = [i for i in range(len(nodes.tag)) if nodes.content[i] > 0 and not in_media[i]] or [
        i for i in range(len(nodes.tag)) if nodes.content[i] > 0
    ]
    if not scored:
        for b in blocks:  # no prose anywhere: nothing to choose between, keep the old judges
            b.in_main = b.hint is None
        return
    final = {i: nodes.score(i) for i in scored}
    if title is not None and nodes.tag[blocks[title].node] in TITLE_NEAR_TAGS:
        near = blocks[title].node
        for _ in range(TITLE_NEAR_LEVELS):
            if nodes.parent[near] < 0 or nodes.tag[nodes.parent[near]] in ("body", "html"):
                break
            near = nodes.parent[near]
        for i in scored:
            if nodes.inside(i, near) and final[i] > 0:
                final[i] *= TITLE_NEAR_BOOST
    ranked = sorted(scored, key=lambda i: (-final[i], i))
    top = first = ranked[0]
    why = "best score"
    # Several near-best candidates under one ancestor: the article is split over them.
    alts = [i for i in ranked[1:ALT_TOP] if final[i] >= ALT_SHARE * final[top]]
    if len(alts) >= ALT_MIN:
        p = nodes.parent[top]
        for _ in range(ALT_LEVELS):
            if p < 0 or nodes.tag[p] in ("body", "html"):
                break
            if sum(1 for a in alts if nodes.inside(a, p)) >= ALT_MIN:
                top, why = p, "holds several near-best candidates"
                break
            p = nodes.parent[p]
    # Grow to a parent that scores higher, while the parents stay close.
    final.setdefault(top, nodes.score(top))
    last = final[top]
    p = nodes.parent[top]
    while p >= 0 and nodes.tag[p] not in ("body", "html"):
        if p not in final:
            p = nodes.parent[p]
            continue
        if final[p] < last * PARENT_STOP_SHARE:
            break
        if final[p] > last:
            top, why = p, "parent scores higher"
            break
        last = final[p]
        p = nodes.parent[p]
    # An only child stands for its parent.
    p = nodes.parent[top]
    while p >= 0 and nodes.tag[p] not in ("body", "html") and len(nodes.children[p]) == 1:
        top, p = p, nodes.parent[p]
    roots = _siblings(nodes, top, final)
    roots = _repeats(nodes, top, roots, final)
    roots = _distant_repeats(nodes, top, roots, final)
    # The best paragraph of the container, inside the best candidate, whose own paragraphs
    # score best (not the page's single best paragraph: one long reader comment below the
    # story would make "comment" a layout word and keep every comment).
    home = max(
        (i for i in scored if nodes.inside(i, first)),
        key=lambda i: (nodes.direct[i] * (1.0 - nodes.density(i)), -i),
        default=first,
    )

    def best_in(box: int) -> int:
        return max(
            range(len(blocks)),
            key=lambda k: (blocks[k].score * (not in_media[blocks[k].node]) * nodes.inside(blocks[k].node, box), -k),
        )

    best_block = best_in(home)
    overall = best_in(0)
    if blocks[best_block].score < HOME_BEST_SHARE * blocks[overall].score:
        best_block = overall  # a candidate of class words, hardly a paragraph of its own
    best_node = blocks[best_block].node
    _mark(page, nodes, roots, best_node, final.get(top, 0.0), why)


def _siblings(nodes: _Nodes, top: int, final: dict[int, float]) -> list[int]:
    """The best candidate and the siblings that score well or share its class."""
    parent = nodes.parent[top]
    if parent < 0:
        return [top]
    top_score = final.get(top, 0.0)
    threshold = max(SIBLING_MIN, top_score * SIBLING_SHARE)
    out = []
    for s in nodes.children[parent]:
        if s == top:
            out.append(s)
            continue
        if nodes.hint[s] is not None:  # a footer/nav/aside or a chrome-named box beside the article
            continue
        bonus = top_score * SIBLING_SHARE if nodes.sig(s) and nodes.sig(s) == nodes.sig(top) else 0.0
        if s in final and final[s] + bonus >= threshold:
            out.append(s)
    return out


def _repeats(nodes: _Nodes, top: int, roots: list[int], final: dict[int, float]) -> list[int]:
    """Up to REPEAT_LEVELS above the best candidate, siblings that repeat an ancestor's
    structure (same tag, class and id up to digits) and hold prose are part of the region:
    the posts of a forum thread, the section wrappers of a long article."""
    a = top
    for _ in range(REPEAT_LEVELS):
        p = nodes.parent[a]
        if p < 0 or nodes.tag[p] in ("body", "html"):
            break
        sig = nodes.sig(a)
        if sig:
            same = [
                s
                for s in nodes.children[p]
                if s != a and nodes.sig(s) == sig and nodes.prose[s] > 0 and nodes.density(s) < PROSE_MAX_LINK_DENSITY
            ]
            if same:
                return sorted({a, *same, *(r for r in roots if not nodes.inside(r, a))})
        a = p
    return roots


def _distant_repeats(nodes: _Nodes, top: int, roots: list[int], final: dict[int, float]) -> list[int]:
    """Posts of the same kind elsewhere on the page: a Q&A page prints its first answer in one
    card and the others in a second list ("more answers"), so the answers are not siblings.
    The best candidate or its parent (DISTANT_REPEAT_LEVELS), the first whose signature (tag and
    classes, see ``_Nodes.sig``) recurs outside the region on containers that hold prose, with
    low link density, scoring like a post (≥ DISTANT_REPEAT_SHARE of the best candidate, at
    least SIBLING_MIN), DISTANT_REPEAT_MIN of them on the page counting the region's own:
    those outside join the region. A teaser list that reuses the article's class holds short
    items that score far below it; one box with the article's class is not a thread."""
    threshold = max(SIBLING_MIN, DISTANT_REPEAT_SHARE * final.get(top, 0.0))
    a = top
    n = len(nodes.tag)
    for _ in range(DISTANT_REPEAT_LEVELS):
        if a < 0 or nodes.tag[a] in ("body", "html"):
            break
        sig = nodes.sig(a)
        if "." in sig:  # a class names the kind of post; an id-only slot (ContentPane45) does not
            inside: list[int] = [a]
            outside: list[int] = []
            j = 0
            while j < n:  # pre-order: a subtree is j .. last[j]
                if j == a:
                    j = nodes.last[j] + 1
                    continue
                if (
                    nodes.prose[j]
                    and not nodes.inside(a, j)
                    and nodes.sig(j) == sig
                    and nodes.density(j) < PROSE_MAX_LINK_DENSITY
                    and nodes.score(j) >= threshold
                ):
                    (inside if any(nodes.inside(j, r) for r in roots) else outside).append(j)
                    j = nodes.last[j] + 1  # its own descendants are part of it
                    continue
                j += 1
            if outside and len(inside) + len(outside) >= DISTANT_REPEAT_MIN:
                return sorted({*roots, *outside})
        a = nodes.parent[a]
    return roots


def _mark(page: HtmlPage, nodes: _Nodes, roots: list[int], best_node: int, top_score: float, why: str) -> None:
    blocks = page.blocks
    roots = sorted(roots)
    # Words of the containers around the best paragraph name this page's content (a forum's
    # posts sit in "comment" boxes): inside the region they are layout, not chrome.
    layout_words: set[str] = set()
    i = best_node
    while i >= 0:
        word = nodes.hint_word[i]
        if word is not None and nodes.tag[i] not in _TAG_HINT:
            layout_words.add(word)
        i = nodes.parent[i]
    total_prose = 0
    region_prose = 0
    # A hint box holding much of its root's prose is the article's. In a root that does not
    # hold the best paragraph it is measured against the whole region: a sidebar in a second
    # ``div.item`` that repeats the article's wrapper holds most of that wrapper's prose, but
    # little of the region's.
    region_size = sum(nodes.prose[r] for r in roots)
    group_prose: dict[int, int] = {}

    def media_prose(n: int) -> int:
        """The prose of gallery ``n`` and of the galleries beside it: a story told in several
        slides (one ``gallery-section`` per item) is measured whole, not slide by slide."""
        if n not in group_prose:
            p = nodes.parent[n]
            group = [c for c in nodes.children[p] if nodes.media[c]] if p >= 0 else [n]
            total = sum(nodes.prose[c] for c in group)
            group_prose.update(dict.fromkeys(group, total))
            group_prose.setdefault(n, total)
        return group_prose[n]

    for b in blocks:
        root = next((r for r in roots if nodes.inside(b.node, r)), -1)
        if b.score:
            total_prose += len(b.text)
        if root < 0:
            b.in_main = False
            b.why = ("outside", roots[0], top_score)
            continue
        b.in_main = True
        if b.score:
            region_prose += len(b.text)
        if b.hint == "metadata" and len(b.text) > METADATA_MAX_CHARS:
            b.hint = None  # a byline box holds a short line; long text there is prose (TRS_Editor)
        if b.hint_node > root and nodes.media[b.hint_node]:
            if media_prose(b.hint_node) >= MEDIA_PROSE_SHARE * nodes.prose[root]:
                b.hint = None  # the story told in slides: the slides are the article
            # else a gallery below the region root: its captions are not the article
        elif b.hint is not None and (
            b.hint_word in layout_words
            or b.hint_node <= root
            or nodes.inside(best_node, b.hint_node)
            or nodes.prose[b.hint_node]
            >= HINT_PROSE_SHARE * (nodes.prose[root] if nodes.inside(best_node, root) else region_size)
            > 0
        ):
            b.hint = None  # the region root's (or an ancestor's) words are layout
        elif b.hint is not None and b.score and b.hint_word in _WEAK_IN_REGION:
            b.hint = None  # a weak word does not take a paragraph of the region
        b.why = ("region", root, why) if b.hint is None else ("hint-in",)
    if total_prose and region_prose < RECALL_MIN_SHARE * total_prose:
        floor = RECALL_BLOCK_FACTOR * MIN_PROSE_CJK
        for b in blocks:
            if not b.in_main and b.score and b.hint is None and len(b.text) >= floor:
                b.in_main = True
                b.why = ("recall", region_prose, total_prose)
    for b in blocks:
        if not b.in_main and b.hint is not None:
            b.why = ("hint-out",)


# --------------------------------------------------------------------------- title

_TITLE_SEP = lazyre.compile(r"\s+[-–—|｜·]\s+|\s*(?:[_|｜]|--+|——)\s*|(?<=\p{Han})-(?=\p{Han})|\s+::\s+")


def title_parts(title: str) -> list[str]:
    """A <title> split at its site-name separators (`` - ``, ``_``, ``|``, `` – ``, ``--``), never at a
    bare hyphen inside a word (``COVID-19``, ``2024-05-06``)."""
    return [p.strip() for p in _TITLE_SEP.split(title) if p.strip()]


#: Typographic quotes, primes and dashes folded to their ASCII forms when titles are compared:
#: a page's og:title often says ``Heartsteel's`` where its heading prints ``Heartsteel’s``.
_TYPO_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
    }
)


def _squash(s: str) -> str:
    return _WS.sub("", s).lower().translate(_TYPO_FOLD)


#: A heading that is only part of the <title>/og:title must cover at least this share of
#: it (a section heading that repeats a phrase of the title is not the title).
TITLE_MIN_COVER = 0.6
#: Headings longer than this are not titles (a paragraph styled as a heading).
TITLE_MAX_CHARS = 300


def _title_match(heading: str, wanted: list[str], heading_parts: frozenset[str] = frozenset()) -> float:
    """How well a heading matches the names the page gives its title (0: not at all).

    A heading may hold the title with more words (a column prefix, a chapter number), but when
    the title covers little of the heading it must be one of the heading's own separated parts
    (``新竹尖石_美樹營地賞楓 (2)`` for ``新竹尖石``): a <title> that is only the site's name is
    printed inside its logo and its menus (``南生论坛SpringBoot版本``, ``Make your Firefox your own``),
    and those headings are not the article's title."""
    best = 0.0
    for w in wanted:
        if heading == w:
            return 3.0
        short, long_ = sorted((heading, w), key=len)
        if len(short) >= 4 and short in long_:
            cover = len(short) / len(long_)
            if cover >= TITLE_MIN_COVER or (heading == long_ and w in heading_parts):
                best = max(best, 1.0 + cover)
    return best


def _matched_title(page: HtmlPage, nodes: _Nodes) -> int | None:
    """The heading that best matches og:title / <title> (index of its block), if any."""
    meta = page.meta
    wanted = [_squash(v) for v in (meta.get("og:title"), meta.get("twitter:title")) if v]
    if meta.get("title"):
        wanted += [_squash(p) for p in title_parts(meta["title"])[:1]] + [_squash(meta["title"])]
    wanted = [w for w in wanted if len(w) >= 2]
    heads = [k for k, b in enumerate(page.blocks) if nodes.tag[b.node] in _HEADINGS and len(b.text) <= TITLE_MAX_CHARS]
    best, best_score = None, 0.0
    for k in heads:
        h = _squash(page.blocks[k].text).rstrip("#¶")
        if not h:
            continue
        score = _title_match(h, wanted, frozenset(_squash(p) for p in title_parts(page.blocks[k].text)))
        if score:
            score -= 0.1 * (int(nodes.tag[page.blocks[k].node][1]) - 1)  # prefer h1 over h2
        if score > best_score:
            best, best_score = k, score
    if best is None and wanted:
        # Old table layouts print the title in <b>/<font>: a short block equal to the title.
        exact = set(wanted)
        best = next(
            (k for k, b in enumerate(page.blocks) if len(b.text) <= TITLE_MAX_CHARS and _squash(b.text) in exact), None
        )
    return best


def _choose_title(page: HtmlPage, nodes: _Nodes, best: int | None) -> None:
    """The matched heading, else the last h1 above the region when the page names no title of
    its own: it has no <title>, or its <title> is only the site's name (printed inside a longer
    heading, the logo: ``南生论坛`` in ``南生论坛SpringBoot版本``). A real <title> that no heading
    matches stays the title (the h1 may be a section's name: ``About This Site``)."""
    heads = [k for k, b in enumerate(page.blocks) if nodes.tag[b.node] in _HEADINGS and len(b.text) <= TITLE_MAX_CHARS]
    if best is None and _title_is_site_name(page, heads):
        first_region = next((k for k, b in enumerate(page.blocks) if b.in_main), len(page.blocks))
        h1s = [k for k in heads if nodes.tag[page.blocks[k].node] == "h1" and k <= first_region]
        best = h1s[-1] if h1s else None
    if best is not None:
        page.blocks[best].role = "title"
        page.meta["title_block"] = page.blocks[best].text


#: A standfirst (the dek under a headline) is a finished sentence at least this long.
STANDFIRST_MIN_CHARS = 40
_SENTENCE_END_MARK = lazyre.compile(r"[.。!！?？][\"'”’)）]?\s*$")


def _keep_standfirst(page: HtmlPage, nodes: _Nodes) -> None:
    """The line right under a title heading that stands outside the region, in the title's own
    container (``header > h1 + p``), is the article's standfirst when it is a finished sentence
    and no link: the region found the body below the header, the dek belongs to the story."""
    k = next((i for i, b in enumerate(page.blocks) if b.role == "title"), None)
    if k is None or page.blocks[k].in_main or k + 1 >= len(page.blocks):
        return
    title, dek = page.blocks[k], page.blocks[k + 1]
    box = nodes.parent[title.node] if nodes.tag[title.node] in _HEADINGS else title.node
    if dek.in_main or box < 0 or not nodes.inside(dek.node, box) or dek.link_density > 0:
        return
    if len(dek.text) >= STANDFIRST_MIN_CHARS and _SENTENCE_END_MARK.search(dek.text):
        dek.in_main, dek.hint, dek.why = True, None, ("standfirst", box)


def _title_is_site_name(page: HtmlPage, heads: list[int]) -> bool:
    """True when the page has no <title>, or its <title> (whole, one part) is printed inside a
    longer heading that it covers little of: the site's name in its logo."""
    title = page.meta.get("title")
    if not title:
        return True
    if len(title_parts(title)) != 1:
        return False
    t = _squash(title)
    return len(t) >= 2 and any(
        t in h and len(t) < TITLE_MIN_COVER * len(h) for h in (_squash(page.blocks[k].text) for k in heads)
    )


def _meta(root: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        out["title"] = _WS.sub(" ", title.text_content()).strip()
    h1 = root.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        out["h1"] = _WS.sub(" ", h1.text_content()).strip()
    for m in root.iter("meta"):
        name = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        content = (m.get("content") or "").strip()
        if name and content and name not in out:
            out[name] = content
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            out["canonical"] = link.get("href")
    return out
