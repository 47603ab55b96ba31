"""engine.tail: a "Related" box inside an HTML story. Its heading goes, and so do the linked
teasers right under it in its box; the story's paragraphs after the box stay, English
ones ending at a full stop included."""

from __future__ import annotations

import pagestrip

_STORY = [
    "The city council approved a new budget on Tuesday night after a debate that lasted more "
    "than six hours, with members split over spending on roads.",
    "Supporters said the plan would fix long-neglected streets, while critics argued that the "
    "money should go to schools and libraries instead.",
    "The budget takes effect on July 1, and the council will review spending again in the "
    "autumn, the mayor said after the vote.",
    "Residents can comment on the plan at a public hearing next month, officials said in a "
    "statement released on Wednesday morning.",
]
_TEASERS = [
    "Mayor defends tax rise in heated meeting",
    "Library hours cut as costs climb across the city",
    "Schools warn of staff shortages next year",
]


def _page(box: str, after: int) -> str:
    paragraphs = [f"<p>{p}</p>" for p in _STORY]
    paragraphs.insert(after, box)
    return (
        "<html><head><title>Council approves new budget - The Daily</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        "<main><article><h1>Council approves new budget</h1>"
        + "".join(paragraphs)
        + "</article></main><footer>© 2024 The Daily. All rights reserved.</footer></body></html>"
    )


def _box(items: list[str], linked: bool = True) -> str:
    lis = "".join(f'<li><a href="/s/{i}">{t}</a></li>' if linked else f"<li>{t}</li>" for i, t in enumerate(items))
    return f"<div><h4>Related stories</h4><ul>{lis}</ul></div>"


def test_the_boxs_linked_teasers_go_and_the_story_after_it_stays() -> None:
    for after in (1, 2, 3):  # the box early, in the middle, late in the story
        result = pagestrip.clean(_page(_box(_TEASERS), after))
        lines = result.articles[0].text.split("\n")
        assert lines == _STORY, after
        rules = {r.text: r.rule for r in result.removed}
        assert rules["Related stories"] == "en.related.heading"
        assert all(rules[t] == "page.related-item" for t in _TEASERS), after


def test_lines_under_the_heading_that_are_not_links_stay() -> None:
    # A list the writer typed under a heading of that name, no link in it, is the story's.
    result = pagestrip.clean(_page(_box(_TEASERS, linked=False), 1))
    text = result.articles[0].text
    assert all(t in text for t in _TEASERS)
    assert "Related stories" not in text


def test_a_quoted_paragraph_after_a_related_box_is_the_storys() -> None:
    # a paragraph that ends in a full stop inside closing quotes ends a sentence too
    story = (
        "<p>Like many social goods, health insurance is often seen through a binary lens: either the "
        "government handles it or the free market does, and the debate rarely leaves that frame.</p>"
        "<p>Because the cooperative has a close connection with freelancers, it can be more effective at "
        "helping its members make good health care decisions, its founder says.</p>"
    )
    box = (
        "<div class='box'><h6>Related</h6><h5>More From Fixes</h5>"
        "<p><a href='/fixes'>Read previous contributions to this series.</a></p></div>"
    )
    quote = (
        "“The industrial workers of the 20th century helped bring about the New Deal,” says Horowitz. “But "
        "the New Deal hasn’t evolved to cover people who work on their own, and it has to.”"
    )
    page = (
        "<html><head><title>Health Care for a Changing Work Force</title></head><body><div class='post'>"
        f"<h1>Health Care for a Changing Work Force</h1>{story}{box}<p>{quote}</p>"
        "<p>On Wednesday, I’ll report on some of the other ways the union is helping to make independent work "
        "more secure, and what other groups can learn from it.</p></div></body></html>"
    )
    result = pagestrip.clean(page)
    assert quote in result.text
    assert "Read previous contributions" not in result.text
