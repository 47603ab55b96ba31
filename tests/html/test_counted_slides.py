"""html.region: a slideshow found by its counters (``1/6`` … ``6/6``), whatever its class
words: its captions are no article, however long they are."""

from __future__ import annotations

import pagestrip

_STORY = [
    "Hotel owners say rooms are often cleaned less thoroughly than guests expect, especially "
    "when occupancy is high and staff are asked to turn rooms around within minutes.",
    "Several managers said that glasses in the bathroom are sometimes rinsed rather than washed, "
    "and that the bedspread is the item least likely to be laundered between stays.",
    "Guests who want a cleaner room are advised to ask for fresh glasses and to inspect the "
    "remote control, which is rarely wiped down by housekeeping teams.",
]
_CAPTIONS = [
    "Shares in the airline fell sharply after it warned that fuel costs would cut its annual profit "
    "by a third, the second warning in as many months, and analysts cut their forecasts.",
    "The studio said production of its next film had brought hundreds of jobs to the region and "
    "added millions to the local economy over the eighteen months of shooting at the site.",
    "The founder of the online retailer stepped down after fifteen years, saying she wanted to "
    "spend more time on the charity she set up with the proceeds of an earlier sale.",
    "The carmaker recalled thousands of vehicles over a fault in the braking system that could "
    "cause the pedal to stiffen in cold weather, though no accidents have been reported.",
    "Retail sales rose for the third month running as shoppers returned to the high street ahead "
    "of the holidays, official figures released on Thursday showed, beating expectations.",
    "The bank agreed to pay a record fine to settle claims that it misled investors about the "
    "quality of the mortgages it sold before the financial crisis, regulators said on Monday.",
]


def _page(slides: list[str]) -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    items = "".join(
        f'<li><img src="{n}.jpg"><h2>{n}/{len(slides)} Business news</h2><p>{c}</p></li>'
        for n, c in enumerate(slides, 1)
    )
    return (
        "<html><head><title>The secrets hotel owners keep</title></head><body>"
        '<div class="a"><a href="/">Home</a> <a href="/news">News</a> <a href="/travel">Travel</a></div>'
        '<div class="b"><article class="c"><div class="d"><h1>The secrets hotel owners keep</h1></div>'
        f'<div class="e"><div class="f">{story}</div><div class="g"><h3>Business news in pictures</h3>'
        f'<ul class="h">{items}</ul></div></div></article></div></body></html>'
    )


def test_a_counted_slideshow_is_no_article() -> None:
    text = "\n".join(a.text for a in pagestrip.clean(_page(_CAPTIONS)).articles)
    assert all(p in text for p in _STORY)
    assert not any(c in text for c in _CAPTIONS)


def test_a_story_that_counts_its_own_parts_stays() -> None:
    # Parts numbered in the box that holds the title are the story's, not a gallery's.
    parts = "".join(f"<p>{n}/3 {p}</p>" for n, p in enumerate(_STORY, 1))
    page = (
        "<html><head><title>The secrets hotel owners keep</title></head><body>"
        '<div class="a"><a href="/">Home</a> <a href="/news">News</a></div>'
        f'<div class="b"><h1>The secrets hotel owners keep</h1>{parts}</div>'
        # A note beside the story, prose too: the story's box holds under nine tenths of it.
        f'<div class="z"><p>{_CAPTIONS[0]}</p><p>{_CAPTIONS[1]}</p></div></body></html>'
    )
    result = pagestrip.clean(page)
    text = "\n".join(a.text for a in result.articles)
    assert all(p in text for p in _STORY)
    assert all(r.evidence is None or "slide counter" not in r.evidence for r in result.removed)
