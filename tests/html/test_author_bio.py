"""An author's bio box under the story is the site's note about the writer, not the story."""

from __future__ import annotations

import pytest

import pagestrip
from pagestrip.model import Kind

_STORY = (
    "<p>The city council voted on Tuesday to extend the tram line to the harbour, ending a debate "
    "that had run for more than a decade and split the neighbourhoods along the route.</p>"
    "<p>Construction is due to start next spring, and the first trams should run in three years, "
    "the transport office said in a statement after the vote, which passed by a wide margin.</p>"
    "<p>Opponents had argued that buses would serve the harbour as well at a fraction of the cost, "
    "but the council's own study found the tram would carry twice as many passengers a day.</p>"
)
_BIO = (
    "Jane Doe covers city hall and transport for the Daily Example. Before joining the paper "
    "she reported on housing for ten years."
)


def _page(box: str) -> str:
    return (
        "<html><head><title>Council extends the tram line</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article class='story'><h1>Council extends the tram line</h1>{_STORY}{box}</article>"
        "<footer>© 2024 Daily Example</footer></body></html>"
    )


@pytest.mark.parametrize(
    "cls",
    ["author-bio", "author-info", "author__box__info", "byline-bio", "bio", "article-body--author-blurb"],
)
def test_the_bio_box_goes_as_editorial(cls: str) -> None:
    result = pagestrip.clean(_page(f"<div class='{cls}'><p>{_BIO}</p></div>"))
    assert "Jane Doe covers city hall" not in result.text
    assert "Opponents had argued" in result.text
    bio = [r for r in result.removed if r.text.startswith("Jane Doe covers")]
    assert [(r.kind, r.rule) for r in bio] == [(Kind.EDITORIAL, "html.author-bio")]


@pytest.mark.parametrize("cls", ["author", "byline", "entry-author"])
def test_an_author_container_alone_keeps_its_prose(cls: str) -> None:
    # An author word without a bio word is a byline box: its short line goes, but long
    # text in it is prose (CMSs name their body editors so).
    result = pagestrip.clean(_page(f"<div class='{cls}'><p>{_BIO}</p></div>"))
    assert "Jane Doe covers city hall" in result.text


def test_a_short_line_in_an_author_info_box_is_still_a_byline() -> None:
    box = "<div class='author-info'><span>By Jane Doe</span></div>"
    result = pagestrip.clean(_page(box))
    byline = [r for r in result.removed if r.text == "By Jane Doe"]
    assert byline and byline[0].kind is Kind.METADATA


def test_a_page_that_is_all_bio_keeps_it() -> None:
    # The words weigh, never veto: a profile page whose only prose is in a bio box keeps it.
    page = (
        "<html><body><nav><a href='/'>Home</a></nav><div class='author-bio'>"
        f"{_STORY}</div><footer>© 2024 Daily Example</footer></body></html>"
    )
    result = pagestrip.clean(page)
    assert "Opponents had argued" in result.text


def test_a_meta_box_is_a_byline() -> None:
    box = "<div class='entry-meta'><span>Jane Doe</span> <span>Transport desk</span></div>"
    result = pagestrip.clean(_page(box))
    assert [(r.kind, r.rule) for r in result.removed if "Transport desk" in r.text] == [
        (Kind.METADATA, "html.metadata")
    ]


def test_long_text_in_a_byline_box_inside_a_footer_is_the_footers() -> None:
    # story-footer/story-meta: the byline box's long line is the footer's print note.
    note = (
        "A version of this article appears in print on January 13, 2017, on Page A7 of the "
        "New York edition with the headline: Council Extends the Tram Line."
    )
    box = f"<footer class='story-footer'><div class='story-meta'><p>{note}</p></div></footer>"
    result = pagestrip.clean(_page(box))
    assert "appears in print" not in result.text
    assert "Opponents had argued" in result.text


def test_a_bio_box_named_in_one_glued_word_is_a_bio() -> None:
    from pagestrip.html.evidence import class_evidence

    for cls, ident in (("", "authorbox"), ("aboutauthor", ""), ("authorbio", "")):
        assert class_evidence("div", cls, ident)[1:3] == ("metadata", "bio")


def test_a_long_bio_under_a_short_post_goes() -> None:
    # the bio is the page's best-scoring paragraph, and most of the region's prose
    post = "<p>No idea who made this animation, but it's wonderful. If you know, post in the comments.</p>"
    bio = (
        "I write books. My latest is a science fiction novel called Homeland, the sequel to Little Brother. "
        "More books: Rapture of the Nerds, a novel, and Context, essays about technology, creativity and the "
        "internet. I speak all over the place and I tweet and tumble, too."
    )
    page = (
        "<html><head><title>Tick, tick, tick</title></head><body><div id='posts'><div class='post'>"
        f"<h1>Tick, tick, tick</h1><div class='post-content'>{post}<div id='authorbox'><p>{bio}</p></div>"
        "</div></div></div></body></html>"
    )
    result = pagestrip.clean(page)
    assert "I write books" not in result.text
    assert "No idea who made this animation" in result.text
