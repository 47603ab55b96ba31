"""What a container's tag and class/id words say about it, read once per container.

Tags and whole class/id tokens suggest a kind of chrome (the block's ``hint``:
``chrome``, ``footer``, ``related``, ``metadata``); article words raise a
container's region score and chrome words lower it (:data:`CLASS_WEIGHT`);
gallery and dialog words mark a container whose text is not the article. Words
are matched as whole tokens, never as substrings, and they weigh, never veto.
"""

from __future__ import annotations

from functools import lru_cache

from .. import lazyre
from .elements import _HEADINGS

_TAG_HINT = {"nav": "chrome", "footer": "footer", "aside": "related", "form": "chrome"}
#: Class/id words of a comment box, abbreviations included (qq's ``cmt``, sina's ``cmnt``,
#: 360kuai's ``cmmts``): chrome under a story, a thread's replies (``threads.py``).
COMMENT_WORDS = ("comment", "comments", "cmt", "cmts", "cmmt", "cmmts", "cmnt", "cmnts", "pinglun")
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
            *COMMENT_WORDS,
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
            "meta",
            "metadata",
            "credit",  # a picture's credit: caption-credit, photo-credit
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
        *COMMENT_WORDS,
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
#: A lower-case letter followed by an upper-case one: where a camelCase class word splits.
_CAMEL = lazyre.compile_re(r"(?<=[a-z])(?=[A-Z])")
_DIGITS = lazyre.compile(r"\d+")
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


def _split_words(raw: str) -> list[str]:
    """A class or id attribute cut into words at whitespace, ``_``, ``-`` and camelCase
    boundaries (``articleBody`` → ``article``, ``Body``). ``str.split`` does the first cuts
    (the standard ``re``'s ``\\s`` and it agree on what whitespace is); a word is searched
    for a camelCase boundary only when it has a capital at all: one pattern doing both
    tried its zero-width look-arounds at every character (2.4 µs a class string)."""
    words = raw.replace("_", " ").replace("-", " ").split()
    if raw.islower():
        return words
    return [piece for w in words for piece in (_CAMEL.split(w) if not w.islower() else (w,)) if piece]


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


#: The hint word of an author's bio box (``author-bio``, ``author-info``, ``author__box``,
#: ``article-body-content--author-blurb``, ``bio``): an author word with a word for a box
#: about them, or ``bio`` alone. Its short lines are a byline (``metadata``); its prose is
#: the site's note about the writer under the story, not the story (``html.author-bio``).
BIO = "bio"
_AUTHOR_WORDS = frozenset({"author", "byline", "zuozhe"})
_BIO_WORDS = frozenset({"bio", "biography", "info", "box", "blurb", "description", "about", "profile", "card"})
#: The same box named in one glued word (``div#authorbox``, ``.authorbio``, ``.aboutauthor``).
_GLUED_BIO = frozenset(
    {f"{a}{b}" for a in ("author", "byline") for b in _BIO_WORDS} | {"aboutauthor", "abouttheauthor"}
)


def _hint(tag: str, tokens: list[str]) -> tuple[str | None, str | None]:
    """The kind of chrome an element suggests and the word that says so (first word wins)."""
    if tag in _TAG_HINT:
        return _TAG_HINT[tag], tag
    for t in tokens:
        if t == BIO or t in _GLUED_BIO or (t in _AUTHOR_WORDS and not _BIO_WORDS.isdisjoint(tokens)):
            return "metadata", BIO
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


#: A whole class token that is a layout modifier (``no-sub-nav``, ``has-left-sidebar``,
#: ``with_comments``): all its words say what is beside the container, not only the first.
_MODIFIER_TOKEN = lazyre.compile_re(r"(?:^|(?<=\s))(?:with|has|no|without)[-_]\S+")


#: ``-bottom`` ending a class token after another word is a style utility's side
#: (``flush-bottom``, ``table-cell-bottom``, ``border-bottom``), not the page's bottom box.
#: First in its token (``bottom-bar``, ``bottom``), inside it (``article-bottom-zan``) or
#: as a BEM element (``content__bottom``) it still names one.
_STYLE_BOTTOM = lazyre.compile_re(r"(?<=[A-Za-z0-9])-bottom(?=\s|$)")


def _layout_modifiers_dropped(tokens: list[str]) -> list[str]:
    if _MODIFIER_LEADS.isdisjoint(tokens):
        return tokens
    return [
        t for i, t in enumerate(tokens) if t not in _MODIFIER_LEADS and not (i and tokens[i - 1] in _MODIFIER_LEADS)
    ]


@lru_cache(maxsize=8192)
def _words(raw: str, is_class: bool) -> tuple[str, ...]:
    """The words of one class or id attribute, lower-cased, glued chrome words cut to the word
    (see :func:`_word`), WordPress's taxonomy classes left out. Cached apart from the tag and
    the other attribute: most ids are one element's own, while its class repeats, and the
    words of both together are the words of each, in order (the split leaves none across)."""
    if is_class and "hentry" in raw and _WP_POST.search(raw):
        raw = _WP_TAXONOMY.sub(" ", raw)
    if is_class and ("-" in raw or "_" in raw):
        if _MODIFIER_TOKEN.search(raw):
            raw = _MODIFIER_TOKEN.sub(" ", raw)
        if "bottom" in raw:
            raw = _STYLE_BOTTOM.sub("", raw)
    words = _split_words(raw) if raw.islower() else [t.lower() for t in _split_words(raw)]
    return tuple([t if t in _TOKEN_HINT or not t.startswith(_PREFIX_WORDS) else _word(t) for t in words])


@lru_cache(maxsize=8192)
def class_evidence(tag: str, cls_raw: str, id_raw: str) -> tuple[float, str | None, str | None, bool]:
    """What a container's tag and class/id words say: (score weight, chrome kind, the word
    that says so, is a gallery). Cached: a page repeats its class strings on every item
    of a list, and a site on every page."""
    tokens = [*_words(cls_raw, True), *_words(id_raw, False)] if id_raw else list(_words(cls_raw, True))
    tokens = _layout_modifiers_dropped(tokens)
    kind, word = _hint(tag, tokens)
    words = set(tokens)
    media = (
        tag not in ("article", "main", "body", "html") and not words.isdisjoint(_MEDIA) and words.isdisjoint(_POSITIVE)
    )
    if media and kind is None:
        kind, word = "chrome", next(t for t in tokens if t in _MEDIA)
    return _class_weight(tag, words), kind, word, media


def _class_weight(tag: str, words: set[str]) -> float:
    """Article-ish words raise a container's score, chrome-ish words lower it.

    A chrome word outweighs an article word in the same class: ``article-comments``,
    ``post-footer`` and ``recommend__content`` are comments, a footer and a feed, the
    article word only says what they are attached to."""
    w = CLASS_WEIGHT if tag in ("article", "main") else 0.0
    if not words.isdisjoint(_NEGATIVE):
        return w - CLASS_WEIGHT
    if not words.isdisjoint(_POSITIVE):
        w += CLASS_WEIGHT
    return w
