"""html.title: a <title> that puts the site's name first (``Site tagline - Post``) while the
sidebar prints that name as a heading. The article's heading equal to the <title>'s other
part is the page's title; a site whose name the sidebar does not print, or whose <title>
puts the post first, is read as before."""

from __future__ import annotations

import pagestrip

_SITE = "Notes From A Small Workshop"
_POST = "Rebuilding a hand plane"
_BODY = (
    "<p>The plane came from a flea market with a cracked tote and a sole that rocked on the bench. "
    "Flattening it took most of a weekend and a sheet of coarse sandpaper glued to glass.</p>"
    "<p>The iron was pitted near the edge, so I ground back past the pits before honing a fresh bevel. "
    "With the chipbreaker set close it now takes shavings thin enough to read through.</p>"
    "<p>A new tote, cut from a scrap of walnut, finished the job; it fits the hand better than the old one.</p>"
)


def _page(title: str, sidebar: str = f'<h2><a href="/">{_SITE}</a></h2>') -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<header><nav><a href="/archives">Archives</a> <a href="/about">About</a></nav></header>'
        f'<main><article><div class="head"><h1>{_POST}</h1><p class="date">March 3, 2021</p></div>'
        f'<div class="body">{_BODY}</div></article></main>'
        f'<aside><h1><a href="/">Jo Carpenter</a></h1>{sidebar}</aside>'
        "</body></html>"
    )


def test_the_post_heading_is_the_title_when_the_site_name_comes_first_and_sits_in_the_sidebar() -> None:
    result = pagestrip.clean(_page(f"{_SITE} - {_POST}"))
    assert result.title == _POST
    assert _SITE not in "\n".join(a.text for a in result.articles)


def test_a_title_that_puts_the_post_first_is_unchanged() -> None:
    assert pagestrip.clean(_page(f"{_POST} - {_SITE}")).title == _POST


def test_the_post_h1_is_the_title_when_no_heading_prints_the_site_name() -> None:
    result = pagestrip.clean(_page(f"{_SITE} - {_POST}", sidebar="<p>Hand tools, mostly.</p>"))
    assert result.title == _POST


def test_a_title_part_that_only_a_lesser_heading_prints_is_not_taken() -> None:
    # The author's name under the post (an h3 byline) is no title, though the <title> names it.
    page = _page(f"{_SITE} - Jo Carpenter", sidebar="<p>Hand tools, mostly.</p>")
    page = page.replace('<p class="date">', '<h3>Jo Carpenter</h3><p class="date">')
    assert pagestrip.clean(page).title == _SITE
