"""html.region: a box of teasers a plugin appends inside the post's body ("Related posts":
linked headline, summary, date), found by its shape whatever its classes, is related; a
list that is the article's own stays."""

from __future__ import annotations

import pagestrip

_POST = [
    "Stack Overflow published its jobs data this week, and it shows that employers want ReactJS "
    "skills far more than last year, while the market for WordPress developers looks crowded.",
    "The data covers job listings posted over twelve months in several countries, and it counts "
    "how often each technology appears in the listings compared with the number of applicants.",
    "Developers who know both JavaScript frameworks and a content management system are the most "
    "sought after, the report says, and their salaries have grown faster than the average.",
    "For WordPress developers the advice is to learn the new block editor and modern JavaScript, "
    "since agencies increasingly build sites that mix the two rather than using themes alone.",
]
_TEASERS = [
    ("Stack Overflow survey shows WordPress trending up", "The survey summarizes the answers of developers."),
    ("Stack Overflow ranks WordPress among dreaded tools", "The yearly survey covers a wide range of topics."),
    ("Stack Overflow Documentation is now in beta", "Building on its Q&A sites, it announced a new product."),
]


def _page(box: str) -> str:
    post = "".join(f"<p>{p}</p>" for p in _POST)
    return (
        "<html><head><title>Jobs data shows ReactJS in demand</title></head><body>"
        '<div class="q1"><a href="/">Home</a> <a href="/news">News</a></div>'
        '<main class="q2"><article class="q3"><h1>Jobs data shows ReactJS in demand</h1>'
        f'<div class="q4">{post}{box}</div></article></main></body></html>'
    )


def _related(headline_first: bool = True) -> str:
    items = "".join(
        (
            f'<div class="r2"><h4><a href="/{n}">{h}</a></h4><p>{s}</p><p>March {n + 1}, 2016</p></div>'
            if headline_first
            else f'<div class="r2"><p>{s} Read it here:</p><h4><a href="/{n}">{h}</a></h4></div>'
        )
        for n, (h, s) in enumerate(_TEASERS)
    )
    return f'<div class="r1">{items}</div>'


def test_a_related_posts_box_inside_the_body_goes() -> None:
    result = pagestrip.clean(_page(_related()))
    text = "\n".join(a.text for a in result.articles)
    assert all(p in text for p in _POST)
    assert not any(h in text or s in text for h, s in _TEASERS)
    assert {r.rule for r in result.removed if r.text == _TEASERS[0][1]} == {"html.related"}


def test_items_that_end_in_their_link_are_the_articles_list() -> None:
    # "…, read it here:" and the link under it: a list the writer made, not teasers.
    text = "\n".join(a.text for a in pagestrip.clean(_page(_related(headline_first=False))).articles)
    assert all(f"{s} Read it here:" in text for _, s in _TEASERS)
