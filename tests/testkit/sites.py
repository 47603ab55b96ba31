"""Sites to learn from, built from the fixtures' real article texts wrapped in a random
site template (seeded) whose chrome the built-in rules do not know: random site names,
menus, slogans, a title suffix, a source label with a varying tail, rotating promotions
and footers. Shared by the learning tests and the Dask learning tests.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass

import pagestrip
from pagestrip.rulefile import Profile, RuleFile

from . import GOLD

#: Characters of the random template words: common enough to look like a site,
#: and no two-character run of them is checked against the articles below.
_POOL = "寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛壬癸松竹梅兰菊琴棋鹤鹭鸥雁霁岚"
PART_PARAGRAPHS = 6
PAGES_PER_SITE = 15  # three rotating promotions: each on 5 pages, a third of them


def _articles() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of every distinct gold article (the re-encoded copies left out),
    cut into parts of at most :data:`PART_PARAGRAPHS` paragraphs so a site has enough
    pages that share no text: part k of an article is titled ``title k``."""
    out, seen = [], set()
    for path in sorted(GOLD.glob("*.json")):
        for art in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            paras = [p for p in art["text"].split("\n") if p.strip() and p not in seen]
            seen.update(paras)
            for k in range(0, len(paras), PART_PARAGRAPHS) if art["title"] else ():
                out.append((f"{art['title']} {k // PART_PARAGRAPHS + 1}", paras[k : k + PART_PARAGRAPHS]))
    return out


ARTICLES = _articles()
CORPUS = "\n".join(t + "\n" + "\n".join(p) for t, p in ARTICLES)


def _word(rng: random.Random, n: int) -> str:
    """A random word of ``n`` pool characters that no article contains."""
    while True:
        w = "".join(rng.choice(_POOL) for _ in range(n))
        if w not in CORPUS:
            return w


@dataclass
class Site:
    """A random site template: what every page carries around its article."""

    host: str
    name: str
    menu: str
    slogan: str
    label: str
    promos: list[str]
    footers: list[str]

    def page(self, n: int, title: str, paras: list[str], rng: random.Random, as_html: bool = False) -> str:
        """Page ``n``: the article wrapped in the template (a varying source tail per page)."""
        body = list(paras)
        body.insert(min(2, len(body)), self.slogan)  # a slogan inside every article is still the site's
        head = [f"{title}_{self.name}", self.menu, f"{self.label}：{_word(rng, 3)}{n}", title]
        tail = [self.promos[n % len(self.promos)], *self.footers]
        if not as_html:
            return "\n".join(head + body + tail)
        cls = self.host.split(".")[0]
        ps = "".join(f"<p>{html.escape(p)}</p>" for p in body)
        return (
            f"<html><head><title>{html.escape(head[0])}</title></head><body>"
            f"<div class='{cls}-top'><p>{html.escape(self.menu)}</p><p>{html.escape(head[2])}</p></div>"
            f"<div class='{cls}-main'><h1>{html.escape(title)}</h1>{ps}</div>"
            f"<div class='{cls}-bottom'>" + "".join(f"<p>{html.escape(t)}</p>" for t in tail) + "</div></body></html>"
        )

    def chrome(self) -> list[str]:
        """Strings of the template none of which may be left in a cleaned page."""
        return [f"_{self.name}", self.menu, f"{self.label}：", self.slogan, *self.promos, *self.footers]


def make_site(rng: random.Random) -> Site:
    name = _word(rng, 3) + "网"
    return Site(
        host=f"site{rng.randrange(10**6)}.example",
        name=name,
        menu=" ".join(_word(rng, 2) for _ in range(rng.randint(3, 6))),
        slogan=f"{name}，{_word(rng, 4)}{_word(rng, 4)}",
        label=_word(rng, 2) + "来源",
        promos=[f"{_word(rng, 4)}{_word(rng, 3)}{_word(rng, 2)}" for _ in range(rng.randint(1, 3))],
        footers=[f"{_word(rng, 3)}{name}{_word(rng, 2)}" for _ in range(rng.randint(1, 3))],
    )


def crawl(
    rng: random.Random, site: Site, pages: int = PAGES_PER_SITE, as_html: bool = False
) -> list[tuple[str, str, list[str]]]:
    """(url, page, the article's paragraphs) for ``pages`` pages, each a different article."""
    picked = rng.sample(ARTICLES, pages)
    return [
        (f"https://www.{site.host}/a/{n}.html", site.page(n, title, paras, rng, as_html), paras)
        for n, (title, paras) in enumerate(picked)
    ]


def kept(result: pagestrip.Result) -> str:
    return "\n".join(f"{a.title or ''}\n{a.text}" for a in result.articles)


def leaks(site: Site, result: pagestrip.Result) -> list[str]:
    text = kept(result)
    return [c for c in site.chrome() if c in text]


def lost(paras: list[str], url: str, result: pagestrip.Result, page: str) -> list[str]:
    """Paragraphs the built-ins keep on the page that the learned rules lost."""
    baseline = kept(pagestrip.clean(page, url=url))
    text = kept(result)
    return [p for p in paras if p in baseline and p not in text]


#: A rotating box of the template: one of this many texts a page, so each is on about
#: PAGES_PER_SITE / BOX_TEXTS pages, fewer than MIN_PAGES: no text recurs enough to be learned.
BOX_TEXTS = 7


def boxed(
    site: Site, rng: random.Random, texts: list[str], pages: int = PAGES_PER_SITE, article_twice: bool = False
) -> list[tuple[str, str, list[str]]]:
    """HTML pages of ``site`` with a box of the template inside the article container, after
    the first paragraph, holding one of ``texts`` (page n: text n mod len). With
    ``article_twice`` each article is served at two URLs (a print version), so the
    article's own lines recur at its path as well."""
    picked = rng.sample(ARTICLES, pages // 2 if article_twice else pages)
    if article_twice:
        picked = [a for a in picked for _ in range(2)]
    box = _word(rng, 2) + "-box"
    out = []
    for n, (title, paras) in enumerate(picked):
        page = site.page(n, title, paras, rng, as_html=True)
        at = page.index("</p>", page.index("-main'>")) + len("</p>")
        page = page[:at] + f"<div class='{box}'><p>{html.escape(texts[n % len(texts)])}</p></div>" + page[at:]
        out.append((f"https://www.{site.host}/a/{n}.html", page, paras))
    return out


def box_texts(rng: random.Random) -> list[str]:
    return [f"{_word(rng, 4)}{_word(rng, 3)}{_word(rng, 4)}" for _ in range(BOX_TEXTS)]


def without_dom(rf: RuleFile) -> RuleFile:
    """The learned file without its DOM-path rules: what line learning alone gives."""
    out = RuleFile(rf.path, list(rf.rules), list(rf.disable))
    out.profiles = [
        Profile(p.hosts, p.sites, [r for r in p.rules if str(r.scope) != "dom"], p.disable) for p in rf.profiles
    ]
    return out
