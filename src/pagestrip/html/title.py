"""The title heading and the standfirst under it.

The heading that matches og:title, twitter:title or the <title> (whole, or its
part before the site name) is the page's title; failing that, on a page whose
<title> is missing or only the site's name, the last h1 above the region. A
finished sentence right under a title that stands outside the region, in the
title's own container, is kept as the article's standfirst.
"""

from __future__ import annotations

from .. import lazyre
from ..pagemeta import GOV_TITLE, LEAD_HEADING, title_part
from ..vocabulary import TITLE_SITE_SEP
from .elements import _HEADINGS
from .nodes import HtmlPage, _Nodes
from .prose import _WS

_TITLE_SEP = lazyre.compile(TITLE_SITE_SEP)


def title_parts(title: str) -> list[str]:
    """A <title> split at its site-name separators (`` - ``, ``_``, ``|``, `` – ``, ``--``), never at a
    bare hyphen inside a word (``COVID-19``, ``2024-05-06``)."""
    return [p.strip() for p in _TITLE_SEP.split(title) if p.strip()]


#: Quotes and primes dropped, dashes folded to ASCII, when titles are compared: a page's
#: og:title says ``Heartsteel's`` where its heading prints ``Heartsteel’s``, and a <title>
#: quotes a film's name (``‘Fantastic Beasts’: A Nice Place``) that the heading italicizes.
#: Unicode spaces go as ASCII ones do: a blog ties a headline's last words with ``&nbsp;``.
_TYPO_FOLD = str.maketrans(
    {
        **dict.fromkeys("'\"\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033"),
        **dict.fromkeys("\xa0\u2002\u2003\u2007\u2009\u200a\u202f\u3000"),
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


#: The last words of a <title> after a space that a heading may be on its own (a novel's chapter
#: ``第13章 应聘工作`` under ``书名（主角） 作者 第13章 应聘工作``) hold at least this many characters.
TITLE_TAIL_MIN_CHARS = 4


def title_tails(title: str) -> frozenset[str]:
    """The squashed ends of a <title>'s first part after each space: a site that names a page
    ``book author chapter`` (or ``column  headline``) prints only the last of them as its heading."""
    parts = title_parts(title)
    words = parts[0].split() if parts else []
    tails = (_squash(" ".join(words[i:])) for i in range(1, len(words)))
    return frozenset(t for t in tails if len(t) >= TITLE_TAIL_MIN_CHARS)


def _title_match(
    heading: str,
    wanted: list[str],
    heading_parts: frozenset[str] = frozenset(),
    tails: frozenset[str] = frozenset(),
) -> float:
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
            if cover >= TITLE_MIN_COVER or (heading == long_ and w in heading_parts) or heading in tails:
                best = max(best, 1.0 + cover)
    return best


def _wanted(meta: dict[str, str]) -> list[str]:
    """The names the markup gives the page's title, squashed: og:title, twitter:title, the
    government ArticleTitle, the <title>'s own part and the whole <title>."""
    wanted = [_squash(v) for v in (meta.get("og:title"), meta.get("twitter:title"), meta.get(GOV_TITLE)) if v]
    if meta.get("title"):
        wanted += [_squash(title_part(meta["title"], meta.get("og:site_name"))), _squash(meta["title"])]
    return [w for w in wanted if len(w) >= 2]


def _matched_title(page: HtmlPage, nodes: _Nodes) -> int | None:
    """The heading that best matches og:title / <title> (index of its block), if any."""
    meta = page.meta
    wanted = _wanted(meta)
    tails = title_tails(meta["title"]) if meta.get("title") else frozenset()
    heads = [k for k, b in enumerate(page.blocks) if nodes.tag[b.node] in _HEADINGS and len(b.text) <= TITLE_MAX_CHARS]
    best, best_score = None, 0.0
    for k in heads:
        h = _squash(page.blocks[k].text).rstrip("#¶")
        if not h:
            continue
        score = _title_match(h, wanted, frozenset(_squash(p) for p in title_parts(page.blocks[k].text)), tails)
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


#: A <title> part that a heading of the article must equal to be read as the title in
#: place of the part the <title> puts first holds at least this many characters.
TITLE_PART_MIN_CHARS = 4


def _region_part(page: HtmlPage, heads: list[int], first_region: int) -> int | None:
    """The article's heading equal to a later part of a split <title>, when the part the <title>
    puts first matched no heading (then only an h1 is asked) or only one below the article's
    start outside it (a sidebar's, a footer's). A blog titled ``Site tagline - Post`` puts its
    own name first and prints it in the sidebar (``<aside><h2>Site tagline``) or nowhere: the
    heading in the article region, or in its header above it, that is the other part is the
    page's title."""
    title = page.meta.get("title")
    if not title:
        return None
    parts = {_squash(p) for p in title_parts(title)[1:]} - set(_wanted(page.meta))
    parts = {p for p in parts if len(p) >= TITLE_PART_MIN_CHARS}
    if not parts:
        return None
    return next(
        (
            k
            for k in heads
            if (k < first_region or page.blocks[k].in_main) and _squash(page.blocks[k].text).rstrip("#¶") in parts
        ),
        None,
    )


def _choose_title(page: HtmlPage, nodes: _Nodes, best: int | None) -> None:
    """The matched heading, else the last h1 above the region when the page names no title of
    its own: it has no <title>, or its <title> is only the site's name (printed inside a longer
    heading, the logo: ``南生论坛`` in ``南生论坛SpringBoot版本``). A real <title> that no heading
    matches stays the page's title (the h1 may be a section's name: ``About This Site``); an
    h1 that opens the region still heads the article (:func:`_lead_heading`)."""
    heads = [k for k, b in enumerate(page.blocks) if nodes.tag[b.node] in _HEADINGS and len(b.text) <= TITLE_MAX_CHARS]
    first_region = next((k for k, b in enumerate(page.blocks) if b.in_main), len(page.blocks))
    if best is None:
        h1s = [k for k in heads if nodes.tag[page.blocks[k].node] == "h1"]
        best = _region_part(page, h1s, first_region)
    elif best > first_region and not page.blocks[best].in_main:
        part = _region_part(page, heads, first_region)
        best = part if part is not None else best  # (the page's first block may be the heading)
    if best is None and _title_is_site_name(page, heads):
        h1s = [k for k in heads if nodes.tag[page.blocks[k].node] == "h1" and k <= first_region]
        best = h1s[-1] if h1s else None
    if best is not None:
        page.blocks[best].role = "title"
        page.meta["title_block"] = page.blocks[best].text
    elif (lead := _lead_heading(page, nodes)) is not None:
        page.blocks[lead].role = "title"
        page.meta[LEAD_HEADING] = page.blocks[lead].text


def _lead_heading(page: HtmlPage, nodes: _Nodes) -> int | None:
    """The h1 that opens the region when no heading matches the page's <title>: the article's
    own headline under an SEO title (``Why Does Slack Say Hummus?`` over ``The Adorable Reason
    You Can…``). It heads the article and leaves its text; the page's title stays the <title>'s,
    which may name the page otherwise (``Colophon`` over ``About This Site``)."""
    first = next((k for k, b in enumerate(page.blocks) if b.in_main), None)
    if first is None or nodes.tag[page.blocks[first].node] != "h1":
        return None
    return first if len(page.blocks[first].text) <= TITLE_MAX_CHARS else None


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
