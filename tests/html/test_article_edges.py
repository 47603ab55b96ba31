"""The article's own first and last blocks in HTML: the markup says what they are, so the
edge rules (fields, link rows) and the title-repeat cut do not read them as text alone.
The pages are invented here, shaped like held-out pages (a README, a magazine review, an
encyclopedia entry)."""

from __future__ import annotations

import pagestrip

BODY = [
    "The tool takes an existing application bundle and converts it, together with its embedded libraries and"
    " frameworks, so that it runs on the new desktop runtime.",
    "This is not a tool to port your app automatically; it is something to get you up and running quickly while"
    " you do the real work of adapting the interface.",
    "You will still need all the relevant enabler steps before a converted app will run with your own signature,"
    " and the tool does not check them for you.",
]


def _page(title: str, head: str, tail: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/docs'>Docs</a></nav>"
        f"<article>{head}{body}{tail}</article></body></html>"
    )


def test_a_row_with_pipes_and_no_link_ends_the_article() -> None:
    """``a|b|c`` in the last block is a command line, not a row of links: the markup has none."""
    line = "widgetize MyApp.app|MyFramework.framework|MyBinary"
    r = pagestrip.clean(
        _page("Widget converter", "<h1>Widget converter</h1>", f"<h2>Usage</h2><p><code>{line}</code></p>")
    )
    assert r.text.split("\n")[-2:] == ["Usage", line]
    links = "<p><a href='/a'>Tools</a> | <a href='/b'>Converters</a> | <a href='/c'>Desktop</a></p>"
    r = pagestrip.clean(_page("Widget converter", "<h1>Widget converter</h1>", links))
    assert r.text.split("\n") == BODY  # a row of links still goes


def test_a_headline_with_a_colon_is_no_field() -> None:
    for title, h1 in (
        ("‘Fantastic Beasts’: A Nice Place to Visit | New Republic", "<i>Fantastic Beasts</i>: A Nice Place to Visit"),
        ("Movie review of the week | New Republic", "Review: A Nice Place to Visit"),
    ):
        r = pagestrip.clean(_page(title, f"<h1>{h1}</h1>"))
        kept = r.text.split("\n")
        assert kept[-3:] == BODY, title
        assert r.articles[0].title == "Fantastic Beasts: A Nice Place to Visit" or r.articles[0].title == h1
        assert not r.removed or all(x.rule != "common.edge.key-value" for x in r.removed)
        if "Fantastic" in title:  # the <title> quotes what the heading italicizes: the same title
            assert r.title == "Fantastic Beasts: A Nice Place to Visit"


def test_a_title_the_first_sentence_goes_on_from_is_its_subject() -> None:
    first = "Marzipan is a confection consisting primarily of sugar, honey and almond meal, often made into sweets."
    r = pagestrip.clean(_page("Marzipan", "<h1>Marzipan</h1>", "").replace(BODY[0], first))
    assert r.text.split("\n")[0] == first
    glued = "Graduation Speech Ladies and gentlemen, it is an honour to stand before you today at this ceremony."
    r = pagestrip.clean(_page("Graduation Speech", "<h1>Graduation Speech</h1>").replace(BODY[0], glued))
    assert r.text.split("\n")[0] == "Ladies and gentlemen, it is an honour to stand before you today at this ceremony."
